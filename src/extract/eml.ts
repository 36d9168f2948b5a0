/**
 * E-mail messages (RFC 5322 / MIME) with mailparser's simpleParser, which never fetches anything. The text is
 * a header block (From, To, Cc, Date, Subject) + a blank line + the body (text/plain, else the HTML converted
 * to text). Attachments, inline parts and attached messages (message/rfc822, kept whole) become children.
 * Limits as in zip.ts: an over-size attachment gets error {reason:'limit'}; too many or too many bytes in
 * total stop with ExtractError. Attachment names are file names, not paths: only their last component is kept.
 */
import { simpleParser, type AddressObject, type EmailAddress, type ParsedMail } from 'mailparser';
import { Budget, uniqueName } from './zip.js';
import { ExtractError, type Child, type EmailHeaders, type Extractor } from './types.js';

/** 'Name <address>', or whichever of the two there is. */
export function formatAddress(name: string | undefined, address: string | undefined): string {
  const n = (name ?? '').trim();
  const a = (address ?? '').trim();
  return n && a ? `${n} <${a}>` : n || a;
}

/** The header block and body as one text, the shape every mail extractor returns. */
export function emailText(h: EmailHeaders, body: string): string {
  const lines: string[] = [];
  if (h.from) lines.push(`From: ${h.from}`);
  if (h.to?.length) lines.push(`To: ${h.to.join(', ')}`);
  if (h.cc?.length) lines.push(`Cc: ${h.cc.join(', ')}`);
  if (h.date) lines.push(`Date: ${h.date}`);
  if (h.subject) lines.push(`Subject: ${h.subject}`);
  return `${lines.join('\n')}\n\n${body}`;
}

/** A Message-ID without its angle brackets (the first one, for In-Reply-To lists). */
export function bareId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const m = /<([^<>]+)>/.exec(id);
  const bare = (m ? m[1] : id)?.trim();
  return bare || undefined;
}

const EXT: Record<string, string> = {
  'message/rfc822': 'eml',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/calendar': 'ics',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'application/zip': 'zip',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** An attachment's child name: its file name's last component, else 'attachment-N.ext' from its type. */
export function attachmentName(filename: string | undefined, contentType: string | undefined, n: number): string {
  const base = (filename ?? '').replace(/\0/g, '').split(/[/\\]/).pop()?.trim();
  if (base && base !== '.' && base !== '..') return base;
  return `attachment-${n}.${EXT[(contentType ?? '').toLowerCase()] ?? 'bin'}`;
}

/** HTML to plain text with mailparser's converter (what e-mail bodies get), for other mail formats' HTML bodies. */
export async function htmlToText(html: string): Promise<string> {
  const mime = `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(html).toString('base64')}`;
  const mail = await simpleParser(mime, { skipHtmlToText: false, skipImageLinks: true, skipTextToHtml: true, keepCidLinks: true, checksumAlgo: false });
  return (mail.text ?? '').replace(/\r\n/g, '\n');
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const flat = (list: EmailAddress[]): EmailAddress[] => list.flatMap((a) => (a.group ? flat(a.group) : [a]));
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((o) => flat(o.value)).map((a) => formatAddress(a.name, a.address)).filter(Boolean);
}

/** The Date header as ISO, re-read from the raw line (mailparser puts "now" in place of an unreadable date). */
function headerDate(mail: ParsedMail): string | undefined {
  const line = mail.headerLines.find((l) => l.key === 'date')?.line;
  if (!line) return undefined;
  const d = new Date(line.replace(/^date:\s*/i, '').replace(/\r?\n\s+/g, ' '));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** The headers of a parsed message. */
function headersOf(mail: ParsedMail): EmailHeaders {
  const h: EmailHeaders = {};
  const from = addresses(mail.from);
  if (from[0]) h.from = from.join(', ');
  const to = addresses(mail.to);
  if (to.length) h.to = to;
  const cc = addresses(mail.cc);
  if (cc.length) h.cc = cc;
  const date = headerDate(mail);
  if (date) h.date = date;
  if (mail.subject) h.subject = mail.subject;
  const id = bareId(mail.messageId);
  if (id) h.messageId = id;
  const reply = bareId(mail.inReplyTo);
  if (reply) h.inReplyTo = reply;
  return h;
}

export const extractEml: Extractor = async ({ bytes, limits }) => {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipHtmlToText: false,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      keepCidLinks: true,
      ignoreEmbedded: true,
      checksumAlgo: false,
    });
  } catch (e) {
    throw new ExtractError('corrupt', `eml: ${(e as Error).message}`);
  }
  const email = headersOf(mail);
  const budget = new Budget(limits, 'eml');
  const seen = new Set<string>();
  const children: Child[] = mail.attachments.map((a, i) => {
    budget.child();
    const name = uniqueName(seen, attachmentName(a.filename, a.contentType, i + 1));
    const error = budget.refuse(a.content.length);
    if (error) return { name, error };
    budget.add(a.content.length);
    return { name, bytes: new Uint8Array(a.content) }; // a copy: small Buffers share a pool
  });
  // mailparser converts HTML only when it is the root part or sits beside text: do the rest here.
  const body = mail.text?.trim() ? mail.text : typeof mail.html === 'string' ? await htmlToText(mail.html) : (mail.text ?? '');
  const references = mail.references === undefined ? [] : [mail.references].flat().map(bareId).filter(Boolean);
  return {
    text: emailText(email, body.replace(/\r\n/g, '\n')),
    ...(email.subject ? { title: email.subject } : {}),
    email,
    metadata: { ...(references.length ? { references } : {}), attachments: children.length },
    children,
    method: 'text-layer',
  };
};
