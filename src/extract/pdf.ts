/**
 * PDF: the text layer of every page through pdf.js (legacy build for Node: no worker thread, no eval, no
 * fonts loaded, nothing fetched; only the bundled CMaps and standard font metrics are read from disk).
 *
 * Pages are joined with PAGE_BREAK ('\n\f\n'): a form feed on a line of its own, so a page break is also a
 * line break for line-oriented recognisers, and `pages[i]` offsets exclude it.
 *
 * Right-to-left text. pdf.js gives the text items of a line in visual (left-to-right) order, and runs its own
 * bidi pass inside an item only when the item has Arabic or Hebrew characters (Arabic-Indic digits included).
 * Chromium splits an Arabic line into many items (at every change of script, at digits, at ligature glyphs),
 * and a run such as '+90 539 381 29 43' in an Arabic line stays in its displayed order '43 29 381 539 90+'.
 * So per line we take the items from left to right, keep each item that pdf.js reordered as one logical unit,
 * split the others into tokens (words, numbers, spaces, punctuation: `tokens`), and apply a small version of
 * the Unicode bidi algorithm's reordering (rule L2) to the whole line (`toLogical`): in a right-to-left line
 * the units are reversed except runs of Latin words (with the numbers and punctuation that belong to them),
 * which keep their order; in a left-to-right line runs of Arabic units are reversed. Numbers are never split,
 * so their digits stay in order. A line is right-to-left when it has Arabic letters and the page is mostly
 * Arabic or the line has no Latin letters. Checked on the generator's Chromium PDFs (every quoted name, date
 * and selector found) and on a Word-made English/Arabic PDF.
 *
 * Glyph artefacts are cleaned: presentation forms fold to plain letters (NFKC); NULs (glyphs without Unicode)
 * are dropped, and so is the tatweel that a ligature-alternate glyph maps to at the end of an item that joins
 * the next item ('لـ' + 'كبيسي'). Typed tatweel ('1439هـ') is kept.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { getDocument, OPS, PDFDateString } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ExtractError, type Extractor, type OcrResult, type Page } from './types.js';

/** Between the text of two pages. */
export const PAGE_BREAK = '\n\f\n';

/** A page with fewer visible characters than this (and an image) counts as a scan. */
const MIN_TEXT_CHARS = 10;

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

// ---------------------------------------------------------------------------------------------------------
// Lines from text items

/** One text item placed on a line: its text, horizontal extent, and the direction pdf.js gave it. */
interface Piece {
  text: string;
  x: number;
  end: number;
  rtl: boolean;
}

interface Line {
  pieces: Piece[];
  y: number;
  height: number;
}

interface RawItem {
  str: string;
  dir: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms); not digits. */
const RTL_LETTER = /[\u0590-\u05FF\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/g;
/** Letters that are not right-to-left. */
const LTR_LETTER = /[^\P{L}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/gu;
const DIGITS = '0-9\u0660-\u0669\u06F0-\u06F9';
/** Spaces; numbers (digits with single separators inside: 1,250.50 15/03/1437 964-761); words; any other char. */
const TOKEN = new RegExp(`\\s+|[${DIGITS}]+(?:[.,:/\\-\u066B\u066C][${DIGITS}]+)*|[\\p{L}\\p{M}]+|.`, 'gsu');
const NUMBER = new RegExp(`^[${DIGITS}]`);
/** Characters that make pdf.js run its bidi pass on an item (its R, AL and AN ranges). */
const PDFJS_REORDERED = /[\u0590-\u05F4\u0600-\u06FF\uFB1D-\uFDFD\uFE70-\uFEFC]/;

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/** Groups the page's items into lines: a new line on an end-of-line mark or a change of baseline. */
function toLines(items: RawItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let eol = false;
  for (const it of items) {
    const x = it.transform[4] ?? 0;
    const y = it.transform[5] ?? 0;
    const height = it.height || Math.hypot(it.transform[2] ?? 0, it.transform[3] ?? 0) || 1;
    if (!line || (line.pieces.length > 0 && (eol || Math.abs(y - line.y) > 0.5 * Math.max(height, line.height)))) {
      line = { pieces: [], y, height };
      lines.push(line);
    }
    const str = it.str.replace(/\u0000/g, '');
    if (str) {
      if (line.pieces.length === 0) (line.y = y), (line.height = height);
      // A lone diacritic that Chromium placed as its own glyph run comes with a leading space: drop the space.
      const text = /^\s+\p{M}+$/u.test(str) ? str.trimStart() : str;
      line.pieces.push({ text, x, end: x + it.width, rtl: it.dir === 'rtl' });
    }
    eol = it.hasEOL;
  }
  return lines.filter((l) => l.pieces.length > 0);
}

export function tokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

type Kind = 'R' | 'L' | 'D' | 'N';

function kindOf(token: string): Kind {
  if (count(token, RTL_LETTER) > 0) return 'R';
  if (count(token, LTR_LETTER) > 0) return 'L';
  return NUMBER.test(token) ? 'D' : 'N';
}

/**
 * Visual → logical order of a line's units (tokens, or items pdf.js already ordered). Right-to-left: reverse,
 * keeping each run from a Latin word to the last Latin word before an Arabic one in its order; a number
 * visually right of a Latin word (through spaces and numbers) belongs to its run (bidi rule W7).
 * Left-to-right: reverse each run from an Arabic word to the last Arabic word before a Latin one.
 */
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };
const mirror = (t: string) => t.replace(/[()[\]{}<>«»]/g, (c) => MIRROR[c] ?? c);

export function toLogical(toks: string[], rtl: boolean): string[] {
  const kinds = toks.map(kindOf);
  if (rtl) {
    let strong: Kind | undefined;
    kinds.forEach((k, i) => {
      if (k === 'L' || k === 'R') strong = k;
      else if (k === 'D' && strong === 'L') kinds[i] = 'L';
      // Only spaces (and numbers) carry a Latin run on; a dash or other punctuation ends it.
      else if (k === 'N' && !/^\s+$/.test(toks[i] as string)) strong = undefined;
    });
  }
  const keep: Kind = rtl ? 'L' : 'R'; // the runs that differ from the line's direction
  const stop: Kind = rtl ? 'R' : 'L';
  const units: string[][] = [];
  for (let i = 0; i < toks.length; ) {
    let last = i;
    if (kinds[i] === keep) {
      for (let j = i; j < toks.length && kinds[j] !== stop; j++) if (kinds[j] === keep) last = j;
    }
    const unit = toks.slice(i, last + 1);
    // In a right-to-left line a mirrored glyph shows the opposite bracket: '(' was drawn as ')'.
    units.push(kinds[i] === keep ? (rtl ? unit : unit.reverse()) : rtl ? unit.map(mirror) : unit);
    i = last + 1;
  }
  return (rtl ? units.reverse() : units).flat();
}

/** Zero-width pieces (lone diacritics placed over a letter) never get a space next to them. */
const spaceable = (p: Piece) => p.end > p.x && !/^\p{M}+$/u.test(p.text);

/** The line's units in visual order (left to right), with a space where two pieces have a visible gap. */
function visualUnits(line: Line): string[] {
  const sorted = [...line.pieces].sort((a, b) => a.x - b.x);
  const out: string[] = [];
  let prev: Piece | undefined;
  for (const p of sorted) {
    if (prev && p.x - prev.end > 0.15 * line.height && spaceable(prev) && spaceable(p) && !/\s$/.test(prev.text) && !/^\s/.test(p.text)) {
      out.push(' ');
    }
    // A ligature-alternate glyph (lam before kaf) maps to 'لـ' and ends its item: the tatweel is not text.
    let text = p.text;
    // `prev` is the item left of this one: in Arabic, the logically next one.
    if (p.rtl && text.endsWith('\u0640') && prev?.rtl && p.x - prev.end < 0.15 * line.height && /^[\u0621-\u063F\u0641-\u064A]/.test(prev.text)) {
      text = text.slice(0, -1);
    }
    // pdf.js has already put an item with Arabic or Hebrew in logical order: it moves as one unit. Any other
    // item is still in visual order: split it, so that its numbers and words can be reordered one by one.
    // A left-to-right item with Latin letters (an email, a wallet, an English phrase) is one run already in
    // reading order: keep it whole, so a leading digit ('0x…') stays with it.
    const ltrRun = !p.rtl && count(text, LTR_LETTER) > 0;
    out.push(...(PDFJS_REORDERED.test(text) || ltrRun ? [text] : tokens(text)));
    prev = p;
  }
  return out;
}

/** Presentation forms (contextual glyph codes some PDFs map to) fold to the letters they show. */
export function foldPresentationForms(s: string): string {
  return s.replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]/g, (c) => c.normalize('NFKC'));
}

/** The page's text in logical order, lines joined with '\n'. */
export function pageText(items: RawItem[]): string {
  const lines = toLines(items);
  const all = lines.flatMap((l) => l.pieces.map((p) => p.text)).join('');
  const pageRtl = count(all, RTL_LETTER) > count(all, LTR_LETTER);
  const text = lines
    .map((line) => {
      const visual = visualUnits(line);
      const joined = visual.join('');
      const hasR = count(joined, RTL_LETTER) > 0;
      const hasL = count(joined, LTR_LETTER) > 0;
      const rtl = hasR && (pageRtl || !hasL);
      return toLogical(visual, rtl).join('');
    })
    .join('\n');
  return foldPresentationForms(text);
}

// ---------------------------------------------------------------------------------------------------------
// Document

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup]);

async function hasImage(page: PDFPageProxy): Promise<boolean> {
  const ops = await page.getOperatorList();
  return ops.fnArray.some((f) => IMAGE_OPS.has(f));
}

function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const d = PDFDateString.toDateObject(value);
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined;
}

async function documentMetadata(doc: PDFDocumentProxy): Promise<Record<string, unknown>> {
  const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
  const i = info as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const out: Record<string, unknown> = {
    title: str(i.Title) ?? str(metadata?.get('dc:title')),
    author: str(i.Author),
    subject: str(i.Subject),
    keywords: str(i.Keywords),
    creator: str(i.Creator),
    producer: str(i.Producer),
    created: pdfDate(i.CreationDate),
    modified: pdfDate(i.ModDate),
    pdfVersion: str(i.PDFFormatVersion),
    pageCount: doc.numPages,
    ...(i.EncryptFilterName ? { encrypted: true } : {}),
    ...(i.IsXFAPresent ? { xfa: true } : {}),
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data: bytes.slice(), // pdf.js transfers (detaches) the buffer it is given: keep the caller's intact
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    cMapUrl: `${PDFJS_DIR}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_DIR}/standard_fonts/`,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const err = e as Error;
    if (err.name === 'PasswordException') throw new ExtractError('encrypted', `pdf: password required (${err.message})`);
    throw new ExtractError('corrupt', `pdf: ${err.message}`);
  }
}

export const extractPdf: Extractor = async (input) => {
  const doc = await open(input.bytes);
  try {
    const metadata = await documentMetadata(doc);
    const texts: string[] = [];
    const methods: Page['method'][] = [];
    const confidences: (number | undefined)[] = [];
    const ocrPending: number[] = [];
    const pageErrors: { page: number; message: string }[] = [];
    const ocrErrors: { page: number; message: string }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let text = '';
      let method: Page['method'] = 'text-layer';
      let confidence: number | undefined;
      let scan = false;
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        text = pageText(content.items.filter((it): it is TextItem => 'str' in it));
        if (text.replace(/\s/g, '').length < MIN_TEXT_CHARS && (await hasImage(page))) scan = true;
        page.cleanup();
      } catch (e) {
        pageErrors.push({ page: n, message: (e as Error).message });
      }
      if (scan && input.ocr) {
        try {
          const ocr: OcrResult = await input.ocr.pdfPage(input.bytes, n);
          text = ocr.text;
          method = 'ocr';
          confidence = ocr.confidence;
        } catch (e) {
          ocrErrors.push({ page: n, message: (e as Error).message });
          ocrPending.push(n);
        }
      } else if (scan) ocrPending.push(n);
      texts.push(text);
      methods.push(method);
      confidences.push(confidence);
    }
    if (doc.numPages > 0 && pageErrors.length === doc.numPages) {
      throw new ExtractError('corrupt', `pdf: no page could be read (${pageErrors[0]?.message})`);
    }

    let text = '';
    const pages: Page[] = texts.map((t, i) => {
      if (i > 0) text += PAGE_BREAK;
      const start = text.length;
      text += t;
      const c = confidences[i];
      return { number: i + 1, start, end: text.length, method: methods[i]!, ...(c !== undefined ? { confidence: c } : {}) };
    });
    const ocrd = pages.filter((p) => p.method === 'ocr');
    const ocrConfidence = ocrd.length ? ocrd.reduce((s, p) => s + (p.confidence ?? 0), 0) / ocrd.length : undefined;
    const textLayer = pages.some((p) => p.method === 'text-layer' && p.end > p.start);
    return {
      text,
      ...(typeof metadata.title === 'string' ? { title: metadata.title } : {}),
      pages,
      metadata: {
        ...metadata,
        ...(ocrPending.length ? { ocrPending } : {}),
        ...(pageErrors.length ? { pageErrors } : {}),
        ...(ocrErrors.length ? { ocrErrors } : {}),
      },
      method: ocrd.length && !textLayer ? 'ocr' : text.trim() ? 'text-layer' : 'none',
      ...(ocrConfidence !== undefined ? { ocrConfidence } : {}),
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
};
