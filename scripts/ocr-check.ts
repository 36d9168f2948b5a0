/**
 * OCRs one image or one PDF page with the extractors' Tesseract OCR and prints the text, confidence,
 * languages and time: handy when a page reads badly.
 *
 * Usage: `npx tsx scripts/ocr-check.ts FILE [--page N] [--lang auto|ara|eng|ara+eng] [--dpi 300]`
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTesseractOcr, tesseractAvailable } from '../src/extract/ocr.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { page: { type: 'string', default: '1' }, lang: { type: 'string' }, dpi: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npx tsx scripts/ocr-check.ts FILE [--page N] [--lang auto|ara|eng|ara+eng] [--dpi 300]');
  process.exit(2);
}

const available = tesseractAvailable();
console.error(`tesseract ${available.version ?? 'missing'}; languages: ${available.languages.join(', ') || 'none'}`);
const ocr = createTesseractOcr({
  ...(values.lang ? { languages: values.lang } : {}),
  ...(values.dpi ? { dpi: Number(values.dpi) } : {}),
});
const bytes = readFileSync(file);
const isPdf = bytes.subarray(0, 5).toString('latin1') === '%PDF-';
const started = performance.now();
const r = isPdf ? await ocr.pdfPage(bytes, Number(values.page)) : await ocr.image(bytes);
console.log(r.text);
console.error(`confidence ${r.confidence.toFixed(1)}, languages ${r.languages}, ${(performance.now() - started).toFixed(0)} ms`);
