/**
 * Mailboxes in mboxrd format, as Unix mail programs and Thunderbird keep them: each message starts with a
 * `From <sender> <asctime>` line, body lines matching /^>*From / get one more '>', messages are separated by
 * a blank line, line endings are LF.
 */
import type { Renderer } from '../spec.js';
import { emailToBytes } from './eml.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** C asctime() of an ISO instant in UTC, e.g. 'Tue Jan  5 09:30:00 2016'. */
export function asctime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`asctime: invalid date '${iso}'`);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const time = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day} ${time} ${d.getUTCFullYear()}`;
}

export const renderMbox: Renderer<'mbox'> = async (spec, ctx) => {
  const chunks: string[] = [];
  for (const email of spec.emails) {
    // latin1 maps bytes to characters one to one, so quoting works on the raw bytes.
    const raw = Buffer.from(await emailToBytes(email, ctx)).toString('latin1').replace(/\r\n/g, '\n');
    const body = raw.replace(/^(>*From )/gm, '>$1');
    chunks.push(`From ${email.from.address} ${asctime(email.date)}\n${body}${body.endsWith('\n') ? '' : '\n'}\n`);
  }
  return new Uint8Array(Buffer.from(chunks.join(''), 'latin1'));
};
