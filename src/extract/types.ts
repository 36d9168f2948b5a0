/**
 * The contract between the ingest runner and the extractors. An extractor is a pure function of bytes (no
 * database, no globals, no network): it returns the exact text with its structure (pages, sheets, messages),
 * metadata, and the children it contains (archive members, attachments, embedded objects, mailbox messages).
 * The runner recurses into children with the same registry, records the container chain, and enforces limits.
 */

export interface Limits {
  /** Largest single file (or child) the extractors will open, in bytes. */
  maxBytes: number;
  /** Largest total of bytes a container may unpack (zip-bomb guard). */
  maxUnpackedBytes: number;
  /** Largest compression ratio (unpacked / packed) a container member may declare or reach. */
  maxRatio: number;
  /** Most children one container may yield. */
  maxChildren: number;
  /** Wall-clock limit for one extraction, in milliseconds (the runner enforces it in the worker). */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 512 * 1024 * 1024,
  maxUnpackedBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
  maxChildren: 50_000,
  timeoutMs: 120_000,
};

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0..100, as Tesseract reports it. */
  confidence: number;
  /** Tesseract languages used, e.g. 'ara+eng'. */
  languages: string;
}

/** OCR the runner provides to extractors; absent when OCR is switched off. */
export interface Ocr {
  image(bytes: Uint8Array): Promise<OcrResult>;
  /** OCR of one page (1-based) of a PDF that has no text layer there. */
  pdfPage(pdf: Uint8Array, page: number): Promise<OcrResult>;
}

export interface ExtractInput {
  bytes: Uint8Array;
  /** The file's name (last path component or member name): a hint only; types come from magic bytes. */
  name: string;
  /** The sniffed media type (see intake/sniff.ts). */
  mime: string;
  limits: Limits;
  ocr?: Ocr;
}

export interface Page {
  /** 1-based page number. */
  number: number;
  /** Offsets of the page's text in `Extracted.text` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  method: 'text-layer' | 'ocr';
  /** OCR confidence 0..100 when method is 'ocr'. */
  confidence?: number;
  /** Languages of this page (set by the runner when a document's pages differ). */
  languages?: string[];
}

export type CellValue = string | number | boolean | null;

export interface Sheet {
  name: string;
  /** Rows as read, header row first; a cell keeps its type (numbers stay numbers). */
  rows: CellValue[][];
  /** Offsets of the sheet's text in `Extracted.text`. */
  start: number;
  end: number;
}

export interface Message {
  sender: string;
  /** ISO 8601 when known (local time without zone if the export has none). */
  at?: string;
  text: string;
  /** Offsets of the message's text in `Extracted.text`. */
  start: number;
  end: number;
}

export interface EmailHeaders {
  from?: string;
  to?: string[];
  cc?: string[];
  date?: string;
  subject?: string;
  messageId?: string;
  inReplyTo?: string;
}

export interface Child {
  /** Member name, attachment file name, or an mbox message's Message-ID. */
  name: string;
  bytes?: Uint8Array;
  /** Set when the child could not be read: it is recorded with this reason and no bytes. */
  error?: ExtractFailure;
}

export type FailureReason = 'corrupt' | 'truncated' | 'encrypted' | 'unsupported' | 'too-big' | 'timeout' | 'limit' | 'unsafe';

export interface ExtractFailure {
  reason: FailureReason;
  message: string;
}

export interface Extracted {
  /** The exact text, as extracted (never normalised). Pages, sheets and messages point into it. */
  text: string;
  title?: string;
  pages?: Page[];
  sheets?: Sheet[];
  messages?: Message[];
  email?: EmailHeaders;
  /** Everything else worth keeping: author, created, modified, encoding, EXIF (make, model, takenAt, gps). */
  metadata: Record<string, unknown>;
  children?: Child[];
  /** How the text was obtained: the text layer, OCR, or nothing to read (containers, binaries). */
  method?: 'text-layer' | 'ocr' | 'none';
  /** Mean OCR confidence over OCR'd pages. */
  ocrConfidence?: number;
}

export type Extractor = (input: ExtractInput) => Promise<Extracted>;

/** Thrown by extractors for input they cannot read; the runner records `reason` and goes on. */
export class ExtractError extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
