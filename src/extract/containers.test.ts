/**
 * The mail, chat, image and archive extractors on real files (shared samples), hostile and generated archives
 * (bombs, traversal names, encryption), and the project's own generated haul checked against its truth.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { Zip, zipSync, type ZipInputFile } from 'fflate';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHaul } from '../haul/write.js';
import type { Truth, TruthDocument } from '../haul/truth.js';
import { DEFAULT_LIMITS, ExtractError, type Child, type Extracted, type Extractor, type Limits } from './types.js';
import { extractEml } from './eml.js';
import { extractMbox } from './mbox.js';
import { extractMsg } from './msg.js';
import { extractPst, pstMessageToEml } from './pst.js';
import type { PSTMessage } from 'pst-extractor';
import { extractWhatsApp } from './whatsapp.js';
import { extractTelegram } from './telegram.js';
import { extractImage } from './image.js';
import { extractZip, unsafeName } from './zip.js';
import { extractTar } from './tar.js';
import { extractGzip, gzipOriginalName } from './gzip.js';
import { extract7z } from './sevenzip.js';

const SAMPLES = new URL('../../../shared/data/samples/', import.meta.url).pathname;
const FORMATS = join(SAMPLES, 'formats');
const HOSTILE = join(SAMPLES, 'hostile');
const LKML = join(SAMPLES, 'email/lkml-maildir/cur');

const scratch = mkdtempSync(join(tmpdir(), 'ariadne-containers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (fn: Extractor, bytes: Uint8Array, name = 'file', limits: Limits = DEFAULT_LIMITS) => fn({ bytes, name, mime: '', limits });
const file = (dir: string, name: string) => new Uint8Array(readFileSync(join(dir, name)));
const names = (r: Extracted) => (r.children ?? []).map((c) => c.name);
const child = (r: Extracted, name: string): Child => {
  const c = r.children?.find((x) => x.name === name);
  if (!c) throw new Error(`no child '${name}' in ${JSON.stringify(names(r))}`);
  return c;
};
const bytesOf = (c: Child): Uint8Array => {
  if (!c.bytes) throw new Error(`child '${c.name}' has no bytes: ${JSON.stringify(c.error)}`);
  return c.bytes;
};
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const sevenZip = ['/usr/bin/7zz', '/usr/bin/7z'].find((p) => {
  try {
    execFileSync(p, ['i'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** Expects `p` to reject with an ExtractError of `reason`. */
async function rejectsWith(p: Promise<unknown>, reason: string): Promise<void> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ExtractError);
  expect((err as ExtractError).reason).toBe(reason);
}

describe('e-mail on real files', () => {
  it('decodes RFC 2047 headers in several charsets', async () => {
    const r = await run(extractEml, file(FORMATS, 'testRFC822_i18nheaders'));
    expect(r.email?.from).toBe('Keld Jørn Simonsen <keld@dkuug.dk>');
    expect(r.email?.to).toEqual(['Nobody in Particular <a.person@example.com>']);
    expect(r.title).toBe('If you can read this you understand the example.');
    expect(r.text).toMatch(/^From: Keld Jørn Simonsen <keld@dkuug.dk>\nTo: .*\nSubject: If you can read this you understand the example\.\n\nExamples taken from RFC 2047\./);
    const other = await run(extractEml, file(FORMATS, 'testRFC822_eml'));
    expect(other.email?.from).toContain('Philipp Steinkrüger');
  });

  it('keeps an inline PDF and the threading headers', async () => {
    const r = await run(extractEml, file(FORMATS, 'testRFC822-mixed-with-pdf-inline'));
    expect(names(r)).toContain('tzora-titan-4-hummer-xl-manual.pdf');
    expect(r.email?.messageId).toBe('55CFD80C-6447-4C8E-B68C-016D8C206F7B@domain.com');
    expect(r.email?.inReplyTo).toBe('EA5DA741-A746-482C-A912-070E9D2FEA18@domain.com');
    expect(r.email?.date).toBe('2017-05-29T23:55:27.000Z');
    expect(r.text).toContain('I cannot access that page');
  });

  it('reads the text part and an inline image of an xhtml message', async () => {
    const r = await run(extractEml, file(FORMATS, 'testEML_embedded_xhtml_and_img.eml'));
    expect(r.email?.messageId).toBe('0123456789@test.com');
    expect(r.text).toContain('Using inline content');
    const img = bytesOf(child(r, 'testimage.jpeg'));
    expect([img[0], img[1]]).toEqual([0xff, 0xd8]);
  });

  it('turns an HTML-only body into text, and attached messages into children', async () => {
    const raw = [
      'From: =?UTF-8?B?2KPYqNmIINit2YXYstip?= <abu@example.org>',
      'To: a@example.org, "B" <b@example.org>',
      'Subject: =?UTF-8?B?2K3ZiNin2YTYqQ==?=',
      'Date: not a date',
      'Message-ID: <outer@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Hello <b>there</b></p><script>x()</script>',
      '--b1',
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment',
      '',
      'From: c@example.org',
      'Subject: inner',
      '',
      'inner body',
      '--b1',
      'Content-Type: application/octet-stream',
      'Content-Disposition: attachment; filename="../../evil.bin"',
      'Content-Transfer-Encoding: base64',
      '',
      'AAEC',
      '--b1--',
      '',
    ].join('\r\n');
    const r = await run(extractEml, new TextEncoder().encode(raw));
    expect(r.email?.from).toBe('أبو حمزة <abu@example.org>');
    expect(r.email?.to).toEqual(['a@example.org', 'B <b@example.org>']);
    expect(r.email?.date).toBeUndefined(); // unreadable dates are left out, not replaced by "now"
    expect(r.title).toBe('حوالة');
    expect(r.text).toContain('Hello there');
    expect(r.text).not.toContain('x()');
    expect(names(r)).toEqual(['attachment-1.eml', 'evil.bin']);
    const inner = await run(extractEml, bytesOf(child(r, 'attachment-1.eml')));
    expect(inner.title).toBe('inner');
    expect(inner.text).toContain('inner body');
  });

  it('reads an Outlook .msg', async () => {
    const r = await run(extractMsg, file(FORMATS, 'testMSG_forwarded.msg'));
    expect(r.title).toBe('FW: Testing');
    expect(r.email?.from).toBe('Paul Allan Hill <paul@metajure.com>');
    expect(r.email?.messageId).toBe('C8508767C15DBF40A21693142739EA8D564D18FDA2@EXVMBX018-1.exch018.msoutlookonline.net');
    expect(r.email?.inReplyTo).toBe('C8508767C15DBF40A21693142739EA8D564D18FDA1@EXVMBX018-1.exch018.msoutlookonline.net');
    expect(r.text).toContain('Original Body');
  });

  it('walks a PST into RFC 822 children that the eml extractor reads', async () => {
    const r = await run(extractPst, file(FORMATS, 'testPST_variousBodyTypes.pst'));
    expect(r.children).toHaveLength(4);
    expect(names(r).every((n) => n.startsWith('Top of Outlook data file/Inbox/tmp/'))).toBe(true);
    expect(names(r)).toContain('Top of Outlook data file/Inbox/tmp/original email');
    const emails = await Promise.all((r.children ?? []).map((c) => run(extractEml, bytesOf(c), c.name)));
    for (const e of emails) {
      expect(e.email?.from).toBe('Allison, Timothy B. <tallison@mitre.org>');
      expect(e.email?.messageId).toMatch(/@MWHPR09MB1391\.namprd09\.prod\.outlook\.com$/);
      expect(e.email?.date).toMatch(/^2017-08-30T19:2/);
    }
    const bodies = emails.map((e) => e.text).join('\n');
    expect(bodies).toContain('This is the original email (html)');
    expect(bodies).toContain('Forwarded plain text');
    expect(emails.filter((e) => e.email?.inReplyTo)).toHaveLength(3);
    // The same PST gives the same bytes (stable document ids).
    const again = await run(extractPst, file(FORMATS, 'testPST_variousBodyTypes.pst'));
    expect(again.children?.map((c) => Buffer.from(bytesOf(c)).toString('base64'))).toEqual(r.children?.map((c) => Buffer.from(bytesOf(c)).toString('base64')));
  });

  it('rebuilds PST items with attachments, embedded messages and no invented headers', async () => {
    const stream = (data: Uint8Array) => ({ length: { toNumber: () => data.length }, readCompletely: (b: Buffer) => b.set(data) });
    const item = (over: Record<string, unknown>) =>
      ({
        transportMessageHeaders: '', senderEmailAddress: '/O=EX/CN=X', sentRepresentingEmailAddress: '', senderName: 'أبو حمزة',
        numberOfRecipients: 2,
        getRecipient: (i: number) => [{ displayName: 'Omar', smtpAddress: 'omar@example.org', emailAddress: '', recipientType: 1 }, { displayName: 'No Address', smtpAddress: '', emailAddress: '/O=EX', recipientType: 2 }][i],
        clientSubmitTime: null, messageDeliveryTime: null, internetMessageId: '', inReplyToId: '', subject: 'حوالة', body: 'نص الرسالة', bodyHTML: '',
        numberOfAttachments: 0, getAttachment: () => undefined, descriptorNodeId: 1,
        ...over,
      }) as unknown as PSTMessage;
    const inner = item({ subject: 'inner', body: 'inner body', senderEmailAddress: 'x@example.org' });
    const atts = [
      { longFilename: 'كتاب.pdf', filename: 'x.pdf', mimeTag: 'application/pdf', attachMethod: 1, fileInputStream: stream(new TextEncoder().encode('%PDF-1.4 fake')) },
      { longFilename: 'big.bin', filename: '', mimeTag: '', attachMethod: 1, fileInputStream: stream(new Uint8Array(64)) },
      { longFilename: '', filename: '', mimeTag: '', attachMethod: 5, embeddedPSTMessage: inner },
    ];
    const m = item({ senderEmailAddress: 'abu@example.org', numberOfAttachments: 3, getAttachment: (i: number) => atts[i] });
    const { eml, refused } = await pstMessageToEml(m, { ...DEFAULT_LIMITS, maxBytes: 32 });
    expect(refused).toEqual([{ filename: 'big.bin', size: 64 }]);
    const head = text(eml).split('\r\n\r\n')[0] ?? '';
    expect(head).not.toMatch(/^(Date|Message-ID):/im);
    const r = await run(extractEml, eml);
    expect(r.email).toMatchObject({ from: 'أبو حمزة <abu@example.org>', subject: 'حوالة' });
    expect(r.email?.to).toEqual(['Omar <omar@example.org>']);
    expect(r.email?.date).toBeUndefined();
    expect(r.text).toContain('نص الرسالة');
    expect(names(r)).toEqual(['كتاب.pdf', 'inner.eml']);
    expect(text(bytesOf(child(r, 'كتاب.pdf')))).toBe('%PDF-1.4 fake');
    expect((await run(extractEml, bytesOf(child(r, 'inner.eml')))).text).toContain('inner body');
  });

  it('splits an mbox and unquotes >From lines', async () => {
    const real = await run(extractMbox, file(FORMATS, 'testMBOX_complex.mbox'));
    expect(real.metadata.messages).toBe(1);
    expect(names(real)).toEqual(['021701d0c2b9$dadbf470$9092ea50$@example.com']);
    const msg = await run(extractEml, bytesOf(child(real, '021701d0c2b9$dadbf470$9092ea50$@example.com')));
    expect(msg.title).toBe('xxxxxxx');

    const mbox = [
      'From a@example.org Tue Jan  5 09:30:00 2016',
      'From: A <a@example.org>',
      'Subject: one',
      'Date: Tue, 05 Jan 2016 09:30:00 +0000',
      'Message-ID: <one@example.org>',
      '',
      '>From the port',
      '>>From quoted',
      '',
      'From here on, an unquoted body line (mboxo) that is no separator',
      '',
      'From b@example.org Wed Jan  6 10:00:00 2016',
      'From: B <b@example.org>',
      'Subject: =?UTF-8?Q?caf=C3=A9?=',
      '',
      'no id',
      '',
    ].join('\n');
    const r = await run(extractMbox, new TextEncoder().encode(mbox));
    expect(names(r)).toEqual(['one@example.org', 'message-2']);
    expect(text(bytesOf(child(r, 'one@example.org')))).toBe(
      'From: A <a@example.org>\nSubject: one\nDate: Tue, 05 Jan 2016 09:30:00 +0000\nMessage-ID: <one@example.org>\n\nFrom the port\n>From quoted\n\nFrom here on, an unquoted body line (mboxo) that is no separator\n',
    );
    expect(r.text.split('\n')).toEqual(['2016-01-05 09:30  A <a@example.org>  one', '  B <b@example.org>  café']);
  });

  it('parses every lkml maildir message with its threading headers', async () => {
    const files = readdirSync(LKML);
    expect(files.length).toBe(210);
    for (const f of files) {
      const raw = readFileSync(join(LKML, f));
      const head = raw.toString('latin1', 0, raw.indexOf('\n\n')).replace(/\r?\n[ \t]+/g, ' ');
      const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1];
      const r = await run(extractEml, new Uint8Array(raw), f);
      const id = /<([^>]+)>/.exec(header('message-id') ?? '')?.[1];
      expect(r.email?.messageId, f).toBe(id);
      const reply = header('in-reply-to');
      if (reply && /<[^>]+>/.test(reply)) expect(r.email?.inReplyTo, f).toBe(/<([^>]+)>/.exec(reply)?.[1]);
      expect(r.email?.from, f).toBeTruthy();
    }
  });
});

describe('chat exports', () => {
  it('reads an Android WhatsApp export with multi-line and system lines', async () => {
    const chat =
      '\ufeff05/01/2016, 09:30 - Messages and calls are end-to-end encrypted. Tap to learn more.\n' +
      '05/01/2016, 09:31 - أبو حمزة: السلام عليكم\nسطر ثان\n' +
      '13/01/2016, 21:05 - Omar Haddad: time: 10:00\n';
    const r = await run(extractWhatsApp, new TextEncoder().encode(chat));
    expect(r.text.startsWith('05/01/2016')).toBe(true);
    expect(r.messages?.map((m) => [m.sender, m.at, m.text])).toEqual([
      ['أبو حمزة', '2016-01-05T09:31:00', 'السلام عليكم\nسطر ثان'],
      ['Omar Haddad', '2016-01-13T21:05:00', 'time: 10:00'],
    ]);
    for (const m of r.messages ?? []) expect(r.text.slice(m.start, m.end)).toBe(m.text);
    expect(r.title).toBe('WhatsApp chat: أبو حمزة, Omar Haddad');
  });

  it('reads an iOS WhatsApp export, removing U+200E at line starts', async () => {
    const chat =
      '[05/01/2016, 09:30:00] الإخوة: \u200eMessages and calls are end-to-end encrypted.\n' +
      '\u200e[05/01/2016, 09:31:12] Ali: \u200eimage omitted\n' +
      '[05/01/2016, 09:32:10] Ali: hi\nthere\n' +
      '[1/2/16, 9:33:00 PM] Sara: late';
    const r = await run(extractWhatsApp, new TextEncoder().encode(chat));
    expect(r.text.split('\n').some((l) => l.startsWith('\u200e'))).toBe(false);
    expect(r.messages?.map((m) => [m.sender, m.at, m.text])).toEqual([
      ['الإخوة', '2016-01-05T09:30:00', 'Messages and calls are end-to-end encrypted.'],
      ['Ali', '2016-01-05T09:31:12', 'image omitted'],
      ['Ali', '2016-01-05T09:32:10', 'hi\nthere'],
      ['Sara', '2016-02-01T21:33:00', 'late'],
    ]);
    for (const m of r.messages ?? []) expect(r.text.slice(m.start, m.end)).toBe(m.text);
    expect(r.metadata.participants).toEqual(['Ali', 'Sara']);
  });

  it('reads Telegram single-chat and full exports with entity arrays', async () => {
    const single = { name: 'الإخوة', type: 'private_group', id: 1, messages: [
      { id: 1, type: 'message', date: '2016-01-05T09:30:00', from: 'أبو زكريا', text: 'كيف الحال' },
      { id: 2, type: 'service', date: '2016-01-05T09:31:00', actor: 'أبو زكريا', action: 'invite_members' },
      { id: 3, type: 'message', date: '2016-01-05T09:32:00', from: 'Tariq', text: ['call ', { type: 'phone', text: '+964 790 000 0000' }, '!'] },
    ] };
    const r = await run(extractTelegram, new TextEncoder().encode(JSON.stringify(single)));
    expect(r.text).toBe('أبو زكريا: كيف الحال\nTariq: call +964 790 000 0000!\n');
    expect(r.title).toBe('الإخوة');
    for (const m of r.messages ?? []) expect(r.text.slice(m.start, m.end)).toBe(m.text);
    expect(r.messages?.[1]).toMatchObject({ sender: 'Tariq', at: '2016-01-05T09:32:00' });
    const full = { about: 'x', chats: { about: 'y', list: [single, { ...single, name: 'Other', messages: [{ id: 9, type: 'message', date: '2017-01-01T00:00:00', from: null, text: 'hi' }] }] } };
    const f = await run(extractTelegram, new TextEncoder().encode(JSON.stringify(full)));
    expect(f.text).toContain('# الإخوة\n');
    expect(f.text).toContain('# Other\nDeleted Account: hi\n');
    expect(f.messages).toHaveLength(3);
    for (const m of f.messages ?? []) expect(f.text.slice(m.start, m.end)).toBe(m.text);
    await rejectsWith(run(extractTelegram, new TextEncoder().encode('{"messages": [')), 'corrupt');
  });
});

describe('images', () => {
  it('reads EXIF GPS as signed decimal degrees', async () => {
    const a = (await run(extractImage, file(FORMATS, 'testJPEG_GEO.jpg'))).metadata.exif as Record<string, any>;
    expect(a.make).toBe('Canon');
    expect(a.model).toBe('Canon EOS 40D');
    expect(a.takenAt).toBe('2009-08-11T09:09:45');
    expect(a.gps.lat).toBeCloseTo(12.54321, 5);
    expect(a.gps.lon).toBeCloseTo(-54.1234, 4);
    expect(a.software).toBe('Adobe Photoshop CS3 Macintosh');
    expect([a.width, a.height]).toEqual([100, 68]);
    const b = (await run(extractImage, file(FORMATS, 'testJPEG_GEO_2.jpg'))).metadata.exif as Record<string, any>;
    expect(b.gps.lat).toBeCloseTo(51.5757623, 6);
    expect(b.gps.lon).toBeCloseTo(-1.5678859, 6);
    expect(b.gps.altitude).toBe(295);
  });

  it('OCRs when the runner passes OCR, and survives non-images', async () => {
    const ocr = { image: async () => ({ text: 'نص', confidence: 87, languages: 'ara' }), pdfPage: async () => ({ text: '', confidence: 0, languages: '' }) };
    const r = await extractImage({ bytes: file(FORMATS, 'testJPEG_GEO.jpg'), name: 'a.jpg', mime: 'image/jpeg', limits: DEFAULT_LIMITS, ocr });
    expect(r).toMatchObject({ text: 'نص', method: 'ocr', ocrConfidence: 87 });
    const junk = await run(extractImage, new Uint8Array([1, 2, 3]));
    expect(junk.metadata.exif).toBeUndefined();
  });
});

/** A stored ZIP of deflated zeros built with fflate from a repeated, sync-flushed DEFLATE block: tiny in memory. */
function zerosZip(megabytes: number): Uint8Array {
  const block = new Uint8Array(1 << 20);
  const chunk = deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH }); // byte-aligned, not final
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(block, crc);
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    parts.push(data);
  });
  const entry: ZipInputFile = { filename: 'zeros.bin', size: megabytes << 20, crc: crc >>> 0, compression: 8 };
  zip.add(entry);
  for (let i = 0; i < megabytes; i++) entry.ondata?.(null, chunk, false);
  entry.ondata?.(null, new Uint8Array([0x03, 0x00]), true); // final empty block
  zip.end();
  return Buffer.concat(parts);
}

/** Rewrites the declared uncompressed size of a one-member zip's central directory record. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  const cd = v.getUint32(out.length - 22 + 16, true);
  v.setUint32(cd + 24, size, true);
  return out;
}

describe('zip', () => {
  it('refuses the hostile zip that declares a ~2 GB entry without allocating it', async () => {
    const t0 = performance.now();
    const r = await run(extractZip, file(HOSTILE, 'testZIP_corrupted_oom.zip'));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.children).toHaveLength(1);
    expect(r.children?.[0]).toMatchObject({ name: 'hello.txt', error: { reason: 'limit' } });
  });

  it('refuses a 1 GB bomb by its declared size and ratio, before inflating', async () => {
    const bomb = zerosZip(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const t0 = performance.now();
    const r = await run(extractZip, bomb);
    expect(r.children?.[0]).toMatchObject({ name: 'zeros.bin', error: { reason: 'limit' } });
    // Ratio allowed, but the container total is not: refused as a whole, still without inflating.
    await rejectsWith(run(extractZip, bomb, 'b.zip', { ...DEFAULT_LIMITS, maxBytes: 4 * 2 ** 30, maxRatio: 1e6, maxUnpackedBytes: 100 << 20 }), 'limit');
    // A member that lies about its size stops inflating right after the declared size.
    const liar = declareSize(bomb, 1000);
    const l = await run(extractZip, liar, 'l.zip', { ...DEFAULT_LIMITS, maxRatio: 1e9 });
    expect(l.children?.[0]?.error?.reason).toBe('corrupt');
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('inflates a small generated bomb that stays within generous limits, checking its CRC', async () => {
    const r = await run(extractZip, zerosZip(3), 'z.zip', { ...DEFAULT_LIMITS, maxRatio: 1e6 });
    expect(bytesOf(child(r, 'zeros.bin')).length).toBe(3 << 20);
  });

  it('reads UTF-8 and CP437 names, skips directories, marks unsafe names and stops at maxChildren', async () => {
    const zip = zipSync({
      'docs/مستند.txt': new TextEncoder().encode('نص'),
      'docs/': new Uint8Array(0),
      '../../etc/passwd': new TextEncoder().encode('root'),
      '/abs.txt': new Uint8Array([1]),
    });
    const r = await run(extractZip, zip);
    expect(names(r).sort()).toEqual(['../../etc/passwd', '/abs.txt', 'docs/مستند.txt'].sort());
    expect(text(bytesOf(child(r, 'docs/مستند.txt')))).toBe('نص');
    expect(child(r, '../../etc/passwd')).toMatchObject({ error: { reason: 'unsafe' } });
    expect(child(r, '../../etc/passwd').bytes).toBeUndefined();
    expect(child(r, '/abs.txt').error?.reason).toBe('unsafe');
    expect(unsafeName('a\0b')).toBe(true);
    expect(unsafeName('C:\\x')).toBe(true);
    expect(unsafeName('a..b/c')).toBe(false);

    // CP437: a name without the UTF-8 flag, bytes 0x82 ('é' in CP437).
    const cp = zipSync({ 'cafX.txt': new Uint8Array([1]) });
    const at = Buffer.from(cp).indexOf('cafX');
    const cd = Buffer.from(cp).lastIndexOf('cafX');
    cp[at + 3] = 0x82;
    cp[cd + 3] = 0x82;
    expect(names(await run(extractZip, cp))).toEqual(['café.txt']);

    // Data before the archive (a self-extractor stub) shifts every offset.
    const sfx = Buffer.concat([Buffer.alloc(1000, 0x4d), zip]);
    expect(text(bytesOf(child(await run(extractZip, sfx), 'docs/مستند.txt')))).toBe('نص');

    await rejectsWith(run(extractZip, zip, 'z.zip', { ...DEFAULT_LIMITS, maxChildren: 2 }), 'limit');
    await rejectsWith(run(extractZip, new Uint8Array(100)), 'corrupt');
  });

  it.skipIf(!sevenZip)('records encrypted entries as encrypted', async () => {
    const dir = join(scratch, 'enc');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    writeFileSync(join(dir, 'plain.txt'), 'plain');
    execFileSync(sevenZip!, ['a', '-bso0', '-tzip', '-pSECRET', join(dir, 'enc.zip'), join(dir, 'secret.txt')]);
    execFileSync(sevenZip!, ['a', '-bso0', '-tzip', join(dir, 'enc.zip'), join(dir, 'plain.txt')]);
    const r = await run(extractZip, file(dir, 'enc.zip'));
    expect(child(r, 'secret.txt').error?.reason).toBe('encrypted');
    expect(text(bytesOf(child(r, 'plain.txt')))).toBe('plain');
  });
});

/** A tar of `files` built with tar-stream. */
async function makeTar(files: Record<string, string>): Promise<Uint8Array> {
  const p = pack();
  for (const [name, body] of Object.entries(files)) p.entry({ name }, body);
  p.entry({ name: 'dir/', type: 'directory' });
  p.finalize();
  const parts: Buffer[] = [];
  for await (const c of p) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

describe('tar and gzip', () => {
  it('unpacks a tar.gz in two steps: gzip → tar', async () => {
    const tar = await makeTar({ 'a.txt': 'alpha', 'مجلد/ب.txt': 'بيت', '../../etc/passwd': 'root' });
    const gz = gzipSync(tar);
    const g = await run(extractGzip, gz, 'bundle.tar.gz');
    expect(names(g)).toEqual(['bundle.tar']);
    const t = await run(extractTar, bytesOf(child(g, 'bundle.tar')), 'bundle.tar');
    expect(names(t)).toEqual(['a.txt', 'مجلد/ب.txt', '../../etc/passwd']);
    expect(text(bytesOf(child(t, 'مجلد/ب.txt')))).toBe('بيت');
    expect(child(t, '../../etc/passwd').error?.reason).toBe('unsafe');
    expect(names(await run(extractGzip, gz, 'x.tgz'))).toEqual(['x.tar']);
    await rejectsWith(run(extractTar, tar.subarray(0, 700)), 'truncated');
    await rejectsWith(run(extractTar, tar, 't.tar', { ...DEFAULT_LIMITS, maxChildren: 2 }), 'limit');
  });

  it("names the child after the gzip header's original name and stops at the limits", async () => {
    const body = new TextEncoder().encode('hello '.repeat(1000));
    const raw = deflateRawSync(body);
    const tail = Buffer.alloc(8);
    tail.writeUInt32LE(crc32(body) >>> 0, 0);
    tail.writeUInt32LE(body.length, 4);
    const gz = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0x08, 0, 0, 0, 0, 0, 3]), Buffer.from('dir/notes.txt\0', 'latin1'), raw, tail]);
    expect(gzipOriginalName(gz)).toBe('dir/notes.txt');
    const r = await run(extractGzip, gz, 'whatever.gz');
    expect(names(r)).toEqual(['notes.txt']);
    expect(bytesOf(child(r, 'notes.txt')).length).toBe(6000);
    const small = await run(extractGzip, gz, 'whatever.gz', { ...DEFAULT_LIMITS, maxBytes: 100 });
    expect(small.children?.[0]?.error?.reason).toBe('limit');
    // 64 MB of zeros (64 KB packed): over maxRatio.
    const zeros = gzipSync(new Uint8Array(64 << 20));
    expect((await run(extractGzip, zeros, 'z.gz')).children?.[0]?.error?.reason).toBe('limit');
    await rejectsWith(run(extractGzip, gz.subarray(0, 30), 'cut.gz'), 'truncated');
  });
});

describe.skipIf(!sevenZip)('7z', () => {
  it('extracts a 7z built with 7zz, and reports encryption', async () => {
    const dir = join(scratch, 'seven');
    mkdirSync(join(dir, 'src/sub'), { recursive: true });
    writeFileSync(join(dir, 'src/a.txt'), 'alpha');
    writeFileSync(join(dir, 'src/ملف.txt'), 'بيت');
    writeFileSync(join(dir, 'src/sub/b.txt'), 'beta');
    execFileSync(sevenZip!, ['a', '-bso0', join(dir, 'a.7z'), '.'], { cwd: join(dir, 'src') });
    const r = await run(extract7z, file(dir, 'a.7z'), 'a.7z');
    expect(names(r).sort()).toEqual(['a.txt', 'sub/b.txt', 'ملف.txt']);
    expect(text(bytesOf(child(r, 'ملف.txt')))).toBe('بيت');
    expect(text(bytesOf(child(r, 'sub/b.txt')))).toBe('beta');
    await rejectsWith(run(extract7z, file(dir, 'a.7z'), 'a.7z', { ...DEFAULT_LIMITS, maxChildren: 2 }), 'limit');
    const few = await run(extract7z, file(dir, 'a.7z'), 'a.7z', { ...DEFAULT_LIMITS, maxBytes: 3 });
    expect(new Set(few.children?.map((c) => c.error?.reason))).toEqual(new Set(['limit']));

    execFileSync(sevenZip!, ['a', '-bso0', '-pSECRET', join(dir, 'e.7z'), 'a.txt'], { cwd: join(dir, 'src') });
    const e = await run(extract7z, file(dir, 'e.7z'), 'e.7z');
    expect(child(e, 'a.txt').error?.reason).toBe('encrypted');
    execFileSync(sevenZip!, ['a', '-bso0', '-pSECRET', '-mhe=on', join(dir, 'h.7z'), 'a.txt'], { cwd: join(dir, 'src') });
    await rejectsWith(run(extract7z, file(dir, 'h.7z'), 'h.7z'), 'encrypted');
    await rejectsWith(run(extract7z, new Uint8Array(50), 'junk.7z'), 'corrupt');
  });
});

describe('hostile files', () => {
  it('damaged archives give results or ExtractErrors, never crashes', async () => {
    const tar = await makeTar({ 'a.txt': 'alpha '.repeat(200), 'b.txt': 'beta' });
    const samples: [Extractor, Uint8Array][] = [
      [extractZip, zipSync({ 'a.txt': new TextEncoder().encode('alpha '.repeat(200)), 'b/c.txt': new Uint8Array([1, 2, 3]) })],
      [extractTar, tar],
      [extractGzip, gzipSync(tar)],
    ];
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (const [fn, good] of samples) {
      for (let i = 0; i < 150; i++) {
        const bad = good.slice(0, i % 3 === 0 ? Math.floor(rand() * good.length) : good.length);
        for (let k = 0; k < 4; k++) bad[Math.floor(rand() * bad.length)] = Math.floor(rand() * 256);
        const got = await run(fn, bad).then(
          () => 'ok',
          (e: unknown) => (e instanceof ExtractError ? 'refused' : `crash: ${(e as Error).stack}`),
        );
        expect(got, `${fn.name} mutation ${i}`).not.toMatch(/^crash/);
      }
    }
  });

  it('no container extractor crashes on any of them: results or ExtractErrors only', async () => {
    const extractors: Extractor[] = [extractZip, extractTar, extractGzip, extractEml, extractMbox, extractMsg, extractPst, extractImage, extractWhatsApp, extractTelegram];
    if (sevenZip) extractors.push(extract7z);
    for (const name of readdirSync(HOSTILE)) {
      for (const fn of extractors) {
        const got = await run(fn, file(HOSTILE, name), name).then(
          () => 'ok',
          (e: unknown) => (e instanceof ExtractError ? 'refused' : `crash: ${(e as Error).message}`),
        );
        expect(got, `${fn.name} on ${name}`).not.toMatch(/^crash/);
      }
    }
  });
});

describe('the generated haul', () => {
  let dir: string;
  let truth: Truth;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ariadne-haul-containers-'));
    await makeHaul({ out: dir, docs: 150, seed: 2 });
    truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const EXTRACTORS: Partial<Record<string, Extractor>> = {
    eml: extractEml,
    'email-message': extractEml,
    mbox: extractMbox,
    zip: extractZip,
    whatsapp: extractWhatsApp,
    telegram: extractTelegram,
  };

  /** Extracts a document, checks its children against the truth's inner names, and recurses into them. */
  async function check(doc: TruthDocument, bytes: Uint8Array, docs: TruthDocument[]): Promise<number> {
    const fn = EXTRACTORS[doc.kind];
    if (!fn) return 0;
    const r = await run(fn, bytes, doc.inner.at(-1) ?? doc.path);
    for (const p of doc.persons) expect(r.text, `${doc.id} ${doc.kind} lacks '${p.surface}'`).toContain(p.surface);
    const depth = doc.inner.length;
    const inside = docs.filter((d) => d.path === doc.path && d.inner.length === depth + 1 && doc.inner.every((n, i) => d.inner[i] === n));
    if (['zip', 'mbox', 'eml', 'email-message'].includes(doc.kind)) {
      expect(names(r).sort(), `${doc.id} children`).toEqual(inside.map((d) => d.inner[depth]).sort());
    }
    let checked = 1;
    for (const d of inside) checked += await check(d, bytesOf(child(r, d.inner[depth] as string)), docs);
    return checked;
  }

  it('reads every top-level mail, mailbox, chat and archive as the truth says', async () => {
    const top = truth.documents.filter((d) => d.inner.length === 0 && d.duplicate_of === null && EXTRACTORS[d.kind]);
    expect(top.map((d) => d.kind)).toEqual(expect.arrayContaining(['eml', 'mbox', 'zip', 'telegram']));
    let checked = 0;
    for (const doc of top) checked += await check(doc, new Uint8Array(readFileSync(join(dir, 'haul', doc.path))), truth.documents);
    expect(checked).toBeGreaterThan(top.length);
  });

  it("reads photos' GPS where the truth places them by GPS", async () => {
    const photos = truth.documents.filter((d) => d.kind === 'photo' && d.countries.some((c) => c.via === 'gps'));
    expect(photos.length).toBeGreaterThan(0);
    for (const doc of photos) {
      const exif = (await run(extractImage, new Uint8Array(readFileSync(join(dir, 'haul', doc.path))))).metadata.exif as { gps?: { lat: number; lon: number } };
      for (const c of doc.countries.filter((x) => x.via === 'gps')) {
        const [lat, lon] = c.surface.split(',').map(Number);
        expect(exif.gps?.lat, doc.path).toBeCloseTo(lat as number, 5);
        expect(exif.gps?.lon, doc.path).toBeCloseTo(lon as number, 5);
      }
    }
  });
});
