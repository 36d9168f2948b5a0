import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compareNames, compareWords, nameParts, parseName } from './names.js';
import { parseUnConsolidated } from './watchlists/un.js';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const un = parseUnConsolidated(readFileSync(`${DATA}watchlists/un-consolidated-2018-excerpt.xml`, 'utf8'));

const roles = (name: string): string[] => parseName(name).tokens.map((t) => `${t.role}:${t.text}`);

describe('parseName', () => {
  test('kunya, ism, nasab, nisba in Arabic script and in Latin', () => {
    expect(roles('أبو خطاب هشام بن عبد الرحمن الشمري')).toEqual(['kunya:أبو خطاب', 'ism:هشام', 'nasab:بن عبد الرحمن', 'nisba:الشمري']);
    expect(roles('Abou Khattab Hisham ibn Abdul Rahman ash-Shammari')).toEqual([
      'kunya:Abou Khattab', 'ism:Hisham', 'nasab:ibn Abdul Rahman', 'nisba:ash Shammari',
    ]);
  });
  test('a nasab chain without bin, and an epithet', () => {
    expect(roles('Hisham Abdul Rahman Shamari')).toEqual(['ism:Hisham', 'nasab:Abdul Rahman', 'family:Shamari']);
    expect(roles('Abu Anas al-Tawil')).toEqual(['kunya:Abu Anas', 'laqab:al Tawil']);
  });
  test('OFAC list order is turned round, and a dangling marker joins the surname', () => {
    expect(roles('AL-BAGHDADI, Abu Bakr al-Husayni')).toEqual(['kunya:Abu Bakr', 'nisba:al Husayni', 'nisba:AL BAGHDADI']);
    expect(roles('MARZUK, Musa Abu')).toEqual(['ism:Musa', 'kunya:Abu MARZUK']);
    expect(roles('RODRIGUEZ OREJUELA, Gilberto Jose')).toEqual(['given:Gilberto', 'given:Jose', 'family:RODRIGUEZ', 'family:OREJUELA']);
  });
  test('honorifics are kept apart; a kunya alone is flagged', () => {
    const p = parseName('Sheikh Abu Muhammad');
    expect(p.honorifics).toEqual(['Sheikh']);
    expect(p.kunyaOnly).toBe(true);
    expect(nameParts(parseName('Abu Hamza al-Kubaisi'))).toEqual([
      { role: 'kunya', text: 'Abu Hamza' },
      { role: 'nisba', text: 'al Kubaisi' },
    ]);
  });
});

describe('compareNames on the UN list: original script against the Latin listing of the same entry', () => {
  const byRef = new Map(un.map((e) => [e.id, e]));
  test.each(['TAi.155', 'TAi.121', 'TAi.024', 'TAi.128'])('%s', (ref) => {
    const e = byRef.get(ref)!;
    const arabic = e.names.find((n) => n.script === 'ar')!.name;
    const latin = e.names.find((n) => n.kind === 'primary' && n.script === 'latn')!.name;
    const c = compareNames(arabic, latin);
    expect(c.score, c.explanation).toBeGreaterThanOrEqual(0.9);
    expect(c.ambiguous).toBe(false);
  });
  test('the Arabic name of one entry against the Latin name of another scores low', () => {
    const a = byRef.get('TAi.155')!.names.find((n) => n.script === 'ar')!.name; // عبد العزيز عباسین
    const b = byRef.get('TAi.128')!.names[0]!.name; // ABDUL QADEER BASIR ABDUL BASEER
    expect(compareNames(a, b).score).toBeLessThan(0.5);
  });
  test('pairs say how each token matched', () => {
    const c = compareNames('عبد العزيز عباسین', 'ABDUL AZIZ ABBASIN');
    expect(c.pairs.map((p) => p.type)).toEqual(['transliteration', 'transliteration']);
    expect(c.explanation).toMatch(/^0\.9\d: ism 'عبد العزيز'~'ABDUL AZIZ' transliteration/);
  });
});

describe('compareNames behaviour', () => {
  test('transliteration variants of one person, in either order', () => {
    for (const [a, b] of [
      ['Abu Khattab al-Jubouri', 'أبو خطاب الجبوري'],
      ['Ruqaya bint Dhahir Al Karbuli', 'Roukaya bent Zaher el-Karbouli'],
      ['AL-BAGHDADI, Abu Bakr', 'Abu Bakr al-Baghdadi'],
      ['QADHAFI, Mohammed Muammar', 'Mohamed Muammar al-Gaddafi'],
      ['Othman bin Jasim al-Hiti', 'Osman Jassim al-Heeti'],
    ]) {
      const c = compareNames(a!, b!);
      expect(c.score, c.explanation).toBeGreaterThanOrEqual(0.85);
    }
  });
  test('a dropped nasab costs little; a different given name costs much', () => {
    expect(compareNames('Hassan al-Raqawi', 'Hassan bin Othman al-Raqawi').score).toBeGreaterThan(0.9);
    const c = compareNames('Hassan al-Raqawi', 'Hussein al-Raqawi');
    expect(c.score).toBeLessThan(0.65);
    expect(c.pairs.filter((p) => p.conflict).map((p) => p.a ?? p.b)).toEqual(['Hassan', 'Hussein']);
  });
  test('names that Latin spelling cannot tell apart but the given-name lexicon can', () => {
    expect(compareNames('Muhammad al-Baghdadi', 'Mahmoud al-Baghdadi').score).toBeLessThan(0.65);
    expect(compareNames('محمد الشمري', 'Mahmoud al-Shammari').score).toBeLessThan(0.65);
    expect(compareNames('Jamal Ahmed Kurdi', 'Jamil Ahmed Kurdi').score).toBeLessThan(0.65);
    expect(compareWords('Hasan', 'Hussein').score).toBeLessThan(0.6);
    expect(compareWords('Hussein', 'حسين').type).toBe('transliteration');
  });
  test('father and son, brothers: the ism decides', () => {
    expect(compareNames('QADHAFI, Mohammed Muammar', 'Muammar Muhammad al-Gaddafi').score).toBeLessThan(0.8);
    expect(compareNames('Hamid al-Ali', 'Hamad Hamid al-Ali').score).toBeLessThan(0.7);
    expect(compareNames('صالح الخزرجي', 'عمر بن صالح الخزرجي').score).toBeLessThan(0.75);
    expect(compareNames('Omar Sabawi Ibrahim al-Tikriti', 'Ayman Sabawi Ibrahim al-Tikriti').score).toBeLessThan(0.7);
  });
  test('a kunya alone is weak evidence, whoever it is compared with', () => {
    const same = compareNames('Abu Muhammad', 'أبو محمد');
    expect(same.ambiguous).toBe(true);
    expect(same.score).toBeLessThanOrEqual(0.5);
    const c = compareNames('Abu Muhammad', 'Abu Muhammad al-Adnani');
    expect(c.ambiguous).toBe(true);
    expect(c.score).toBeLessThanOrEqual(0.5);
    expect(c.explanation).toContain('kunya only');
  });
  test('agreement on one token, or only on very common names, is weak evidence', () => {
    const one = compareNames('Abu Khattab al-Jubouri', 'Shaker al-Jubouri');
    expect(one.ambiguous).toBe(true);
    expect(one.score).toBeLessThanOrEqual(0.6);
    const common = compareNames('Muhammad Ali', 'Mohamed Ali');
    expect(common.ambiguous).toBe(true);
    expect(common.score).toBeLessThanOrEqual(0.75);
  });
  test('Umm and Abu are different kunyas', () => {
    expect(compareNames('Umm Muadh al-Karbuli', 'Abu Muadh al-Karbuli').score).toBeLessThan(0.6);
  });
  test('initials, merged tokens and crossed order', () => {
    expect(compareNames('AHMED, Abubakary K.', 'Abubakary Khalfan Ahmed').pairs.some((p) => p.type === 'initial')).toBe(true);
    expect(compareNames('عزیز الرحمان عبد الاحد', 'AZIZIRAHMAN ABDUL AHAD').score).toBeGreaterThan(0.9);
    const crossed = compareNames('Ali Hassan Kubaisi', 'Hassan Ali Kubaisi');
    expect(crossed.explanation).toContain('order crossed');
    expect(crossed.score).toBeLessThan(compareNames('Ali Hassan Kubaisi', 'Ali Hasan Kubaisi').score);
  });
  test('organisations: legal forms are ignored, distinct words conflict', () => {
    const o = { kind: 'organisation' as const };
    expect(compareNames(parseName('AL-HARAMAIN ISLAMIC FOUNDATION', o), parseName('Al Haramain Islamic Foundation Inc.', o)).score).toBeGreaterThan(0.95);
    expect(compareNames(parseName('BANCO NACIONAL DE CUBA', o), parseName('BANCO NACIONAL DE VENEZUELA', o)).score).toBeLessThan(0.8);
  });
});
