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
  /** Tesseract languages, e.g. 'ara+eng', or 'auto' (the default): Arabic and English, see AUTO_MARGIN. */
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
 * 'auto' mode. Tesseract's 'ara+eng' model reads Arabic far worse than 'ara' alone (it wins Arabic words as
 * Latin garbage, "من: الأخ" read as "eu oP", and misreads others), and it is slower than either model alone,
 * while 'ara' cannot read Latin at all, and reads a Latin page slowly. So the model that reads a page first is
 * chosen by a probe: 'ara' reads the line of the page with the most ink, and a confidence under PAGE_CONFIDENCE
 * says the page is Latin. A first reading under PAGE_CONFIDENCE is done again with the other model, and the
 * better reading is the primary one. Then the primary reading's doubtful words (confidence under DOUBTFUL_WORD:
 * an e-mail address or an IBAN on an Arabic page, an Arabic name on an English one) are cut out in runs, stacked
 * into one strip and read in the other language; a run's second reading replaces the first when it is in the
 * other script and its confidence is higher by more than AUTO_MARGIN points. Most pages cost a probe, one
 * reading and a small strip. Each launch of Tesseract has a fixed cost (about 20 ms for 'ara', 70 ms for 'eng',
 * against 250 ms for a page), which is why the probe is one line. Measured with `npm run bench:ocr` (mean CER;
 * speed is CPU time relative to 'ara+eng', two pages at a time):
 *
 *   strategy, on the first 60 scans of the haul     ar     ar+latin  en     all    speed
 *   'ara+eng'                                       0.232  0.278     0.006  0.150  1.00
 *   earlier 'auto' ('ara+eng', Arabic pages again)  0.113  0.264     0.006  0.096  0.73
 *   'auto', no probe ('ara' first), session 3       0.102  0.305     0.005  0.098  0.80
 *   'auto', Tesseract's OSD (--psm 0) as the probe  0.102  0.347     0.005  0.105  0.62
 *   'auto', 20 % of the page as the probe           0.102  0.347     0.005  0.105  0.76
 *   'auto', 5 % of the page as the probe            0.102  0.347     0.005  0.105  0.91
 *   'auto' (above: one line as the probe)           0.102  0.347     0.005  0.105  0.93
 */
const AUTO_MARGIN = 5;
/**
 * 'ara' reads Arabic pages with a confidence of 70 or more, even degraded ones, and Latin pages under 35; a first
 * reading under this is done again with the other model.
 */
const PAGE_CONFIDENCE = 55;

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

/** One word of a Tesseract reading, with its box in pixels and its confidence (0..100, -1 when none). */
export interface OcrWord {
  text: string;
  conf: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A line of words in reading order; `block` and `par` tell where paragraphs end. */
export interface OcrLine {
  block: string;
  par: string;
  words: OcrWord[];
}

/** One Tesseract reading: text, confidence and the median height of its words in pixels. */
export interface Reading {
  text: string;
  confidence: number;
  wordHeight: number;
}

/** Left-to-right and right-to-left marks: Tesseract adds them around runs in the minor direction. */
const BIDI_MARKS = /[\u200e\u200f]/g;

/** The lines of Tesseract's TSV output, empty words dropped. */
export function parseTsv(tsv: string): OcrLine[] {
  const lines: OcrLine[] = [];
  let key = '';
  for (const row of tsv.split('\n')) {
    // level page block par line word left top width height conf text
    const f = row.split('\t');
    const text = f.slice(11).join('\t').replace(BIDI_MARKS, '');
    if (f[0] !== '5' || !text.trim()) continue;
    const k = `${f[2]}.${f[3]}.${f[4]}`;
    if (k !== key) lines.push({ block: f[2]!, par: f[3]!, words: [] });
    key = k;
    const [left, top, width, height, conf] = f.slice(6, 11).map(Number) as [number, number, number, number, number];
    lines[lines.length - 1]!.words.push({ text, conf, left, top, width, height });
  }
  return lines;
}

/**
 * The reading of some lines. The text is what `tesseract ... txt` writes (words of a line joined by spaces, a
 * newline after each line, an empty line between paragraphs; a block always ends a paragraph) without the bidi
 * marks, which TSV only gives in part. Confidence: the mean word confidence weighted by word length, so a long
 * word read well counts for more than a stray mark.
 */
export function readingOf(lines: readonly OcrLine[]): Reading {
  let text = '';
  const heights: number[] = [];
  const words = lines.flatMap((l) => l.words);
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev) text += prev.block !== line.block || prev.par !== line.par ? '\n\n' : '\n';
    text += line.words.map((w) => w.text).join(' ');
    heights.push(...line.words.map((w) => w.height));
  });
  if (lines.length > 0) text += '\n';
  heights.sort((a, b) => a - b);
  return { text, confidence: meanConfidence(words), wordHeight: heights[heights.length >> 1] ?? 0 };
}

function meanConfidence(words: readonly OcrWord[]): number {
  let sum = 0;
  let weight = 0;
  for (const w of words) {
    if (w.conf < 0) continue;
    const n = [...w.text].length;
    sum += w.conf * n;
    weight += n;
  }
  return weight ? sum / weight : 0;
}

/** Tesseract's TSV output as a reading (see readingOf). */
export function fromTsv(tsv: string): Reading {
  return readingOf(parseTsv(tsv));
}

const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** A word of the first reading to read again, and where its crop sits in the strip. */
interface Patch {
  line: number;
  /** The words it covers: first and last index in the line. */
  first: number;
  last: number;
  /** The margin around the words, in pixels. */
  margin: number;
  /** The crop in the page, in pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Its top in the strip. */
  top: number;
}

/**
 * Doubtful words ('auto' mode) are found with hysteresis: a word read with less confidence than DOUBTFUL_WORD
 * ('ara' reads Latin words with a confidence near 0) starts a run, and the run takes in its neighbours on the
 * line while they are read with less confidence than DOUBTFUL_NEIGHBOUR (one e-mail address read in Arabic came
 * out as six words of confidence 0, 0, 0, 55, 1 and 16).
 */
const DOUBTFUL_WORD = 20;
const DOUBTFUL_NEIGHBOUR = 60;
/** A second reading replaces the first only with at least this confidence (and AUTO_MARGIN more). */
const SECOND_READING_CONFIDENCE = 60;
/**
 * Runs of doubtful words shorter than this many line heights are not read again: on Arabic pages they are
 * mostly degraded Arabic letters, and reading them in English costs time for nothing; Latin text worth having
 * (an e-mail address, an IBAN, a street) is longer.
 */
const MIN_RUN_ASPECT = 3;

/** The words of a reading that 'auto' mode reads again in the other language, line by line in order. */
export function doubtfulWords(lines: readonly OcrLine[]): { line: number; word: number }[] {
  const out: { line: number; word: number }[] = [];
  lines.forEach((l, i) => {
    const doubtful = l.words.map((w) => w.conf >= 0 && w.conf < DOUBTFUL_WORD);
    for (let changed = true; changed; ) {
      changed = false;
      l.words.forEach((w, j) => {
        if (doubtful[j] || w.conf < 0 || w.conf >= DOUBTFUL_NEIGHBOUR) return;
        if (doubtful[j - 1] || doubtful[j + 1]) changed = doubtful[j] = true;
      });
    }
    doubtful.forEach((d, j) => d && out.push({ line: i, word: j }));
  });
  return out;
}

/** Words of the strip's reading whose centre falls on `p`'s words (not on its margin), in reading order. */
function wordsIn(strip: readonly OcrLine[], p: Patch): OcrWord[] {
  return strip.flatMap((l) => l.words).filter((w) => {
    const cy = w.top + w.height / 2;
    return cy >= p.top + p.margin && cy < p.top + p.h - p.margin;
  });
}

/** Runs of consecutive target words of one line: one crop each, so a word is read with its neighbours. */
function runs(targets: readonly { line: number; word: number }[]): { line: number; first: number; last: number }[] {
  const out: { line: number; first: number; last: number }[] = [];
  for (const t of targets) {
    const prev = out[out.length - 1];
    if (prev && prev.line === t.line && prev.last === t.word - 1) prev.last = t.word;
    else out.push({ line: t.line, first: t.word, last: t.word });
  }
  return out;
}

/** White space between crops in the strip, in pixels. */
const STRIP_GAP = 24;

/** Creates the OCR the runner hands to extractors; `OcrResult.languages` tells which languages were kept. */
/** A row with ink on fewer than this fraction of its pixels is blank (between lines of text). */
const BLANK_ROW = 0.002;

/**
 * The line of text with the most ink: the run of inked rows (between blank rows) holding the most dark pixels,
 * at least 8 px and at most an eighth of the page high, as a binary PGM with a white margin for Tesseract; null
 * when the image has no such line. `data` is raw 8-bit pixels, `channels` per pixel (grey first).
 */
export function inkiestLine(data: Uint8Array, width: number, height: number, channels: number): Buffer | null {
  const ink = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    let n = 0;
    for (let x = 0, i = y * width * channels; x < width; x++, i += channels) if (data[i]! < 128) n++;
    ink[y] = n;
  }
  let best: { top: number; bottom: number; ink: number } | null = null;
  for (let y = 0; y < height; ) {
    if (ink[y]! <= width * BLANK_ROW) {
      y++;
      continue;
    }
    const top = y;
    let sum = 0;
    while (y < height && ink[y]! > width * BLANK_ROW) sum += ink[y++]!;
    if (y - top >= 8 && y - top <= height / 8 && (!best || sum > best.ink)) best = { top, bottom: y, ink: sum };
  }
  if (!best) return null;
  const margin = 6;
  const h = best.bottom - best.top + 2 * margin;
  const header = Buffer.from(`P5\n${width} ${h}\n255\n`, 'latin1');
  const out = Buffer.alloc(header.length + width * h, 255);
  header.copy(out);
  for (let y = best.top; y < best.bottom; y++) {
    const row = header.length + (y - best.top + margin) * width;
    for (let x = 0; x < width; x++) out[row + x] = data[(y * width + x) * channels]!;
  }
  return out;
}

export function createTesseractOcr(opts: TesseractOptions = {}): Ocr {
  const languages = opts.languages ?? 'auto';
  const binary = opts.binary ?? 'tesseract';
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const maxDpi = opts.dpi ?? 300;
  // One thread per Tesseract: the runner's workers are the parallelism.
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };

  async function tesseract(img: Uint8Array, langs: string, deadline: number, dpi?: number, psm = '3'): Promise<OcrResult & Reading & { lines: OcrLine[] }> {
    const args = ['stdin', 'stdout', '-l', langs, '--psm', psm, ...(dpi ? ['--dpi', String(Math.round(dpi))] : []), 'tsv'];
    const lines = parseTsv((await run(binary, args, img, deadline, env)).toString('utf8'));
    return { ...readingOf(lines), lines, languages: langs };
  }

  /**
   * Whether the page's text is Arabic: 'ara' reads the line of the page with the most ink (one line: a launch of
   * Tesseract costs about 20 ms with 'ara' and 70 ms with 'eng', a page about 250 ms) and the line's confidence
   * answers; null when there is no line or it holds no words.
   */
  async function looksArabic(deadline: number, load: () => Sharp, dpi?: number): Promise<boolean | null> {
    const { data, info } = await load().greyscale().raw().toBuffer({ resolveWithObject: true });
    const line = inkiestLine(data, info.width, info.height, info.channels);
    if (line === null) return null;
    const probe = await tesseract(line, 'ara', deadline, dpi, '7');
    if (probe.lines.every((l) => l.words.length === 0)) return null;
    return probe.confidence >= PAGE_CONFIDENCE;
  }

  /** Reads `img` in the configured languages; see the 'auto' mode above. */
  async function inLanguages(img: Uint8Array, deadline: number, load: () => Sharp, dpi?: number): Promise<OcrResult & Reading> {
    if (languages !== 'auto') return tesseract(img, languages, deadline, dpi);
    // A probe of one band of the page decides which model reads the whole page first.
    const [first, second] = (await looksArabic(deadline, load, dpi)) === false ? ['eng', 'ara'] : ['ara', 'eng'];
    let primary = await tesseract(img, first, deadline, dpi);
    let other = second;
    if (primary.confidence < PAGE_CONFIDENCE) {
      const again = await tesseract(img, second, deadline, dpi);
      if (again.confidence > primary.confidence) [primary, other] = [again, first];
    }
    const targets = doubtfulWords(primary.lines);
    if (targets.length === 0) return primary;
    const { lines, replaced } = await rereadIn(other, primary.lines, targets, deadline, load, dpi);
    return replaced === 0 ? primary : { ...readingOf(lines), languages: `${primary.languages},${other}` };
  }

  /** See doubtfulWords. */
  async function rereadIn(
    language: string,
    lines: readonly OcrLine[],
    targets: readonly { line: number; word: number }[],
    deadline: number,
    load: () => Sharp,
    dpi?: number,
  ): Promise<{ lines: OcrLine[]; replaced: number }> {
    // One decoding of the page; the crops are copied row by row into a white strip, given to Tesseract as a PGM.
    const { data, info } = await load().greyscale().raw().toBuffer({ resolveWithObject: true });
    const { width, height, channels } = info;
    const patches: Patch[] = [];
    let top = STRIP_GAP;
    for (const r of runs(targets)) {
      const line = lines[r.line]!.words;
      const words = line.slice(r.first, r.last + 1);
      const lineTop = Math.min(...line.map((w) => w.top));
      const lineBottom = Math.max(...line.map((w) => w.top + w.height));
      const margin = Math.max(4, Math.round((lineBottom - lineTop) * 0.3));
      const x = Math.max(0, Math.min(...words.map((w) => w.left)) - margin);
      const y = Math.max(0, lineTop - margin);
      const w = Math.min(width, Math.max(...words.map((w) => w.left + w.width)) + margin) - x;
      const h = Math.min(height, lineBottom + margin) - y;
      if (w <= 0 || h <= 0 || w - 2 * margin < MIN_RUN_ASPECT * (lineBottom - lineTop)) continue;
      patches.push({ ...r, margin, x, y, w, h, top });
      top += h + STRIP_GAP;
    }
    if (patches.length === 0) return { lines: [...lines], replaced: 0 };
    const stripWidth = Math.max(...patches.map((p) => p.w)) + 2 * STRIP_GAP;
    const header = Buffer.from(`P5\n${stripWidth} ${top}\n255\n`, 'latin1');
    const strip = Buffer.alloc(header.length + stripWidth * top, 255);
    header.copy(strip);
    for (const p of patches) {
      for (let row = 0; row < p.h; row++) {
        const dst = header.length + (p.top + row) * stripWidth + STRIP_GAP;
        for (let col = 0; col < p.w; col++) strip[dst + col] = data[((p.y + row) * width + p.x + col) * channels]!;
      }
    }
    const second = await tesseract(strip, language, deadline, dpi, '6');
    const script = language === 'ara' ? ARABIC : LATIN;
    const out = lines.map((l) => ({ ...l, words: [...l.words] }));
    let replaced = 0;
    // From the last patch back, so that earlier word indices stay valid.
    for (const p of [...patches].reverse()) {
      const got = wordsIn(second.lines, p);
      const line = out[p.line]!.words;
      const old = line.slice(p.first, p.last + 1);
      if (!got.some((w) => script.test(w.text)) || meanConfidence(got) < Math.max(SECOND_READING_CONFIDENCE, meanConfidence(old) + AUTO_MARGIN)) continue;
      line.splice(p.first, old.length, ...got.map((w) => ({ ...w, left: w.left - STRIP_GAP + p.x, top: w.top - p.top + p.y })));
      replaced++;
    }
    return { lines: out, replaced };
  }

  /** Reads `img` (any format Tesseract reads; `load` opens it in sharp), again upscaled if its words are small. */
  async function read(img: Uint8Array, deadline: number, load: () => Sharp, dpi?: number): Promise<OcrResult> {
    let best = await inLanguages(img, deadline, load, dpi);
    if (best.wordHeight > 0 && best.wordHeight < MIN_WORD_PX) {
      const { width = 0, height = 0 } = await load().metadata();
      const scale = Math.min(MAX_SCALE, TARGET_WORD_PX / best.wordHeight, Math.sqrt(MAX_PIXELS / (width * height || 1)));
      if (scale >= 1.2) {
        const bigger = await load().resize(Math.round(width * scale)).toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer();
        const again = await inLanguages(bigger, deadline, () => sharp(bigger), dpi && dpi * scale);
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
