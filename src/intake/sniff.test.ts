/** Media types from bytes: text formats told apart by their first lines, binary ones by magic numbers. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { MIME, sniff } from './sniff.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('sniff', () => {
  it('tells text formats apart by their content, not their names', async () => {
    expect(await sniff(enc('From a@b.example Sun Feb  1 09:38:50 2015\nFrom: a@b.example\nSubject: x\n\nbody\n'), 'x.txt')).toBe(MIME.mbox);
    expect(await sniff(enc('From: a@b.example\nTo: c@d.example\nSubject: hi\n\nbody\n'), 'noext')).toBe(MIME.eml);
    expect(await sniff(enc('<!DOCTYPE html><html><body>x</body></html>'), 'a.txt')).toBe(MIME.html);
    expect(await sniff(enc('{"name":"x","messages":[{"date":"2016-01-01T00:00:00","text":"hi"}]}'), 'result.json')).toBe(MIME.telegram);
    expect(await sniff(enc('05/01/2016, 09:30 - Abu Hamza: hello\n05/01/2016, 09:31 - Umm Ali: hi\n'), '_chat.txt')).toBe(MIME.whatsapp);
    expect(await sniff(enc('[05/01/2016, 09:30:00] Abu Hamza: hello\n'), '_chat.txt')).toBe(MIME.whatsapp);
    expect(await sniff(enc('date,amount,currency\n2016-01-01,500,USD\n2016-01-02,700,USD\n'), 'ledger.csv')).toBe(MIME.csv);
    expect(await sniff(enc('[General]\nkey=value\n'), 'config.ini')).toBe(MIME.text);
    expect(await sniff(enc('[1, 2, 3]'), 'a.json')).toBe(MIME.json);
    expect(await sniff(enc('just some notes\nand more\n'), 'notes.txt')).toBe(MIME.text);
  });

  it('recognises UTF-16 Arabic text with and without a byte-order mark, and windows-1256', async () => {
    const text = 'بسم الله الرحمن الرحيم\r\nاستلمنا مبلغ ٥٠٠٠ دولار من الأخ أبو حمزة\r\n'.repeat(5);
    expect(await sniff(iconv.encode(text, 'utf-16le'), 'a.txt')).toBe(MIME.text);
    expect(await sniff(iconv.encode(text, 'utf-16be'), 'a.txt')).toBe(MIME.text);
    expect(await sniff(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'a.txt')).toBe(MIME.text);
    expect(await sniff(iconv.encode(text.replace(/[٠-٩]/g, '5'), 'windows-1256'), 'a.txt')).toBe(MIME.text);
  });

  it('uses magic numbers for binary formats and calls the rest binary', async () => {
    expect(await sniff(enc('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), 'x.txt')).toBe('application/pdf');
    expect(await sniff(enc('!BDN....'), 'x')).toBe(MIME.pst);
    expect(await sniff(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]), 'a.dll')).not.toMatch(/^text\//);
    expect(await sniff(new Uint8Array(4096), 'zeros.img')).toBe(MIME.binary);
    expect(await sniff(new Uint8Array(0), 'empty')).toBe(MIME.empty);
  });
});
