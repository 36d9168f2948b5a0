/**
 * Which extractor reads which media type: adding a format is one file plus one line here.
 * Types without an extractor (programs, system files) are recorded with no text, not as errors.
 */
import type { Extractor } from './types.js';
import { MIME } from '../intake/sniff.js';
import { extractTxt } from './txt.js';
import { extractHtml } from './html.js';
import { extractPdf } from './pdf.js';
import { extractDocx } from './docx.js';
import { extractPptx } from './pptx.js';
import { extractXlsx } from './xlsx.js';
import { extractOdt, extractOds } from './odf.js';
import { extractRtf } from './rtf.js';
import { extractCsv } from './csv.js';
import { extractEml } from './eml.js';
import { extractMbox } from './mbox.js';
import { extractMsg } from './msg.js';
import { extractPst } from './pst.js';
import { extractWhatsApp } from './whatsapp.js';
import { extractTelegram } from './telegram.js';
import { extractImage } from './image.js';
import { extractZip } from './zip.js';
import { extractTar } from './tar.js';
import { extractGzip } from './gzip.js';
import { extract7z } from './sevenzip.js';

export const EXTRACTORS: Readonly<Record<string, Extractor>> = {
  [MIME.text]: extractTxt,
  [MIME.xml]: extractTxt,
  [MIME.json]: extractTxt,
  [MIME.html]: extractHtml,
  [MIME.csv]: extractCsv,
  'application/pdf': extractPdf,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': extractDocx,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': extractPptx,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': extractXlsx,
  'application/vnd.oasis.opendocument.text': extractOdt,
  'application/vnd.oasis.opendocument.spreadsheet': extractOds,
  'application/rtf': extractRtf,
  [MIME.eml]: extractEml,
  [MIME.mbox]: extractMbox,
  [MIME.msg]: extractMsg,
  [MIME.pst]: extractPst,
  [MIME.whatsapp]: extractWhatsApp,
  [MIME.telegram]: extractTelegram,
  'image/jpeg': extractImage,
  'image/png': extractImage,
  'image/tiff': extractImage,
  'image/gif': extractImage,
  'image/webp': extractImage,
  'image/bmp': extractImage,
  'application/zip': extractZip,
  'application/x-tar': extractTar,
  'application/gzip': extractGzip,
  'application/x-7z-compressed': extract7z,
};

export function extractorFor(mime: string): Extractor | undefined {
  return EXTRACTORS[mime];
}

/** Bumped whenever an extractor changes what it produces: documents of older versions are extracted again. */
export const EXTRACTOR_VERSION = 1;
