/**
 * Text PDFs: the body is printed by Chromium, then pdf-lib rewrites the document properties from
 * `spec.meta` (fixed dates, never "now") so the same spec always gives the same bytes.
 */
import { PDFDocument } from 'pdf-lib';
import type { DocMeta, Renderer } from '../spec.js';
import { pageHtml } from './page-html.js';

/** Who claims to have made the file. */
export interface PdfOrigin {
  creator: string;
  producer: string;
}

/** Sets Title/Author/Creator/Producer and both dates (= meta.created) on `doc`. */
export function applyPdfMeta(doc: PDFDocument, meta: DocMeta, origin: PdfOrigin): void {
  const created = new Date(meta.created);
  if (Number.isNaN(created.getTime())) throw new Error(`invalid meta.created: ${meta.created}`);
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setCreator(origin.creator);
  doc.setProducer(origin.producer);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
}

/** Serialises without object streams (classic xref, easy for any reader) and without a document /ID. */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  doc.context.trailerInfo.ID = undefined;
  return doc.save({ useObjectStreams: false });
}

const WORD: PdfOrigin = { creator: 'Microsoft® Word 2013', producer: 'Microsoft® Word 2013' };

export const renderPdf: Renderer<'pdf'> = async (spec, ctx) => {
  const browser = await ctx.browser();
  const printed = await browser.pdf(pageHtml(spec.body));
  const doc = await PDFDocument.load(printed, { updateMetadata: false });
  applyPdfMeta(doc, spec.meta, WORD);
  return savePdf(doc);
};
