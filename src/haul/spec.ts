/**
 * What the planner decides and the renderers draw: a format-independent description of every file in the haul.
 * The planner (pure, seeded) produces `DocSpec`s; a renderer per `kind` turns one into bytes. Everything a
 * renderer needs is in the spec, so the same spec always gives the same bytes.
 */

export type Lang = 'ar' | 'en' | 'fr';

/** Prose: a letter, memo, news item, recipe, manual... Paragraphs are plain text (no markup). */
export interface TextBody {
  lang: Lang;
  title: string;
  paragraphs: string[];
  /** Optional letterhead line printed above the title (e.g. an office name). */
  heading?: string;
}

export interface DocMeta {
  author: string;
  /** ISO 8601 instant, e.g. '2016-01-05T09:30:00Z'. Used for document properties and file times. */
  created: string;
  title: string;
}

export interface Degrade {
  /** Rotation in degrees (small, e.g. -2.5 .. 2.5). */
  rotate: number;
  /** Gaussian blur sigma (0 = none; about 0.3 .. 1.2). */
  blur: number;
  /** Amount of speckle noise, 0 .. 1. */
  noise: number;
  /** JPEG quality for photos and image-only PDFs. */
  quality: number;
  /** Seed for the noise pattern. */
  seed: number;
}

export type Cell = string | number | null;

export interface Sheet {
  name: string;
  headers: string[];
  rows: Cell[][];
  /** Right-to-left sheet (Arabic). */
  rtl: boolean;
}

export interface Ledger {
  lang: Lang;
  title: string;
  sheets: Sheet[];
}

export interface Address {
  name: string;
  address: string;
}

export interface Attachment {
  filename: string;
  spec: DocSpec;
}

export interface Email {
  from: Address;
  to: Address[];
  cc: Address[];
  subject: string;
  /** ISO 8601 instant. */
  date: string;
  /** Without angle brackets, e.g. 'a1b2@mail.example'. */
  messageId: string;
  inReplyTo?: string;
  body: TextBody;
  attachments: Attachment[];
}

export interface ChatMessage {
  /** ISO 8601 local time without zone, e.g. '2016-01-05T09:30:00'. */
  at: string;
  sender: string;
  text: string;
}

export interface Chat {
  title: string;
  /** Telegram chat id (numeric); ignored by WhatsApp. */
  chatId: number;
  messages: ChatMessage[];
}

export interface Photo {
  width: number;
  height: number;
  /** Deterministic picture content: what the SVG scene draws, and the seed for its details. */
  scene: 'street' | 'landscape' | 'room' | 'document-on-table';
  seed: number;
  camera: { make: string; model: string };
  /** ISO 8601 local time without zone. */
  takenAt: string;
  gps?: { lat: number; lon: number; altitude?: number };
}

export type NoiseType =
  | 'ds-store'
  | 'thumbs-db'
  | 'desktop-ini'
  | 'dll'
  | 'exe'
  | 'lnk'
  | 'log'
  | 'ini'
  | 'plist'
  | 'tmp';

export interface Noise {
  type: NoiseType;
  /** Size in bytes (approximate for structured types). */
  size: number;
  seed: number;
}

export type TxtEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export type DocSpec =
  | { kind: 'docx'; body: TextBody; meta: DocMeta }
  | { kind: 'pdf'; body: TextBody; meta: DocMeta }
  /** A scanned page: the body is rendered, rasterised, degraded; `as` picks the container. */
  | { kind: 'scan'; as: 'pdf' | 'jpeg' | 'png'; body: TextBody; degrade: Degrade; meta: DocMeta }
  | { kind: 'xlsx'; ledger: Ledger; meta: DocMeta }
  | { kind: 'csv'; ledger: Ledger; delimiter: ',' | ';'; bom: boolean }
  | { kind: 'eml'; email: Email }
  | { kind: 'mbox'; emails: Email[] }
  | { kind: 'whatsapp'; chat: Chat }
  | { kind: 'telegram'; chat: Chat }
  | { kind: 'html'; body: TextBody; meta: DocMeta }
  | { kind: 'txt'; body: TextBody; encoding: TxtEncoding; bom: boolean }
  | { kind: 'zip'; members: Attachment[]; mtime: string }
  | { kind: 'photo'; photo: Photo }
  | { kind: 'noise'; noise: Noise };

export type DocKind = DocSpec['kind'];

/** Renders one spec into bytes. `ctx` gives shared resources (a headless browser) and nested rendering. */
export type Renderer<K extends DocKind = DocKind> = (
  spec: Extract<DocSpec, { kind: K }>,
  ctx: RenderContext,
) => Promise<Uint8Array>;

export interface RenderContext {
  /** Renders any spec (for containers: zip members, email attachments). */
  render(spec: DocSpec): Promise<Uint8Array>;
  /** A shared headless Chromium page pool; see render/browser.ts. */
  browser(): Promise<BrowserLike>;
}

/** The part of the browser pool renderers use: HTML in, PDF or PNG bytes out. */
export interface BrowserLike {
  pdf(html: string): Promise<Uint8Array>;
  screenshot(html: string, size: { width: number; height: number }): Promise<Uint8Array>;
}
