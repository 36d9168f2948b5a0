import { describe, expect, test } from 'vitest';
import { parsePlainWatchlist } from './plain.js';

describe('plain watchlists', () => {
  test('CSV with a header: name, aliases, type, and the rest by header name', () => {
    const csv = [
      'ID,Full Name,Aliases,Type,Program,DOB,Nationality,Notes',
      'W1,Abu Khattab al-Jubouri,"أبو خطاب الجبوري; Abou Khattab el-Jbouri",individual,LOCAL-1,1980,IQ,seen in Mosul',
      'W2,Balqa Terrace Bank,,company,LOCAL-2,,,',
      ',,,,,,,',
    ].join('\n');
    const entries = parsePlainWatchlist(csv, { list: 'case-list' });
    expect(entries.length).toBe(2);
    expect(entries[0]).toEqual({
      id: 'W1',
      list: 'case-list',
      kind: 'person',
      names: [
        { name: 'Abu Khattab al-Jubouri', script: 'latn', kind: 'primary' },
        { name: 'أبو خطاب الجبوري', script: 'ar', kind: 'aka' },
        { name: 'Abou Khattab el-Jbouri', script: 'latn', kind: 'aka' },
      ],
      programmes: ['LOCAL-1'],
      nationality: ['IQ'],
      datesOfBirth: ['1980'],
      remarks: 'seen in Mosul',
    });
    expect(entries[1]!.kind).toBe('organisation');
  });

  test('JSON array, aliases as an array; ids default to the position', () => {
    const entries = parsePlainWatchlist(JSON.stringify([{ name: 'Hisham al-Shammari', aliases: ['هشام الشمري'], weak_aliases: 'Abu Khattab' }]));
    expect(entries[0]!.id).toBe('1');
    expect(entries[0]!.names.map((n) => `${n.kind}:${n.name}`)).toEqual(['primary:Hisham al-Shammari', 'aka:هشام الشمري', 'weak-aka:Abu Khattab']);
  });

  test('a CSV without a name column is refused', () => {
    expect(() => parsePlainWatchlist('id,phone\n1,+964')).toThrow(/no name column/);
  });
});
