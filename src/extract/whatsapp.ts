/**
 * WhatsApp "Export chat" text files, Android ('05/01/2016, 09:30 - Name: text') and iOS
 * ('[05/01/2016, 09:30:00] Name: text'), 24- or 12-hour clocks. Lines without a prefix continue the previous
 * message; prefixed lines without 'Name: ' are system lines (kept in the text, not in `messages`). The text is
 * the file's text, UTF-8, with the BOM and the U+200E marks at line starts removed; message offsets point
 * into it. Day/month order is read from the file (a first field over 12 means day first; day first by default).
 */
import type { Extractor, Message } from './types.js';

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([AaPp])\.?\s?[Mm]\.?)?`;
const DATE = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4}),?\s`;
const ANDROID = new RegExp(`^${DATE}${TIME} - `);
const IOS = new RegExp(`^\\[${DATE}${TIME}\\] `);

interface Line {
  start: number;
  end: number;
  /** Set for prefixed lines: the date fields and where the rest of the line begins. */
  head?: { a: number; b: number; y: number; h: number; mi: number; s: number; ampm?: string; rest: number; ios: boolean };
}

const pad = (n: number) => String(n).padStart(2, '0');

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = text[stop - 1] === '\r' ? stop - 1 : stop;
    const line = text.slice(start, end);
    const m = ANDROID.exec(line) ?? IOS.exec(line);
    const line_: Line = { start, end };
    if (m) {
      const n = (i: number) => Number(m[i] ?? 0);
      line_.head = { a: n(1), b: n(2), y: n(3), h: n(4), mi: n(5), s: n(6), ...(m[7] ? { ampm: m[7].toLowerCase() } : {}), rest: start + m[0].length, ios: line.startsWith('[') };
    }
    lines.push(line_);
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

export const extractWhatsApp: Extractor = async ({ bytes }) => {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '').replace(/^\u200e+/gm, '');
  const lines = splitLines(text);
  const heads = lines.flatMap((l) => (l.head ? [l.head] : []));
  const monthFirst = !heads.some((h) => h.a > 12) && heads.some((h) => h.b > 12);
  const messages: Message[] = [];
  const senders = new Map<string, boolean>();
  let current: Message | undefined;
  let systemLines = 0;
  for (const line of lines) {
    const h = line.head;
    if (!h) {
      if (current) current.end = line.end;
      continue;
    }
    const rest = text.slice(h.rest, line.end);
    const colon = rest.indexOf(': ');
    if (colon <= 0) {
      systemLines += 1;
      current = undefined;
      continue;
    }
    const [day, month] = monthFirst ? [h.b, h.a] : [h.a, h.b];
    const year = h.y < 100 ? 2000 + h.y : h.y;
    const hour = h.ampm ? (h.h % 12) + (h.ampm === 'p' ? 12 : 0) : h.h;
    let start = h.rest + colon + 2;
    // iOS marks system notices and media ('‎image omitted') with U+200E: they do not make a participant.
    const marked = text[start] === '\u200e';
    while (text[start] === '\u200e') start += 1;
    const sender = rest.slice(0, colon);
    senders.set(sender, (senders.get(sender) ?? false) || !marked);
    current = { sender, at: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(h.mi)}:${pad(h.s)}`, text: '', start, end: line.end };
    messages.push(current);
  }
  for (const m of messages) {
    while (m.end > m.start && /\s/.test(text[m.end - 1] as string)) m.end -= 1; // trailing blank lines
    m.text = text.slice(m.start, m.end);
  }
  const participants = [...senders].filter(([, real]) => real).map(([name]) => name);
  return {
    text,
    title: participants.length ? `WhatsApp chat: ${participants.join(', ')}` : 'WhatsApp chat',
    messages,
    method: 'text-layer',
    metadata: { platform: heads[0]?.ios ? 'ios' : 'android', participants, systemLines },
  };
};
