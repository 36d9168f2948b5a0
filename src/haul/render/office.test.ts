/** Office renderers (docx, xlsx, csv): deterministic bytes, read back by independent readers. */
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import type { DocSpec, Ledger, RenderContext, TextBody } from '../spec.js';
import { renderCsv } from './csv.js';
import { renderDocx } from './docx.js';
import { renderXlsx } from './xlsx.js';

const ctx: RenderContext = {
  render: async () => {
    throw new Error('unused');
  },
  browser: async () => {
    throw new Error('unused');
  },
};

const meta = { author: 'أبو خالد', created: '2016-01-05T09:30:00Z', title: 'كشف حساب' };

const arabicLetter: TextBody = {
  lang: 'ar',
  heading: 'مكتب الصرافة الوطني – الفرع الرئيسي',
  title: 'إشعار تحويل',
  paragraphs: [
    'السيد المحترم، تحية طيبة وبعد،',
    'نحيطكم علماً بأنه تم تحويل مبلغ ٥٠٠٠ ريال إلى الحساب المذكور بتاريخ 15/03/1437 هـ.',
    'وتفضلوا بقبول فائق الاحترام.',
  ],
};

const englishLetter: TextBody = {
  lang: 'en',
  title: 'Shipment & delivery note',
  paragraphs: ['Dear Sir, please find the <invoice> attached.', 'Payment of $1,250.00 is due by 12 March 2016.'],
};

const ledger: Ledger = {
  lang: 'ar',
  title: 'دفتر الحوالات',
  sheets: [
    {
      name: 'الصندوق',
      rtl: true,
      headers: ['التاريخ', 'البيان', 'المبلغ', 'العدد'],
      rows: [
        ['15/03/1437 هـ', 'حوالة إلى عمّان', 1250.5, 2],
        ['16/03/1437 هـ', 'إيداع نقدي, فرع جدة', 3000, 1],
        [null, 'المجموع', 4250.5, 3],
      ],
    },
    {
      name: 'الحوالات',
      rtl: true,
      headers: ['المستفيد', 'المبلغ'],
      rows: [['محمد "أبو علي"', 800]],
    },
  ],
};

const docx = (body: TextBody): DocSpec & { kind: 'docx' } => ({ kind: 'docx', body, meta });
const xlsx: DocSpec & { kind: 'xlsx' } = { kind: 'xlsx', ledger, meta };
const csv: DocSpec & { kind: 'csv' } = { kind: 'csv', ledger, delimiter: ';', bom: true };

afterEach(() => {
  vi.useRealTimers();
});

/** Renders at two different wall-clock times and in two time zones: the bytes must not change. */
async function renderTwice(render: () => Promise<Uint8Array>): Promise<[Uint8Array, Uint8Array]> {
  const tz = process.env.TZ;
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(new Date('2024-06-01T12:00:00Z'));
    process.env.TZ = 'UTC';
    const a = await render();
    vi.setSystemTime(new Date('2025-02-03T04:05:06Z'));
    process.env.TZ = 'Asia/Riyadh';
    const b = await render();
    return [a, b];
  } finally {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
}

function coreXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['docProps/core.xml']!);
}

describe('renderDocx', () => {
  it.each([
    ['Arabic', arabicLetter],
    ['English', englishLetter],
  ])('%s letter: deterministic, readable by mammoth, dated and signed', async (_, body) => {
    const [a, b] = await renderTwice(() => renderDocx(docx(body), ctx));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);

    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(a) });
    const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual([...(body.heading ? [body.heading] : []), body.title, ...body.paragraphs]);

    const core = coreXml(a);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2016-01-05T09:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2016-01-05T09:30:00Z</dcterms:modified>');
    expect(core).toContain(`<dc:creator>${meta.author}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${meta.author}</cp:lastModifiedBy>`);
    expect(Object.keys(unzipSync(a))[0]).toBe('[Content_Types].xml');
  });

  it('lays Arabic out right-to-left', async () => {
    const xml = strFromU8(unzipSync(await renderDocx(docx(arabicLetter), ctx))['word/document.xml']!);
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    expect(xml).toContain('w:cs="Traditional Arabic"');
  });
});

describe('renderXlsx', () => {
  it('is deterministic and read back by SheetJS with types intact', async () => {
    const [a, b] = await renderTwice(() => renderXlsx(xlsx, ctx));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);

    const wb = XLSX.read(Buffer.from(a), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['الصندوق', 'الحوالات']);
    for (const sheet of ledger.sheets) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet.name]!, { header: 1, defval: null });
      expect(rows).toEqual([sheet.headers, ...sheet.rows]);
    }
    const cash = wb.Sheets['الصندوق']!;
    expect(cash['A2']).toMatchObject({ t: 's', v: '15/03/1437 هـ' });
    expect(cash['C2']).toMatchObject({ t: 'n', v: 1250.5, w: '1,250.50' }); // '#,##0.00'
    expect(cash['C4']).toMatchObject({ t: 'n', v: 4250.5 });
    expect(cash['D2']).toMatchObject({ t: 'n', v: 2, w: '2' }); // a count, not an amount

    const core = coreXml(a);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2016-01-05T09:30:00Z</dcterms:created>');
    expect(core).toContain(`<dc:creator>${meta.author}</dc:creator>`);
    expect(core).toContain(`<dc:title>${meta.title}</dc:title>`);
    expect(strFromU8(unzipSync(a)['xl/worksheets/sheet1.xml']!)).toContain('rightToLeft="1"');
  });
});

describe('renderCsv', () => {
  it('writes the first sheet with BOM, delimiter and CRLF, parsed back to the same cells', async () => {
    const [a, b] = await renderTwice(() => renderCsv(csv, ctx));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect([...a.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = new TextDecoder().decode(a); // drops the BOM
    expect(text.split('\r\n')).toHaveLength(ledger.sheets[0]!.rows.length + 2); // header, rows, final CRLF
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');

    const sheet = ledger.sheets[0]!;
    const parsed: string[][] = parse(text, { delimiter: ';' });
    expect(parsed).toEqual([sheet.headers, ...sheet.rows.map((r) => r.map((v) => (v === null ? '' : String(v))))]);
  });

  it('omits the BOM when asked and honours the comma delimiter', async () => {
    const bytes = await renderCsv({ ...csv, delimiter: ',', bom: false }, ctx);
    expect(bytes[0]).not.toBe(0xef);
    const parsed: string[][] = parse(new TextDecoder().decode(bytes), { delimiter: ',' });
    expect(parsed[2]).toEqual(['16/03/1437 هـ', 'إيداع نقدي, فرع جدة', '3000', '1']);
  });
});
