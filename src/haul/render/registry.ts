/** One renderer per kind of file: adding a format is one file plus one line here. */
import type { DocKind, DocSpec, Renderer, RenderContext } from '../spec.js';
import { renderDocx } from './docx.js';
import { renderPdf } from './pdf.js';
import { renderScan } from './scan.js';
import { renderXlsx } from './xlsx.js';
import { renderCsv } from './csv.js';
import { renderEml } from './eml.js';
import { renderMbox } from './mbox.js';
import { renderWhatsApp } from './whatsapp.js';
import { renderTelegram } from './telegram.js';
import { renderHtml } from './html.js';
import { renderTxt } from './txt.js';
import { renderZip } from './zip.js';
import { renderPhoto } from './photo.js';
import { renderNoise } from './noise.js';

type Registry = { [K in DocKind]: Renderer<K> };

export const RENDERERS: Registry = {
  docx: renderDocx,
  pdf: renderPdf,
  scan: renderScan,
  xlsx: renderXlsx,
  csv: renderCsv,
  eml: renderEml,
  mbox: renderMbox,
  whatsapp: renderWhatsApp,
  telegram: renderTelegram,
  html: renderHtml,
  txt: renderTxt,
  zip: renderZip,
  photo: renderPhoto,
  noise: renderNoise,
};

/** Renders a spec with the renderer registered for its kind. */
export function renderSpec(spec: DocSpec, ctx: RenderContext): Promise<Uint8Array> {
  const renderer = RENDERERS[spec.kind] as Renderer;
  return renderer(spec, ctx);
}

/** Kinds that need the headless browser (so a run without any can skip starting it). */
export const BROWSER_KINDS: ReadonlySet<DocKind> = new Set(['pdf', 'scan']);
