import { describe, expect, test } from 'vitest';
import { parseQuery } from './query.js';
import { highlight, snippets } from './snippet.js';

/** Snippets for a user query, as the search service calls them. */
const forQuery = (text: string, q: string, opts: { max?: number; context?: number } = {}) => {
  const p = parseQuery(q);
  return snippets(text, p.terms, p.phrases, { ...opts, prefixes: p.prefixes });
};

describe('snippets', () => {
  test('Arabic: highlights point into the exact text across normalisation', () => {
    const text = 'تقرير سري: وصل محمّد البغدادي إلى المطار يوم الخميس.';
    const [s] = forQuery(text, 'بغدادي محمد');
    expect(s).toBeDefined();
    expect(s!.highlights.map((h) => text.slice(h.start, h.end))).toEqual(['محمّد', 'البغدادي']);
    expect(highlight(s!)).toBe('تقرير سري: وصل [محمّد] [البغدادي] إلى المطار يوم الخميس.');
  });

  test('English stems, phrases and prefixes', () => {
    const text = 'Wire transfers were connected to Acme Holdings. The connection was denied by Acme Holdings Ltd.';
    const [s] = forQuery(text, 'connect "acme holding" trans*');
    expect(highlight(s!)).toBe('Wire [transfers] were [connected] to [Acme Holdings]. The [connection] was denied by [Acme Holdings] Ltd.');
  });

  test('windows do not cut words and keep absolute offsets', () => {
    const filler = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor. ';
    const text = `${filler.repeat(5)}The courier met Khalid in Aden. ${filler.repeat(5)}Khalid flew home.`;
    const found = forQuery(text, 'khalid', { context: 30 });
    expect(found).toHaveLength(2);
    for (const s of found) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.length).toBeLessThanOrEqual(30 * 2 + 'khalid'.length);
      expect(/\p{L}/u.test(text[s.start - 1] ?? ' ') && /\p{L}/u.test(text[s.start]!)).toBe(false);
      expect(/\p{L}/u.test(text[s.end] ?? ' ') && /\p{L}/u.test(text[s.end - 1]!)).toBe(false);
      expect(s.highlights.map((h) => text.slice(h.start, h.end))).toEqual(['Khalid']);
    }
    expect(found[1]!.end).toBe(text.length);
  });

  test('at most `max` windows, the ones with the most distinct terms', () => {
    const text = Array.from({ length: 10 }, (_, i) => (i === 6 ? 'gold and cash moved.' : 'cash moved.')).join(' '.repeat(100));
    const found = forQuery(text, 'cash gold', { max: 2, context: 20 });
    expect(found).toHaveLength(2);
    expect(found[1]!.text).toContain('gold and cash');
  });

  test('no terms or no hits: no snippets', () => {
    expect(snippets('some text', [], [])).toEqual([]);
    expect(forQuery('some text', 'absent')).toEqual([]);
  });
});
