/**
 * Independent readers for every kind the haul holds: each opens a file with a library (or tool) other than the
 * one that wrote it, and returns its text, so tests can check that files open and that truth matches content.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import * as XLSX from 'xlsx';
import { parse as parseCsv } from 'csv-parse/sync';
import PostalMime from 'postal-mime';
import { parseString as parseWhatsApp } from 'whatsapp-chat-parser';
import { parse as parseHtml } from 'parse5';
import yauzl from 'yauzl';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import exifr from 'exifr';

const scratch = mkdtempSync(join(tmpdir(), 'ariadne-readers-'));
let seq = 0;

function tool(cmd: string, args: string[], bytes: Uint8Array, ext: string): string {
  const file = join(scratch, `f${seq++}.${ext}`);
  writeFileSync(file, bytes);
  return execFileSync(cmd, [...args, file, ...(cmd === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

/** Text of a PDF's text layer (poppler). */
export const pdfText = (b: Uint8Array) => tool('pdftotext', ['-enc', 'UTF-8'], b, 'pdf');
/** The images a PDF holds (poppler's pdfimages -list, data lines only). */
export const pdfImages = (b: Uint8Array) => tool('pdfimages', ['-list'], b, 'pdf').split('\n').slice(2).filter((l) => l.trim() !== '');

export async function docxText(b: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(b) })).value;
}

export function xlsxText(b: Uint8Array): string {
  const wb = XLSX.read(b, { type: 'array' });
  return wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n] as XLSX.WorkSheet, { rawNumbers: true })).join('\n');
}

export function csvText(b: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(b); // drops a BOM
  const delimiter = text.split('\n')[0]?.includes(';') ? ';' : ',';
  const rows = parseCsv(text, { delimiter, relax_column_count: true }) as string[][];
  if (rows.length < 2) throw new Error('csv: no data rows');
  return rows.map((r) => r.join(' ')).join('\n');
}

export interface MailPart {
  text: string;
  messageId: string;
  attachments: { filename: string; content: Uint8Array }[];
  from: string;
  to: string[];
}

export async function emlRead(b: Uint8Array): Promise<MailPart> {
  const m = await PostalMime.parse(b);
  return {
    text: [m.subject ?? '', ...[m.from, ...(m.to ?? []), ...(m.cc ?? [])].flatMap((a) => [a?.name ?? '', a?.address ?? '']), m.text ?? ''].join('\n'),
    messageId: (m.messageId ?? '').replace(/^<|>$/g, ''),
    attachments: m.attachments.map((a) => ({ filename: a.filename ?? '', content: typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content) })),
    from: m.from?.address ?? '',
    to: (m.to ?? []).map((t) => t.address ?? ''),
  };
}

/** Splits an mboxrd file at its `From ` lines and parses each message. */
export async function mboxRead(b: Uint8Array): Promise<MailPart[]> {
  const text = Buffer.from(b).toString('latin1');
  const parts = text.split(/^From .*\n/m).filter((p) => p.trim() !== '');
  return Promise.all(parts.map((p) => emlRead(Buffer.from(p.replace(/^>(>*From )/gm, '$1'), 'latin1'))));
}

export function whatsappText(b: Uint8Array): string {
  const msgs = parseWhatsApp(new TextDecoder().decode(b), { daysFirst: true });
  if (msgs.length < 2) throw new Error('whatsapp: no messages');
  return msgs.map((m) => `${m.author ?? ''}: ${m.message}`).join('\n');
}

export function telegramText(b: Uint8Array): string {
  const j = JSON.parse(new TextDecoder().decode(b)) as { messages: { from: string; text: string }[] };
  return j.messages.map((m) => `${m.from}: ${m.text}`).join('\n');
}

export function htmlText(b: Uint8Array): string {
  const doc = parseHtml(new TextDecoder().decode(b));
  const out: string[] = [];
  const walk = (n: unknown) => {
    const node = n as { nodeName: string; value?: string; childNodes?: unknown[] };
    if (node.nodeName === '#text' && node.value) out.push(node.value);
    for (const c of node.childNodes ?? []) walk(c);
  };
  walk(doc);
  return out.join('\n');
}

export function txtText(b: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(b);
}

export function zipRead(b: Uint8Array): Promise<Map<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(b), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Uint8Array>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, new Uint8Array(Buffer.concat(chunks)));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Decodes a JPEG or PNG fully (jpeg-js, pngjs) and returns its size. */
export function imageSize(b: Uint8Array): { width: number; height: number; format: 'jpeg' | 'png' } {
  if (b[0] === 0xff && b[1] === 0xd8) {
    const img = jpeg.decode(b, { maxMemoryUsageInMB: 256 });
    return { width: img.width, height: img.height, format: 'jpeg' };
  }
  const png = PNG.sync.read(Buffer.from(b));
  return { width: png.width, height: png.height, format: 'png' };
}

export async function photoGps(b: Uint8Array): Promise<{ latitude?: number; longitude?: number; Make?: string } | undefined> {
  return (await exifr.parse(Buffer.from(b), { gps: true })) as { latitude?: number; longitude?: number; Make?: string } | undefined;
}
