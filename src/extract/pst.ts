/**
 * Outlook .pst/.ost files with pst-extractor. Every item of every folder becomes a child: an RFC 822 message
 * rebuilt with nodemailer's MailComposer (headers, plain and HTML body, attachments as MIME parts, embedded
 * messages as message/rfc822 parts), so the eml extractor reads it and its attachments come out as the eml's
 * children. The child is named folder path + '/' + subject (or 'message-N'). Output is deterministic (fixed
 * MIME boundaries; no invented Date or Message-ID). RTF-only bodies are not converted.
 * Limits as in zip.ts; an attachment over maxBytes is left out of its message and recorded as a separate
 * child '<message>/<filename>' with error {reason:'limit'}.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { PSTFile, type PSTFolder, type PSTMessage } from 'pst-extractor';
import { Budget, uniqueName } from './zip.js';
import { attachmentName } from './eml.js';
import { decodeWords, headerFields } from './mbox.js';
import { ExtractError, type Child, type Extractor, type Limits } from './types.js';

/** Embedded messages nested deeper than this are left out. */
const MAX_EMBED_DEPTH = 5;

/** MailComposer options it reads but @types/nodemailer does not declare. */
type ComposerOptions = Mail.Options & { baseBoundary: string; boundaryPrefix: string };

const clean = (s: string) => s.replace(/[/\\\0]/g, '_').replace(/\s+/g, ' ').trim().slice(0, 120);
const smtp = (...candidates: (string | undefined)[]) => candidates.find((c) => c?.includes('@'));

/** Attachments left out for their size: reported by the caller as error children. */
export interface Refused {
  filename: string;
  size: number;
}

/** A message's attachments as MailComposer attachments; over-size ones are listed in `refused`. */
async function attachmentsOf(m: PSTMessage, budget: Budget, depth: number, refused: Refused[]): Promise<Mail.Attachment[]> {
  const out: Mail.Attachment[] = [];
  for (let i = 0; i < m.numberOfAttachments; i++) {
    const a = m.getAttachment(i);
    const filename = attachmentName(a.longFilename || a.filename || a.displayName, a.mimeTag, i + 1);
    if (a.attachMethod === 5) {
      // An embedded message (ATTACH_EMBEDDED_MSG).
      const inner = a.embeddedPSTMessage;
      if (inner && depth < MAX_EMBED_DEPTH) {
        const content = Buffer.from(await composeMessage(inner, budget, depth + 1, refused));
        out.push({ filename: `${clean(inner.subject) || `message-${i + 1}`}.eml`, content, contentType: 'message/rfc822', contentTransferEncoding: 'base64' });
      }
      continue;
    }
    const stream = a.fileInputStream;
    const size = stream ? stream.length.toNumber() : 0;
    if (budget.refuse(size)) {
      refused.push({ filename, size });
      continue;
    }
    const content = Buffer.alloc(size);
    if (stream && size > 0) stream.readCompletely(content);
    out.push({ filename, content, ...(a.mimeTag ? { contentType: a.mimeTag } : {}) });
  }
  return out;
}

/** The message as RFC 822 bytes. */
async function composeMessage(m: PSTMessage, budget: Budget, depth: number, refused: Refused[]): Promise<Uint8Array> {
  const headers = headerFields(m.transportMessageHeaders ?? '');
  const fromHeader = decodeWords(headers.get('from') ?? '');
  const fromAddress = smtp(m.senderEmailAddress, m.sentRepresentingEmailAddress, /<([^>]+)>/.exec(fromHeader)?.[1]);
  const recipients = (type: number): Mail.Address[] => {
    const list: Mail.Address[] = [];
    for (let i = 0; i < m.numberOfRecipients; i++) {
      const r = m.getRecipient(i);
      const address = r && r.recipientType === type ? smtp(r.smtpAddress, r.emailAddress) : undefined;
      if (r && address) list.push({ name: r.displayName, address }); // nodemailer drops recipients without one
    }
    return list;
  };
  const date = m.clientSubmitTime ?? m.messageDeliveryTime ?? undefined;
  const messageId = m.internetMessageId.trim();
  const options: ComposerOptions = {
    from: fromAddress ? { name: m.senderName, address: fromAddress } : fromHeader || m.senderName || undefined,
    // Received mail keeps its original To/Cc (names without SMTP addresses included); else the recipient table.
    to: headers.has('to') ? decodeWords(headers.get('to') as string) : recipients(1),
    cc: headers.has('cc') ? decodeWords(headers.get('cc') as string) : recipients(2),
    subject: m.subject,
    ...(date ? { date } : {}),
    ...(messageId ? { messageId } : {}),
    ...(m.inReplyToId.trim() ? { inReplyTo: m.inReplyToId.trim() } : {}),
    text: m.body,
    ...(m.bodyHTML ? { html: m.bodyHTML } : {}),
    attachments: await attachmentsOf(m, budget, depth, refused),
    disableFileAccess: true,
    disableUrlAccess: true,
    baseBoundary: createHash('sha256').update(`${messageId}\0${m.subject}\0${date?.toISOString()}\0${m.descriptorNodeId}`).digest('hex').slice(0, 16),
    boundaryPrefix: '--_Ariadne',
  };
  const built = await new MailComposer(options).compile().build();
  // MailComposer makes up a Date and a Message-ID when there are none: drop them again.
  const drop = [...(date ? [] : ['date']), ...(messageId ? [] : ['message-id'])];
  return drop.length ? dropHeaders(built, drop) : new Uint8Array(built.buffer, built.byteOffset, built.length);
}

/** Removes the named header fields (with their folded lines) from a message's header block. */
function dropHeaders(message: Buffer, names: string[]): Uint8Array {
  const end = message.indexOf('\r\n\r\n');
  const head = message.toString('latin1', 0, end < 0 ? message.length : end);
  const kept = head.split(/\r\n(?![ \t])/).filter((field) => !names.includes(field.slice(0, field.indexOf(':')).toLowerCase()));
  return Buffer.concat([Buffer.from(kept.join('\r\n'), 'latin1'), end < 0 ? Buffer.alloc(0) : message.subarray(end)]);
}

/** One PST item as RFC 822 bytes, and the attachments left out of it for their size. */
export async function pstMessageToEml(m: PSTMessage, limits: Limits): Promise<{ eml: Uint8Array; refused: Refused[] }> {
  const refused: Refused[] = [];
  const eml = await composeMessage(m, new Budget(limits, 'pst message'), 0, refused);
  return { eml, refused };
}

export const extractPst: Extractor = async ({ bytes, limits }) => {
  let pst: PSTFile;
  try {
    pst = new PSTFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new ExtractError('corrupt', `pst: ${(e as Error).message}`);
  }
  const budget = new Budget(limits, 'pst');
  const seen = new Set<string>();
  const children: Child[] = [];
  let count = 0;
  const walk = async (folder: PSTFolder, path: string): Promise<void> => {
    if (folder.contentCount > 0) {
      for (let m: PSTMessage | null = folder.getNextChild(); m; m = folder.getNextChild()) {
        count += 1;
        budget.child();
        const name = uniqueName(seen, `${path ? `${path}/` : ''}${clean(m.subject) || `message-${count}`}`);
        let refused: Refused[] = [];
        try {
          const built = await pstMessageToEml(m, limits);
          refused = built.refused;
          budget.add(built.eml.length);
          children.push({ name, bytes: built.eml });
        } catch (e) {
          if (e instanceof ExtractError) throw e;
          children.push({ name, error: { reason: 'corrupt', message: `pst item: ${(e as Error).message}` } });
        }
        for (const r of refused) {
          budget.child();
          children.push({ name: `${name}/${r.filename}`, error: { reason: 'limit', message: `attachment of ${r.size} bytes is over maxBytes (${limits.maxBytes})` } });
        }
      }
    }
    if (folder.hasSubfolders) for (const sub of folder.getSubFolders()) await walk(sub, `${path ? `${path}/` : ''}${clean(sub.displayName) || 'folder'}`);
  };
  try {
    await walk(pst.getRootFolder(), '');
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    throw new ExtractError('corrupt', `pst: ${(e as Error).message}`);
  }
  return { text: '', method: 'none', metadata: { messages: count, encryption: pst.encryptionType }, children };
};
