import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildIndex, screen, screenName, type ScreenStats } from './screen.js';
import { parseOfacSdn } from './watchlists/ofac.js';
import { parseUnConsolidated } from './watchlists/un.js';

const DATA = fileURLToPath(new URL('../../../shared/data/watchlists/', import.meta.url));
const ofac = parseOfacSdn(readFileSync(`${DATA}ofac-sdn-2022/sdn.csv`, 'latin1'), readFileSync(`${DATA}ofac-sdn-2022/alt.csv`, 'latin1'));
const un = parseUnConsolidated(readFileSync(`${DATA}un-consolidated-2018-excerpt.xml`, 'utf8'));
const index = buildIndex([...un, ...ofac]);

const best = (name: string, kind?: 'person' | 'organisation'): { entryId: string; score: number; listName: string } | undefined =>
  screenName(name, index, 0.75, kind ? { kind } : {})[0];

describe('screening against the UN excerpt and the OFAC SDN list', () => {
  test('the index holds primary and good aliases, not weak ones', () => {
    const weak = ofac.reduce((n, e) => n + e.names.filter((x) => x.kind === 'weak-aka').length, 0);
    const all = [...un, ...ofac].reduce((n, e) => n + e.names.length, 0);
    expect(index.names.length).toBeGreaterThan(all - weak - 50);
    expect(index.names.length).toBeLessThanOrEqual(all - weak);
    expect(buildIndex(un, { includeWeak: true }).names.length).toBe(buildIndex(un).names.length); // the excerpt has no Low aliases
  });

  test('an Arabic-script name finds its UN entry (and the same man on the OFAC list)', () => {
    const hits = screen([{ id: 'doc-1', names: ['عبد العزيز عباسين'] }], index, 0.8);
    expect(hits[0]).toMatchObject({ entityId: 'doc-1', entryId: 'TAi.155', list: 'UN' });
    expect(hits.map((h) => h.entryId)).toContain('12924'); // OFAC: ABBASIN, Abdul Aziz
  });

  test('Latin and Arabic spellings of listed names find their OFAC entries', () => {
    expect(best('Abu Bakr al-Baghdadi al-Husseini')!.entryId).toBe('12926');
    expect(best('أبو بكر البغدادي')!.entryId).toBe('12926');
    expect(best('أيمن الظواهري')!.entryId).toBe('2676');
    expect(best('أسامة بن لادن', 'person')!.entryId).toBe('6365');
    expect(best('Mulla Baradar Akhund')!.entryId).toBe('TAi.024');
  });

  test('hits carry the matched pair and an explanation', () => {
    const [h] = screen([{ id: 'x', names: ['Ayman al-Zawahiri'] }], index, 0.8);
    expect(h!.matchedPair).toEqual(['Ayman al-Zawahiri', 'AL ZAWAHIRI, Dr. Ayman']);
    expect(h!.explanation).toMatch(/^1\.00: ism 'Ayman'~'Ayman' exact/);
    expect(h!.ambiguous).toBe(false);
  });

  test('an entity kind restricts the entries screened', () => {
    expect(best('Hizballah', 'organisation')!.entryId).toBe('4697');
    expect(best('Hizballah', 'person')).toBeUndefined();
  });

  test('a bare kunya hits nothing at a clustering threshold; the blocking keeps comparisons few', () => {
    const stats: ScreenStats = { queries: 0, compared: 0 };
    const hits = screen(
      [
        { id: 'k', names: ['Abu Muhammad', 'أبو محمد'] },
        { id: 'n', names: ['Nabil ibn Bashir al-Shammari', 'نبيل بن بشير الشمري'] },
      ],
      index,
      0.75,
      { stats },
    );
    expect(hits).toEqual([]);
    expect(stats.queries).toBe(4);
    expect(stats.compared / stats.queries).toBeLessThanOrEqual(20);
  });
});

describe('a partner’s short list', () => {
  const entry = (id: string, name: string) => ({ id, list: 'PARTNER', kind: 'person' as const, names: [{ name, script: 'latn' as const, kind: 'primary' as const }], programmes: [] });
  const small = buildIndex([entry('1', 'Abu Sohaib al-Hadithi'), entry('2', 'Ri Won Ho')]);

  test('an exact name on a two-name list is a hit, and so is its Arabic spelling', () => {
    // With the list's own frequencies every token is in half of it, and the exact name scored 0.75.
    expect(screenName('Abu Sohaib al-Hadithi', small, 0.8)[0]).toMatchObject({ entryId: '1', score: 1 });
    expect(screenName('أبو صهيب الحديثي', small, 0.8)[0]?.score).toBeGreaterThan(0.9);
  });

  test('another man of the same kunya, or a name sharing one token, is not', () => {
    expect(screenName('Abu Sohaib al-Ani', small, 0.8)).toEqual([]);
    expect(screenName('Abu Bakr al-Hadithi', small, 0.8)).toEqual([]);
    expect(screenName('Ri Chol Su', small, 0.8)).toEqual([]);
  });
});
