/**
 * WhatsApp's "Export chat" text file (`_chat.txt`). Android and iOS write different line prefixes; the chat
 * id picks one (odd: Android `05/01/2016, 09:30 - Name: text`, even: iOS `[05/01/2016, 09:30:00] Name: text`).
 * Continuation lines of multi-line messages carry no prefix. UTF-8, LF line endings, no newline after the last line.
 */
import type { Chat, Renderer } from '../spec.js';

const E2E = 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.';

/** Splits '2016-01-05T09:30:00' into its fields without any time-zone conversion. */
function fields(at: string): { d: string; mo: string; y: string; h: string; mi: string; s: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(at);
  if (!m) throw new Error(`renderWhatsApp: bad timestamp '${at}'`);
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '00'] = m;
  return { d, mo, y, h, mi, s };
}

/** The line prefix for one message in the chosen phone style. */
function prefix(at: string, android: boolean): string {
  const f = fields(at);
  const date = `${f.d}/${f.mo}/${f.y}`;
  return android ? `${date}, ${f.h}:${f.mi} - ` : `[${date}, ${f.h}:${f.mi}:${f.s}] `;
}

/** The chat as export text. */
export function whatsAppText(chat: Chat): string {
  const android = Math.abs(chat.chatId) % 2 === 1;
  const first = chat.messages[0];
  const lines: string[] = [];
  if (first) {
    // iOS attributes the notice to the chat and marks it with a left-to-right mark; Android has no author.
    lines.push(
      android
        ? `${prefix(first.at, true)}${E2E} Tap to learn more.`
        : `${prefix(first.at, false)}${chat.title}: \u200e${E2E}`,
    );
  }
  for (const m of chat.messages) {
    lines.push(`${prefix(m.at, android)}${m.sender}: ${m.text.replace(/\r\n?/g, '\n')}`);
  }
  return lines.join('\n');
}

export const renderWhatsApp: Renderer<'whatsapp'> = async (spec) => new TextEncoder().encode(whatsAppText(spec.chat));
