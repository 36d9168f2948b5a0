/**
 * Unix mailboxes (mboxo and mboxrd): messages start at lines beginning 'From '; one level of '>From ' quoting
 * is removed ('>From ' → 'From ', '>>From ' → '>From '). Each message becomes a child named by its Message-ID
 * ('message-N' without one), holding its raw bytes; the eml extractor reads it. The text is a listing, one
 * line per message: date, from, subject. One pass over the bytes; each message is copied once.
 * Limits as in zip.ts: an over-size message gets error {reason:'limit'}; too many messages or bytes stop.
 */
import iconv from 'iconv-lite';
import { Budget, uniqueName } from './zip.js';
import { bareId } from './eml.js';
import { ExtractError, type Child, type Extractor } from './types.js';

const NL = 0x0a;
const FROM = Buffer.from('From ');
const QUOTED = /^>+From /;

/** A separator line: 'From ' + sender + a date ending in a year (so body lines starting 'From ' are not). */
const SEPARATOR = /^From \S+.*\d{4}\s*$/;

/** Start offsets of the 'From ' separator lines. */
function separators(b: Buffer): number[] {
  const starts: number[] = [];
  const isSeparator = (at: number) => {
    const nl = b.indexOf(NL, at);
    return SEPARATOR.test(b.toString('latin1', at, Math.min(nl < 0 ? b.length : nl, at + 256)));
  };
  if (b.subarray(0, 5).equals(FROM) && isSeparator(0)) starts.push(0);
  for (let i = b.indexOf('\nFrom '); i >= 0; i = b.indexOf('\nFrom ', i + 1)) if (isSeparator(i + 1)) starts.push(i + 1);
  return starts;
}

/** One message's bytes without its separator line, unquoted, without the blank line before the next one. */
function messageBytes(b: Buffer, start: number, end: number): Uint8Array {
  const firstNl = b.indexOf(NL, start);
  const bodyStart = firstNl < 0 || firstNl >= end ? end : firstNl + 1;
  let stop = end;
  if (stop - bodyStart >= 2 && b[stop - 1] === NL && b[stop - 2] === NL) stop -= 1;
  else if (stop - bodyStart >= 3 && b[stop - 1] === NL && b[stop - 2] === 0x0d && b[stop - 3] === NL) stop -= 2;
  const out = new Uint8Array(stop - bodyStart); // its own memory (not Buffer's shared pool)
  let w = 0;
  for (let p = bodyStart; p < stop; ) {
    const nl = b.indexOf(NL, p);
    const lineEnd = nl < 0 || nl >= stop ? stop : nl + 1;
    // '>From ' quoting: drop the first '>' (latin1 keeps bytes one to one).
    const skip = b[p] === 0x3e && QUOTED.test(b.toString('latin1', p, Math.min(lineEnd, p + 64))) ? 1 : 0;
    w += b.copy(out, w, p + skip, lineEnd);
    p = lineEnd;
  }
  return w === out.length ? out : out.slice(0, w);
}

/** Decodes RFC 2047 encoded words (=?charset?B|Q?...?=) in a header value. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g, (all, charset: string, enc: string, data: string) => {
      if (!iconv.encodingExists(charset)) return all;
      const raw = /b/i.test(enc)
        ? Buffer.from(data, 'base64')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
      return iconv.decode(raw, charset);
    });
}

/** The unfolded fields of a header block (names lower-cased, first occurrence wins, values as written). */
export function headerFields(head: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    const key = m?.[1]?.toLowerCase();
    if (m && key && !fields.has(key)) fields.set(key, (m[2] as string).trim());
  }
  return fields;
}

/** The header fields of a raw message. */
function headers(msg: Uint8Array): Map<string, string> {
  const b = Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength);
  let end = b.indexOf('\n\n');
  const crlf = b.indexOf('\r\n\r\n');
  if (end < 0 || (crlf >= 0 && crlf < end)) end = crlf;
  return headerFields(b.toString('utf8', 0, end < 0 ? Math.min(b.length, 64 * 1024) : end));
}

/** '2016-01-05 09:30' from a Date header, or the header as written when it cannot be read. */
function shortDate(value: string | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString().slice(0, 16).replace('T', ' ');
}

export const extractMbox: Extractor = async ({ bytes, limits }) => {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = separators(b);
  if (starts.length === 0) throw new ExtractError('corrupt', "mbox: no 'From ' separator line");
  const budget = new Budget(limits, 'mbox');
  const seen = new Set<string>();
  const children: Child[] = [];
  const listing: string[] = [];
  starts.forEach((start, i) => {
    budget.child();
    const end = starts[i + 1] ?? b.length;
    const error = budget.refuse(end - start);
    if (error) {
      children.push({ name: uniqueName(seen, `message-${i + 1}`), error });
      return;
    }
    const msg = messageBytes(b, start, end);
    budget.add(msg.length);
    const h = headers(msg);
    const id = bareId(h.get('message-id'));
    children.push({ name: uniqueName(seen, id && !id.includes('\0') ? id : `message-${i + 1}`), bytes: msg });
    listing.push([shortDate(h.get('date')), decodeWords(h.get('from') ?? '').replace(/"/g, ''), decodeWords(h.get('subject') ?? '')].join('  '));
  });
  return { text: listing.join('\n'), method: 'text-layer', metadata: { messages: starts.length }, children };
};
