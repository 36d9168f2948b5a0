/**
 * E-mail addresses: a dot-atom local part, "@", and a host of dot-separated labels ending in an alphabetic
 * top-level label (so "image001.png@01D2A3B4.5C6D7E80" content ids are not addresses). Message identifiers in
 * Message-ID, In-Reply-To, References and Content-ID headers look like addresses but name no mailbox: skipped.
 * The value is the address in lower case.
 */

import { lineStartOf, makeMention } from './digits.js';
import type { Mention, Recogniser } from './types.js';

const EMAIL =
  /(?<![A-Za-z0-9._%+\-@/])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-@]|\.[A-Za-z0-9])/g;

/** Headers whose values are message identifiers, not mailboxes. */
const IDENTIFIER_HEADER = /^(?:message-id|in-reply-to|references|content-id|resent-message-id|x-[\w-]*-id)\s*:/i;

/** A header folded over more lines than this is not a header (an indented block of text, say). */
const MAX_FOLDED_LINES = 20;

/** The header a line belongs to: the line itself, or for a folded continuation line, the line it continues. */
function headerLineStart(text: string, index: number): number {
  let start = lineStartOf(text, index);
  for (let folds = 0; folds < MAX_FOLDED_LINES && start > 0 && (text[start] === ' ' || text[start] === '\t'); folds++) {
    start = lineStartOf(text, start - 1);
  }
  return start;
}

function isMessageIdentifier(text: string, index: number): boolean {
  const start = headerLineStart(text, index);
  return IDENTIFIER_HEADER.test(text.slice(start, start + 40));
}

export const emailRecogniser: Recogniser = {
  name: 'email',
  version: 1,
  types: ['email'],
  recognise(text: string): Mention[] {
    if (!text.includes('@')) return [];
    const mentions: Mention[] = [];
    for (const m of text.matchAll(EMAIL)) {
      const start = m.index ?? 0;
      const address = m[0];
      if (address.includes('..') || address.includes('.@')) continue;
      if (isMessageIdentifier(text, start)) continue;
      mentions.push(makeMention(text, 'email', start, start + address.length, address.toLowerCase(), 'email', 0.95));
    }
    return mentions;
  },
};
