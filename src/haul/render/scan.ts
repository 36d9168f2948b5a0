/**
 * Scanned pages: the body is rendered at A4/150 dpi, then degraded like a cheap office scanner would
 * (slight skew, softness, speckles, grey, a paper tint) and stored as PNG, JPEG or an image-only PDF.
 * All noise comes from `degrade.seed`, so the output is byte-identical run after run.
 */
import { PDFDocument, PageSizes } from 'pdf-lib';
import sharp from 'sharp';
import type { Degrade, Renderer } from '../spec.js';
import { pageHtml } from './page-html.js';
import { applyPdfMeta, savePdf } from './pdf.js';
import { mulberry32 } from './pixel-random.js';

/** A4 at 150 dpi. */
export const SCAN_SIZE = { width: 1240, height: 1754 } as const;

/** Warm off-white the scanner "sees" as paper (multiplied into the grey image). */
const PAPER = [250, 247, 238] as const;


/** Rotates, blurs and greys the page, then adds speckles and the paper tint; returns raw RGB pixels. */
export async function degradePage(png: Uint8Array, d: Degrade): Promise<Buffer> {
  const { width, height } = SCAN_SIZE;
  let img = sharp(png).flatten({ background: '#ffffff' }).removeAlpha();
  if (Math.abs(d.rotate) > 0.01) {
    const rotated = await img
      .rotate(d.rotate, { background: '#ffffff' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { info } = rotated;
    img = sharp(rotated.data, { raw: { width: info.width, height: info.height, channels: info.channels } }).extract({
      left: Math.floor((info.width - width) / 2),
      top: Math.floor((info.height - height) / 2),
      width,
      height,
    });
  }
  if (d.blur >= 0.3) img = sharp(await img.raw().toBuffer(), { raw: { width, height, channels: 3 } }).blur(d.blur);
  const grey = await img.greyscale().raw().toBuffer();
  if (grey.length !== width * height) throw new Error(`scan: unexpected raster size ${grey.length}`);

  const rand = mulberry32(d.seed);
  const amount = Math.min(1, Math.max(0, d.noise));
  const speckle = amount * 0.004; // share of pixels hit by a dust speck
  const out = Buffer.alloc(width * height * 3);
  for (let i = 0; i < grey.length; i++) {
    let v = grey[i] ?? 255;
    // Fine sensor grain on every pixel, plus rare dark specks and dropouts.
    v += (rand() - 0.5) * 24 * amount;
    const r = rand();
    if (r < speckle) v *= 0.25 + 0.5 * rand();
    else if (r > 1 - speckle / 3) v = 255;
    v = Math.min(255, Math.max(0, v));
    out[i * 3] = Math.round((v * PAPER[0]) / 255);
    out[i * 3 + 1] = Math.round((v * PAPER[1]) / 255);
    out[i * 3 + 2] = Math.round((v * PAPER[2]) / 255);
  }
  return out;
}

/** An image-only A4 PDF (no text layer) holding one JPEG. */
async function imagePdf(jpeg: Uint8Array, spec: Parameters<Renderer<'scan'>>[0]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const image = await doc.embedJpg(jpeg);
  const [w, h] = PageSizes.A4;
  const page = doc.addPage([w, h]);
  page.drawImage(image, { x: 0, y: 0, width: w, height: h });
  applyPdfMeta(doc, spec.meta, { creator: 'Canon MF Scan Utility', producer: 'Canon MF Scan Utility 1.5' });
  return savePdf(doc);
}

export const renderScan: Renderer<'scan'> = async (spec, ctx) => {
  const browser = await ctx.browser();
  const png = await browser.screenshot(pageHtml(spec.body, { scan: true }), SCAN_SIZE);
  const pixels = await degradePage(png, spec.degrade);
  const img = sharp(pixels, { raw: { ...SCAN_SIZE, channels: 3 } });
  if (spec.as === 'png') return new Uint8Array(await img.png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer());
  const quality = Math.round(Math.min(100, Math.max(1, spec.degrade.quality)));
  const jpeg = new Uint8Array(await img.jpeg({ quality, mozjpeg: false }).toBuffer());
  return spec.as === 'jpeg' ? jpeg : imagePdf(jpeg, spec);
};
