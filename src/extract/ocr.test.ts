/**
 * Real Tesseract on scanned pages made by the haul generator (Chromium renders, scan.ts degrades).
 * Prints character error rates and timings; a handful of pages only.
 */
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../haul/render/browser.js';
import { renderScan } from '../haul/render/scan.js';
import type { Degrade, DocMeta, RenderContext, TextBody } from '../haul/spec.js';
import { createTesseractOcr, fromTsv, tesseractAvailable, inkiestLine } from './ocr.js';
import { ExtractError, type OcrResult } from './types.js';

const pool = new BrowserPool({ pages: 1 });
const ctx: RenderContext = {
  browser: async () => pool,
  render: () => {
    throw new Error('nested rendering is not used here');
  },
};
const log: string[] = [];
afterAll(async () => {
  await pool.close();
  console.log(`OCR results\n${log.join('\n')}`);
});

/** Folds what OCR cannot or need not tell apart: whitespace, bidi marks, Arabic letter variants and marks. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '') // zero-width and bidi marks
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '') // diacritics, superscript alef, tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance over code points. */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/** Character error rate of `got` against `want`, both folded. */
function cer(want: string, got: string): number {
  const ref = fold(want);
  return distance(ref, fold(got)) / [...ref].length;
}

const en: TextBody = {
  lang: 'en',
  heading: 'Northwind Logistics Ltd',
  title: 'Shipment schedule',
  paragraphs: [
    'Date: 5 January 2016',
    'From: Karim Haddad',
    'To: Brother Yusuf Salem',
    'The consignment will leave the port of Mersin on the fourteenth of March and arrive two days later.',
    'Please confirm the payment reference before Friday. The amount of 12,500 USD was received by the finance office.',
    'Regards and peace.',
  ],
};
const ar: TextBody = {
  lang: 'ar',
  heading: 'شركة النور للتجارة العامة',
  title: 'مذكرة داخلية بشأن الشحنة',
  paragraphs: [
    'التاريخ: ٥ كانون الثاني ٢٠١٦',
    'من: الأخ كريم حداد',
    'إلى: الأخ يوسف سالم',
    'السلام عليكم ورحمة الله وبركاته، أما بعد:',
    'تم استلام الشحنة في الميناء يوم الثلاثاء وسيتم نقلها إلى المستودع الرئيسي خلال أسبوع.',
    'يرجى التواصل مع السيد أحمد لتأكيد الموعد والتحويل إلى الحساب المعتاد والتحويلات الشهرية.',
    'والسلام عليكم ورحمة الله وبركاته',
  ],
};
const plain = (b: TextBody): string => [b.heading ?? '', b.title, ...b.paragraphs].join('\n');

const meta: DocMeta = { author: 'Karim Haddad', created: '2016-01-05T09:30:00Z', title: 'Internal memo' };
const clean: Degrade = { rotate: 0, blur: 0, noise: 0, quality: 95, seed: 1 };
const mild = (rotate: number): Degrade => ({ rotate, blur: 0, noise: 0.1, quality: 80, seed: 7 });
const heavy: Degrade = { rotate: -2.5, blur: 1.2, noise: 1, quality: 30, seed: 9 };

type As = 'png' | 'jpeg' | 'pdf';
const scan = (body: TextBody, as: As, degrade: Degrade): Promise<Uint8Array> =>
  renderScan({ kind: 'scan', as, body, degrade, meta }, ctx);

const ocr = createTesseractOcr();
/** OCRs a scan and logs its CER, confidence and time. */
async function read(label: string, bytes: Uint8Array, as: As, want: string): Promise<OcrResult & { cer: number }> {
  const t = performance.now();
  const r = as === 'pdf' ? await ocr.pdfPage(bytes, 1) : await ocr.image(bytes);
  const ms = performance.now() - t;
  const c = cer(want, r.text);
  log.push(`  ${label.padEnd(22)} CER ${c.toFixed(3)}  confidence ${r.confidence.toFixed(1)}  ${r.languages.padEnd(7)}  ${ms.toFixed(0)} ms`);
  return { ...r, cer: c };
}

describe('tesseractAvailable', () => {
  it('finds Tesseract with Arabic and English', () => {
    const t = tesseractAvailable();
    expect(t.ok).toBe(true);
    expect(t.version).toMatch(/^\d+\./);
    expect(t.languages).toEqual(expect.arrayContaining(['ara', 'eng']));
    expect(tesseractAvailable('/nonexistent/tesseract')).toEqual({ ok: false, languages: [] });
  });
});

describe('cer', () => {
  it('folds Arabic letter variants, marks and whitespace', () => {
    expect(cer('إلى  الأخ\nمدرسةٌ', 'الي الاخ مدرسه')).toBe(0);
    expect(cer('abcd', 'abxd')).toBe(0.25);
  });
});

describe('createTesseractOcr', () => {
  const cases: Array<[string, TextBody, number, number]> = [
    ['English', en, 1, 0.1],
    ['Arabic', ar, -1, 0.2],
  ];
  it.each(cases)('%s scan, mildly degraded, as png, jpeg and image-only pdf', async (name, body, rotate, maxCer) => {
    for (const as of ['png', 'jpeg', 'pdf'] as const) {
      const r = await read(`${name} ${as}`, await scan(body, as, mild(rotate)), as, plain(body));
      expect(r.cer).toBeLessThan(maxCer);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(100);
    }
  });

  it('is more confident on a clean page than on a heavily degraded one', async () => {
    const good = await read('English clean png', await scan(en, 'png', clean), 'png', plain(en));
    const bad = await read('English heavy jpeg', await scan(en, 'jpeg', heavy), 'jpeg', plain(en));
    expect(good.confidence).toBeGreaterThan(bad.confidence);
    expect(good.cer).toBeLessThanOrEqual(bad.cer);
  });

  it('upscales a page whose letters are too small', async () => {
    const page = await scan(en, 'png', mild(1));
    const small = new Uint8Array(await sharp(page).resize(410).png().toBuffer()); // a third: words ~8 px high
    const r = await read('English png at 1/3', small, 'png', plain(en));
    expect(r.cer).toBeLessThan(0.1);
  });

  it('keeps a Latin e-mail address on an Arabic page', async () => {
    const body: TextBody = { ...ar, paragraphs: [...ar.paragraphs.slice(0, 5), 'البريد: omar.farouk@mailbox.example'] };
    const r = await read('Arabic + e-mail png', await scan(body, 'png', mild(1)), 'png', plain(body));
    expect(r.text).toContain('omar.farouk@mailbox.example');
    expect(r.cer).toBeLessThan(0.2);
  });

  it('builds the same text from TSV as tesseract writes as txt', async () => {
    const png = await scan(en, 'png', mild(1));
    const tesseract = (config: string[]): string =>
      execFileSync('tesseract', ['stdin', 'stdout', '-l', 'eng', ...config], {
        input: png,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'ignore'],
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      });
    expect(fromTsv(tesseract(['tsv'])).text).toBe(tesseract([]));
  });

  it('reports bad input, missing pages and timeouts as ExtractError', async () => {
    await expect(ocr.image(new TextEncoder().encode('not an image'))).rejects.toMatchObject({ reason: 'corrupt' });
    const pdf = await scan(en, 'pdf', clean);
    await expect(ocr.pdfPage(pdf, 2)).rejects.toBeInstanceOf(ExtractError);
    const hurried = createTesseractOcr({ timeoutMs: 50 });
    await expect(hurried.pdfPage(pdf, 1)).rejects.toMatchObject({ reason: 'timeout' });
  });
});

describe('inkiestLine (the probe of auto mode)', () => {
  /** A white page `w` x `h` with dark rows [top, bottom) filled over `cols` of its width. */
  function page(w: number, h: number, bands: { top: number; bottom: number; cols: number }[]): Uint8Array {
    const data = new Uint8Array(w * h).fill(255);
    for (const b of bands) for (let y = b.top; y < b.bottom; y++) for (let x = 0; x < b.cols; x++) data[y * w + x] = 0;
    return data;
  }
  const header = (pgm: Buffer) => /^P5\n(\d+) (\d+)\n255\n/.exec(pgm.subarray(0, 32).toString('latin1'))!;

  it('cuts the line with the most ink, with a white margin', () => {
    const data = page(200, 300, [
      { top: 20, bottom: 40, cols: 50 },
      { top: 100, bottom: 120, cols: 180 },
      { top: 200, bottom: 290, cols: 200 }, // a block taller than an eighth of the page: a picture, not a line
    ]);
    const pgm = inkiestLine(data, 200, 300, 1)!;
    const [head, w, h] = header(pgm);
    expect([Number(w), Number(h)]).toEqual([200, 20 + 12]);
    const px = pgm.subarray(head.length);
    expect(px[0]).toBe(255); // margin
    expect(px[6 * 200 + 10]).toBe(0); // first inked row, inside the 180 columns
    expect(px[6 * 200 + 190]).toBe(255);
  });

  it('finds nothing on a blank page or a page of specks', () => {
    expect(inkiestLine(page(100, 100, []), 100, 100, 1)).toBeNull();
    expect(inkiestLine(page(100, 100, [{ top: 10, bottom: 13, cols: 100 }]), 100, 100, 1)).toBeNull();
  });
});
