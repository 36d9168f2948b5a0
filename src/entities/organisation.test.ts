import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { organisationRecogniser } from './organisation.js';

const UN_LIST = '/work/shared/data/watchlists/un-consolidated-2018-excerpt.xml';

function organisations(text: string) {
  const mentions = organisationRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value]);
}

describe('organisation: Arabic', () => {
  it('reads a head noun and its idafa chain, through a proclitic', () => {
    expect(organisations('أرسل ديوان الزكاة إلى مكتب شؤون الأفراد وديوان المالية')).toEqual([
      [5, 17, 'ديوان الزكاة', 'ديوان الزكاه'],
      [22, 39, 'مكتب شؤون الأفراد', 'مكتب شؤون الافراد'],
      [41, 54, 'ديوان المالية', 'ديوان الماليه'],
    ]);
  });

  it('stops at a preposition and needs a definite complement', () => {
    expect(organisations('مصرف الرافدين في بغداد')).toEqual([[0, 13, 'مصرف الرافدين', 'مصرف الرافدين']]);
    expect(organisations('في مكتب جديد')).toEqual([]);
    expect(organisations('دار الحديث بيت كبير')).toEqual([[0, 10, 'دار الحديث', 'دار الحديث']]);
  });
});

describe('organisation: English and French', () => {
  it('reads capitalised runs closed by a cue word (UN consolidated list)', () => {
    const xml = readFileSync(UN_LIST, 'utf8');
    const comment = 'Kim Chol Sam is a representative for Daedong Credit Bank (DCB)';
    expect(xml).toContain(comment);
    expect(organisations(comment)).toEqual([[37, 56, 'Daedong Credit Bank', 'Daedong Credit Bank']]);
    expect(organisations('Ziyad al-Jarrah Battalions of the Abdallah Azzam Brigades')).toEqual([
      [0, 26, 'Ziyad al-Jarrah Battalions', 'Ziyad al-Jarrah Battalions'],
      [34, 57, 'Abdallah Azzam Brigades', 'Abdallah Azzam Brigades'],
    ]);
  });

  it('reads heads with a complement, French in lower case, and known networks', () => {
    expect(organisations('Bureau des relations publiques')).toEqual([[0, 30, 'Bureau des relations publiques', 'Bureau des relations publiques']]);
    expect(organisations('sent by Western Union to the Ministry of Interior')).toEqual([
      [8, 21, 'Western Union', 'Western Union'],
      [29, 49, 'Ministry of Interior', 'Ministry of Interior'],
    ]);
  });

  it('does not take a lone cue word, a log level or a sentence-initial word', () => {
    expect(organisations('The Office is closed.')).toEqual([]);
    expect(organisations('2015-11-02 15:58:34 [9723] WARN  Network: connection timed out')).toEqual([]);
  });

  it('is named and versioned for the registry', () => {
    expect(organisationRecogniser.name).toBe('organisation');
    expect(organisationRecogniser.version).toBe(1);
  });
});
