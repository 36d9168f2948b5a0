/**
 * Plain-text documents as Windows Notepad saves them: CRLF line endings, in one of the encodings Notepad
 * offers (UTF-8 with or without BOM, UTF-16 LE/BE, the Arabic ANSI code page windows-1256).
 */
import iconv from 'iconv-lite';
import type { Renderer, TextBody, TxtEncoding } from '../spec.js';

/** The body as lines: optional letterhead, title, blank line, paragraphs separated by blank lines. */
export function bodyText(body: TextBody, newline = '\n'): string {
  const blocks = [...(body.heading ? [body.heading] : []), body.title, ...body.paragraphs];
  return blocks.map((b) => b.replace(/\r\n?|\n/g, newline)).join(newline + newline) + newline;
}

const BOMS: Record<TxtEncoding, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  'windows-1256': [],
};

/** Encodes `text`; throws if windows-1256 cannot represent a character (iconv would write '?'). */
export function encodeText(text: string, encoding: TxtEncoding, bom: boolean): Uint8Array {
  const bytes = iconv.encode(text, encoding);
  if (encoding === 'windows-1256') {
    const back = iconv.decode(bytes, encoding);
    if (back !== text) {
      const chars = Array.from(text);
      const backChars = Array.from(back);
      const i = chars.findIndex((c, k) => c !== backChars[k]);
      const c = chars[i] ?? '';
      const code = c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '?';
      throw new Error(`renderTxt: windows-1256 cannot encode U+${code} '${c}' (character ${i})`);
    }
  }
  const prefix = bom ? BOMS[encoding] : [];
  const out = new Uint8Array(prefix.length + bytes.length);
  out.set(prefix, 0);
  out.set(bytes, prefix.length);
  return out;
}

export const renderTxt: Renderer<'txt'> = async (spec) =>
  encodeText(bodyText(spec.body, '\r\n'), spec.encoding, spec.bom);
