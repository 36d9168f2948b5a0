/**
 * Telegram Desktop's machine-readable export (`result.json`): one chat ({name, messages}) or the full export
 * (chats.list and left_chats.list). A message's text is a string or an array of strings and entities
 * ({type, text}). The text is one 'sender: text' line per message (a '# chat name' line before each chat of a
 * full export); `messages` point at the text after 'sender: '. Service messages (joins, calls) are counted only.
 */
import { ExtractError, type Extractor, type Message } from './types.js';

interface TgMessage {
  type?: string;
  date?: string;
  from?: string | null;
  actor?: string | null;
  text?: string | (string | { text?: string })[];
  media_type?: string;
  photo?: string;
  file?: string;
}

interface TgChat {
  name?: string | null;
  type?: string;
  id?: number | string;
  messages?: TgMessage[];
}

/** The plain text of a message's `text` field. */
export function telegramText(text: TgMessage['text']): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text.map((part) => (typeof part === 'string' ? part : typeof part?.text === 'string' ? part.text : '')).join('');
}

/** The chats of either export shape. */
function chatsOf(json: unknown): { chats: TgChat[]; full: boolean } {
  if (typeof json !== 'object' || json === null) throw new ExtractError('corrupt', 'telegram: not a JSON object');
  const o = json as { messages?: unknown; chats?: { list?: unknown }; left_chats?: { list?: unknown } };
  if (Array.isArray(o.messages)) return { chats: [o as TgChat], full: false };
  const lists = [o.chats?.list, o.left_chats?.list].filter(Array.isArray) as TgChat[][];
  if (lists.length === 0) throw new ExtractError('unsupported', 'telegram: neither a chat (messages) nor a full export (chats.list)');
  return { chats: lists.flat(), full: true };
}

export const extractTelegram: Extractor = async ({ bytes }) => {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, ''));
  } catch (e) {
    throw new ExtractError('corrupt', `telegram: ${(e as Error).message}`);
  }
  const { chats, full } = chatsOf(json);
  let text = '';
  const messages: Message[] = [];
  let service = 0;
  for (const chat of chats) {
    if (full) text += `${text ? '\n' : ''}# ${chat.name ?? 'Deleted chat'}\n`;
    for (const m of chat.messages ?? []) {
      if (m.type !== undefined && m.type !== 'message') {
        service += 1;
        continue;
      }
      const sender = m.from ?? m.actor ?? 'Deleted Account';
      const media = m.media_type ?? (m.photo ? 'photo' : m.file ? 'file' : '');
      const body = telegramText(m.text) || (media ? `[${media}]` : '');
      text += `${sender}: `;
      const start = text.length;
      text += body;
      messages.push({ sender, ...(m.date ? { at: m.date } : {}), text: body, start, end: text.length });
      text += '\n';
    }
  }
  const first = chats[0];
  return {
    text,
    title: full ? 'Telegram export' : (first?.name ?? 'Telegram chat'),
    messages,
    method: 'text-layer',
    metadata: {
      chats: chats.map((c) => ({ name: c.name ?? null, type: c.type ?? null, id: c.id ?? null, messages: c.messages?.length ?? 0 })),
      serviceMessages: service,
    },
  };
};
