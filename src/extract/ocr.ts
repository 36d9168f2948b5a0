/**
 * OCR with the Tesseract CLI. Images are normalised with sharp (upright, 8-bit grey PNG); PDF pages are
 * rasterised with poppler's pdftoppm. Tesseract's TSV output gives the text, per-word confidences and word
 * heights; pages whose letters are too small are upscaled and read again. No shell is involved: binaries run
 * through execFile with the image on stdin and the result on stdout.
 *
 * Resolution matters more than anything else here. Measured on the generator's 150 dpi scans: resampling a
 * scan *up* hurts Tesseract badly (Arabic, mild degradation: CER 0.05 at native size, 0.19 at 2x; a 150 dpi
 * image-only PDF rasterised at 300 dpi: CER 0.26 instead of 0.03), while native high resolution does not
 * (vector PDF at 150..600 dpi: Arabic CER 0.03..0.04 throughout). So images are read at their own size unless
 * the median word is under 20 px high (then scaled to ~32 px: a 1/3-size page goes from CER 0.11 to 0.03),
 * and PDF pages are rasterised at the resolution of their scan image, capped at `dpi`.
 */
import { execFile, execFileSync, type ExecFileSyncOptionsWithStringEncoding } from 'node:child_process';
import sharp, { type Sharp } from 'sharp';
import { ExtractError, type Ocr, type OcrResult } from './types.js';

export interface TesseractOptions {
  /** Tesseract languages, e.g. 'ara+eng', or 'auto' (the default): Arabic and/or English, see AUTO_MARGIN. */
  languages?: string;
  /** The tesseract binary; default 'tesseract' on the PATH. */
  binary?: string;
  /** Wall-clock limit for one image or PDF page (all steps together), in milliseconds; default 60 s. */
  timeoutMs?: number;
  /** Highest resolution PDF pages are rasterised at (scans are read at their own resolution); default 300. */
  dpi?: number;
}

/** Median word heights under this many pixels get the image upscaled... */
const MIN_WORD_PX = 20;
/** ...to about this height, by at most MAX_SCALE. */
const TARGET_WORD_PX = 32;
const MAX_SCALE = 4;
/** Upscaling stops at this many pixels. */
const MAX_PIXELS = 60_000_000;
/** Scans in PDFs are rasterised at no less than this resolution. */
const MIN_PDF_DPI = 150;
/**
 * 'auto' mode. 'ara+eng' reads English like 'eng' alone, but on Arabic pages English wins some Arabic words
 * as Latin garbage ("من: الأخ" read as "eu oP") without a drop in confidence, while 'ara' alone cannot read
 * Latin at all (e-mail addresses, IBAN letters). So a page that reads mostly Arabic is read again with 'ara',
 * and the 'ara+eng' reading is kept only if its confidence is higher by more than AUTO_MARGIN points: on the
 * test pages it was 0..3 points higher on purely Arabic pages and 7..13 higher on Arabic pages with an IBAN and
 * an e-mail address. Measured over 48 generated scans (English, English with IBAN/e-mail/phones, Arabic, Arabic
 * with IBAN/e-mail/phone; clean to heavily degraded; PNG, JPEG, image-only PDF), mean CER:
 *
 *   strategy                              en     en+latin  ar     ar+latin  all    ms/page
 *   'ara+eng'                             0.004  0.007     0.138  0.210     0.090  420
 *   'ara', 'eng' if confidence < 60       0.004  0.006     0.053  0.253     0.079  490
 *   'auto' (above)                        0.004  0.007     0.053  0.210     0.068  560
 *
 * 'auto' is the default: it reads the Arabic pages as well as 'ara' and the mixed ones as well as 'ara+eng',
 * for a second pass on Arabic pages only.
 */
const AUTO_MARGIN = 5;

/** Runs `file` with `args` and `input` on stdin until `deadline`; resolves to stdout. */
function run(file: string, args: string[], input: Uint8Array, deadline: number, env?: NodeJS.ProcessEnv): Promise<Buffer> {
  const timeout = deadline - Date.now();
  if (timeout <= 0) return Promise.reject(new ExtractError('timeout', `no time left to run ${file}`));
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, timeout, killSignal: 'SIGKILL', ...(env ? { env } : {}) },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        if (e.code === 'ENOENT') return reject(new Error(`${file} not found: install it or pass its path`));
        if (e.killed || e.signal === 'SIGKILL') return reject(new ExtractError('timeout', `${file} ran longer than ${timeout} ms`));
        const detail = stderr.toString('utf8').trim().split('\n').slice(-2).join(' ');
        // Missing language data is this machine's fault, not the file's.
        if (/couldn't load any languages|failed loading language/i.test(stderr.toString('utf8'))) {
          return reject(new Error(`${file}: ${detail}`));
        }
        reject(new ExtractError('corrupt', `${file} failed: ${detail || e.message}`));
      },
    );
    // A child that exits before reading all of stdin (bad input) is reported through the callback above.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

/** An upright 8-bit greyscale PNG of any image sharp reads. */
async function normalise(bytes: Uint8Array): Promise<Buffer> {
  try {
    return await sharp(bytes, { failOn: 'none', autoOrient: true })
      .flatten({ background: '#ffffff' })
      .greyscale()
      .toColourspace('b-w')
      .png({ compressionLevel: 1 })
      .toBuffer();
  } catch (err) {
    throw new ExtractError('corrupt', `image could not be decoded: ${(err as Error).message}`);
  }
}

/** Opens pdftoppm's binary 8-bit PGM ('P5') in sharp, which has no PGM reader. */
function openPgm(pgm: Buffer): Sharp {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new ExtractError('corrupt', 'pdftoppm wrote an unexpected image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  return sharp(pgm.subarray(header[0].length), { raw: { width, height, channels: 1 } });
}

/** One Tesseract reading: text, confidence and the median height of its words in pixels. */
export interface Reading {
  text: string;
  confidence: number;
  wordHeight: number;
}

/** Left-to-right and right-to-left marks: Tesseract adds them around runs in the minor direction. */
const BIDI_MARKS = /[\u200e\u200f]/g;

/**
 * Reads Tesseract's TSV output. The text is what `tesseract ... txt` writes (words of a line joined by spaces,
 * a newline after each line, an empty line between paragraphs; a block always ends a paragraph) without the
 * bidi marks, which TSV only gives in part. Confidence: the mean word confidence weighted by word length, so
 * a long word read well counts for more than a stray mark.
 */
export function fromTsv(tsv: string): Reading {
  let text = '';
  let sum = 0;
  let weight = 0;
  const heights: number[] = [];
  let prev: string[] | undefined;
  for (const row of tsv.split('\n')) {
    // level page block par line word left top width height conf text
    const f = row.split('\t');
    const word = f.slice(11).join('\t').replace(BIDI_MARKS, '');
    if (f[0] !== '5' || !word.trim()) continue;
    const newPara = prev && (f[2] !== prev[2] || f[3] !== prev[3]);
    text += !prev ? '' : newPara ? '\n\n' : f[4] !== prev[4] ? '\n' : ' ';
    text += word;
    const conf = Number(f[10]);
    if (conf >= 0) {
      const n = [...word].length;
      sum += conf * n;
      weight += n;
    }
    heights.push(Number(f[9]));
    prev = f;
  }
  if (prev) text += '\n';
  heights.sort((a, b) => a - b);
  return { text, confidence: weight ? sum / weight : 0, wordHeight: heights[heights.length >> 1] ?? 0 };
}

/** Creates the OCR the runner hands to extractors; `OcrResult.languages` tells which languages were kept. */
export function createTesseractOcr(opts: TesseractOptions = {}): Ocr {
  const languages = opts.languages ?? 'auto';
  const binary = opts.binary ?? 'tesseract';
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const maxDpi = opts.dpi ?? 300;
  // One thread per Tesseract: the runner's workers are the parallelism.
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };

  async function tesseract(img: Uint8Array, langs: string, deadline: number, dpi?: number): Promise<OcrResult & Reading> {
    const args = ['stdin', 'stdout', '-l', langs, '--psm', '3', ...(dpi ? ['--dpi', String(Math.round(dpi))] : []), 'tsv'];
    const out = await run(binary, args, img, deadline, env);
    return { ...fromTsv(out.toString('utf8')), languages: langs };
  }

  /** Reads `img` in the configured languages; see AUTO_MARGIN for 'auto'. */
  async function inLanguages(img: Uint8Array, deadline: number, dpi?: number): Promise<OcrResult & Reading> {
    if (languages !== 'auto') return tesseract(img, languages, deadline, dpi);
    const both = await tesseract(img, 'ara+eng', deadline, dpi);
    const arabic = both.text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
    const latin = both.text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (arabic <= latin) return both;
    // No Latin letter at all: English took over no Arabic word, and there is no Latin text that 'ara' could
    // lose or fix, so the second reading is skipped.
    if (latin === 0) return both;
    const ara = await tesseract(img, 'ara', deadline, dpi);
    return both.confidence - ara.confidence > AUTO_MARGIN ? both : ara;
  }

  /** Reads `img` (any format Tesseract reads; `load` opens it in sharp), again upscaled if its words are small. */
  async function read(img: Uint8Array, deadline: number, load: () => Sharp, dpi?: number): Promise<OcrResult> {
    let best = await inLanguages(img, deadline, dpi);
    if (best.wordHeight > 0 && best.wordHeight < MIN_WORD_PX) {
      const { width = 0, height = 0 } = await load().metadata();
      const scale = Math.min(MAX_SCALE, TARGET_WORD_PX / best.wordHeight, Math.sqrt(MAX_PIXELS / (width * height || 1)));
      if (scale >= 1.2) {
        const bigger = await load().resize(Math.round(width * scale)).toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer();
        const again = await inLanguages(bigger, deadline, dpi && dpi * scale);
        if (again.confidence >= best.confidence) best = again;
      }
    }
    return { text: best.text, confidence: best.confidence, languages: best.languages };
  }

  /** The resolution of the largest image on a PDF page (a scan's own resolution), or undefined. */
  async function scanDpi(pdf: Uint8Array, page: string, deadline: number): Promise<number | undefined> {
    const list = (await run('pdfimages', ['-f', page, '-l', page, '-list', '-'], pdf, deadline)).toString('utf8');
    let best: { pixels: number; ppi: number } | undefined;
    for (const row of list.split('\n').slice(2)) {
      // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
      const f = row.trim().split(/\s+/);
      const pixels = Number(f[3]) * Number(f[4]);
      const ppi = Math.max(Number(f[12]), Number(f[13]));
      if (f[2] === 'image' && ppi > 0 && (!best || pixels > best.pixels)) best = { pixels, ppi };
    }
    return best?.ppi;
  }

  return {
    async image(bytes) {
      const deadline = Date.now() + timeoutMs;
      const png = await normalise(bytes);
      return read(png, deadline, () => sharp(png));
    },
    async pdfPage(pdf, page) {
      if (!Number.isInteger(page) || page < 1) throw new RangeError(`bad page number ${page}`);
      const deadline = Date.now() + timeoutMs;
      const p = String(page);
      const ppi = await scanDpi(pdf, p, deadline);
      const dpi = ppi ? Math.min(maxDpi, Math.max(MIN_PDF_DPI, Math.round(ppi))) : maxDpi;
      // -gray without -png writes a PGM: one channel, nothing to compress.
      const pgm = await run('pdftoppm', ['-f', p, '-l', p, '-r', String(dpi), '-gray', '-'], pdf, deadline);
      if (pgm.length === 0) throw new ExtractError('corrupt', `pdftoppm gave no image for page ${page}`);
      return read(pgm, deadline, () => openPgm(pgm), dpi);
    },
  };
}

/** Whether Tesseract runs here, its version and installed languages (without 'osd'). */
export function tesseractAvailable(binary = 'tesseract'): { ok: boolean; version?: string; languages: string[] } {
  try {
    const opts: ExecFileSyncOptionsWithStringEncoding = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 };
    const version = /tesseract\s+v?(\S+)/i.exec(execFileSync(binary, ['--version'], opts))?.[1];
    const languages = execFileSync(binary, ['--list-langs'], opts)
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter((l) => l && l !== 'osd');
    return { ok: true, ...(version ? { version } : {}), languages };
  } catch {
    return { ok: false, languages: [] };
  }
}
