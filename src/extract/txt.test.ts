import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { extractTxt, firstLine } from './txt.js';
import { DEFAULT_LIMITS } from './types.js';

const input = (bytes: Uint8Array) => ({ bytes, name: 'note.txt', mime: 'text/plain', limits: DEFAULT_LIMITS });

describe('extractTxt', () => {
  test('windows-1256 with CRLF: text kept exactly, title from the first non-empty line', async () => {
    const text = '\r\n  محضر اجتماع  \r\nحضر الاجتماع السيد خالد العمري.\r\n';
    const r = await extractTxt(input(new Uint8Array(iconv.encode(text, 'windows-1256'))));
    expect(r).toEqual({ text, title: 'محضر اجتماع', metadata: { encoding: 'windows-1256' }, method: 'text-layer' });
  });

  test('UTF-16LE with BOM', async () => {
    const text = 'Meeting notes\nParis, 3 mai';
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    const r = await extractTxt(input(bytes));
    expect(r.text).toBe(text);
    expect(r.metadata).toEqual({ encoding: 'utf-16le', bom: true });
  });

  test('empty file: no title', async () => {
    const r = await extractTxt(input(new Uint8Array()));
    expect(r).toEqual({ text: '', metadata: { encoding: 'utf-8' }, method: 'text-layer' });
  });
});

describe('firstLine', () => {
  test('cut to 120 characters', () => {
    expect(firstLine(`   \n${'x'.repeat(200)}\nsecond`)).toBe('x'.repeat(120));
    expect(firstLine(' \r\n\t')).toBeUndefined();
  });
});
