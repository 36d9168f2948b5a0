/**
 * One extraction, as run inside a worker thread: read the blob, sniff it with all its bytes, run the registered
 * extractor, detect languages and analyse the text for the index. Pure apart from reading the blob and the OCR
 * child processes; the main thread owns the database.
 */
import { readFile, stat } from 'node:fs/promises';
import { MIME, readHead, sniff } from '../intake/sniff.js';
import { extractorFor } from '../extract/registry.js';
import { ExtractError, type Extracted, type FailureReason, type Limits } from '../extract/types.js';
import { createTesseractOcr } from '../extract/ocr.js';
import { detectLanguages } from '../text/language.js';
import { termsOf } from '../text/analyse.js';
import { recognise } from '../entities/registry.js';
import type { Mention } from '../entities/types.js';

export interface ExtractTask {
  blobPath: string;
  name: string;
  limits: Limits;
  ocr: boolean;
  /** Recognise entities while the text is at hand (default true; off only to measure what it costs). */
  entities?: boolean;
}

export type ExtractOutcome =
  | { ok: true; mime: string; extracted: Extracted; languages: string[]; terms: string; titleTerms: string; mentions: Mention[]; entityErrors: string[] }
  | { ok: false; mime: string; reason: FailureReason; message: string };

/** Tesseract languages: 'auto' (the default: ara+eng, re-read mostly-Arabic pages with ara) or e.g. 'ara+eng'. */
const ocr = createTesseractOcr(process.env.ARIADNE_OCR_LANGS ? { languages: process.env.ARIADNE_OCR_LANGS } : {});

export { termsOf };

export async function runExtractTask(task: ExtractTask): Promise<ExtractOutcome> {
  const size = (await stat(task.blobPath)).size;
  // Sniff the head first: a program or a disk image of any size is recorded without reading it all.
  let mime = await sniff(await readHead(task.blobPath), task.name);
  const noText: ExtractOutcome = { ok: true, mime, extracted: { text: '', metadata: {}, method: 'none' }, languages: [], terms: '', titleTerms: '', mentions: [], entityErrors: [] };
  if (!extractorFor(mime) && mime !== MIME.cfb) return noText;
  if (size > task.limits.maxBytes) return { ok: false, mime, reason: 'too-big', message: `${size} bytes is over the ${task.limits.maxBytes}-byte limit for extraction` };
  const bytes = new Uint8Array(await readFile(task.blobPath));
  // Compound files (Outlook .msg among them) are told apart by directory entries that may lie past the head.
  if (mime === MIME.cfb) mime = await sniff(bytes, task.name);
  const extractor = extractorFor(mime);
  if (!extractor) return { ...noText, mime };
  try {
    const extracted = await extractor({ bytes, name: task.name, mime, limits: task.limits, ...(task.ocr ? { ocr } : {}) });
    const text = extracted.text;
    const languages = detectLanguages(text);
    // Mixed documents: each page gets its own languages.
    if (extracted.pages && extracted.pages.length > 1 && languages.length > 1) {
      for (const page of extracted.pages) page.languages = detectLanguages(text.slice(page.start, page.end));
    }
    // The entities stage runs here too, while the text is at hand; the main thread stores both together.
    const { mentions, errors } = task.entities === false ? { mentions: [], errors: [] } : recognise(text, { languages });
    return { ok: true, mime, extracted, languages, terms: termsOf(text), titleTerms: termsOf(extracted.title ?? ''), mentions, entityErrors: errors };
  } catch (e) {
    if (e instanceof ExtractError) return { ok: false, mime, reason: e.reason, message: e.message };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, mime, reason: /encrypt|password/i.test(message) ? 'encrypted' : 'corrupt', message: message.slice(0, 500) };
  }
}
