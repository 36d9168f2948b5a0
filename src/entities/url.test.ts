import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { urlRecogniser } from './url.js';

const LKML = new URL('../../../shared/data/samples/email/lkml-maildir/cur/', import.meta.url).pathname;

function links(text: string) {
  const mentions = urlRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.type, m.start, m.end, m.value]);
}

describe('url and domain recogniser', () => {
  it('reads URLs with and without a scheme, with the registrable domain of each host', () => {
    const text = 'See https://news.bbc.co.uk/world?id=1. and www.example.org/a?b=1, or google.com; not setup.py, notes.zip or abu@post.example.net';
    expect(links(text)).toEqual([
      ['url', 4, 37, 'https://news.bbc.co.uk/world?id=1'],
      ['domain', 17, 26, 'bbc.co.uk'],
      ['url', 43, 64, 'www.example.org/a?b=1'],
      ['domain', 47, 58, 'example.org'],
      ['domain', 69, 79, 'google.com'],
    ]);
  });

  it('reads links in Arabic text and stops at the Arabic word after them', () => {
    expect(links('قناة التلغرام: t.me/joinchat/AbCdEf وموقع alhayat.net/ar')).toEqual([
      ['url', 15, 35, 't.me/joinchat/AbCdEf'],
      ['domain', 15, 19, 't.me'],
      ['url', 42, 56, 'alhayat.net/ar'],
      ['domain', 42, 53, 'alhayat.net'],
    ]);
  });

  it('skips markup boilerplate, reserved suffixes and code fields', () => {
    const plist = '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<svg xmlns="http://www.w3.org/2000/svg"> <a href="http://example.com/x">';
    expect(links(plist)).toEqual([
      ['url', 153, 173, 'http://example.com/x'],
      ['domain', 160, 171, 'example.com'],
    ]);
    expect(links('mail.example and host.local and pvec.nr')).toEqual([]);
  });

  it('reads the links of a real mailing-list message, user information and port left out of the domain', () => {
    const text = readFileSync(`${LKML}1382298793.002329:2,`, 'utf8');
    expect(text.slice(2985, 3017)).toBe('www.monstr.eu p: +42-0-721842854');
    const found = links(text);
    expect(found).toContainEqual(['url', 2985, 2998, 'www.monstr.eu']);
    expect(found).toContainEqual(['domain', 2989, 2998, 'monstr.eu']);
    expect(found).toContainEqual(['url', 3068, 3093, 'http://www.monstr.eu/fdt/']);
    expect(links('ftp://user:secret@files.Example.co.uk:2121/pub')).toEqual([
      ['url', 0, 46, 'ftp://user:secret@files.Example.co.uk:2121/pub'],
      ['domain', 24, 37, 'example.co.uk'],
    ]);
  });
});
