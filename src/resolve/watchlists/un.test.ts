import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseUnConsolidated } from './un.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const entries = parseUnConsolidated(readFileSync(`${DATA}watchlists/un-consolidated-2018-excerpt.xml`, 'utf8'));

describe('UN consolidated list (2018 excerpt, official XML layout)', () => {
  test('13 entries: 10 individuals, 3 entities', () => {
    expect(entries.length).toBe(13);
    expect(entries.filter((e) => e.kind === 'person').length).toBe(10);
    expect(entries.filter((e) => e.kind === 'organisation').length).toBe(3);
    expect(entries.every((e) => e.list === 'UN')).toBe(true);
  });

  test('TAi.155: Latin name, original-script Arabic name, a good alias, year of birth', () => {
    const e = entries.find((x) => x.id === 'TAi.155')!;
    expect(e.names).toEqual([
      { name: 'ABDUL AZIZ ABBASIN', script: 'latn', kind: 'primary' },
      { name: 'عبد العزيز عباسین', script: 'ar', kind: 'primary', note: 'original script' },
      { name: 'Abdul Aziz Mahsud', script: 'latn', kind: 'aka' },
    ]);
    expect(e.programmes).toEqual(['Taliban']);
    expect(e.datesOfBirth).toEqual(['1969']);
    expect(e.remarks).toMatch(/^Key commander in the Haqqani Network/);
  });

  test('names join FIRST..FOURTH_NAME with whitespace cleaned; exact and approximate dates; nationality', () => {
    const ri = entries.find((x) => x.id === 'KPi.033')!;
    expect(ri.names[0]!.name).toBe('RI WON HO');
    expect(ri.datesOfBirth).toEqual(['1964-07-17']);
    expect(ri.nationality).toEqual(["Democratic People's Republic of Korea"]);
    const baradar = entries.find((x) => x.id === 'TAi.024')!;
    expect(baradar.names[0]!.name).toBe('ABDUL GHANI BARADAR ABDUL AHMAD TURK');
    expect(baradar.datesOfBirth).toEqual(['1968~']);
    expect(baradar.names.find((n) => n.name === 'Abdul Ghani Baradar')!.note).toBe('previously listed as');
  });

  test('entities and their a.k.a. aliases; empty aliases skipped', () => {
    const aab = entries.find((x) => x.id === 'QDe.144')!;
    expect(aab.kind).toBe('organisation');
    expect(aab.names.map((n) => n.name)).toEqual([
      'ABDALLAH AZZAM BRIGADES (AAB)',
      'Abdullah Azzam Brigades',
      'Ziyad al-Jarrah Battalions of the Abdallah Azzam Brigades',
      "Yusuf al-'Uyayri Battalions of the Abdallah Azzam Brigades",
    ]);
    expect(entries.find((x) => x.id === 'KPi.035')!.names.length).toBe(1);
  });

  test('a DOCTYPE is dropped unread: no external entity, no expansion', () => {
    expect(parseUnConsolidated(readFileSync(`${DATA}samples/hostile/testXXE.xml`, 'utf8'))).toEqual([]);
    const hostile = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd"><!ENTITY b "BOOM">]>
      <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER>
      <FIRST_NAME>&e;&b; O&apos;NEIL &#x41;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
    const [e] = parseUnConsolidated(hostile);
    expect(e!.names[0]!.name).toBe("&e;&b; O'NEIL A");
  });
});
