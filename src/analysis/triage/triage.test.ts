import { describe, expect, it } from 'vitest';
import { recognise } from '../../entities/registry.js';
import type { AnalysisMention, Transaction } from '../types.js';
import { arabicReadings, segmentsOf } from './text.js';
import { assessDocument, countryQueue, explainDocument, findAddress, triageDocument, type TriageInput } from './index.js';

/** Mentions as the real recognisers find them; entity ids stand in for resolution ("type:value"). */
function mentionsOf(text: string): AnalysisMention[] {
  return recognise(text, { languages: [] }).mentions.map((m, i) => ({ id: i + 1, type: m.type, start: m.start, end: m.end, surface: m.surface, value: m.value, ...(m.attrs ? { attrs: m.attrs } : {}), entity: `${m.type}:${m.value}` }));
}

function input(text: string, extra: Partial<TriageInput> = {}): TriageInput {
  return { text, mime: 'text/plain', docDate: null, mentions: mentionsOf(text), transactions: [], ...extra };
}

const HOME = { homeCountries: ['IQ', 'SY'] };

// Wire-style news, written for these tests after the manner of agency copy (not quoted from any one article).
const NEWS_EN = `ONCUPINAR, Turkey (Reuters) - Tens of thousands of Syrians fleeing a government offensive north of Aleppo have massed at the Turkish border near the town of Kilis, the provincial governor told reporters on Saturday.

Officials said aid groups were putting up tents on the Syrian side of the frontier, where the crossing has been closed since Friday. Turkey already hosts more than 2.5 million refugees, according to the United Nations.

In Ankara, the foreign minister said the government would keep its doors open but called on European countries, including Germany, to share the burden.`;

const NEWS_AR = `أنقرة (الأناضول) - أفادت وزارة الخارجية التركية أن الوزير التقى يوم الثلاثاء نظيره الألماني في برلين، وبحث معه أوضاع اللاجئين السوريين على الحدود.

وذكرت الوزارة في بيان أن الجانبين اتفقا على عقد اجتماع جديد في إسطنبول الشهر المقبل، فيما أعلنت الحكومة الأردنية إغلاق معبر جابر مع سوريا.

وفي الرياضة، فاز منتخب فرنسا على منتخب السعودية في مباراة ودية، وتتوقع الأرصاد الجوية أمطاراً خفيفة.`;

const NEWS_FR = `BEYROUTH (AFP) - Le ministre libanais des Affaires étrangères a déclaré mardi que le Liban ne pouvait plus accueillir de nouveaux réfugiés syriens, selon un communiqué du gouvernement.

Le président français doit se rendre à Amman la semaine prochaine, a annoncé l'Élysée.`;

const RECIPE_EN = `How to make Turkish coffee

Ingredients: 1 cup of cold water, 1 heaped teaspoon of finely ground coffee, sugar to taste.

Put the water, coffee and sugar in a cezve and stir. Heat slowly and do not let it boil; serve hot with a glass of water, the way they do in Istanbul.`;

const RECIPE_AR = `طريقة تحضير الكبة الحلبية

المكونات: كوب برغل ناعم، نصف كيلو لحم مفروم، بصل، ملح، بهارات.

طريقة التحضير: يعجن البرغل مع اللحم ثم تحشى الكبة وتقلى بالزيت. تقدم ساخنة كما في حلب. صحتين.`;

const TRAVEL_EN = `Istanbul travel guide

The best time to visit Istanbul is spring. Start in the old town: the Hagia Sophia museum and the Blue Mosque are must-see attractions, and most visitors stay in one of the small hotels of Sultanahmet. Tourists who have more days can take the ferry to the beaches of the Princes' Islands.`;

const LICENCE = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. Copyright (c) 2014 Example GmbH, Berlin, Germany. All rights reserved.`;

const LONG_ESSAY = `The House of Wisdom and the translation movement

In the ninth century the Abbasid caliphs gathered scholars of many faiths in Baghdad to translate Greek, Persian and Indian works into Arabic. Al-Khwarizmi wrote there the treatise on algebra whose title gave the discipline its name, and his tables of Indian numerals taught later generations to reckon with nine figures and a zero.

The translators did not only copy. Hunayn ibn Ishaq compared several manuscripts of Galen before choosing a reading, and he explained his method in a letter that historians still quote. Thabit ibn Qurra corrected the astronomical tables he inherited, and the Banu Musa brothers built instruments and wrote on mechanics.

These books crossed the Mediterranean centuries later. In Toledo, after 1085, scholars such as Gerard of Cremona rendered the Arabic texts into Latin, and through them Europe learned the names of the stars, the arithmetic of the merchants and the medicine of Avicenna. Historians of science have argued about how much was transmitted and how much was invented anew, but the broad outline is not in doubt.

The library itself did not survive the Mongol sack of 1258. Chroniclers wrote that the Tigris ran black with ink. Whether or not the image is exact, the loss was real: many works known by title alone were never found again, and modern editors rebuild them from quotations in later authors.

Today the story is told in school textbooks from Morocco to Indonesia, and it has become a shorthand for a time when learning was prized above lineage. Scholars warn against nostalgia, yet they agree that the habit of checking sources, comparing copies and correcting predecessors is the movement's most lasting gift.`;

const LETTER_AR = `مكتب العلاقات الخارجية
التاريخ: 03/02/1437 هـ
من: الأخ أبو محمد الحلبي
إلى: الأخ أبو عمر الشامي
السلام عليكم ورحمة الله وبركاته، أما بعد:
نعلمكم بأنه تم تحويل مبلغ 15000 دولار إلى الأخ أبو خالد العراقي في غازي عنتاب عن طريق أحد مكاتب الصرافة.
نرجو ترتيب لقاء معه في إسطنبول بتاريخ 20 صفر 1437 هـ لاستلام الوثائق.
للتواصل معه على الرقم +90 532 412 78 45
العنوان: شارع الاستقلال 112، إسطنبول
والسلام عليكم ورحمة الله وبركاته`;

const LETTER_EN = `Date: 2 May 2016
From: Abu Hafs al-Masri
To: brother Abu Khalid
Peace be upon you.
Please arrange a meeting with brother Abu Dujana in Vienna on 12 May 2016. He will travel by train from Munich.
Send the remaining 4,000 EUR to his account AT61 1904 3002 3457 3201.
Phone for coordination: +43 660 1234567
Regards.`;

describe('passing documents are suppressed', () => {
  it.each([
    ['English wire news', NEWS_EN, 'news'],
    ['Arabic news with a ministers’ meeting in it', NEWS_AR, 'news'],
    ['French news with nationality adjectives', NEWS_FR, 'news'],
    ['English recipe naming Istanbul', RECIPE_EN, 'recipe'],
    ['Arabic recipe naming Aleppo', RECIPE_AR, 'recipe'],
    ['travel blurb', TRAVEL_EN, 'travel-guide'],
    ['licence', LICENCE, 'boilerplate'],
  ])('%s', (_name, text, genre) => {
    const ex = explainDocument(input(text), HOME);
    expect(ex.assessment.genre).toBe(genre);
    expect(ex.assessment.passing).toBe(true);
    expect(ex.verdicts).toEqual([]);
    // The countries were seen, and set aside with the reason.
    expect(ex.suppressed.length).toBeGreaterThan(0);
    expect(ex.suppressed.every((s) => s.why.length > 0)).toBe(true);
  });

  it('names the news cues and the countries set aside', () => {
    const ex = explainDocument(input(NEWS_EN), HOME);
    expect(ex.assessment.explanation).toMatch(/^news .*passing/);
    expect(ex.assessment.genreCues.map((c) => c.surface)).toEqual(expect.arrayContaining(['(Reuters)', 'told reporters']));
    const tr = ex.suppressed.find((s) => s.country === 'TR')!;
    expect(tr.rawScore).toBeGreaterThan(0.5);
    expect(tr.reasons.map((r) => r.surface)).toEqual(expect.arrayContaining(['Kilis']));
  });

  it('sets aside a country named once in a long unrelated text', () => {
    const ex = explainDocument(input(LONG_ESSAY), HOME);
    expect(ex.assessment.unrelatedLongText).toBe(true);
    expect(ex.verdicts).toEqual([]);
    expect(ex.suppressed.map((s) => s.country)).toEqual(expect.arrayContaining(['ES', 'MA']));
  });

  it('treats a system file as boilerplate whatever it names', () => {
    const text = 'Microsoft Corporation. All rights reserved. Made in Germany. Setup will install the program to Berlin.';
    expect(assessDocument(text, 'application/x-msdownload', mentionsOf(text)).passing).toBe(true);
    expect(triageDocument(input(text, { mime: 'application/x-msdownload' }))).toEqual([]);
  });

  it('keeps news passing when it carries a newsroom phone', () => {
    const text = `${NEWS_EN}\n\nNewsroom: +44 20 7250 1122`;
    const ex = explainDocument(input(text), HOME);
    expect(ex.assessment.operational).toBe(2);
    expect(ex.assessment.passing).toBe(true);
    expect(ex.verdicts).toEqual([]);
  });

  it('never takes a transfer order for reading matter, however political its words', () => {
    const text = `${NEWS_EN}\n\nBrother Abu Khalid: send the 3,000 USD to Abu Salih in Gaziantep, phone +90 532 412 78 45.`;
    const ex = explainDocument(input(text), HOME);
    expect(ex.assessment.passing).toBe(false);
    const tr = ex.verdicts.find((v) => v.country === 'TR')!;
    expect(tr.reasons.slice(0, 2).map((r) => r.surface)).toEqual(['+90 532 412 78 45', 'Gaziantep']);
    // Kilis, in a news sentence of the same document, weighs half.
    expect(tr.reasons.find((r) => r.surface === 'Kilis')).toMatchObject({ weight: 0.35, note: 'in a news-style sentence' });
  });

  it('does not let country names alone make a verdict without operational signals', () => {
    const text = 'Notes: France and Italy.';
    const ex = explainDocument(input(text));
    expect(ex.verdicts).toEqual([]);
    expect(ex.suppressed.map((s) => s.country).sort()).toEqual(['FR', 'IT']);
  });
});

describe('operational documents are flagged with their reasons', () => {
  it('an Arabic transfer and meeting letter points at Turkey, urgently', () => {
    const ex = explainDocument(input(LETTER_AR), HOME);
    expect(ex.assessment.passing).toBe(false);
    expect(ex.verdicts.map((v) => v.country)).toEqual(['TR']);
    const tr = ex.verdicts[0]!;
    expect(tr.score).toBeGreaterThan(0.95);
    const kinds = tr.reasons.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['address', 'phone', 'city']));
    const address = tr.reasons.find((r) => r.kind === 'address')!;
    expect(LETTER_AR.slice(address.start, address.end)).toBe('شارع الاستقلال 112، إسطنبول');
    for (const r of tr.reasons) expect(LETTER_AR.slice(r.start, r.end)).toBe(r.surface);
    // 20 Safar 1437 is 17 days after 3 Safar 1437, the letter's date.
    expect(tr.urgency).toBeGreaterThan(0.7);
    expect(tr.urgencyReasons[0]).toMatch(/لقاء in إسطنبول on 20 صفر 1437 هـ \(2015-12-02\), 17 days after the letter's date 2015-11-15/);
    expect(tr.urgencyReasons.join(' ')).toMatch(/money sent to غازي عنتاب/);
    // Aleppo and Iraq are home ground here.
    expect(ex.suppressed.every((s) => s.why.includes('home') || s.country !== 'TR')).toBe(true);
  });

  it('an English meeting letter points at Austria by IBAN, phone and city', () => {
    const verdicts = triageDocument(input(LETTER_EN, { docDate: '2016-05-20T10:00:00Z' }), HOME);
    const at = verdicts.find((v) => v.country === 'AT')!;
    expect(verdicts[0]!.country).toBe('AT');
    expect(at.reasons.map((r) => r.kind)).toEqual(['iban', 'phone', 'city']);
    // The dateline (2 May) is the reference, not the file's date (20 May).
    expect(at.urgencyReasons[0]).toMatch(/^meeting in Vienna on 12 May 2016 \(2016-05-12\), 10 days after the letter's date 2016-05-02/);
  });

  it('a French chat uses each message’s time as the reference', () => {
    const lines = [
      ['10/03/2016, 21:04 - Abou Omar: ', 'Rendez-vous à Bruxelles le 14/03/2016 devant la gare du Midi'],
      ['10/03/2016, 21:06 - Abou Salah: ', 'D’accord, je prends le train depuis Lille'],
    ];
    let text = '';
    const messages: { sender: string; at: string; start: number; end: number; text: string }[] = [];
    for (const [head, body] of lines) {
      text += head;
      messages.push({ sender: head!.split(' - ')[1]!.replace(': ', ''), at: '2016-03-10T21:04:00', start: text.length, end: text.length + body!.length, text: body! });
      text += `${body}\n`;
    }
    const verdicts = triageDocument(input(text, { mime: 'application/x-whatsapp-chat', structure: { messages } }), HOME);
    const be = verdicts.find((v) => v.country === 'BE')!;
    expect(be.reasons[0]).toMatchObject({ kind: 'city', surface: 'Bruxelles' });
    expect(be.urgencyReasons[0]).toMatch(/^Rendez-vous in Bruxelles on 14\/03\/2016 \(2016-03-14\), 4 days after the message of 2016-03-10/);
    expect(verdicts.map((v) => v.country)).toContain('FR');
  });

  it('weighs a country named in a quoted news sentence below the threshold', () => {
    const text = `${LETTER_AR}\nوذكرت وكالة الأنباء أن وزير الداخلية الفرنسي زار فرنسا الجنوبية وأن الحكومة تدرس إغلاق الحدود.`;
    const ex = explainDocument(input(text), HOME);
    expect(ex.verdicts.map((v) => v.country)).toEqual(['TR']);
    const fr = ex.belowThreshold.find((v) => v.country === 'FR');
    expect(fr?.score ?? 0).toBeLessThan(0.5);
  });

  it('a photo points where its GPS position is', () => {
    const verdicts = triageDocument({ text: '', mime: 'image/jpeg', docDate: '2017-05-01T10:00:00', mentions: [], transactions: [], gps: { lat: 50.8466, lon: 4.3528 } });
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatchObject({ country: 'BE', reasons: [{ kind: 'gps', surface: '50.84660,4.35280' }] });
  });
});

describe('options and extra evidence', () => {
  it('home countries make no verdict but stay explained', () => {
    const text = 'Phone: +964 770 123 4567\nWe meet in Mosul tomorrow.';
    expect(triageDocument(input(text)).map((v) => v.country)).toContain('IQ');
    const ex = explainDocument(input(text), HOME);
    expect(ex.verdicts).toEqual([]);
    expect(ex.suppressed[0]).toMatchObject({ country: 'IQ', why: 'a home country (option homeCountries)' });
  });

  it('a transaction to a country adds money evidence and urgency', () => {
    const text = 'Expenses\nDate\tDescription\tAmount\n12/05/2016\tTransfer abroad to brother Abu Salih\t2500 USD';
    const tx: Transaction = {
      sheet: 'Expenses', row: 3, date: '2016-05-12', amount: 2500, currency: 'USD', usd: 2500, payer: null, payee: 'Abu Salih', memo: null,
      category: 'transfers_abroad', categoryReason: 'Transfer abroad', direction: 'spending', country: 'TR', countryReason: 'memo: Gaziantep', surface: '2500 USD', confidence: 0.9,
    };
    const [tr] = triageDocument(input(text, { transactions: [tx] }));
    expect(tr).toMatchObject({ country: 'TR' });
    expect(tr!.reasons[0]).toMatchObject({ kind: 'money', surface: '2500 USD' });
    expect(tr!.urgencyReasons[0]).toMatch(/^money sent to TR: 2500 USD/);
  });

  it('watchlisted persons raise urgency with the person named', () => {
    const mentions = mentionsOf(LETTER_AR);
    const person = mentions.find((m) => m.type === 'person' && m.surface.includes('أبو خالد'))!;
    const [plain] = triageDocument(input(LETTER_AR), HOME);
    const [watched] = triageDocument({ ...input(LETTER_AR), watchlisted: new Set([person.entity!]) }, HOME);
    expect(watched!.urgency).toBeGreaterThan(plain!.urgency);
    expect(watched!.urgencyReasons.join(' ')).toContain(`watchlisted person ${person.surface} beside the evidence`);
  });

  it('persons linked elsewhere strengthen a verdict but never make one alone', () => {
    const text = 'From: Abu Hafs\nTo: Abu Khalid\nPeace be upon you. Brother Abu Dujana will call you tonight.';
    const mentions = mentionsOf(text);
    const ids = mentions.filter((m) => m.type === 'person').map((m) => m.entity!);
    const personCountries = new Map(ids.map((id) => [id, ['DE']]));
    const ex = explainDocument({ ...input(text), personCountries });
    expect(ex.verdicts).toEqual([]);
    expect(ex.belowThreshold[0]).toMatchObject({ country: 'DE' });
    expect(ex.belowThreshold[0]!.score).toBeLessThanOrEqual(0.4);
  });

  it('a nationally written phone weighs less than an international one', () => {
    const [intl] = triageDocument(input('Contact Abu Ali: +90 532 412 78 45'));
    const [national] = triageDocument(input('Contact Abu Ali: 0532 412 78 45'));
    expect(intl!.reasons[0]!.weight).toBeGreaterThan(national!.reasons[0]!.weight);
    expect(national!.reasons[0]!.note).toMatch(/national format/);
  });
});

describe('country queue', () => {
  it('ranks each country’s documents most urgent first, then by score and date', () => {
    const v = (country: string, score: number, urgency: number) => ({ country, score, urgency, reasons: [], urgencyReasons: [] });
    const q = countryQueue([
      { doc: 1, verdicts: [v('TR', 0.9, 0.1), v('DE', 0.7, 0)], date: '2016-01-01' },
      { doc: 2, verdicts: [v('TR', 0.7, 0.8)], date: '2016-01-02' },
      { doc: 3, verdicts: [v('TR', 0.95, 0.8)], date: '2015-01-01' },
      { doc: 4, verdicts: [v('TR', 0.9, 0.1)], date: '2017-01-01' },
    ]);
    expect(Object.keys(q)).toEqual(['TR', 'DE']);
    expect(q.TR!.map((e) => e.doc)).toEqual([3, 2, 4, 1]);
    expect(q.DE).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('reads Arabic words through their proclitics, not through names', () => {
    expect(arabicReadings('ولقاءنا')).toContain('لقاء');
    expect(arabicReadings('سنلتقي')).toContain('نلتقي');
    expect(arabicReadings('فيصل')).not.toContain('يصل');
  });

  it('finds addresses before a place', () => {
    const a = 'Hermannstraße 139, 12245 Berlin';
    expect(findAddress(a, a.indexOf('Berlin'), a.length)).toEqual({ start: 0, end: a.length });
    const b = 'Ali - 0175 123 4567 - 33398 Mersin';
    expect(b.slice(findAddress(b, b.indexOf('Mersin'), b.length)!.start)).toBe('33398 Mersin');
    const c = 'Mosul\t8600\tUSD\tBerlin';
    expect(findAddress(c, c.indexOf('Berlin'), c.length)).toBeNull();
  });

  it('cuts segments at lines and sentence ends', () => {
    expect(segmentsOf('One. Two!\nThree؟ Four').map((s) => s.text)).toEqual(['One.', 'Two!', 'Three؟', 'Four']);
  });
});
