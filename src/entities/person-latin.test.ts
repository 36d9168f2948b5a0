import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { personLatinRecogniser } from './person-latin.js';

const UN_LIST = '/work/shared/data/watchlists/un-consolidated-2018-excerpt.xml';
const LKML = '/work/shared/data/samples/email/lkml-maildir/cur/';

/** Names from the sanctions lists are quoted as real data; every other name below is fictional. */
function persons(text: string) {
  const mentions = personLatinRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface]);
}

function details(text: string) {
  return personLatinRecogniser.recognise(text, { languages: [] }).map((m) => m.attrs);
}

describe('person-latin: kunya and nisba', () => {
  it('reads Abu/Abou/Abū + name + nisba with the assimilated articles', () => {
    expect(persons('Un virement a été envoyé au frère Abou Talha el-Fallahi à Berlin.')).toEqual([[34, 55, 'Abou Talha el-Fallahi']]);
    expect(persons('Received from Abu Hamza ash-Shammari and Umm Bilal ad-Dulaimi')).toEqual([
      [14, 36, 'Abu Hamza ash-Shammari'],
      [41, 61, 'Umm Bilal ad-Dulaimi'],
    ]);
    expect(details('À : cheikh Abou al-Baraa Al Kubaisi')).toEqual([
      { parts: [{ role: 'kunya', text: 'Abou al-Baraa' }, { role: 'nisba', text: 'Al Kubaisi' }], honorific: 'cheikh' },
    ]);
  });

  it('reads scholarly transliteration with ʿ and ʾ', () => {
    expect(persons('Abū Ṭalḥa al-Fallāḥī and ʿAbd al-Karīm Qays al-Hītī met Abū al-Barāʾ.')).toEqual([
      [0, 20, 'Abū Ṭalḥa al-Fallāḥī'],
      [25, 51, 'ʿAbd al-Karīm Qays al-Hītī'],
      [56, 68, 'Abū al-Barāʾ'],
    ]);
  });

  it('follows a name wrapped onto the next line after Abu (UN consolidated list)', () => {
    const xml = readFileSync(UN_LIST, 'utf8');
    const text = xml.slice(xml.indexOf('Abu\n'), xml.indexOf('(QDi.058)'));
    expect(persons(text)).toEqual([[0, text.trimEnd().length, text.trimEnd()]]);
    expect(text.trimEnd()).toMatch(/^Abu\n +Bakr al-Jaziri$/);
  });
});

describe('person-latin: ism, nasab and ʿAbd compounds', () => {
  it('reads bin/ibn/ben/bint/bent chains and bare fathers’ names', () => {
    expect(persons('Roukaya bent Fayçal Al Jubouri et Nouri ibn Ahmad Zoba\'i')).toEqual([
      [0, 30, 'Roukaya bent Fayçal Al Jubouri'],
      [34, 56, "Nouri ibn Ahmad Zoba'i"],
    ]);
    expect(details('Bashir Adnan Baqari')).toEqual([
      { parts: [{ role: 'ism', text: 'Bashir' }, { role: 'nasab', text: 'Adnan' }, { role: 'nisba', text: 'Baqari' }] },
    ]);
  });

  it('reads the ʿAbd compounds in their spellings', () => {
    expect(persons('Abdel Rahman ben Smail Al Hiti; Abd Allah Saleh al-Rawi; Abdulkarim el-Joumaili')).toEqual([
      [0, 30, 'Abdel Rahman ben Smail Al Hiti'],
      [32, 55, 'Abd Allah Saleh al-Rawi'],
      [57, 79, 'Abdulkarim el-Joumaili'],
    ]);
  });

  it('quotes sanctions-list names (UN list aliases) and drops a possessive', () => {
    expect(persons('a.k.a. Abdul Qadir Haqqani')).toEqual([[7, 26, 'Abdul Qadir Haqqani']]);
    expect(persons("Sheikh Ayman al-Zawahiri's statement")).toEqual([[7, 24, 'Ayman al-Zawahiri']]);
    expect(details('Sheikh Ayman al-Zawahiri')[0]?.honorific).toBe('Sheikh');
  });

  it('knows spelling variants of a given name (Houssein, Djamel, Othmane)', () => {
    expect(persons('Houssein Djamel el-Obeidi, Othmane Slimane Al Qaissi')).toEqual([
      [0, 25, 'Houssein Djamel el-Obeidi'],
      [27, 52, 'Othmane Slimane Al Qaissi'],
    ]);
  });
});

describe('person-latin: cues for other names', () => {
  it('takes capitalised words after Mr/M./Dr and in a mail header display name', () => {
    expect(persons('Please call Mr John Smith today.')).toEqual([[15, 25, 'John Smith']]);
    expect(details('M. Jean Dupont')[0]?.honorific).toBe('M.');
    expect(persons('From: Jane Doe <jane@example.com>\nTo: Zakat Office <z@example.com>')).toEqual([[6, 14, 'Jane Doe']]);
  });

  it('finds the senders of a real mailing list and nothing in its licence boilerplate', () => {
    const texts = readdirSync(LKML).map((f) => readFileSync(LKML + f, 'utf8'));
    const found = new Set(texts.flatMap((t) => persons(t).map((p) => p[2])));
    expect(found).toContain('Joe Perches');
    expect(found).toContain('Jiri Kosina');
    expect(found).not.toContain('Public License');
    expect([...found].every((name) => typeof name === 'string' && /^\p{Lu}/u.test(name))).toBe(true);
  });
});

describe('person-latin: what is not a name', () => {
  it('does not read Hijri dates, titles alone, places or organisations', () => {
    expect(persons('Date: 1 Rabi al-Thani 1440H')).toEqual([]);
    expect(persons('General Administration\nReceipt notice')).toEqual([]);
    expect(persons('We meet in Abu Dhabi, then in Abou Kamal.')).toEqual([]);
    expect(persons('Abdallah Azzam Brigades')).toEqual([]);
    expect(persons('[12/06/2016, 12:18:32] Brothers: Messages and calls are end-to-end encrypted.')).toEqual([]);
  });

  it('does not take a lone given name or sentence-initial capitals', () => {
    expect(persons('Salah is at five. Said Hassan nothing.')).toEqual([[18, 29, 'Said Hassan']]);
    expect(persons('Please arrange the meeting. Peace be upon you.')).toEqual([]);
  });

  it('is named and versioned for the registry', () => {
    expect(personLatinRecogniser.name).toBe('person-latin');
    expect(personLatinRecogniser.version).toBe(1);
  });
});
