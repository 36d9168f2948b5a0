/**
 * Character-set detection and decoding for seized text: BOMs, UTF-16 without a BOM, strict UTF-8, and the
 * legacy single-byte code pages that Arabic documents come in (windows-1256, ISO-8859-6) or that Latin text
 * comes in (windows-1252). A declared charset (HTML meta, MIME header) is a hint that must earn its place:
 * it is used only when the bytes are valid in it and decode at least as plausibly as the best guess.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** Canonical lower-case name: utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6, windows-1252, ... */
  encoding: string;
  /** True when the bytes began with a byte-order mark (stripped from `text`). */
  bom: boolean;
}

/** The single-byte code pages we choose between, in tie-break order (first wins a tie). */
const LEGACY = ['windows-1252', 'windows-1256', 'iso-8859-6'] as const;

/** Characters (and bytes, for chardet) examined when scoring a decoding: plenty to decide, cheap on big files. */
const SAMPLE = 64 * 1024;

/** Aliases mapped to canonical names; per WHATWG, latin1 and ASCII labels mean windows-1252. */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  utf16: 'utf-16le',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  'iso-8859-6': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  iso8859_6: 'iso-8859-6',
  arabic: 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
  'iso-8859-6-i': 'iso-8859-6',
  'iso-8859-6-e': 'iso-8859-6',
};

/** Canonical lower-case name for a charset label, or undefined when iconv-lite does not know it. */
export function canonicalCharset(label: string): string | undefined {
  const key = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!key) return undefined;
  const name = ALIASES[key] ?? key;
  return iconv.encodingExists(name) ? name : undefined;
}

/** Decode bytes, detecting the encoding; `opts.declared` is honoured only when valid and plausible. */
export function decodeText(bytes: Uint8Array, opts: { declared?: string } = {}): Decoded {
  const bom = detectBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, bom: true };

  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16, bom: false };

  let best: { encoding: string; text: string; score: number };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) {
    best = { encoding: 'utf-8', text: utf8, score: sampleScore(utf8) };
  } else {
    const hints = chardetHints(bytes.subarray(0, SAMPLE));
    const candidates = LEGACY.map((encoding) => {
      const text = decodeWith(bytes, encoding);
      return { encoding, text, score: sampleScore(text) + (hints.get(encoding) ?? 0) };
    });
    best = candidates[0]!;
    for (const c of candidates) if (c.score > best.score) best = c;
  }

  const declared = opts.declared ? canonicalCharset(opts.declared) : undefined;
  if (declared && declared !== best.encoding) {
    const text = declared === 'utf-8' ? utf8 : validDecode(bytes, declared);
    if (text !== undefined) {
      const score = sampleScore(text);
      if (score >= best.score - Math.abs(best.score) * 0.02 - 1) return { text, encoding: declared, bom: false };
    }
  }
  return { text: best.text, encoding: best.encoding, bom: false };
}

/** The charset an HTML page declares in its first 2 KB (meta charset, http-equiv, or an XML declaration). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = iconv.decode(Buffer.from(bytes.subarray(0, 2048)), 'latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const attrs = new Map<string, string>();
    for (const m of tag.matchAll(/([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      attrs.set(m[1]!.toLowerCase(), m[2]!.replace(/^["']|["']$/g, '').trim());
    }
    const charset = attrs.get('charset');
    if (charset) return charset.toLowerCase();
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-type') {
      const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(attrs.get('content') ?? '');
      if (m) return m[1]!.toLowerCase();
    }
  }
  return undefined;
}

function detectBom(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM: NUL bytes (the high byte of ASCII spaces, digits, Latin letters) fall on one parity
 * only. Arabic UTF-16 has 0x06 high bytes, but its spaces and punctuation still put NULs on that side.
 */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.1 && evenNul <= oddNul * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.1 && oddNul <= evenNul * 0.05) return 'utf-16be';
  return undefined;
}

function strictUtf8(b: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return undefined;
  }
}

function decodeWith(b: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), encoding, { stripBOM: false });
}

/** Decoding in `encoding`, or undefined when some byte is undefined there (iconv-lite yields U+FFFD). */
function validDecode(b: Uint8Array, encoding: string): string | undefined {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (b.length % 2) return undefined;
    const text = decodeWith(b, encoding);
    return /[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')) ? undefined : text;
  }
  const text = decodeWith(b, encoding);
  return text.includes('\uFFFD') ? undefined : text;
}

function sampleScore(text: string): number {
  return plausibility(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
}

/** A small bonus (under one character's worth of score) from chardet's ranking, to break near-ties. */
function chardetHints(b: Uint8Array): Map<string, number> {
  const hints = new Map<string, number>();
  for (const m of chardet.analyse(b)) {
    const name = canonicalCharset(m.name);
    if (name && !hints.has(name)) hints.set(name, (m.confidence / 100) * 0.5);
  }
  return hints;
}

const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]/;
const ARABIC_MARK = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;
const ASCII_ALNUM = /[A-Za-z0-9]/;
/** Symbols that turn up inside words when UTF-8 or another code page is decoded as windows-125x. */
const ODD_SYMBOL = /[\u00A2-\u00AA\u00AC-\u00BA\u00BC-\u00BF\u00D7\u00F7\u0192\u02C6\u2020-\u2022\u2030\u20AC\u2122]/;
const LATIN_EXTRA = /[\u00C0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192]/;

/**
 * How much a decoding looks like real text, in characters' worth. Per word: Arabic letters (and harakat on a
 * letter) and ASCII letters score +1; an accented Latin letter scores +1 only beside an ASCII letter (é in
 * "été", not the Ý in a mis-decoded "Ýí"); a word mixing Arabic with Latin or with symbols loses 2 a
 * character; replacement characters and C1 controls lose 5; a word with the article ال gains 2 (it is the
 * commonest Arabic bigram, and comes out as ان or اف when the two Arabic code pages are confused). Words are split at spaces and at ASCII digits and
 * punctuation, so markup (<title>…) does not glue Latin to Arabic.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const word of text.split(/[\s\u00A0\u200E\u200F!-@[-`{-~]+/)) {
    if (!word) continue;
    let arabic = 0;
    let latin = 0;
    let odd = 0;
    let local = 0;
    const chars = Array.from(word);
    chars.forEach((ch, i) => {
      if (ch === '\uFFFD' || /[\u0080-\u009F]/.test(ch)) {
        local -= 5;
      } else if (/[\u0000-\u0008\u000E-\u001F]/.test(ch)) {
        local -= 3;
      } else if (ARABIC_LETTER.test(ch) || ch === '\u0640') {
        arabic++;
        local += 1;
      } else if (ARABIC_MARK.test(ch)) {
        const prev = chars[i - 1] ?? '';
        local += ARABIC_LETTER.test(prev) || ARABIC_MARK.test(prev) ? 1 : -3;
        arabic++;
      } else if (/[A-Za-z]/.test(ch)) {
        latin++;
        local += 1;
      } else if (LATIN_EXTRA.test(ch)) {
        latin++;
        const near = ASCII_ALNUM.test(chars[i - 1] ?? '') || ASCII_ALNUM.test(chars[i + 1] ?? '');
        local += near ? 1 : chars.length === 1 ? 0 : -1;
      } else if (ODD_SYMBOL.test(ch)) {
        odd++;
      }
    });
    if (arabic && latin) local -= 2 * chars.length;
    else if (/^[وبفكل]?ال|^لل/.test(word) && chars.length > 3) local += 2;
    if (odd && (arabic || latin)) local -= 2 * odd;
    score += local;
  }
  return score;
}
