/**
 * Checks the mail, chat, text, archive and noise renderers with readers they were not built with:
 * postal-mime for EML/mbox, whatsapp-chat-parser, JSON.parse, Node's TextDecoder, yauzl.
 */
import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { parseString } from 'whatsapp-chat-parser';
import yauzl from 'yauzl';
import type { Chat, DocSpec, Email, Noise, NoiseType, RenderContext, TextBody, TxtEncoding } from '../spec.js';
import { renderEml } from './eml.js';
import { renderMbox } from './mbox.js';
import { renderWhatsApp } from './whatsapp.js';
import { renderTelegram } from './telegram.js';
import { renderHtml } from './html.js';
import { renderTxt } from './txt.js';
import { renderZip } from './zip.js';
import { renderNoise } from './noise.js';

/** Bytes the stub renderer returns for any kind this test does not render itself. */
const STUB = Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 0xff);

const ctx: RenderContext = {
  async render(spec: DocSpec) {
    switch (spec.kind) {
      case 'txt': return renderTxt(spec, ctx);
      case 'zip': return renderZip(spec, ctx);
      case 'eml': return renderEml(spec, ctx);
      default: return STUB;
    }
  },
  browser: () => Promise.reject(new Error('no browser in this test')),
};

const body: TextBody = {
  lang: 'ar',
  title: 'تقرير الشحنة',
  paragraphs: ['وصلت الشحنة إلى الميناء صباح الثلاثاء.', 'From the port, the goods went north.\nSecond line.'],
};
const enBody: TextBody = { lang: 'en', title: 'Shipping note', paragraphs: ['First paragraph.', 'Second <b>&</b> paragraph.'] };
const meta = { author: 'Omar Haddad', created: '2016-01-05T09:30:00Z', title: 'Shipping note' };
const pdfSpec: DocSpec = { kind: 'pdf', body: enBody, meta };

const email: Email = {
  from: { name: 'عمر حداد', address: 'omar@mail.example' },
  to: [{ name: 'Karim Nasser', address: 'karim@mail.example' }],
  cc: [{ name: 'Leila', address: 'leila@mail.example' }],
  subject: 'بخصوص الشحنة القادمة',
  date: '2016-01-05T09:30:00Z',
  messageId: 'a1b2c3@mail.example',
  inReplyTo: 'z9y8@mail.example',
  body,
  attachments: [
    { filename: 'invoice.pdf', spec: pdfSpec },
    { filename: 'ملاحظة.txt', spec: { kind: 'txt', body: enBody, encoding: 'utf-16le', bom: true } },
  ],
};

const chat: Chat = {
  title: 'الأصدقاء',
  chatId: 7,
  messages: [
    { at: '2016-01-05T09:30:00', sender: 'عمر حداد', text: 'صباح الخير' },
    { at: '2016-01-05T09:31:12', sender: 'Karim Nasser', text: 'Morning.\nThe truck leaves at noon.' },
    { at: '2016-01-13T18:02:45', sender: 'عمر حداد', text: 'تم' },
  ],
};

const parseMail = (raw: Uint8Array | string) => PostalMime.parse(raw);
const dec = new TextDecoder();

describe('renderEml', () => {
  it('is read back by postal-mime', async () => {
    const eml = await renderEml({ kind: 'eml', email }, ctx);
    const mail = await parseMail(eml);
    expect(mail.from).toEqual({ name: 'عمر حداد', address: 'omar@mail.example' });
    expect(mail.to).toEqual([{ name: 'Karim Nasser', address: 'karim@mail.example' }]);
    expect(mail.cc).toEqual([{ name: 'Leila', address: 'leila@mail.example' }]);
    expect(mail.subject).toBe('بخصوص الشحنة القادمة');
    expect(new Date(mail.date ?? '').toISOString()).toBe('2016-01-05T09:30:00.000Z');
    expect(mail.messageId).toBe('<a1b2c3@mail.example>');
    expect(mail.inReplyTo).toBe('<z9y8@mail.example>');
    expect(mail.references).toBe('<z9y8@mail.example>');
    const text = (mail.text ?? '').replace(/\r\n/g, '\n');
    expect(text.startsWith('تقرير الشحنة')).toBe(true);
    for (const p of body.paragraphs) expect(text).toContain(p);
    expect(mail.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
      ['invoice.pdf', 'application/pdf'],
      ['ملاحظة.txt', 'text/plain'],
    ]);
    expect(new Uint8Array(mail.attachments[0]?.content as ArrayBuffer)).toEqual(STUB);
    const txt = await ctx.render({ kind: 'txt', body: enBody, encoding: 'utf-16le', bom: true });
    expect(new Uint8Array(mail.attachments[1]?.content as ArrayBuffer)).toEqual(txt);
    // The raw header carries the Arabic subject as RFC 2047 encoded-words, not raw UTF-8.
    expect(dec.decode(eml)).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(eml.every((b) => b < 0x80)).toBe(true);
  });

  it('attaches a forwarded message as message/rfc822', async () => {
    const { inReplyTo: _, ...first } = email;
    const inner = await renderEml({ kind: 'eml', email }, ctx);
    const outer: Email = { ...first, messageId: 'fwd@mail.example', attachments: [{ filename: 'fwd.eml', spec: { kind: 'eml', email } }] };
    const mail = await parseMail(await renderEml({ kind: 'eml', email: outer }, ctx));
    expect(mail.attachments.map((a) => [a.filename, a.mimeType])).toEqual([['fwd.eml', 'message/rfc822']]);
    // A 7bit message/rfc822 part is passed through; postal-mime hands it back with LF line endings.
    const got = dec.decode(mail.attachments[0]?.content as ArrayBuffer);
    expect(got.trimEnd()).toBe(dec.decode(inner).replace(/\r\n/g, '\n').trimEnd());
    expect((await parseMail(got)).subject).toBe(email.subject);
  });

  it('omits threading headers for a first message', async () => {
    const { inReplyTo: _, ...first } = email;
    const raw = dec.decode(await renderEml({ kind: 'eml', email: { ...first, attachments: [] } }, ctx));
    expect(raw).not.toMatch(/^(In-Reply-To|References):/im);
  });
});

describe('renderMbox', () => {
  it('writes mboxrd with From_ lines that split into parseable messages', async () => {
    const second: Email = {
      ...email,
      messageId: 'second@mail.example',
      date: '2016-02-29T23:05:09Z',
      subject: 'From here on',
      body: { lang: 'en', title: 'Plan', paragraphs: ['From now on we meet on Fridays.', '>From the old list.'] },
      attachments: [],
    };
    const bytes = await renderMbox({ kind: 'mbox', emails: [email, second] }, ctx);
    const text = dec.decode(bytes);
    expect(text).not.toContain('\r');
    expect(text.startsWith('From omar@mail.example Tue Jan  5 09:30:00 2016\n')).toBe(true);
    expect(text).toContain('\n\nFrom omar@mail.example Mon Feb 29 23:05:09 2016\n');
    const parts = text.split(/^From /m).filter((p) => p.length > 0);
    expect(parts).toHaveLength(2);
    const mails = await Promise.all(parts.map((p) => parseMail(p.slice(p.indexOf('\n') + 1))));
    expect(mails.map((m) => m.messageId)).toEqual(['<a1b2c3@mail.example>', '<second@mail.example>']);
    expect(mails[0]?.subject).toBe(email.subject);
    expect(mails[1]?.text).toContain('>From now on we meet on Fridays.');
    expect(mails[1]?.text).toContain('>>From the old list.');
    expect(new Uint8Array(mails[0]?.attachments[0]?.content as ArrayBuffer)).toEqual(STUB);
  });
});

describe('renderWhatsApp', () => {
  for (const [style, chatId] of [['Android', 7], ['iOS', 8]] as const) {
    it(`writes a ${style} export whatsapp-chat-parser reads`, async () => {
      const text = dec.decode(await renderWhatsApp({ kind: 'whatsapp', chat: { ...chat, chatId } }, ctx));
      expect(text.startsWith(style === 'Android' ? '05/01/2016, 09:30 - ' : '[05/01/2016, 09:30:00] ')).toBe(true);
      const msgs = parseString(text, { daysFirst: true });
      expect(msgs).toHaveLength(4);
      expect(msgs[0]?.message).toContain('end-to-end encrypted');
      const user = msgs.slice(1);
      expect(user.map((m) => m.author)).toEqual(chat.messages.map((m) => m.sender));
      expect(user.map((m) => m.message)).toEqual(chat.messages.map((m) => m.text));
      expect(user[2]?.date.getDate()).toBe(13);
      expect(user[2]?.date.getMonth()).toBe(0);
      if (style === 'iOS') expect(user[1]?.date.getSeconds()).toBe(12);
    });
  }
});

describe('renderTelegram', () => {
  it('writes Telegram Desktop result.json', async () => {
    const bytes = await renderTelegram({ kind: 'telegram', chat }, ctx);
    const text = dec.decode(bytes);
    expect(text.startsWith('{\n "name": "الأصدقاء",\n "type": "private_group",\n "id": 7,')).toBe(true);
    const json = JSON.parse(text) as {
      name: string;
      messages: { id: number; date: string; date_unixtime: string; from: string; from_id: string; text: string; text_entities: unknown[] }[];
    };
    expect(json.messages).toHaveLength(3);
    expect(json.messages[0]).toMatchObject({ id: 1, date: '2016-01-05T09:30:00', date_unixtime: '1451986200', from: 'عمر حداد', text: 'صباح الخير' });
    expect(json.messages[1]?.text_entities).toEqual([{ type: 'plain', text: chat.messages[1]?.text }]);
    expect(json.messages[0]?.from_id).toMatch(/^user\d{9,10}$/);
    expect(json.messages[0]?.from_id).toBe(json.messages[2]?.from_id);
    expect(json.messages[0]?.from_id).not.toBe(json.messages[1]?.from_id);
  });
});

describe('renderHtml', () => {
  it('writes an escaped, right-to-left page for Arabic', async () => {
    const ar = dec.decode(await renderHtml({ kind: 'html', body, meta }, ctx));
    expect(ar).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    expect(ar).toContain('<meta charset="utf-8">');
    expect(ar).toContain(`<h1>${body.title}</h1>`);
    const en = dec.decode(await renderHtml({ kind: 'html', body: enBody, meta }, ctx));
    expect(en).toContain('<p>Second &lt;b&gt;&amp;&lt;/b&gt; paragraph.</p>');
    expect(en).toContain('<nav>');
  });
});

describe('renderTxt', () => {
  const encodings: TxtEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'];
  const expected = 'تقرير الشحنة\r\n\r\nوصلت الشحنة إلى الميناء صباح الثلاثاء.\r\n\r\nFrom the port, the goods went north.\r\nSecond line.\r\n';
  for (const encoding of encodings) {
    for (const bom of [false, true]) {
      it(`${encoding}${bom ? ' with BOM' : ''} decodes back with TextDecoder`, async () => {
        const bytes = await renderTxt({ kind: 'txt', body, encoding, bom }, ctx);
        const wantBom = bom && encoding !== 'windows-1256';
        const head = Array.from(bytes.slice(0, 3));
        const boms = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff], 'windows-1256': [] };
        expect(head.slice(0, boms[encoding].length).join() === boms[encoding].join() && boms[encoding].length > 0).toBe(wantBom);
        // ignoreBOM: true keeps a BOM in the output, so its presence is checked exactly.
        const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
        expect(text).toBe((wantBom ? '\ufeff' : '') + expected);
      });
    }
  }

  it('refuses characters windows-1256 cannot encode', async () => {
    const bad: TextBody = { ...body, paragraphs: ['Price: 5 ₹ or ✓'] };
    await expect(renderTxt({ kind: 'txt', body: bad, encoding: 'windows-1256', bom: false }, ctx)).rejects.toThrow(/U\+20B9/);
  });
});

/** All entries of a zip as name → bytes, via yauzl, with each entry's general-purpose flags. */
function unzip(bytes: Uint8Array): Promise<Map<string, { data: Uint8Array; flags: number; method: number }>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const out = new Map<string, { data: Uint8Array; flags: number; method: number }>();
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const data = new Uint8Array(Buffer.concat(chunks));
            out.set(entry.fileName, { data, flags: entry.generalPurposeBitFlag, method: entry.compressionMethod });
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.readEntry();
    });
  });
}

describe('renderZip', () => {
  const txt: DocSpec = { kind: 'txt', body: enBody, encoding: 'utf-8', bom: false };
  const inner: DocSpec = { kind: 'zip', mtime: '2015-12-31T23:59:58Z', members: [{ filename: 'inner/note.txt', spec: txt }] };
  const outer: DocSpec = {
    kind: 'zip',
    mtime: '2016-01-05T09:30:00Z',
    members: [
      { filename: 'docs/report.pdf', spec: pdfSpec },
      { filename: 'docs/ملاحظة.txt', spec: txt },
      { filename: 'old.zip', spec: inner },
    ],
  };

  it('lists members with their bytes, UTF-8 names, and opens a zip inside the zip', async () => {
    const entries = await unzip(await renderZip(outer, ctx));
    expect([...entries.keys()]).toEqual(['docs/report.pdf', 'docs/ملاحظة.txt', 'old.zip']);
    expect(entries.get('docs/report.pdf')?.data).toEqual(STUB);
    expect(entries.get('docs/report.pdf')?.method).toBe(0);
    expect(entries.get('docs/ملاحظة.txt')?.method).toBe(8);
    expect((entries.get('docs/ملاحظة.txt')?.flags ?? 0) & 0x800).toBe(0x800);
    expect(entries.get('docs/ملاحظة.txt')?.data).toEqual(await ctx.render(txt));
    const nested = await unzip(entries.get('old.zip')?.data ?? new Uint8Array());
    expect(dec.decode(nested.get('inner/note.txt')?.data)).toContain('Shipping note');
  });

  it('stamps the spec mtime as DOS wall-clock time', async () => {
    const bytes = await renderZip(outer, ctx);
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    // Local file header: time at offset 10, date at offset 12.
    expect(v.getUint16(10, true)).toBe((9 << 11) | (30 << 5));
    expect(v.getUint16(12, true)).toBe(((2016 - 1980) << 9) | (1 << 5) | 5);
  });
});

describe('renderNoise', () => {
  const magic: Record<NoiseType, number[]> = {
    'ds-store': [0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31],
    'thumbs-db': [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    'desktop-ini': [0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00, 0x5b, 0x00],
    dll: [0x4d, 0x5a],
    exe: [0x4d, 0x5a],
    lnk: [0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46],
    log: [],
    ini: Array.from('[General]', (c) => c.charCodeAt(0)),
    plist: Array.from('<?xml', (c) => c.charCodeAt(0)),
    tmp: [],
  };
  for (const type of Object.keys(magic) as NoiseType[]) {
    it(`${type} starts with its magic`, async () => {
      const noise: Noise = { type, size: 8192, seed: 42 };
      const bytes = await renderNoise({ kind: 'noise', noise }, ctx);
      expect(Array.from(bytes.slice(0, magic[type].length))).toEqual(magic[type]);
      if (type === 'dll' || type === 'exe') {
        const lfanew = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0x3c, true);
        expect(dec.decode(bytes.slice(lfanew, lfanew + 4))).toBe('PE\0\0');
        expect(dec.decode(bytes.slice(0, 0x80))).toContain('This program cannot be run in DOS mode');
        expect(bytes.length).toBe(8192);
      }
      if (type === 'desktop-ini') expect(new TextDecoder('utf-16le').decode(bytes)).toContain('[.ShellClassInfo]');
      if (type === 'log') expect(dec.decode(bytes)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d /);
      if (type === 'tmp') expect(bytes.length).toBe(8192);
    });
  }
});

describe('determinism', () => {
  const specs: DocSpec[] = [
    { kind: 'eml', email },
    { kind: 'mbox', emails: [email, { ...email, messageId: 'x@mail.example' }] },
    { kind: 'whatsapp', chat },
    { kind: 'whatsapp', chat: { ...chat, chatId: 8 } },
    { kind: 'telegram', chat },
    { kind: 'html', body, meta },
    { kind: 'txt', body, encoding: 'utf-16le', bom: true },
    { kind: 'zip', mtime: '2016-01-05T09:30:00Z', members: [{ filename: 'a/mail.eml', spec: { kind: 'eml', email } }] },
    ...(Object.keys({ 'ds-store': 0, 'thumbs-db': 0, 'desktop-ini': 0, dll: 0, exe: 0, lnk: 0, log: 0, ini: 0, plist: 0, tmp: 0 }) as NoiseType[]).map(
      (type): DocSpec => ({ kind: 'noise', noise: { type, size: 5000, seed: 7 } }),
    ),
  ];
  const renderAny = (spec: DocSpec): Promise<Uint8Array> => {
    switch (spec.kind) {
      case 'mbox': return renderMbox(spec, ctx);
      case 'whatsapp': return renderWhatsApp(spec, ctx);
      case 'telegram': return renderTelegram(spec, ctx);
      case 'html': return renderHtml(spec, ctx);
      case 'noise': return renderNoise(spec, ctx);
      default: return ctx.render(spec);
    }
  };
  it('renders every spec to identical bytes twice', async () => {
    for (const spec of specs) {
      const a = await renderAny(spec);
      await new Promise((r) => setTimeout(r, 5));
      const b = await renderAny(spec);
      expect(Buffer.from(a).equals(Buffer.from(b)), spec.kind).toBe(true);
    }
  });

  it('gives different noise for different seeds', async () => {
    const a = await renderNoise({ kind: 'noise', noise: { type: 'tmp', size: 64, seed: 1 } }, ctx);
    const b = await renderNoise({ kind: 'noise', noise: { type: 'tmp', size: 64, seed: 2 } }, ctx);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
