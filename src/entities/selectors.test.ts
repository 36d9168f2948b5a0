import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SELECTOR_RECOGNISERS } from './selectors.js';
import type { Mention } from './types.js';

const LKML = new URL('../../../shared/data/samples/email/lkml-maildir/cur/', import.meta.url).pathname;

function recogniseAll(text: string): Mention[] {
  return SELECTOR_RECOGNISERS.flatMap((r) => r.recognise(text, { languages: ['ar', 'en'] }));
}

describe('selector recognisers', () => {
  it('lists each recogniser once with its types', () => {
    expect(SELECTOR_RECOGNISERS.map((r) => [r.name, r.version, r.types])).toEqual([
      ['phone', 1, ['phone']],
      ['email', 1, ['email']],
      ['url', 1, ['url', 'domain']],
      ['iban', 1, ['iban']],
      ['bic', 1, ['bic']],
      ['wallet', 1, ['wallet']],
      ['ip', 1, ['ip']],
      ['coordinates', 1, ['coordinates']],
    ]);
  });

  it('reads every selector of a mixed Arabic and English contact line', () => {
    const text =
      'أرقام التواصل:\nأبو البراء - +٩٦٤ ٧٧٠ ١٢٣ ٤٥٦٧ - abu.baraa@example.org - 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\n' +
      'IBAN: DE89 3704 0044 0532 0130 00, BIC: DEUTDEFF, https://t.me/example, 185.220.101.4, GPS 33.3152, 44.3661';
    expect(recogniseAll(text).map((m) => [m.type, m.surface, m.value])).toEqual([
      ['phone', '+٩٦٤ ٧٧٠ ١٢٣ ٤٥٦٧', '+9647701234567'],
      ['email', 'abu.baraa@example.org', 'abu.baraa@example.org'],
      ['url', 'https://t.me/example', 'https://t.me/example'],
      ['domain', 't.me', 't.me'],
      ['iban', 'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
      ['bic', 'DEUTDEFF', 'DEUTDEFF'],
      ['wallet', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
      ['ip', '185.220.101.4', '185.220.101.4'],
      ['coordinates', '33.3152, 44.3661', '33.31520,44.36610'],
    ]);
  });

  it('finds nothing in system files: desktop.ini, application settings, a log', () => {
    const desktopIni = '\r\n[.ShellClassInfo]\r\nLocalizedResourceName=@%SystemRoot%\\system32\\shell32.dll,-21770\r\nIconResource=%SystemRoot%\\system32\\imageres.dll,-112\r\nIconIndex=-235\r\n';
    const settings = '[General]\r\nVersion=11.4.7.2\r\nLanguage=ar-SA\r\n[Window]\r\nLeft=153\r\nTop=144\r\nWidth=999\r\n[Recent]\r\nFile1=C:\\Users\\user\\Documents\\file920.docx\r\nFile2=C:\\Users\\user\\setup.py\r\n';
    const log = '2015-11-03 08:03:29 [6322] ERROR Plugin: failed to load module (code 0x80070002)\r\n2015-11-03 08:12:46 [1054] INFO  Sync: 0 files changed, 1440 877 0 0\r\n';
    expect(recogniseAll(desktopIni + settings + log)).toEqual([]);
  });

  it('keeps text.slice(start, end) === surface on 210 real messages', () => {
    let count = 0;
    for (const file of readdirSync(LKML)) {
      const text = readFileSync(`${LKML}${file}`, 'utf8');
      for (const m of recogniseAll(text)) {
        expect(text.slice(m.start, m.end)).toBe(m.surface);
        count++;
      }
    }
    expect(count).toBeGreaterThan(8000);
  });
});
