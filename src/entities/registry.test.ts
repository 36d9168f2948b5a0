import { describe, expect, it } from 'vitest';
import { ENTITIES_VERSION, RECOGNISERS, recognise, resolveOverlaps } from './registry.js';
import type { Mention } from './types.js';

const m = (type: Mention['type'], start: number, end: number, text: string): Mention => ({ type, start, end, surface: text.slice(start, end), value: text.slice(start, end), recogniser: 't', confidence: 1 });

describe('resolveOverlaps', () => {
  it('keeps the more specific type of two overlapping mentions, and both of two that do not overlap', () => {
    const text = 'IBAN SY12 3456 7890 1234 5678 9012 and +964 770 123 4567';
    const iban = m('iban', 5, 34, text);
    const phoneInside = m('phone', 10, 24, text);
    const phone = m('phone', 39, 56, text);
    expect(resolveOverlaps([phoneInside, phone, iban])).toEqual([iban, phone]);
  });

  it('prefers the longer mention of two of equal rank, and drops same-span duplicates', () => {
    const text = 'Abu Hamza al-Iraqi';
    const long = m('person', 0, 18, text);
    expect(resolveOverlaps([m('person', 0, 9, text), long, { ...long }])).toEqual([long]);
    // A person's nisba is not also a country.
    expect(resolveOverlaps([m('country', 13, 18, text), long])).toEqual([long]);
  });
});

describe('recognise', () => {
  it('runs every registered recogniser over real-looking Arabic and English text, offsets into the exact text', () => {
    const text = 'من: الأخ أبو حمزة العراقي\nتم تحويل مبلغ ٥٠٠٠ دولار إلى الحساب SY21 0123 4567 8901 2345 6789 0123 بتاريخ 12 رمضان 1436 هـ.\nCall +964 770 123 4567.';
    const { mentions, errors } = recognise(text, { languages: ['ar', 'en'] });
    expect(errors).toEqual([]);
    for (const x of mentions) expect(text.slice(x.start, x.end)).toBe(x.surface);
    const types = new Set(mentions.map((x) => x.type));
    expect([...types]).toEqual(expect.arrayContaining(['person', 'money', 'date', 'phone']));
    expect(mentions.find((x) => x.type === 'money')?.value).toBe('5000 USD');
    expect(mentions.find((x) => x.type === 'date' && x.attrs?.calendar === 'hijri')?.value).toBe('2015-06-29');
  });

  it('reports a recogniser that throws and keeps the others', () => {
    const broken = { name: 'broken', version: 1, types: ['person'] as const, recognise: () => { throw new Error('boom'); } };
    const r = recognise('Call +964 770 123 4567', { languages: [] }, [broken, ...RECOGNISERS]);
    expect(r.errors).toEqual(['broken: boom']);
    expect(r.mentions.some((x) => x.type === 'phone')).toBe(true);
  });

  it('versions the stage by every recogniser', () => {
    expect(ENTITIES_VERSION.split(',')).toHaveLength(RECOGNISERS.length);
    expect(new Set(RECOGNISERS.map((r) => r.name)).size).toBe(RECOGNISERS.length);
  });
});
