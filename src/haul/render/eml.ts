/**
 * E-mail messages as RFC 5322 files (.eml), composed with nodemailer's MailComposer. Everything nodemailer
 * would make up (Date, Message-ID, multipart boundaries) is fixed from the spec, so output is deterministic.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { Address, Email, RenderContext, Renderer } from '../spec.js';
import { bodyText } from './txt.js';

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  txt: 'text/plain',
  htm: 'text/html',
  html: 'text/html',
  json: 'application/json',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
  eml: 'message/rfc822',
  mbox: 'application/mbox',
};

/** MIME type for a file name, by extension; application/octet-stream when unknown. */
export function contentTypeFor(filename: string): string {
  const dot = filename.lastIndexOf('.');
  const ext = dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

const addr = (a: Address): Mail.Address => ({ name: a.name, address: a.address });

/** MailComposer options it reads but @types/nodemailer does not declare. */
type ComposerOptions = Mail.Options & { baseBoundary: string; boundaryPrefix: string };

/** The message as .eml bytes (CRLF line endings). */
export async function emailToBytes(email: Email, ctx: RenderContext): Promise<Uint8Array> {
  const attachments: Mail.Attachment[] = [];
  for (const att of email.attachments) {
    const contentType = contentTypeFor(att.filename);
    const content = Buffer.from(await ctx.render(att.spec));
    // RFC 2046 allows only 7bit/8bit/binary for message/rfc822 (passed through as is); the rest is base64.
    const isMessage = contentType === 'message/rfc822';
    const ascii = content.every((b) => b < 0x80);
    attachments.push({
      filename: att.filename,
      content,
      contentType,
      contentDisposition: 'attachment',
      // @types/nodemailer omits '8bit', which MimeNode passes through like '7bit'.
      contentTransferEncoding: (isMessage ? (ascii ? '7bit' : '8bit') : 'base64') as '7bit' | 'base64',
    });
  }
  const options: ComposerOptions = {
    from: addr(email.from),
    to: email.to.map(addr),
    cc: email.cc.length ? email.cc.map(addr) : undefined,
    subject: email.subject,
    date: new Date(email.date),
    messageId: `<${email.messageId}>`,
    inReplyTo: email.inReplyTo ? `<${email.inReplyTo}>` : undefined,
    references: email.inReplyTo ? [`<${email.inReplyTo}>`] : undefined,
    text: bodyText(email.body, '\r\n'),
    attachments,
    baseBoundary: createHash('sha256').update(email.messageId).digest('hex').slice(0, 16),
    boundaryPrefix: '--_NmP',
  };
  const buf = await new MailComposer(options).compile().build();
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export const renderEml: Renderer<'eml'> = (spec, ctx) => emailToBytes(spec.email, ctx);
