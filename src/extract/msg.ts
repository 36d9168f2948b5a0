/**
 * Outlook .msg files with @kenjiuno/msgreader: headers (from the transport headers when present, else the
 * MAPI properties), the plain body (else the HTML body as text; RTF-only bodies are not read), and the
 * attachments as children; an embedded message is rebuilt by msgreader as a .msg child. Text and limits as
 * in eml.ts: over-size attachments get error {reason:'limit'}.
 */
import msgreader, { type FieldsData } from '@kenjiuno/msgreader';
import { Budget, uniqueName } from './zip.js';
import { attachmentName, bareId, emailText, formatAddress, htmlToText } from './eml.js';
import { decodeWords, headerFields } from './mbox.js';
import { ExtractError, type Child, type EmailHeaders, type Extractor } from './types.js';

/** The part of msgreader's class used here. */
interface Reader {
  getFileData(): FieldsData;
  getAttachment(attachment: FieldsData): { fileName: string; content: Uint8Array };
}

// A CommonJS module: Node's ESM loader gives module.exports as the default import, its class is `.default`.
const loaded = msgreader as unknown as { default?: unknown };
const MsgReader = (loaded.default ?? loaded) as new (data: DataView) => Reader;

/** An SMTP address if any of the candidates is one (Exchange X.500 addresses are skipped). */
const smtp = (...candidates: (string | undefined)[]) => candidates.find((c) => c?.includes('@'));

/** ISO date from a header or MAPI date string. */
function iso(value: string | undefined): string | undefined {
  const d = value ? new Date(value) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined;
}

function headersOf(f: FieldsData): EmailHeaders {
  const t = headerFields(f.headers ?? '');
  const h: EmailHeaders = {};
  const fromHeader = t.get('from') ? decodeWords(t.get('from') as string) : undefined;
  const fromAddr = smtp(f.senderSmtpAddress, f.sentRepresentingSmtpAddress, f.senderEmail, /<([^>]+)>/.exec(fromHeader ?? '')?.[1]);
  const from = formatAddress(f.senderName, fromAddr) || fromHeader;
  if (from) h.from = from;
  const recipients = (type: 'to' | 'cc') =>
    (f.recipients ?? []).filter((r) => (r.recipType ?? 'to') === type).map((r) => formatAddress(r.name, smtp(r.smtpAddress, r.email))).filter(Boolean);
  const to = recipients('to');
  if (to.length) h.to = to;
  const cc = recipients('cc');
  if (cc.length) h.cc = cc;
  const date = iso(t.get('date')) ?? iso(f.clientSubmitTime) ?? iso(f.messageDeliveryTime);
  if (date) h.date = date;
  if (f.subject) h.subject = f.subject;
  const id = bareId(f.messageId ?? t.get('message-id'));
  if (id) h.messageId = id;
  const reply = bareId(t.get('in-reply-to'));
  if (reply) h.inReplyTo = reply;
  return h;
}

export const extractMsg: Extractor = async ({ bytes, limits }) => {
  let reader: Reader;
  let fields: FieldsData;
  try {
    reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    fields = reader.getFileData();
  } catch (e) {
    throw new ExtractError('corrupt', `msg: ${(e as Error).message}`);
  }
  if (fields.error) throw new ExtractError('corrupt', `msg: ${fields.error}`);
  const email = headersOf(fields);
  const html = fields.bodyHtml ?? (fields.html ? new TextDecoder().decode(fields.html) : undefined);
  const body = fields.body ?? (html ? await htmlToText(html) : '');
  const budget = new Budget(limits, 'msg');
  const seen = new Set<string>();
  const children: Child[] = [];
  (fields.attachments ?? []).forEach((a, i) => {
    budget.child();
    const guess = a.innerMsgContent ? `${a.name ?? a.subject ?? `message-${i + 1}`}.msg` : (a.fileName ?? a.fileNameShort ?? a.name);
    const name = uniqueName(seen, attachmentName(guess, a.attachMimeTag, i + 1));
    const error = a.contentLength !== undefined ? budget.refuse(a.contentLength) : undefined;
    if (error) return children.push({ name, error });
    try {
      const { content } = reader.getAttachment(a);
      budget.add(content.length);
      children.push({ name, bytes: content });
    } catch (e) {
      if (e instanceof ExtractError) throw e;
      children.push({ name, error: { reason: 'corrupt', message: `attachment: ${(e as Error).message}` } });
    }
  });
  return {
    text: emailText(email, body.replace(/\r\n/g, '\n')),
    ...(email.subject ? { title: email.subject } : {}),
    email,
    method: 'text-layer',
    metadata: { messageClass: fields.messageClass, attachments: children.length },
    children,
  };
};
