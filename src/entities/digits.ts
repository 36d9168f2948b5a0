/**
 * Helpers shared by the selector recognisers: folding Arabic-Indic and Persian digits to ASCII without moving
 * offsets (each is one UTF-16 unit, as is its ASCII replacement), the Mention builder, and bounded line lookups.
 */

import type { Mention, MentionType } from './types.js';

const ARABIC_INDIC_ZERO = 0x0660; // ٠
const PERSIAN_ZERO = 0x06f0; // ۰
const ARABIC_DECIMAL_SEPARATOR = 0x066b; // ٫
const ARABIC_THOUSANDS_SEPARATOR = 0x066c; // ٬

const NON_ASCII_NUMERALS = /[\u0660-\u066C\u06F0-\u06F9]/;

/**
 * Map ٠-٩ and ۰-۹ to 0-9, and the Arabic decimal (٫) and thousands (٬) separators to '.' and ','.
 * The result has the same length as the input, so offsets found in it index the original text.
 */
export function foldDigits(text: string): string {
  if (!NON_ASCII_NUMERALS.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) out += String(code - PERSIAN_ZERO);
    else if (code === ARABIC_DECIMAL_SEPARATOR) out += '.';
    else if (code === ARABIC_THOUSANDS_SEPARATOR) out += ',';
    else out += text[i];
  }
  return out;
}

/** Build a mention for the span [start, end) of `text`; the surface is always the exact slice. */
export function makeMention(
  text: string,
  type: MentionType,
  start: number,
  end: number,
  value: string,
  recogniser: string,
  confidence: number,
  attrs?: Record<string, unknown>,
): Mention {
  const mention: Mention = { type, start, end, surface: text.slice(start, end), value, recogniser, confidence };
  if (attrs) mention.attrs = attrs;
  return mention;
}

/** How far line lookups scan: keeps them bounded, so a text without newlines is not scanned once per candidate. */
export const MAX_LINE_SCAN = 2000;

/** Start of the line holding `index`, or MAX_LINE_SCAN units back when the line is longer. */
export function lineStartOf(text: string, index: number): number {
  const floor = Math.max(0, index - MAX_LINE_SCAN);
  for (let i = index - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

/** End (exclusive, at the newline) of the line holding `index`, or MAX_LINE_SCAN units on when it is longer. */
export function lineEndOf(text: string, index: number): number {
  const ceiling = Math.min(text.length, index + MAX_LINE_SCAN);
  for (let i = index; i < ceiling; i++) if (text.charCodeAt(i) === 10) return i;
  return ceiling;
}
