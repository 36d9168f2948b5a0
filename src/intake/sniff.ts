/**
 * The media type of a file from its bytes, not its name. Binary formats come from `file-type` (magic numbers,
 * and the zip directory for OOXML/ODF); text formats (mail, mailboxes, chat exports, HTML, CSV) are told apart by
 * their first lines. The file name only breaks ties (CSV versus plain text).
 */
import { open } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';

export const MIME = {
  text: 'text/plain',
  html: 'text/html',
  csv: 'text/csv',
  xml: 'application/xml',
  json: 'application/json',
  eml: 'message/rfc822',
  mbox: 'application/mbox',
  whatsapp: 'application/x-whatsapp-chat',
  telegram: 'application/x-telegram-export+json',
  msg: 'application/vnd.ms-outlook',
  pst: 'application/vnd.ms-outlook-pst',
  cfb: 'application/x-cfb',
  binary: 'application/octet-stream',
  empty: 'application/x-empty',
} as const;

/** How many leading bytes sniffing looks at. */
export const SNIFF_BYTES = 64 * 1024;

const OLE_MSG_MARKER = Buffer.from('__substg1.0_', 'utf16le');

function startsWith(b: Uint8Array, ascii: string, at = 0): boolean {
  for (let i = 0; i < ascii.length; i++) if (b[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/**
 * UTF-16 without a byte-order mark: the high bytes of one parity take very few values (00 for Latin, 06 for
 * Arabic, 20 for punctuation), while the other parity varies. Arabic text has few NULs, so NULs alone won't do.
 */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length < 16) return undefined;
  const high = (parity: number) => {
    const counts = new Map<number, number>();
    for (let i = parity; i < b.length; i += 2) counts.set(b[i] as number, (counts.get(b[i] as number) ?? 0) + 1);
    const top = [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3);
    const share = top.reduce((s, [, c]) => s + c, 0) / Math.ceil((b.length - parity) / 2);
    return { share, values: top.map(([v]) => v), distinct: counts.size };
  };
  const odd = high(1);
  const even = high(0);
  const plausible = (h: ReturnType<typeof high>) => h.share > 0.95 && h.values.some((v) => v === 0x00 || v === 0x06 || v === 0x20);
  if (plausible(odd) && even.distinct > odd.distinct * 3) return 'utf-16le';
  if (plausible(even) && odd.distinct > even.distinct * 3) return 'utf-16be';
  return undefined;
}

/** Decodes the head of a text file for sniffing: UTF-16 (BOM or NUL pattern) or UTF-8/Latin-1. */
function headText(b: Uint8Array): string | undefined {
  const n = Math.min(b.length, 8192);
  if (n === 0) return '';
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2, n));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2, n));
  const utf16 = utf16WithoutBom(b.subarray(0, n));
  if (utf16) return new TextDecoder(utf16).decode(b.subarray(0, n));
  if (b.subarray(0, n).includes(0)) return undefined; // NUL bytes: binary
  // Control characters other than whitespace suggest binary.
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] as number;
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  if (control > n / 100) return undefined;
  return new TextDecoder('utf-8').decode(b.subarray(0, n)).replace(/^\ufeff/, '');
}

const WHATSAPP_LINE = /^\u200e?\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(:\d{2})?( ?[AP]M)?\]? ?(- )?[^:\n]+: /m;
const HEADER = /^[A-Za-z][A-Za-z0-9-]*: /;

function sniffText(text: string, name: string): string {
  const trimmed = text.trimStart();
  const lower = trimmed.slice(0, 1024).toLowerCase();
  if (/^From \S+.* \d{4}\r?\n/.test(trimmed.slice(0, 300)) && /^(from|date|subject|message-id):/im.test(trimmed.slice(0, 4096))) return MIME.mbox;
  const lines = trimmed.split(/\r?\n/, 40);
  const headerLines = lines.slice(0, lines.findIndex((l) => l === '') === -1 ? lines.length : lines.findIndex((l) => l === ''));
  if (headerLines.length >= 2 && headerLines.every((l) => HEADER.test(l) || /^[ \t]/.test(l)) && headerLines.some((l) => /^(from|to|subject|message-id|received|date):/i.test(l))) return MIME.eml;
  if (lower.startsWith('<!doctype html') || /<html[\s>]/.test(lower) || (/<(head|body|meta|title|div|p)[\s>]/.test(lower) && !lower.startsWith('<?xml'))) return MIME.html;
  if (lower.startsWith('<?xml') || /^<[a-z_][\w:.-]*[\s>]/i.test(trimmed)) return MIME.xml;
  if (WHATSAPP_LINE.test(lines.slice(0, 5).join('\n'))) return MIME.whatsapp;
  // JSON opens with an object or an array of values; an INI file's '[Section]' is not JSON.
  if (trimmed.startsWith('{') || /^\[\s*([[{"\d-]|true|false|null|\])/.test(trimmed)) {
    if (/"messages"\s*:/.test(text) && /"date"\s*:/.test(text)) return MIME.telegram;
    return MIME.json;
  }
  if (looksLikeCsv(lines, name)) return MIME.csv;
  return MIME.text;
}

function looksLikeCsv(lines: string[], name: string): boolean {
  const body = lines.filter((l) => l.trim() !== '').slice(0, 10);
  if (body.length < 2) return false;
  for (const d of [',', ';', '\t']) {
    const counts = body.map((l) => l.split(d).length - 1);
    const first = counts[0] as number;
    if (first >= 1 && counts.every((c) => c === first)) return /\.(csv|tsv)$/i.test(name) || first >= 2;
  }
  return false;
}

/** Sniffs the media type from the first bytes of a file (pass at least SNIFF_BYTES when available). */
export async function sniff(head: Uint8Array, name: string): Promise<string> {
  if (head.length === 0) return MIME.empty;
  if (startsWith(head, '!BDN')) return MIME.pst;
  // UTF-16 text first: its byte patterns can look like weak magic numbers (MP3 frame sync) to file-type.
  const bom16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (bom16 || utf16WithoutBom(head.subarray(0, 8192))) return sniffText(headText(head) ?? '', name);
  const ft = await fileTypeFromBuffer(head).catch(() => undefined);
  if (ft) {
    if (ft.mime === 'application/x-cfb') return Buffer.from(head).includes(OLE_MSG_MARKER) ? MIME.msg : MIME.cfb;
    if (ft.mime === 'application/xml' || ft.mime === 'text/xml') return MIME.xml;
    return ft.mime;
  }
  const text = headText(head);
  if (text === undefined) return MIME.binary;
  return sniffText(text, name);
}

/** The first SNIFF_BYTES of a file, read without loading the rest. */
export async function readHead(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
