import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseOfacSdn } from './ofac.js';

const DIR = fileURLToPath(new URL('../../../../shared/data/watchlists/ofac-sdn-2022/', import.meta.url));
const entries = parseOfacSdn(readFileSync(`${DIR}sdn.csv`, 'latin1'), readFileSync(`${DIR}alt.csv`, 'latin1'));
const byId = new Map(entries.map((e) => [e.id, e]));

describe('OFAC SDN legacy CSV (about 2022)', () => {
  test('9,044 entries: individuals, entities, vessels and aircraft', () => {
    expect(entries.length).toBe(9044);
    const count = (k: string): number => entries.filter((e) => e.kind === k).length;
    expect(count('person')).toBe(4643);
    expect(count('organisation')).toBe(3701);
    expect(entries.filter((e) => e.subtype === 'vessel').length).toBe(420);
    expect(entries.filter((e) => e.subtype === 'aircraft').length).toBe(280);
  });

  test('every alt.csv alias lands on its entry', () => {
    const akas = entries.reduce((n, e) => n + e.names.filter((x) => x.kind === 'aka').length, 0);
    expect(akas).toBe(12409);
  });

  test('entry 12926: primary name, good aliases from alt.csv, weak aliases from the remarks, DOB', () => {
    const e = byId.get('12926')!;
    expect(e.kind).toBe('person');
    expect(e.names[0]).toEqual({ name: "AL-BADRI, Dr. Ibrahim 'Awwad Ibrahim 'Ali", script: 'latn', kind: 'primary' });
    expect(e.names.filter((n) => n.kind === 'weak-aka').map((n) => n.name)).toEqual(["ABU DU'A", 'DR. IBRAHIM', 'ABU BAKR AL-BAGHDADI']);
    expect(e.names.filter((n) => n.kind === 'aka').map((n) => n.name)).toContain('AL-BAGHDADI, Abu Bakr al-Husayni');
    expect(e.programmes).toEqual(['SDGT']);
    expect(e.datesOfBirth).toEqual(['1971']);
  });

  test('quoted weak aliases keep inner apostrophes; programmes split; fka noted', () => {
    expect(byId.get('3754')!.names.find((n) => n.kind === 'weak-aka')!.name).toBe("ABU-'UMAR");
    expect(byId.get('2686')!.programmes).toEqual(['SDGT', 'SYRIA']);
    expect(byId.get('2686')!.datesOfBirth).toEqual(['1960-08-31', '1953-08-31', '1955-08-31', '1958-08-31']);
    const fka = entries.flatMap((e) => e.names).filter((n) => n.note?.startsWith('fka'));
    expect(fka.length).toBe(354);
  });

  test('remarks give nationality; "-0-" fields are empty', () => {
    expect(byId.get('34111')!.nationality).toEqual(['Nicaragua']);
    expect(byId.get('36')!.remarks).toBeUndefined();
    expect(byId.get('36')!.kind).toBe('organisation');
  });

  test('circa and ranges become EDTF', () => {
    const all = entries.flatMap((e) => e.datesOfBirth ?? []);
    expect(all).toContain('1951~');
    expect(all.some((d) => /^\d{4}\/\d{4}$/.test(d))).toBe(true);
    expect(all.some((d) => /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });
});
