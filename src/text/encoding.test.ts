import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeText, sniffHtmlCharset } from './encoding.js';

const SAMPLE = '/work/shared/data/samples/formats/testArabicMisleadingCharset.html';
const ARABIC = 'في قرية من القرى كان هناك رجل حكيم يعرف كل شيء عن الحياة، وكان يعلم الناس كيف يعيشون بسلام.';
const ENGLISH = 'The shipment left the port of Aden on the third of May and reached Djibouti two days later.';
const FRENCH = "L'été dernier, nous sommes allés à la plage près de Nice. C'était très agréable, même s'il pleuvait.";

const enc = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));
const bytes = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('BOMs and UTF-16', () => {
  test.each([
    ['utf-8', [0xef, 0xbb, 0xbf]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const)('%s with BOM: detected and stripped', (encoding, bom) => {
    const r = decodeText(bytes(new Uint8Array(bom), enc(ARABIC, encoding)));
    expect(r).toEqual({ text: ARABIC, encoding, bom: true });
  });

  test.each(['utf-16le', 'utf-16be'])('%s without BOM, English and Arabic', (encoding) => {
    for (const text of [ENGLISH, ARABIC, `${ARABIC}\r\n${ENGLISH}`]) {
      expect(decodeText(enc(text, encoding))).toEqual({ text, encoding, bom: false });
    }
  });
});

describe('UTF-8 and legacy code pages', () => {
  test('valid UTF-8 is UTF-8', () => {
    expect(decodeText(enc(ARABIC, 'utf-8'))).toEqual({ text: ARABIC, encoding: 'utf-8', bom: false });
    expect(decodeText(enc(FRENCH, 'utf-8')).encoding).toBe('utf-8');
  });

  test('Arabic in windows-1256', () => {
    const r = decodeText(enc(ARABIC, 'windows-1256'));
    expect(r).toEqual({ text: ARABIC, encoding: 'windows-1256', bom: false });
  });

  test('Arabic in ISO-8859-6', () => {
    const text = 'في قرية من القرى كان هناك رجل حكيم يعرف كل شيء عن الحياة وكان يعلم الناس كيف يعيشون بسلام';
    expect(decodeText(enc(text, 'iso-8859-6'))).toEqual({ text, encoding: 'iso-8859-6', bom: false });
  });

  test('Arabic with harakat in ISO-8859-6 and in windows-1256', () => {
    const text = 'بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ، الْحَمْدُ لِلَّهِ رَبِّ الْعَالَمِينَ';
    expect(decodeText(enc(text, 'iso-8859-6')).encoding).toBe('iso-8859-6');
    expect(decodeText(enc(text, 'windows-1256')).encoding).toBe('windows-1256');
  });

  test.each(['محمد بن سلمان', 'شركة النور للتجارة', 'علي', 'تحويل مبلغ 5000 دولار إلى حساب في دبي', 'الاسم: خالد'])(
    'short Arabic in windows-1256: %s',
    (text) => {
      expect(decodeText(enc(text, 'windows-1256'))).toMatchObject({ text, encoding: 'windows-1256' });
    },
  );

  test.each(['شركة النور للتجارة', 'الكلمة', 'والمال في البنك'])('short Arabic in ISO-8859-6: %s', (text) => {
    expect(decodeText(enc(text, 'iso-8859-6'))).toMatchObject({ text, encoding: 'iso-8859-6' });
  });

  test('Arabic with English in windows-1256', () => {
    const text = `Invoice No. 4471\r\nالمبلغ: 12,500 USD\r\nالمستفيد: شركة الفجر`;
    expect(decodeText(enc(text, 'windows-1256'))).toMatchObject({ text, encoding: 'windows-1256' });
  });

  test('French in windows-1252', () => {
    const r = decodeText(enc(`${FRENCH} ÉCOLE, œuvre, garçon, naïve.`, 'windows-1252'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('ÉCOLE, œuvre');
  });

  test('empty and ASCII input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
    expect(decodeText(enc(ENGLISH, 'ascii')).encoding).toBe('utf-8');
  });
});

describe('declared charsets are checked', () => {
  test('the sample page claims UTF-8 but is windows-1256', () => {
    const page = new Uint8Array(readFileSync(SAMPLE));
    const declared = sniffHtmlCharset(page);
    expect(declared).toBe('utf-8');
    const r = decodeText(page, { declared });
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).toContain('اللغة العربية هي واحدة من أكثر اللغات انتشارا في العالم');
    expect(r.text).not.toContain('\uFFFD');
  });

  test('a true declaration is honoured', () => {
    expect(decodeText(enc(ARABIC, 'windows-1256'), { declared: 'windows-1256' }).encoding).toBe('windows-1256');
    expect(decodeText(enc(FRENCH, 'latin1'), { declared: 'ISO-8859-1' }).encoding).toBe('windows-1252');
    expect(decodeText(enc(ENGLISH, 'ascii'), { declared: 'us-ascii' }).encoding).toBe('windows-1252');
    expect(decodeText(enc(ARABIC, 'utf-8'), { declared: 'UTF8' }).encoding).toBe('utf-8');
  });

  test('a declaration the bytes contradict is ignored', () => {
    expect(decodeText(enc(ARABIC, 'windows-1256'), { declared: 'windows-1252' })).toMatchObject({ text: ARABIC, encoding: 'windows-1256' });
    expect(decodeText(enc(ARABIC, 'windows-1256'), { declared: 'iso-8859-6' }).encoding).toBe('windows-1256');
    expect(decodeText(enc(ARABIC, 'utf-8'), { declared: 'windows-1256' }).encoding).toBe('utf-8');
    expect(decodeText(enc(ENGLISH, 'utf-8'), { declared: 'no-such-charset' }).encoding).toBe('utf-8');
  });
});

describe('sniffHtmlCharset', () => {
  const sniff = (s: string) => sniffHtmlCharset(new TextEncoder().encode(s));
  test('meta charset, http-equiv, XML declaration, none', () => {
    expect(sniff('<html><head><meta charset="Windows-1256"></head>')).toBe('windows-1256');
    expect(sniff("<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-6'>")).toBe('iso-8859-6');
    expect(sniff('<?xml version="1.0" encoding="UTF-8"?><html/>')).toBe('utf-8');
    expect(sniff('<meta name="description" content="charset=foo"><p>hi</p>')).toBeUndefined();
    expect(sniff(`${' '.repeat(3000)}<meta charset="utf-8">`)).toBeUndefined();
  });
});
