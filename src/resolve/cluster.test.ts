import { describe, expect, test } from 'vitest';
import { clusterPersons, conflicting, extendsName, genderOfName, LIST_NAMES, strengthOf, type Binding, type Cluster, type Constraints, type PersonMentionInput } from './cluster.js';
import { compareNames, parseName } from './names.js';

/** Builds mentions document by document: doc(1, 'name', 'name') ... */
function haul() {
  const mentions: PersonMentionInput[] = [];
  const bindings: Binding[] = [];
  let id = 0;
  const doc = (d: number, ...names: string[]): number[] =>
    names.map((value) => {
      mentions.push({ id: ++id, doc: d, value, surface: value });
      return id;
    });
  const bind = (mention: number, selector: string) => bindings.push({ mention, selector });
  const run = (constraints?: Constraints) => {
    const clusters = clusterPersons(mentions, bindings, constraints);
    const of = (m: number): Cluster => clusters.find((c) => c.mentions.includes(m))!;
    return { clusters, of, same: (a: number, b: number) => of(a) === of(b) };
  };
  return { doc, bind, run };
}

describe('strengthOf', () => {
  test('full names, shorter names (a kunya with a nisba or an epithet) and a kunya or given name alone', () => {
    expect(strengthOf(parseName('خالد بن يوسف الهيتي'))).toBe('full');
    expect(strengthOf(parseName('Abu Waqqas al-Hiti'))).toBe('short');
    expect(strengthOf(parseName('ابو بلال الطويل'))).toBe('short');
    expect(strengthOf(parseName('ابو حمزه'))).toBe('weak');
    expect(strengthOf(parseName('Khalid'))).toBe('weak');
  });
});

describe('clusterPersons', () => {
  test('a full name in Arabic and in Latin spellings is one person', () => {
    const h = haul();
    const [a] = h.doc(1, 'خالد بن يوسف الهيتي');
    const [b] = h.doc(2, 'Khalid Youssef al-Hiti');
    const [c] = h.doc(3, 'Khālid Yūsuf al-Hītī');
    const [other] = h.doc(4, 'عدنان بن جمال العاني');
    const { of, same } = h.run();
    expect(same(a!, b!)).toBe(true);
    expect(same(a!, c!)).toBe(true);
    expect(same(a!, other!)).toBe(false);
    expect(of(a!).ambiguous).toBe(false);
    expect(of(a!).evidence.join('\n')).toMatch(/Khalid Youssef al-Hiti/);
  });

  test('Latin spellings that disagree with each other but both match the Arabic name are one person', () => {
    // al-Uqaidi and al-Akidi differ more than the matcher allows between two Latin spellings; both read العكيدي.
    expect(conflicting(compareNames('Abdul Karim Munther al-Uqaidi', 'Abdulkarim Munzir al-Akidi'))).toBe(true);
    const h = haul();
    const [ar] = h.doc(1, 'عبد الكريم بن منذر العكيدي');
    const [l1] = h.doc(2, 'Abdul Karim Munther al-Uqaidi');
    const [l2] = h.doc(3, 'Abdulkarim Munzir al-Akidi');
    const { same } = h.run();
    expect(same(ar!, l1!)).toBe(true);
    expect(same(ar!, l2!)).toBe(true);
  });

  test('namesakes sharing a kunya and nisba stay apart when their selectors differ', () => {
    const h = haul();
    const [fadil] = h.doc(1, 'فاضل بن رياض القيسي');
    h.bind(fadil!, 'phone:+9647700000001');
    const [tariq] = h.doc(2, 'طارق بن محمد القيسي');
    h.bind(tariq!, 'phone:+9647700000002');
    const [k1] = h.doc(3, 'ابو حمزه القيسي');
    h.bind(k1!, 'phone:+9647700000001');
    const [k2] = h.doc(4, 'Abu Hamza al-Qaisi');
    h.bind(k2!, 'phone:+9647700000002');
    const [k3] = h.doc(5, 'ابو حمزه القيسي');
    const { of, same } = h.run();
    expect(same(k1!, fadil!)).toBe(true);
    expect(same(k2!, tariq!)).toBe(true);
    expect(same(fadil!, tariq!)).toBe(false);
    // The same name with no evidence of its own: it could be either man.
    expect(of(k3!).ambiguous).toBe(true);
    expect(same(k3!, fadil!) || same(k3!, tariq!)).toBe(false);
  });

  test('a name placed (nearly) everywhere with one person goes with him where no document tells', () => {
    const h = haul();
    const [full] = h.doc(1, 'نبيل بن بشير الشمري');
    h.bind(full!, 'email:nabil@example.org');
    const placed = [2, 3, 4].map((d) => {
      const [m] = h.doc(d, 'ابو حمزه الشمري');
      h.bind(m!, 'email:nabil@example.org');
      return m!;
    });
    const [rest] = h.doc(5, 'Abou Hamza al-Chammari');
    const { of, same } = h.run();
    for (const m of placed) expect(same(m, full!)).toBe(true);
    expect(same(rest!, full!)).toBe(true);
    expect(of(rest!).ambiguous).toBe(false);
  });

  test('a kunya alone is placed by a selector written next to it, and is left ambiguous otherwise', () => {
    const h = haul();
    const [full] = h.doc(1, 'ياسين بن ابراهيم الذهبي');
    h.bind(full!, 'phone:+9647335681675');
    const [bound] = h.doc(2, 'ابو زكريا', 'عدنان بن جمال العاني');
    h.bind(bound!, 'phone:+9647335681675');
    const [alone1] = h.doc(3, 'ابو زكريا', 'عدنان بن جمال العاني');
    const [alone2] = h.doc(4, 'ابو زكريا', 'حسن بن عثمان الرقاوي');
    const { of, same } = h.run();
    expect(same(bound!, full!)).toBe(true);
    expect(of(bound!).evidence.join('\n')).toMatch(/phone:\+9647335681675/);
    expect(of(alone1!).ambiguous).toBe(true);
    expect(of(alone2!).ambiguous).toBe(true);
    // A kunya alone is one person only within its document.
    expect(same(alone1!, alone2!)).toBe(false);
    expect(same(alone1!, full!)).toBe(false);
  });

  test('a kunya alone stands for its fuller form in a letter, not in a list of many names', () => {
    const h = haul();
    const [fuller, bare] = h.doc(1, 'ابو عبيده الرقاوي', 'ابو عبيده');
    const roll = ['عدنان بن جمال العاني', 'خالد بن يوسف الهيتي', 'حسن بن عثمان الرقاوي', 'وليد بن حسين الكربولي', 'سعيد بن يوسف الظاهري',
      'منذر بن ابراهيم العزاوي', 'صالح بن حسين الخزرجي', 'غانم بن ماجد الحلبي', 'كريم بن سعيد السوري', 'رعد بن جمال الجبوري',
      'شاكر بن محمود الحلبي', 'زياد بن عبد الكريم التكريتي', 'نبيل بن طارق السامرائي'];
    expect(roll.length + 2).toBeGreaterThan(LIST_NAMES);
    const [inList, listed] = h.doc(2, 'ابو عبيده', 'ابو عبيده الرقاوي', ...roll);
    const { of, same } = h.run();
    expect(same(bare!, fuller!)).toBe(true);
    expect(of(inList!).ambiguous).toBe(true);
    expect(same(inList!, listed!)).toBe(false);
  });

  test('a kunya with a nisba is given to the person of that nisba it is written with in several documents', () => {
    const h = haul();
    const [full] = h.doc(1, 'عثمان بن جاسم الهيتي');
    const [kunya1, ism1] = h.doc(2, 'ابو قتيبه الهيتي', 'عثمان الهيتي', 'ابو قتيبه الهيتي');
    const [kunya2] = h.doc(3, 'ابو قتيبه الهيتي', 'عثمان الهيتي', 'فاضل بن رياض القيسي');
    const [kunya3] = h.doc(4, 'Abu Gutaiba al-Hiti', 'ياسين بن ابراهيم الذهبي');
    // Another man of the nisba with his own kunya: not a candidate.
    const [other] = h.doc(5, 'خالد بن يوسف الهيتي', 'ابو وقاص الهيتي');
    h.bind(other!, 'phone:+9647000000099');
    h.bind(other! + 1, 'phone:+9647000000099');
    const { of, same } = h.run();
    expect(same(ism1!, full!)).toBe(true);
    expect(same(kunya1!, full!)).toBe(true);
    expect(same(kunya2!, full!)).toBe(true);
    expect(same(kunya3!, full!)).toBe(true);
    expect(same(other!, full!)).toBe(false);
    expect(of(kunya1!).evidence.join('\n')).toMatch(/written with/);
  });

  test('a kunya written with two people of its nisba, equally, is given to neither', () => {
    const h = haul();
    const [a] = h.doc(1, 'عثمان بن جاسم الهيتي');
    const [b] = h.doc(2, 'خالد بن يوسف الهيتي');
    const [k1] = h.doc(3, 'ابو قتيبه الهيتي', 'عثمان الهيتي');
    h.doc(4, 'ابو قتيبه الهيتي', 'خالد الهيتي');
    h.doc(5, 'ابو قتيبه الهيتي', 'عثمان الهيتي');
    h.doc(6, 'ابو قتيبه الهيتي', 'خالد الهيتي');
    const { same } = h.run();
    expect(same(a!, b!)).toBe(false);
    expect(same(k1!, a!)).toBe(false);
    expect(same(k1!, b!)).toBe(false);
  });

  test('analyst merges and separations are honoured', () => {
    const h = haul();
    const [x] = h.doc(1, 'Hassan bin Othman al-Raqawi');
    const [y] = h.doc(2, 'حسن بن عثمان الرقاوي');
    const [z] = h.doc(3, 'Abu Ubaida ar-Raqqawi');
    const [w] = h.doc(4, 'ابو عبيده الحديثي');
    expect(h.run().same(x!, y!)).toBe(true);
    const apart = h.run({ together: [], apart: [[['Hassan bin Othman al-Raqawi'], ['حسن بن عثمان الرقاوي']]] });
    expect(apart.same(x!, y!)).toBe(false);
    const together = h.run({ together: [['حسن بن عثمان الرقاوي', 'Abu Ubaida ar-Raqqawi']], apart: [] });
    expect(together.same(y!, z!)).toBe(true);
    expect(together.same(x!, z!)).toBe(true);
    expect(together.of(z!).ambiguous).toBe(false);
    expect(together.of(z!).evidence.join('\n')).toMatch(/merged by an analyst/);
    // A merge holds even between conflicting names; a separation holds against every other evidence.
    const both = h.run({ together: [['Abu Ubaida ar-Raqqawi', 'ابو عبيده الحديثي']], apart: [[['ابو عبيده الحديثي'], ['حسن بن عثمان الرقاوي']]] });
    expect(both.same(z!, w!)).toBe(true);
    expect(both.same(w!, y!)).toBe(false);
  });

  test('a name an analyst splits out of a person is one person of its own, in every document', () => {
    const h = haul();
    const [full] = h.doc(1, 'عثمان بن حسن الفلاحي');
    const [s1] = h.doc(2, 'عثمان الفلاحي', 'عثمان بن حسن الفلاحي');
    const [s2] = h.doc(3, 'عثمان الفلاحي');
    const [s3] = h.doc(4, 'Othman al-Fallahi');
    expect(h.run().same(s2!, full!)).toBe(true);
    const { of, same } = h.run({ together: [], apart: [[['عثمان الفلاحي'], ['عثمان بن حسن الفلاحي', 'Othman al-Fallahi']]] });
    expect(same(s1!, full!)).toBe(false);
    expect(same(s1!, s2!)).toBe(true);
    expect(same(s1!, s3!)).toBe(false);
    expect(of(s1!).ambiguous).toBe(false);
    expect(of(s1!).evidence.join('\n')).toMatch(/set apart by an analyst/);
  });

  test('a link that would join conflicting names is refused', () => {
    expect(conflicting(compareNames('وليد بن حسين الكربولي', 'عادل بن غانم الكربولي'))).toBe(true);
    const h = haul();
    const [walid] = h.doc(1, 'وليد بن حسين الكربولي');
    h.bind(walid!, 'phone:+9647911111111');
    const [adil] = h.doc(2, 'عادل بن غانم الكربولي');
    h.bind(adil!, 'phone:+9647911111111');
    // A shorter name that conflicts with both does not bridge them either.
    const [k] = h.doc(3, 'ابو سعد الكربولي');
    h.bind(k!, 'phone:+9647911111111');
    const { of, same } = h.run();
    expect(same(walid!, adil!)).toBe(false);
    expect(of(walid!).values).toEqual(expect.not.arrayContaining(['عادل بن غانم الكربولي']));
  });

  test('clusters partition the mentions', () => {
    const h = haul();
    const ids = [...h.doc(1, 'خالد بن يوسف الهيتي', 'ابو وقاص', 'Abu Wakkas al-Hiti'), ...h.doc(2, 'ابو وقاص الهيتي', 'خالد الهيتي')];
    const { clusters } = h.run();
    expect(clusters.flatMap((c) => c.mentions).sort((a, b) => a - b)).toEqual(ids);
  });
});

describe('extendsName', () => {
  test('a shorter name stands for a fuller one only when each of its tokens matches closely', () => {
    expect(extendsName(parseName('هشام الشمري'), parseName('هشام بن عبد الرحمن الشمري'))).toBe(true);
    expect(extendsName(parseName('ابو حمزه'), parseName('ابو حمزه الشمري'))).toBe(true);
    // al-Samarrai is not al-Shammari, and a kunya does not stand for a name without it.
    expect(extendsName(parseName('Nabil al-Samarrai'), parseName('Nabil ibn Bashir Al Shammari'))).toBe(false);
    expect(extendsName(parseName('ابو حمزه الشمري'), parseName('نبيل بن بشير الشمري'))).toBe(false);
  });
});

describe('genderOfName', () => {
  test('reads a man or a woman from a kunya, bint or a given name of one sex, and nothing otherwise', () => {
    expect(genderOfName(parseName('أبو معاذ المشهداني'))).toBe('m');
    expect(genderOfName(parseName('أم سعد التكريتي'))).toBe('f');
    expect(genderOfName(parseName('Zaynab Tariq al-Mashhadani'))).toBe('f');
    expect(genderOfName(parseName('رقية بنت حسين الجميلي'))).toBe('f');
    expect(genderOfName(parseName('al-Mashhadani'))).toBeUndefined();
  });
});
