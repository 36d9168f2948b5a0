/**
 * Visual renderers against independent readers: poppler (pdftotext, pdfinfo, pdfimages), sharp, exifr.
 * Uses the real Chromium (see browser.ts). Every renderer must give identical bytes twice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocMeta, DocSpec, Degrade, RenderContext, TextBody } from '../spec.js';
import { BrowserPool } from './browser.js';
import { renderPdf } from './pdf.js';
import { renderPhoto } from './photo.js';
import { renderScan } from './scan.js';

const pool = new BrowserPool({ pages: 2 });
const ctx: RenderContext = {
  browser: async () => pool,
  render: async () => {
    throw new Error('nested rendering is not used here');
  },
};
const dir = mkdtempSync(join(tmpdir(), 'ariadne-visual-'));
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a poppler tool on `bytes` written to a temp file. */
let fileNo = 0;
function poppler(tool: string, args: string[], bytes: Uint8Array): string {
  const file = join(dir, `doc-${fileNo++}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

/** Words of a text: bidi controls, Arabic diacritics and punctuation removed. */
function words(text: string): Set<string> {
  const clean = text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/[.,:;!?،؛—-]/g, ' ');
  return new Set(clean.split(/\s+/).filter(Boolean));
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const en: TextBody = {
  lang: 'en',
  heading: 'Northwind Logistics Ltd',
  title: 'Shipment schedule',
  paragraphs: [
    'The consignment will leave the port of Mersin on the fourteenth of March and arrive two days later.',
    'Please confirm the payment reference before Friday.',
  ],
};
const ar: TextBody = {
  lang: 'ar',
  heading: 'شركة النور للتجارة العامة',
  title: 'مذكرة داخلية بشأن الشحنة',
  paragraphs: [
    'تم استلام الشحنة في الميناء يوم الثلاثاء وسيتم نقلها إلى المستودع الرئيسي خلال أسبوع.',
    'يرجى التواصل مع السيد أحمد لتأكيد الموعد والتحويل إلى الحساب المعتاد والتحويلات الشهرية.',
  ],
};
const meta: DocMeta = { author: 'Karim Haddad', created: '2016-01-05T09:30:00Z', title: 'Internal memo' };
const degrade: Degrade = { rotate: -1.2, blur: 0.6, noise: 0.5, quality: 75, seed: 42 };

describe('renderPdf', () => {
  it.each([
    ['English', en],
    ['Arabic', ar],
  ])('%s: stable bytes, extractable text, fixed properties', async (_name, body) => {
    const spec: Extract<DocSpec, { kind: 'pdf' }> = { kind: 'pdf', body, meta };
    const first = await renderPdf(spec, ctx);
    await sleep(1100); // Chromium stamps dates to the second: make sure none survive
    const second = await renderPdf(spec, ctx);
    expect(same(first, second)).toBe(true);

    const text = poppler('pdftotext', ['-enc', 'UTF-8'], first);
    if (body.lang === 'en') {
      for (const p of body.paragraphs) expect(text.replace(/\s+/g, ' ')).toContain(p);
    } else {
      const got = words(text);
      const expected = words([body.heading ?? '', body.title, ...body.paragraphs].join(' '));
      expect([...expected].filter((w) => !got.has(w))).toEqual([]);
    }

    const info = poppler('pdfinfo', ['-isodates'], first);
    expect(info).toMatch(/^CreationDate:\s+2016-01-05T09:30:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2016-01-05T09:30:00Z$/m);
    expect(info).toMatch(/^Author:\s+Karim Haddad$/m);
    expect(info).toMatch(/^Title:\s+Internal memo$/m);
    expect(info).toMatch(/^Pages:\s+1$/m);
  });
});

describe('renderScan', () => {
  const scan = (as: 'pdf' | 'jpeg' | 'png', body: TextBody = en): Extract<DocSpec, { kind: 'scan' }> => ({
    kind: 'scan',
    as,
    body,
    degrade,
    meta,
  });

  it('as pdf: one image, no text layer, stable bytes', async () => {
    const first = await renderScan(scan('pdf', ar), ctx);
    await sleep(1100);
    expect(same(first, await renderScan(scan('pdf', ar), ctx))).toBe(true);
    expect(poppler('pdftotext', ['-enc', 'UTF-8'], first).trim().length).toBeLessThan(3);
    const images = poppler('pdfimages', ['-list'], first).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/\bimage\s+1240\s+1754\b.*\bjpeg\b/);
    expect(poppler('pdfinfo', ['-isodates'], first)).toMatch(/^CreationDate:\s+2016-01-05T09:30:00Z$/m);
  });

  it.each(['jpeg', 'png'] as const)('as %s: format, size, stable bytes', async (as) => {
    const first = await renderScan(scan(as), ctx);
    expect(same(first, await renderScan(scan(as), ctx))).toBe(true);
    const m = await sharp(first).metadata();
    expect(m.format).toBe(as);
    expect([m.width, m.height]).toEqual([1240, 1754]);
    expect(m.exif).toBeUndefined();
  });

  it('depends on the noise seed', async () => {
    const a = await renderScan(scan('png'), ctx);
    const b = await renderScan({ ...scan('png'), degrade: { ...degrade, seed: 43 } }, ctx);
    expect(same(a, b)).toBe(false);
  });
});

describe('renderPhoto', () => {
  const photo = (scene: 'street' | 'landscape' | 'room' | 'document-on-table', seed: number) =>
    ({
      kind: 'photo',
      photo: {
        width: 1024,
        height: 768,
        scene,
        seed,
        camera: { make: 'Samsung', model: 'SM-G930F' },
        takenAt: '2016-03-14T17:05:33',
        gps: { lat: 36.801234, lon: -4.634567, altitude: 12.5 },
      },
    }) satisfies Extract<DocSpec, { kind: 'photo' }>;

  it.each([
    ['street', 1],
    ['landscape', 2],
    ['room', 3],
    ['document-on-table', 4],
  ] as const)('%s: EXIF readable by exifr, stable bytes', async (scene, seed) => {
    const spec = photo(scene, seed);
    const buf = await renderPhoto(spec, ctx);
    expect(same(buf, await renderPhoto(spec, ctx))).toBe(true);
    expect(buf.length).toBeGreaterThan(50_000); // grain keeps it from compressing to nothing

    const exif = await exifr.parse(Buffer.from(buf), { gps: true });
    expect(exif.Make).toBe('Samsung');
    expect(exif.Model).toBe('SM-G930F');
    expect(exif.DateTimeOriginal).toEqual(new Date(2016, 2, 14, 17, 5, 33));
    expect(Math.abs(exif.latitude - 36.801234)).toBeLessThan(1e-5);
    expect(Math.abs(exif.longitude - -4.634567)).toBeLessThan(1e-5);
    expect(exif.GPSAltitude).toBeCloseTo(12.5);
    expect(exif.ExifImageWidth ?? exif.PixelXDimension).toBe(1024);

    const m = await sharp(buf).metadata();
    expect([m.format, m.width, m.height]).toEqual(['jpeg', 1024, 768]);
  });

  it('omits GPS when the spec has none', async () => {
    const spec = photo('room', 9);
    const { gps: _gps, ...rest } = spec.photo;
    const exif = await exifr.parse(Buffer.from(await renderPhoto({ kind: 'photo', photo: rest }, ctx)), { gps: true });
    expect(exif.latitude).toBeUndefined();
    expect(exif.Make).toBe('Samsung');
  });
});
