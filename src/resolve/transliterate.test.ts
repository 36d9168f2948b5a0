import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { arabicPhonetic, foldArabic, nameKey, segmentName, skeletonOf, transliterationKey, wordPhonetic } from './transliterate.js';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

describe('one key for the spellings of one name', () => {
  test.each([
    // article variants, ou/u, doubled letters, kh/h, sh/ch
    [['أبو خطاب الشمري', 'Abou Khattab ash-Shammari', 'Abu Khatab Al Shemmari', 'Abū Khaṭṭāb al-Shammarī'], 'abu:HTB XMR'],
    // ibn/bin/ben/bint → nasab, q/k/g, dh/z, ta marbuta
    [['رقية بنت ظاهر الكربولي', 'Roukaya bent Zaher el-Karbouli', 'Ruqaya bint Dhahir Al Karbuli'], 'RK bin:DHR KRBL'],
    [['عبد الكريم بن قيس الهيتي', 'Abdel Karim ben Kais el-Hiti', 'Abd al-Karim bin Qays al-Hiti'], 'BDKRM bin:KS HT'],
    // Abd compounds: Abdul X, Abdel X, Abd al-X, Abderrahmane, عبدالرحمن
    [['عبد الرحمن', 'عبدالرحمن', 'Abdul Rahman', 'Abd al-Rahman', 'Abderrahmane', 'Abdurrahman', 'Abdel Rahman'], 'BDRHMN'],
    [['عبد الله', 'Abdullah', 'Abdallah', 'Abd Allah', 'Abdulla'], 'BDL'],
    // X al-Din compounds
    [['نور الدين', 'Nour Eddine', 'Nureddin', 'Nur al-Din'], 'NRDN'],
    // Umm kunya, Arabic final ya and ta marbuta
    [['أم معاذ الكربولي', 'Um Muadh al-Karbouli', 'Oum Mouaz el-Karbouli'], 'umm:MD KRBL'],
    [['حمزة', 'حمزه', 'Hamza', 'Hamzah', 'Hamzeh'], 'HMD'],
  ])('%j → %s', (forms, key) => {
    for (const f of forms) expect(nameKey(f), f).toBe(key);
  });

  test('honorifics are set aside, not keyed', () => {
    const { segments, honorifics } = segmentName('Dr. Ayman al-Zawahiri');
    expect(honorifics).toEqual(['Dr']);
    expect(segments.map((s) => s.surface)).toEqual(['Ayman', 'al Zawahiri']);
    expect(nameKey('الشيخ أيمن الظواهري')).toBe(nameKey('Ayman al-Zawahiri'));
  });

  test('a glued article is read both ways', () => {
    const [s] = segmentName('Alshammari').segments;
    expect(s!.article).toBe(true);
    expect(skeletonOf(s!.phon)).toBe('XMR');
    expect(skeletonOf(s!.alt!)).toBe('LXMR');
  });

  test('the phonetic form keeps long vowels that the key drops', () => {
    expect(arabicPhonetic(foldArabic('محمود'))).toBe('MHMUD');
    expect(arabicPhonetic(foldArabic('محمد'))).toBe('MHMD');
    expect(skeletonOf(wordPhonetic('Mahmoud'))).toBe(skeletonOf(wordPhonetic('Muhammad')));
    expect(wordPhonetic('Mahmoud')).not.toBe(wordPhonetic('Muhammad'));
  });
});

describe('google/transliteration ar2en (eval split, real Wikipedia pairs)', () => {
  const pairs = readFileSync(`${DATA}transliteration/google-ar2en/ar2en-eval.txt`, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((p): p is [string, string] => p.length === 2 && Boolean(p[0]) && Boolean(p[1]));

  test('the split has its 1,431 pairs', () => {
    expect(pairs.length).toBe(1431);
  });

  test('the Arabic word and its Latin transliteration share a key for most pairs, shuffled pairs almost never', () => {
    const same = pairs.filter(([ar, la]) => transliterationKey(ar) === transliterationKey(la)).length;
    const shuffled = pairs.filter(([ar], i) => transliterationKey(ar) === transliterationKey(pairs[(i * 7 + 13) % pairs.length]![1])).length;
    expect(same / pairs.length).toBeGreaterThan(0.7);
    expect(shuffled / pairs.length).toBeLessThan(0.01);
  });

  test('known pairs', () => {
    expect(transliterationKey('أحمد')).toBe(transliterationKey('ahmed'));
    expect(transliterationKey('حسين')).toBe(transliterationKey('hussein'));
    expect(transliterationKey('الرميد')).toBe(transliterationKey('ramid'));
  });
});
