/**
 * BIC / SWIFT codes (bank, ISO country, location, optional branch: "DEUTDEFF", "DEUTDEFF500"), validated by
 * ibantools. Eight or eleven capitals are common in any text (acronyms, headings), so a code is taken only
 * after a cue (BIC, SWIFT, سويفت) on the same line or within a short distance of a valid IBAN.
 */

import { isValidBIC } from 'ibantools';
import { lineStartOf, makeMention } from './digits.js';
import { findIbans } from './iban.js';
import type { Mention, Recogniser } from './types.js';

const CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])/g;

/** BIC, SWIFT ("Swift code", "code BIC", "رمز السويفت") at most 40 characters before the code on its line. */
const CUE = /(?:\bBIC\b|\bSWIFT\b|سويفت)[^\n]{0,40}$/i;
/** How near (UTF-16 units) to an IBAN a code may stand without any cue word. */
const IBAN_DISTANCE = 80;

export const bicRecogniser: Recogniser = {
  name: 'bic',
  version: 1,
  types: ['bic'],
  recognise(text: string): Mention[] {
    const mentions: Mention[] = [];
    let ibans: ReturnType<typeof findIbans> | undefined;
    for (const m of text.matchAll(CANDIDATE)) {
      const start = m.index ?? 0;
      const code = m[0];
      if (!isValidBIC(code)) continue;
      let cued = CUE.test(text.slice(Math.max(lineStartOf(text, start), start - 60), start));
      if (!cued) {
        ibans ??= findIbans(text);
        const end = start + code.length;
        cued = ibans.some((i) => {
          const gap = Math.max(i.start - end, start - i.end);
          return gap >= 0 && gap <= IBAN_DISTANCE;
        });
      }
      if (!cued) continue;
      mentions.push(makeMention(text, 'bic', start, start + code.length, code, 'bic', 0.9, { country: code.slice(4, 6) }));
    }
    return mentions;
  },
};
