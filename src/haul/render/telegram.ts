/**
 * Telegram Desktop's machine-readable chat export (`result.json`) for one group chat, pretty-printed with the
 * one-space indent Telegram Desktop uses. Message times are local wall-clock; `date_unixtime` treats them as UTC.
 */
import type { Renderer } from '../spec.js';

/** A stable Telegram-like user id for a sender name: 'user' + 9-10 digits from an FNV-1a hash. */
export function telegramUserId(name: string): string {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(name)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `user${100_000_000 + (h % 1_900_000_000)}`;
}

export const renderTelegram: Renderer<'telegram'> = async (spec) => {
  const { chat } = spec;
  const messages = chat.messages.map((m, i) => {
    const date = m.at.length === 16 ? `${m.at}:00` : m.at.slice(0, 19);
    const unix = Date.parse(`${date}Z`) / 1000;
    if (!Number.isFinite(unix)) throw new Error(`renderTelegram: bad timestamp '${m.at}'`);
    return {
      id: i + 1,
      type: 'message',
      date,
      date_unixtime: String(unix),
      from: m.sender,
      from_id: telegramUserId(m.sender),
      text: m.text,
      text_entities: m.text ? [{ type: 'plain', text: m.text }] : [],
    };
  });
  const result = { name: chat.title, type: 'private_group', id: chat.chatId, messages };
  return new TextEncoder().encode(JSON.stringify(result, null, 1) + '\n');
};
