import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phoneRecogniser } from './phone.js';

const LKML = new URL('../../../shared/data/samples/email/lkml-maildir/cur/', import.meta.url).pathname;

function phones(text: string) {
  const mentions = phoneRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value, m.attrs?.country]);
}

describe('phone recogniser', () => {
  it('reads international numbers written with +, with 00, and with a (0) trunk marker', () => {
    expect(phones('Tel: +963 (0)987 895 685')).toEqual([[5, 24, '+963 (0)987 895 685', '+963987895685', 'SY']]);
    expect(phones('Joignable au 0090 5595752539\nSalutations.')).toEqual([[13, 28, '0090 5595752539', '+905595752539', 'TR']]);
    expect(phones('Abu Turab - +964-798-785-3334 - Mosul')).toEqual([[12, 29, '+964-798-785-3334', '+9647987853334', 'IQ']]);
  });

  it('folds Arabic-Indic digits without moving offsets', () => {
    const text = 'رقم الهاتف للتنسيق: ٠٧٩٥ ٧٣٧ ٥٨٤١\nيرجى إبلاغنا بموعد الوصول.';
    expect(phones(text)).toEqual([[20, 33, '٠٧٩٥ ٧٣٧ ٥٨٤١', '+9647957375841', 'IQ']]);
    expect(phones('للتواصل: +٩٦٣ (٠)٩٣٠ ٤٤٤ ١٣٢')).toEqual([[9, 28, '+٩٦٣ (٠)٩٣٠ ٤٤٤ ١٣٢', '+963930444132', 'SY']]);
  });

  it('needs a cue for a number written without its country code', () => {
    expect(phones('Reference 07957375841 in the ledger')).toEqual([]);
    expect(phones('He can be reached on 07957375841')).toEqual([[21, 32, '07957375841', '+9647957375841', 'IQ']]);
    // A contact list: the international number on the line before cues the national one.
    expect(phones('Abu Bakr - +963 955 374 356\nAbu Hafs - 0937 312 487')).toEqual([
      [11, 27, '+963 955 374 356', '+963955374356', 'SY'],
      [39, 51, '0937 312 487', '+963937312487', 'SY'],
    ]);
  });

  it('picks the region of a national number from a place beside it, else its grouping, else the region list', () => {
    expect(phones('He can be reached on 0617977982.')).toEqual([[21, 31, '0617977982', '+33617977982', 'FR']]);
    expect(phones('He can be reached on 0617977982 in Amsterdam.')).toEqual([[21, 31, '0617977982', '+31617977982', 'NL']]);
    expect(phones('He can be reached on 06 17977982.')).toEqual([[21, 32, '06 17977982', '+31617977982', 'NL']]);
    expect(phones('Telefon: 0172 7424053 (Berlin), Handy 0660 95470523 in Wien')).toEqual([
      [9, 21, '0172 7424053', '+491727424053', 'DE'],
      [38, 51, '0660 95470523', '+4366095470523', 'AT'],
    ]);
    // A Turkish mobile stays Turkish next to Berlin: the hint only chooses among valid mobiles.
    expect(phones('لقاء في مدينة برلين.\nرقم الهاتف للتنسيق: 05503061301')).toEqual([[41, 52, '05503061301', '+905503061301', 'TR']]);
  });

  it('reads numbers of regions without a trunk prefix after a strong cue only', () => {
    expect(phones("27/04/2016, 09:57 - Abu Belal: Abu Asem's number: 23853091")).toEqual([[50, 58, '23853091', '+4523853091', 'DK']]);
    expect(phones('Invoice 23853091 settled')).toEqual([]);
  });

  it('splits numbers that follow each other and ignores dates, IBANs and version numbers', () => {
    expect(phones('Contacts: 0961005867 0937312487')).toEqual([
      [10, 20, '0961005867', '+963961005867', 'SY'],
      [21, 31, '0937312487', '+963937312487', 'SY'],
    ]);
    expect(phones('Phone list updated 2016-04-07, 07.01.2016 and 23/02/1440')).toEqual([]);
    expect(phones('رقم الحساب: TR87 0997 6000 1136 5154 9060 75\nللتواصل معه على الرقم +90 537 082 81 89')).toEqual([
      [67, 84, '+90 537 082 81 89', '+905370828189', 'TR'],
    ]);
    expect(phones('Phone firmware 1.2.3.4 build 0961005867.2')).toEqual([]);
  });

  it('undoes right-to-left visual order from PDF extraction: reversed groups and a trailing plus', () => {
    expect(phones('هاتف أبو زكريا الجميلي - 5841 737 0795')).toEqual([[25, 38, '5841 737 0795', '+9647957375841', 'IQ']]);
    expect(phones('أرقام التواصل\nأبو تراب - +8779-960-785-964 - الموصل')).toEqual([[25, 42, '+8779-960-785-964', '+9647859608779', 'IQ']]);
    expect(phones('nouri.hamdani@mail.example - 9647932889568+ - أبو أنس')).toEqual([[29, 43, '9647932889568+', '+9647932889568', 'IQ']]);
    // Left-to-right text is never reordered.
    expect(phones('Call 5841 737 0795 now')).toEqual([]);
  });

  it('finds the one phone in a real mailing-list signature and nothing else in 210 real messages', () => {
    const files = readdirSync(LKML);
    expect(files.length).toBe(210);
    const text = readFileSync(`${LKML}1382298793.002329:2,`, 'utf8');
    const found = phones(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.slice(2)).toEqual(['+42-0-721842854', '+420721842854', 'CZ']);
    expect(text.split('\n')[74]).toBe('w: www.monstr.eu p: +42-0-721842854');
    const all = files.flatMap((f) => phones(readFileSync(`${LKML}${f}`, 'utf8')).map((p) => p[3]));
    expect(all).toEqual(['+420721842854']);
  });
});
