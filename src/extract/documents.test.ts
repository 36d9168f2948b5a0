/**
 * Document extractors (PDF, DOCX, PPTX, XLSX, ODT/ODS, RTF, CSV) on real files: the hostile samples (each
 * extracts or fails cleanly, fast), the shared format samples, small hand-built packages, and a haul made by
 * the project's generator, whose truth.json says which surfaces (names, Hijri dates, selectors) each document
 * contains. CSV ground truth: the generator's ledgers re-rendered with its own CSV renderer.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHaul, type MakeHaulResult } from '../haul/write.js';
import { renderCsv } from '../haul/render/csv.js';
import type { DocSpec, RenderContext } from '../haul/spec.js';
import type { Truth, TruthDocument } from '../haul/truth.js';
import { csvCell, extractCsv } from './csv.js';
import { extractDocx } from './docx.js';
import { extractOds, extractOdt } from './odf.js';
import { openZip, parseXml } from './ooxml.js';
import { extractPdf, PAGE_BREAK, tokens, toLogical } from './pdf.js';
import { extractPptx } from './pptx.js';
import { extractRtf } from './rtf.js';
import { DEFAULT_LIMITS, ExtractError, type Extracted, type Extractor, type Ocr } from './types.js';
import { extractXlsx } from './xlsx.js';

const SAMPLES = '/work/shared/data/samples';

const input = (bytes: Uint8Array, name = 'file', extra: Partial<Parameters<Extractor>[0]> = {}) => ({
  bytes,
  name,
  mime: '',
  limits: DEFAULT_LIMITS,
  ...extra,
});

async function failure(p: Promise<unknown>): Promise<ExtractError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ExtractError);
    return e as ExtractError;
  }
  throw new Error('expected an ExtractError');
}

// ---------------------------------------------------------------------------------------------------------

describe('hostile samples: extract or fail cleanly, each within 10 s', () => {
  const run: Record<string, (b: Uint8Array, name: string) => Promise<unknown>> = {
    '.pdf': (b, n) => extractPdf(input(b, n)),
    '.docx': (b, n) => extractDocx(input(b, n)),
    '.rtf': (b, n) => extractRtf(input(b, n)),
    '.xml': async (b, n) => parseXml(b, n),
    '.zip': async (b, n) => openZip(b, DEFAULT_LIMITS, n),
  };
  it('every sample of our kinds', async () => {
    const names = (await readdir(join(SAMPLES, 'hostile'))).filter((n) => run[extname(n)]);
    expect(names.length).toBeGreaterThanOrEqual(6);
    const outcome: Record<string, string> = {};
    for (const name of names) {
      const bytes = new Uint8Array(await readFile(join(SAMPLES, 'hostile', name)));
      const t0 = performance.now();
      try {
        await run[extname(name)]!(bytes, name);
        outcome[name] = 'ok';
      } catch (e) {
        if (!(e instanceof ExtractError)) throw new Error(`${name}: not an ExtractError: ${(e as Error).stack}`);
        outcome[name] = e.reason;
      }
      expect(performance.now() - t0, name).toBeLessThan(10_000);
    }
    console.log('hostile outcomes', outcome);
    expect(outcome['testWORD_truncated.docx']).toMatch(/truncated|corrupt/);
    expect(outcome['testPDF_malformedXFA.pdf']).toMatch(/ok|corrupt/);
    expect(outcome['testZIP_corrupted_oom.zip']).toMatch(/limit|corrupt|truncated/);
  }, 60_000);

  it('an embedded DOCX is a child, not recursed into', async () => {
    const r = await extractDocx(input(new Uint8Array(await readFile(join(SAMPLES, 'hostile/test_recursive_embedded.docx')))));
    expect(r.children?.map((c) => c.name)).toEqual(['word/embeddings/oleObject1.bin']);
    expect(r.children?.[0]?.bytes?.length).toBe(13824);
  });
});

describe('format samples', () => {
  it('mixed English/Arabic PDF (made by Word) comes out in logical order', async () => {
    const r = await extractPdf(input(new Uint8Array(await readFile(join(SAMPLES, 'formats/test-E+A.pdf')))));
    expect(r.pages).toHaveLength(1);
    expect(r.text).toContain('This strategy may sound rather drastic');
    expect(r.text).toContain('وكان الرئيس االمريكى بيل كلينتون قد اكد مساء اول من امس');
    expect(r.text).toContain('بابا الفاتيكان يوحنا بولس الثانى');
    expect(r.text).toContain('“وجدير بالذكر”');
    expect(r.text).toContain('Snow يمطر ثلجا');
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('PDF details', () => {
  it('bidi: reverses right-to-left lines but keeps numbers and Latin runs in order', () => {
    // Visual (left-to-right) tokens of lines, as displayed.
    const logical = (visual: string, rtl: boolean) => toLogical(tokens(visual), rtl).join('');
    expect(tokens('+964-761-190-7868 15/03/1437هـ')).toEqual(['+', '964-761-190-7868', ' ', '15/03/1437', 'هـ']);
    expect(logical('2016 يونيو 9 :التاريخ', true)).toBe('التاريخ: 9 يونيو 2016');
    expect(logical('Ahmad Khalid :الاسم', true)).toBe('الاسم: Ahmad Khalid');
    expect(logical('43 29 381 539 90+ - ياسين', true)).toBe('ياسين - +90 539 381 29 43');
    expect(logical('Room 12 في', true)).toBe('في Room 12');
    expect(logical('Name: خالد الأمير (2016)', false)).toBe('Name: الأمير خالد (2016)');
  });

  it('encrypted → encrypted, garbage → corrupt', async () => {
    expect((await failure(extractPdf(input(encryptedPdf())))).reason).toBe('encrypted');
    expect((await failure(extractPdf(input(strToU8('%PDF-1.4\nnot really a pdf')))))).toBeInstanceOf(ExtractError);
    expect((await failure(extractPdf(input(new Uint8Array(2000).fill(7))))).reason).toBe('corrupt');
  });
});

/** A PDF whose /Encrypt dictionary needs a user password (random /U): pdf.js must ask for one. */
function encryptedPdf(): Uint8Array {
  const hex = (n: number) => Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -4 >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(pdf);
}

// ---------------------------------------------------------------------------------------------------------

/** A DOCX from parts (document.xml body inner XML, extra parts by name). */
function docx(bodyXml: string, extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files);
}

describe('DOCX details', () => {
  it('paragraphs, tabs, breaks, tables, headers, properties; deleted text and media are left out', async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Hello </w:t></w:r><w:r><w:t>A&amp;B</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:t>محمد</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b1</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:p><w:r><w:t>a2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>007</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const bytes = docx(body, {
      'word/_rels/document.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>',
      'word/header1.xml': '<w:hdr xmlns:w="w"><w:p><w:r><w:t>Secret header</w:t></w:r></w:p></w:hdr>',
      'docProps/core.xml':
        '<cp:coreProperties xmlns:cp="c" xmlns:dc="d" xmlns:dcterms="t"><dc:title>Report</dc:title><dc:creator>Abu Khalid</dc:creator><cp:lastModifiedBy>X</cp:lastModifiedBy><dcterms:created>2016-01-05T09:30:00Z</dcterms:created></cp:coreProperties>',
      'word/media/image1.png': new Uint8Array([1, 2, 3]),
      'word/embeddings/Microsoft_Word_Document1.docx': docx('<w:p><w:r><w:t>inner</w:t></w:r></w:p>'),
    });
    const r = await extractDocx(input(bytes));
    expect(r.text).toBe('Hello A&B\tx\ny\nمحمد\na1\tb1\na2\t007\n\nSecret header');
    expect(r.title).toBe('Report');
    expect(r.metadata).toMatchObject({ author: 'Abu Khalid', lastModifiedBy: 'X', created: '2016-01-05T09:30:00Z' });
    expect(r.metadata.parts).toEqual([{ part: 'word/header1.xml', start: r.text.indexOf('Secret'), end: r.text.length }]);
    expect(r.children?.map((c) => c.name)).toEqual(['word/embeddings/Microsoft_Word_Document1.docx']);
    expect(r.text).not.toContain('inner');
  });

  it('entity declarations are refused as unsafe', async () => {
    const evil = docx('', {
      'word/document.xml':
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>',
    });
    expect((await failure(extractDocx(input(evil)))).reason).toBe('unsafe');
  });

  it('zip bomb: a member over the ratio limit is refused before inflating', async () => {
    const bytes = docx('<w:p/>', { 'word/embeddings/zeros.bin': new Uint8Array(8 * 1024 * 1024) });
    expect((await failure(extractDocx(input(bytes))))).toMatchObject({ reason: 'limit' });
    const small = { ...DEFAULT_LIMITS, maxUnpackedBytes: 1000 };
    expect((await failure(extractDocx(input(docx('<w:p/>', { 'x.bin': new Uint8Array(5000) }), 'f', { limits: small }))))).toMatchObject({ reason: 'limit' });
  });
});

describe('PPTX', () => {
  it('slides in presentation order, one page each, notes after the slide, embeddings as children', async () => {
    const P = 'xmlns:p="p" xmlns:a="a" xmlns:r="r"';
    const rel = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const rels = (...r: string[]) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r.join('')}</Relationships>`;
    const sp = (...paras: string[]) => `<p:sp><p:txBody>${paras.map((t) => `<a:p><a:r><a:t>${t}</a:t></a:r></a:p>`).join('')}</p:txBody></p:sp>`;
    const bytes = zipSync({
      '_rels/.rels': strToU8(rels(rel('rId1', 'officeDocument', 'ppt/presentation.xml'))),
      'ppt/presentation.xml': strToU8(`<p:presentation ${P}><p:sldIdLst><p:sldId id="256" r:id="rId3"/><p:sldId id="257" r:id="rId2"/></p:sldIdLst></p:presentation>`),
      'ppt/_rels/presentation.xml.rels': strToU8(rels(rel('rId2', 'slide', 'slides/slide1.xml'), rel('rId3', 'slide', 'slides/slide2.xml'))),
      'ppt/slides/slide1.xml': strToU8(`<p:sld ${P}><p:cSld><p:spTree>${sp('Second slide')}</p:spTree></p:cSld></p:sld>`),
      'ppt/slides/slide2.xml': strToU8(`<p:sld ${P}><p:cSld><p:spTree>${sp('Title', 'تحويل مبلغ')}</p:spTree></p:cSld></p:sld>`),
      'ppt/slides/_rels/slide2.xml.rels': strToU8(rels(rel('rId1', 'notesSlide', '../notesSlides/notesSlide1.xml'))),
      'ppt/notesSlides/notesSlide1.xml': strToU8(
        `<p:notes ${P}><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>7</a:t></a:r></a:p></p:txBody></p:sp>${sp('Speaker note')}</p:spTree></p:cSld></p:notes>`,
      ),
      'ppt/embeddings/oleObject1.bin': new Uint8Array([1, 2]),
    });
    const r = await extractPptx(input(bytes));
    expect(r.text).toBe(`Title\nتحويل مبلغ\n\nSpeaker note${PAGE_BREAK}Second slide`);
    expect(r.pages?.map((p) => r.text.slice(p.start, p.end))).toEqual(['Title\nتحويل مبلغ\n\nSpeaker note', 'Second slide']);
    expect(r.children?.map((c) => c.name)).toEqual(['ppt/embeddings/oleObject1.bin']);
  });
});

describe('XLSX details', () => {
  it('keeps cell types: numbers, booleans, dates, formula results, rich text', async () => {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'أبو خالد';
    const ws = wb.addWorksheet('الصندوق');
    ws.addRow(['التاريخ', 'المبلغ', 'ok', 'when']);
    ws.addRow(['15/03/1437 هـ', 1250.5, true, new Date(Date.UTC(2016, 0, 5))]);
    ws.addRow(['sum', { formula: 'B2*2', result: 2501 }, null, { richText: [{ text: 'rich ' }, { text: 'text' }] }]);
    wb.addWorksheet('Empty');
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await extractXlsx(input(bytes));
    expect(r.sheets?.[0]?.rows).toEqual([
      ['التاريخ', 'المبلغ', 'ok', 'when'],
      ['15/03/1437 هـ', 1250.5, true, '2016-01-05'],
      ['sum', 2501, null, 'rich text'],
    ]);
    expect(r.text).toBe(`الصندوق\nالتاريخ\tالمبلغ\tok\twhen\n15/03/1437 هـ\t1250.5\ttrue\t2016-01-05\nsum\t2501\t\trich text${PAGE_BREAK}Empty`);
    expect(r.sheets?.map((s) => r.text.slice(s.start, s.end).split('\n')[0])).toEqual(['الصندوق', 'Empty']);
    expect(r.metadata.author).toBe('أبو خالد');
  });
});

describe('ODF', () => {
  const odf = (mimetype: string, body: string) =>
    zipSync({
      mimetype: strToU8(mimetype),
      'content.xml': strToU8(
        `<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb"><office:body>${body}</office:body></office:document-content>`,
      ),
      'meta.xml': strToU8(
        '<office:document-meta xmlns:office="o" xmlns:meta="m" xmlns:dc="d"><office:meta><dc:title>Notes</dc:title><meta:initial-creator>Abu Omar</meta:initial-creator><dc:creator>Editor</dc:creator><meta:creation-date>2015-02-01T10:00:00</meta:creation-date></office:meta></office:document-meta>',
      ),
    });

  it('ODT: paragraphs, spaces, tabs, line breaks, tables, footnotes after the body', async () => {
    const r = await extractOdt(
      input(
        odf(
          'application/vnd.oasis.opendocument.text',
          `<office:text><text:h>Title</text:h><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d  <text:span>e
          f</text:span><text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>foot</text:p></text:note-body></text:note></text:p>` +
            `<table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"><text:p>y</text:p></table:table-cell></table:table-row></table:table></office:text>`,
        ),
      ),
    );
    expect(r.text).toBe('Title\na   b\tc\nd e f\nx\ty\ty\n\nfoot');
    expect(r.metadata).toMatchObject({ title: 'Notes', author: 'Abu Omar', lastModifiedBy: 'Editor', created: '2015-02-01T10:00:00' });
  });

  it('ODS: typed cells, repeated columns and rows capped, trailing empties dropped', async () => {
    const cell = (attrs: string, text: string) => `<table:table-cell ${attrs}><text:p>${text}</text:p></table:table-cell>`;
    const r = await extractOds(
      input(
        odf(
          'application/vnd.oasis.opendocument.spreadsheet',
          `<office:spreadsheet><table:table table:name="دفتر"><table:table-row>${cell('office:value-type="string"', 'الاسم')}${cell('office:value-type="float" office:value="1250.5"', '1,250.50')}${cell('office:value-type="date" office:date-value="2016-01-05"', '05/01/16')}</table:table-row>` +
            `<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16000"/></table:table-row>` +
            `<table:table-row>${cell('office:value-type="boolean" office:boolean-value="true"', 'TRUE')}<table:table-cell table:number-columns-repeated="1000000"/></table:table-row>` +
            `<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row></table:table></office:spreadsheet>`,
        ),
      ),
    );
    expect(r.sheets?.[0]?.rows).toEqual([['الاسم', 1250.5, '2016-01-05'], [], [], [], [true]]);
    expect(r.text).toBe('دفتر\nالاسم\t1250.5\t2016-01-05\n\n\n\ntrue');
  });
});

describe('RTF details', () => {
  it('code pages from the font table (cp1256), \\u with fallback skipping, info fields, skipped destinations', async () => {
    const arabic = Array.from(iconv.encode('السلام عليكم', 'cp1256')).map((b) => (b < 128 ? String.fromCharCode(b) : `\\'${b.toString(16)}`)).join('');
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times;}{\f1\fnil\fcharset178 Arial;}}{\colortbl;\red255\green0\blue0;}` +
      String.raw`{\info{\title Test \'e9t\'e9}{\author Ab\u363?d}{\creatim\yr2016\mo3\dy5\hr9\min30}}{\*\generator Foo;}{\pict\pngblip 89504e47}` +
      `\nHello {\\b world}\\par\n{\\f1 ${arabic}}\\par\n` +
      String.raw`\u1605?\u1581?\u1605?\u1583? caf\'e9\tab x\line y\par{\field{\*\fldinst HYPERLINK "x"}{\fldrslt link}}}`;
    const r = await extractRtf(input(strToU8(rtf)));
    expect(r.text).toBe('Hello world\nالسلام عليكم\nمحمد café\tx\ny\nlink');
    expect(r.metadata).toMatchObject({ title: 'Test été', author: 'Abūd', created: '2016-03-05T09:30:00' });
  });

  it('deep nesting and non-RTF fail cleanly', async () => {
    expect((await failure(extractRtf(input(strToU8('{\\rtf1 ' + '{'.repeat(100_000) + 'x')))))).toMatchObject({ reason: 'corrupt' });
    expect((await failure(extractRtf(input(strToU8('hello')))))).toMatchObject({ reason: 'corrupt' });
  });
});

describe('CSV details', () => {
  it('decodes cp1256, guesses the delimiter, types only plain numbers', async () => {
    const csv = 'الاسم;المبلغ;الهاتف;التاريخ\r\nأبو خالد;1250.5;0935844177;15/03/1437 هـ\r\n"محمد ""أبو علي""";-3;+9647701234567;1,000\r\n';
    const r = await extractCsv(input(new Uint8Array(iconv.encode(csv, 'cp1256')), 'حسابات.csv'));
    expect(r.sheets?.[0]?.name).toBe('حسابات');
    expect(r.sheets?.[0]?.rows).toEqual([
      ['الاسم', 'المبلغ', 'الهاتف', 'التاريخ'],
      ['أبو خالد', 1250.5, '0935844177', '15/03/1437 هـ'],
      ['محمد "أبو علي"', -3, '+9647701234567', '1,000'],
    ]);
    expect(r.metadata).toMatchObject({ encoding: 'windows-1256', delimiter: ';' });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Ground truth from the generator

const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;
const fold = (s: string) => s.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();

describe('generated haul: every surface the truth quotes is in the extracted text', () => {
  let dir: string;
  let made: MakeHaulResult;
  let truth: Truth;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ariadne-extract-'));
    made = await makeHaul({ out: dir, docs: 150, seed: 2 });
    truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as Truth;
  }, 180_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const surfaces = (d: TruthDocument) => [...d.persons.map((p) => p.surface), ...d.hijri_dates.map((h) => h.surface), ...d.selectors.map((s) => s.surface)];

  /** Extracts every top-level document of `kind` and counts the truth surfaces found in its text. */
  async function score(kind: string, extract: Extractor, normalise: (s: string) => string) {
    const docs = truth.documents.filter((d) => d.kind === kind && d.inner.length === 0);
    let found = 0;
    let total = 0;
    let docsOk = 0;
    const misses: string[] = [];
    for (const d of docs) {
      const r: Extracted = await extract(input(new Uint8Array(await readFile(join(dir, 'haul', d.path))), d.path));
      const text = normalise(r.text);
      const want = surfaces(d);
      const missing = want.filter((s) => !text.includes(normalise(s)));
      found += want.length - missing.length;
      total += want.length;
      if (missing.length === 0) docsOk++;
      else misses.push(`${d.path}: ${missing.join(' | ')}`);
    }
    console.log(`${kind}: ${docsOk}/${docs.length} documents complete, ${found}/${total} surfaces found`, misses.slice(0, 5));
    return { docs: docs.length, docsOk, found, total, misses };
  }

  it('docx', async () => {
    const s = await score('docx', extractDocx, (t) => t);
    expect(s.docs).toBeGreaterThan(0);
    expect(s.misses).toEqual([]);
  }, 60_000);

  it('xlsx', async () => {
    const s = await score('xlsx', extractXlsx, (t) => t);
    expect(s.docs).toBeGreaterThan(0);
    expect(s.misses).toEqual([]);
  }, 60_000);

  it('pdf (bidi controls removed, white space folded)', async () => {
    const s = await score('pdf', extractPdf, fold);
    expect(s.docs).toBeGreaterThan(0);
    expect(s.found / s.total).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('csv (the top-level ledgers re-rendered as CSV by the generator)', async () => {
    const top = await score('csv', extractCsv, (t) => t);
    // The generator's own CSV renderer on every planned workbook: first sheet only, both delimiters, BOM or not.
    const ctx = {} as RenderContext;
    let found = 0;
    let total = 0;
    const misses: string[] = [];
    const ledgers = made.plan.files.map((f) => f.spec).filter((s): s is DocSpec & { kind: 'xlsx' } => s?.kind === 'xlsx');
    for (const [i, x] of ledgers.entries()) {
      const spec: DocSpec & { kind: 'csv' } = { kind: 'csv', ledger: x.ledger, delimiter: i % 2 ? ';' : ',', bom: i % 2 === 0 };
      const r = await extractCsv(input(await renderCsv(spec, ctx), 'ledger.csv'));
      const sheet = x.ledger.sheets[0]!;
      const cells = [...sheet.headers, ...sheet.rows.flat()].filter((c): c is string => typeof c === 'string' && c !== '');
      for (const c of cells) {
        total++;
        if (r.text.includes(c)) found++;
        else misses.push(c);
      }
      // Types survive: the ledger's numbers come back as numbers, its strings as strings (or plain numbers).
      const expected = [sheet.headers, ...sheet.rows].map((row) => {
        const cells = row.map((c) => (typeof c === 'string' ? csvCell(c) : c));
        while (cells.length && cells[cells.length - 1] === null) cells.pop();
        return cells;
      });
      expect(r.sheets?.[0]?.rows).toEqual(expected);
    }
    console.log(`csv: ${top.docs} top-level in this haul; ${ledgers.length} ledgers re-rendered, ${found}/${total} string cells found`);
    expect(ledgers.length).toBeGreaterThan(0);
    expect(misses).toEqual([]);
  }, 60_000);

  it('scanned PDFs: OCR is asked for when given, else the pages are listed as pending', async () => {
    const scan = truth.documents.find((d) => d.kind === 'scan' && d.inner.length === 0 && d.path.endsWith('.pdf'));
    expect(scan).toBeDefined();
    const bytes = new Uint8Array(await readFile(join(dir, 'haul', scan!.path)));
    const pending = await extractPdf(input(bytes));
    expect(pending.metadata.ocrPending).toEqual([1]);
    const asked: number[] = [];
    const ocr: Ocr = {
      image: async () => ({ text: '', confidence: 0, languages: 'ara' }),
      pdfPage: async (_pdf, n) => (asked.push(n), { text: 'نص ممسوح', confidence: 81, languages: 'ara+eng' }),
    };
    const done = await extractPdf(input(bytes, 'scan.pdf', { ocr }));
    expect(asked).toEqual([1]);
    expect(done.text).toBe('نص ممسوح');
    expect(done.pages?.[0]).toMatchObject({ method: 'ocr', confidence: 81 });
    expect(done).toMatchObject({ method: 'ocr', ocrConfidence: 81 });
  }, 30_000);
});
