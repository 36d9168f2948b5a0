/**
 * Money: an amount next to a currency, in either order — "5000 دولار", "٥٠٠٠ دينار عراقي", "$5,000", "5 000 €",
 * "USD 5,000", "مبلغ وقدره 3000 دولار", "خمسة آلاف دولار", "2.5 million dollars", "5 millions d'euros".
 *
 * The currency is the anchor (currencies.ts finds and resolves it); the amount is looked for right beside it,
 * separated only by horizontal space (a tab too: adjacent table cells) or by the amount spelled out in brackets
 * ("5000 (خمسة آلاف) دولار"). Pairing, in this order:
 *  1. a symbol glued before its amount ("$5,000", "€8,850");
 *  2. an amount before a currency ("5,000 USD", "5000$", "ثلاثة آلاف دولار");
 *  3. a symbol, code or abbreviation before an amount ("USD 5,000", "ل.س 500"): currency words never precede.
 * Each amount and each currency is used once. value "<amount> <ISO>", attrs {amount, currency}.
 * Confidence: digits with a written currency 0.95; number words 0.75; a bare noun resolved from the
 * document 0.85 of that, from the noun's default 0.7 of it (a bare dollar 0.95: it is the US dollar).
 */

import { findCurrencies, resolveCurrencies, type CurrencyToken, type ResolvedCurrency } from './currencies.js';
import {
  ARABIC_NUMBER_WORDS_SOURCE,
  DIGIT_AMOUNT_SOURCE,
  HSPACE,
  SCALE_WORD_SOURCE,
  foldText,
  parseArabicNumberWords,
  parseDigitAmount,
  roundAmount,
  scaleWordValue,
  type FoldedText,
} from './numbers.js';
import type { Mention, Recogniser } from './types.js';

const NAME = 'money';

/** How far before a currency an amount may start (characters). */
const WINDOW = 64;

/** The amount spelled out in brackets between the figure and the currency: "5000 (خمسة آلاف) دولار". */
const SPELLED_OUT = '\\([^()\\n]{1,48}\\)';

/** A multiplier glued to the figure: "$2.5m", "€3bn", "5k USD". */
const ABBREVIATED_SCALE = '(?<abbreviation>k|K|m|M|mn|bn|B)(?![A-Za-z])';
const ABBREVIATED_VALUES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, bn: 1e9, B: 1e9 };

/** A figure with its scale: "5", "2.5m", "4 ملايين". */
const TERM = `${DIGIT_AMOUNT_SOURCE}(?:${ABBREVIATED_SCALE.replace('?<abbreviation>', '')}|${HSPACE}*${SCALE_WORD_SOURCE})?`;
const SCALED_TERM = `${DIGIT_AMOUNT_SOURCE}(?:${ABBREVIATED_SCALE.replace('?<abbreviation>', '')}|${HSPACE}*${SCALE_WORD_SOURCE})`;
/** Figures joined by و, each with a smaller scale: "4 ملايين و500 ألف", "16 ترليون و610 مليار". */
const FIGURES = `${TERM}(?:\\s+و\\s*${SCALED_TERM})*`;
const TERM_PARTS = new RegExp(
  `(?<digits>${DIGIT_AMOUNT_SOURCE})(?:${ABBREVIATED_SCALE}|${HSPACE}*(?<scale>${SCALE_WORD_SOURCE}))?`,
  'dg',
);

/** An amount ending exactly where the window ends (just before the currency), with its connector ("d'", "de"). */
const AMOUNT_BEFORE = new RegExp(
  `(?:(?<figures>${FIGURES})(?:${HSPACE}*${SPELLED_OUT})?|${ARABIC_NUMBER_WORDS_SOURCE})` +
    `(?:${HSPACE}+(?:de|of)|${HSPACE}*d')?${HSPACE}*$`,
  'd',
);

/** An amount starting at the sticky position (just after a currency symbol or code). */
const AMOUNT_AFTER = new RegExp(`${HSPACE}*(?<figures>${FIGURES})`, 'dy');

/** An amount, with offsets in the folded text. */
interface Amount {
  start: number;
  end: number;
  value: number;
  inWords: boolean;
}

/** One figure of a run (folded offsets), with its value including its scale. */
function readTerm(folded: FoldedText, original: string, m: RegExpExecArray, offset: number): (Amount & { scale: number }) | undefined {
  const indices = m.indices!.groups!;
  const g = m.groups!;
  const [digitsStart, digitsEnd] = indices.digits!;
  // The original digits: ٫ and ٬ tell a decimal point from a thousands separator; folding made them . and ,
  const base = parseDigitAmount(original.slice(folded.start(digitsStart + offset), folded.end(digitsEnd + offset)));
  const scale =
    g.abbreviation !== undefined ? ABBREVIATED_VALUES[g.abbreviation] : g.scale !== undefined ? scaleWordValue(g.scale, true) : 1;
  if (base === undefined || scale === undefined) return undefined;
  const [, end] = (g.abbreviation !== undefined ? indices.abbreviation : g.scale !== undefined ? indices.scale : indices.digits)!;
  return { start: digitsStart + offset, end: end + offset, value: roundAmount(base * scale), inWords: false, scale };
}

/** A run of figures: their sum when the scales fall ("4 ملايين و500 ألف"), else only the last figure. */
function readFigures(folded: FoldedText, original: string, figures: string, offset: number): Amount | undefined {
  const terms: ReturnType<typeof readTerm>[] = [];
  TERM_PARTS.lastIndex = 0;
  for (let t = TERM_PARTS.exec(figures); t; t = TERM_PARTS.exec(figures)) terms.push(readTerm(folded, original, t, offset));
  const last = terms[terms.length - 1];
  if (!last || terms.length === 1) return last;
  const descending = terms.every((t, i) => t && (i === 0 || t.scale < terms[i - 1]!.scale));
  if (!descending) return last;
  return { start: terms[0]!.start, end: last.end, value: roundAmount(terms.reduce((sum, t) => sum + t!.value, 0)), inWords: false };
}

/** Reads the amount a regex match on the folded text found; `offset` is where the matched slice starts. */
function readAmount(folded: FoldedText, original: string, m: RegExpExecArray, offset: number): Amount | undefined {
  const indices = m.indices!.groups!;
  const g = m.groups!;
  if (g.figures !== undefined) return readFigures(folded, original, g.figures, indices.figures![0] + offset);
  if (g.words !== undefined) {
    const value = parseArabicNumberWords(g.words);
    if (value === undefined) return undefined;
    const [start, end] = indices.words!;
    return { start: start + offset, end: end + offset, value, inWords: true };
  }
  return undefined;
}

/** Could an amount end just before `to` (skipping spaces and a French "d'")? A digit or a letter must come first. */
const AMOUNT_TAIL = new RegExp(`(?:[0-9A-Za-z\\u0621-\\u064A)]|d')${HSPACE}*$`);

function amountBefore(folded: FoldedText, original: string, from: number, to: number): Amount | undefined {
  const windowStart = Math.max(from, to - WINDOW);
  const window = folded.text.slice(windowStart, to);
  if (!AMOUNT_TAIL.test(window.slice(-12))) return undefined;
  const m = AMOUNT_BEFORE.exec(window);
  return m ? readAmount(folded, original, m, windowStart) : undefined;
}

function amountAfter(folded: FoldedText, original: string, from: number, to: number): Amount | undefined {
  AMOUNT_AFTER.lastIndex = 0;
  const m = AMOUNT_AFTER.exec(folded.text.slice(from, Math.min(to, from + WINDOW)));
  return m ? readAmount(folded, original, m, from) : undefined;
}

const EVIDENCE_FACTOR = { written: 1, context: 0.85, default: 0.7 } as const;

/** A bare "dollar" is the US dollar nearly always; other bare nouns are a regional guess. */
function currencyFactor(currency: ResolvedCurrency): number {
  return currency.evidence !== 'written' && currency.family === 'dollar' ? 0.95 : EVIDENCE_FACTOR[currency.evidence];
}

function toMention(folded: FoldedText, text: string, amount: Amount, currency: ResolvedCurrency): Mention {
  const start = folded.start(Math.min(amount.start, currency.start));
  const end = folded.end(Math.max(amount.end, currency.end));
  const confidence = (amount.inWords ? 0.75 : 0.95) * currencyFactor(currency);
  return {
    type: 'money',
    start,
    end,
    surface: text.slice(start, end),
    value: `${amount.value} ${currency.code}`,
    recogniser: NAME,
    confidence: Math.round(confidence * 100) / 100,
    attrs: { amount: amount.value, currency: currency.code },
  };
}

export function recogniseMoney(text: string): Mention[] {
  const folded = foldText(text);
  const currencies: readonly CurrencyToken[] = findCurrencies(folded.text);
  const paired = new Map<number, Amount>(); // currency index → its amount
  const claimed = new Uint8Array(folded.text.length); // characters already part of a paired amount
  const free = (a: Amount | undefined): a is Amount => !!a && claimed.subarray(a.start, a.end).every((c) => c === 0);
  const pair = (i: number, a: Amount): void => {
    paired.set(i, a);
    claimed.fill(1, a.start, a.end);
  };
  const prevEnd = (i: number): number => (i > 0 ? currencies[i - 1]!.end : 0);
  const nextStart = (i: number): number => (i + 1 < currencies.length ? currencies[i + 1]!.start : folded.text.length);

  currencies.forEach((c, i) => {
    if (!c.canPrecede || /^[A-Za-z]/.test(folded.text[c.start]!) || !/[0-9]/.test(folded.text[c.end] ?? '')) return;
    const a = amountAfter(folded, text, c.end, nextStart(i));
    if (free(a) && a.start === c.end) pair(i, a);
  });
  currencies.forEach((c, i) => {
    if (paired.has(i)) return;
    const a = amountBefore(folded, text, prevEnd(i), c.start);
    if (free(a)) pair(i, a);
  });
  currencies.forEach((c, i) => {
    if (paired.has(i) || !c.canPrecede) return;
    const a = amountAfter(folded, text, c.end, nextStart(i));
    if (free(a)) pair(i, a);
  });

  const resolved = resolveCurrencies(currencies, [...paired.keys()].map((i) => currencies[i]!));
  return [...paired.entries()]
    .sort((x, y) => x[1].start - y[1].start)
    .flatMap(([i, amount]) => (resolved[i] ? [toMention(folded, text, amount, resolved[i])] : []));
}

export const moneyRecogniser: Recogniser = {
  name: NAME,
  version: 1,
  types: ['money'],
  recognise: (text) => recogniseMoney(text),
};
