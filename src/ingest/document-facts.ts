/** Small pure helpers the runner uses to shape an extraction for storage. */
import type { Extracted } from '../extract/types.js';

/** The structure kept beside the text: pages, sheets, messages, email headers (offsets into the exact text). */
export function structureOf(e: Extracted): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  if (e.pages) s.pages = e.pages;
  if (e.sheets) s.sheets = e.sheets;
  if (e.messages) s.messages = e.messages;
  if (e.email) s.email = e.email;
  return s;
}

/** The best date for date filters: the email's date, else the document's creation time, else the photo's. */
export function docDateOf(e: Extracted): string | undefined {
  const m = e.metadata as { created?: unknown; exif?: { takenAt?: unknown } };
  const candidates = [e.email?.date, m.created, m.exif?.takenAt, e.messages?.[0]?.at];
  for (const c of candidates) if (typeof c === 'string' && /^\d{4}-\d{2}-\d{2}/.test(c)) return c;
  return undefined;
}
