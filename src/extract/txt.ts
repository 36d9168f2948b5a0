/**
 * Plain text (also XML and JSON as text): detect the encoding, keep the decoded text exactly (CRLF and all).
 */
import { decodeText } from '../text/encoding.js';
import type { Extractor } from './types.js';

/** Longest title taken from the first line. */
const TITLE_MAX = 120;

export const extractTxt: Extractor = async ({ bytes }) => {
  const { text, encoding, bom } = decodeText(bytes);
  const title = firstLine(text);
  return {
    text,
    ...(title ? { title } : {}),
    metadata: { encoding, ...(bom ? { bom } : {}) },
    method: 'text-layer',
  };
};

/** The first non-empty line, trimmed and cut to TITLE_MAX characters. */
export function firstLine(text: string): string | undefined {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed) return Array.from(trimmed).slice(0, TITLE_MAX).join('').trimEnd();
  }
  return undefined;
}
