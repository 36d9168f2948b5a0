/**
 * International Bank Account Numbers, printed in groups of four ("TR12 3766 2065 5369 1458 9145 92") or run
 * together, validated by ibantools (country length and BBAN format, mod-97 check digits). A run of upper-case
 * alphanumeric groups is cut back, group by group, to the longest prefix that validates, so a word or number
 * printed after the IBAN is not swallowed. Value: the electronic format; attrs {country}.
 */

import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { foldDigits, makeMention } from './digits.js';
import type { Mention, Recogniser } from './types.js';

/** Country code, check digits, then 11 to 30 alphanumerics with at most one space between any two. */
const CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00A0]?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g;

export interface IbanSpan {
  start: number;
  end: number;
  iban: string;
}

/** Valid IBANs in `text` (Arabic-Indic digits allowed), longest valid prefix of each candidate run. */
export function findIbans(text: string): IbanSpan[] {
  const folded = foldDigits(text);
  const found: IbanSpan[] = [];
  for (const m of folded.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    const run = m[0];
    // Cut points: the end of the run and every space inside it, longest first.
    const ends = [run.length];
    for (let i = run.length - 1; i > 4; i--) if (run[i] === ' ' || run[i] === '\u00A0') ends.push(i);
    for (const end of ends) {
      const iban = electronicFormatIBAN(run.slice(0, end)) ?? '';
      if (isValidIBAN(iban)) {
        found.push({ start, end: start + end, iban });
        break;
      }
    }
  }
  return found;
}

export const ibanRecogniser: Recogniser = {
  name: 'iban',
  version: 1,
  types: ['iban'],
  recognise(text: string): Mention[] {
    return findIbans(text).map((f) =>
      makeMention(text, 'iban', f.start, f.end, f.iban, 'iban', 0.99, { country: f.iban.slice(0, 2) }),
    );
  },
};
