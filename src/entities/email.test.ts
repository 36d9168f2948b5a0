import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emailRecogniser } from './email.js';

const LKML = new URL('../../../shared/data/samples/email/lkml-maildir/cur/', import.meta.url).pathname;

function emails(text: string) {
  const mentions = emailRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value]);
}

describe('email recogniser', () => {
  it('finds addresses in Arabic and Latin lines and lower-cases the value', () => {
    const text = 'From: أبو منصور الحجي <Othman.Jumaili94@Inbox.example.org>\nأبو عبيدة - abdulkarimbaqqari98@post.example.net - حلب';
    expect(emails(text)).toEqual([
      [23, 57, 'Othman.Jumaili94@Inbox.example.org', 'othman.jumaili94@inbox.example.org'],
      [71, 107, 'abdulkarimbaqqari98@post.example.net', 'abdulkarimbaqqari98@post.example.net'],
    ]);
  });

  it('stops at sentence punctuation and rejects content ids and malformed addresses', () => {
    expect(emails('Write to saad_651@example.com.')).toEqual([[9, 29, 'saad_651@example.com', 'saad_651@example.com']]);
    expect(emails('cid:image001.png@01D2A3B4.5C6D7E80 and a..b@example.com and dot.@example.com')).toEqual([]);
    expect(emails('https://user@sub.example.co.uk/path')).toEqual([]);
  });

  it('reads a real message: mailboxes yes, message identifiers in Message-Id, In-Reply-To and References no', () => {
    const text = readFileSync(`${LKML}1354585346.000260:2,`, 'utf8');
    const found = emails(text);
    expect(text.slice(1185, 1233)).toBe('From: Stefan Schmidt <stefan@datenfreihafen.org>');
    expect(found).toContainEqual([1207, 1232, 'stefan@datenfreihafen.org', 'stefan@datenfreihafen.org']);
    expect(found).toContainEqual([1913, 1944, 'notmuch-request@notmuchmail.org', 'notmuch-request@notmuchmail.org']);
    expect(found.filter((f) => String(f[2]).includes('git-send-email'))).toEqual([]);
    expect(found.filter((f) => (f[0] as number) >= 1300 && (f[0] as number) < 1560)).toEqual([]);
    expect(new Set(found.map((f) => f[3]))).toEqual(
      new Set(['stefan@datenfreihafen.org', 'notmuch@notmuchmail.org', 'stefan@sostec.de', 'stefan@excalibur.local', 'notmuch-request@notmuchmail.org']),
    );
  });
});
