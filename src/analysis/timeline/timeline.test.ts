import { describe, expect, it } from 'vitest';
import { recognise } from '../../entities/registry.js';
import type { AnalysisMention, Transaction } from '../types.js';
import { eventsBetween, eventsOfCountry, eventsOfDocument, eventsOfEntity, eventsOfKind, filterEvents, mergeTimelines, normaliseDate, periodOf, type TimelineEvent } from './index.js';

function mentionsOf(text: string): AnalysisMention[] {
  return recognise(text, { languages: [] }).mentions.map((m, i) => ({ id: i + 1, type: m.type, start: m.start, end: m.end, surface: m.surface, value: m.value, ...(m.attrs ? { attrs: m.attrs } : {}), entity: `${m.type}:${m.value}` }));
}

const EMAIL = `From: Abu Hafs al-Masri <abu.hafs@post.example.net>
To: Abu Khalid <abu.khalid@mail.example>
Date: 2016-05-02T09:14:00Z
Subject: Meeting

Peace be upon you.
Please arrange a meeting with brother Abu Dujana in Vienna on 12 May 2016.
Regards.`;

const LETTER = `مكتب العلاقات الخارجية
التاريخ: 03/02/1437 هـ
السلام عليكم ورحمة الله وبركاته، أما بعد:
نرجو ترتيب لقاء مع الأخ أبو خالد العراقي في إسطنبول بتاريخ 20 صفر 1437 هـ لاستلام الوثائق.`;

function chat(): { text: string; messages: { sender: string; at: string; start: number; end: number; text: string }[] } {
  const rows = [
    ['2017-04-11T14:38:04', 'Zaynab al-Mashhadani', 'We meet in Beirut on 21/04/2017'],
    ['2017-04-11T15:02:10', 'Abu Saad al-Azawi', 'I received $9,550 from Abu Saad'],
  ] as const;
  let text = '';
  const messages = [];
  for (const [at, sender, body] of rows) {
    text += `[${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)}, ${at.slice(11)}] ${sender}: `;
    messages.push({ sender, at, start: text.length, end: text.length + body.length, text: body });
    text += `${body}\n`;
  }
  return { text, messages };
}

describe('events of a document', () => {
  it('an e-mail: its date with sender and recipients, and the meeting date it mentions', () => {
    const mentions = mentionsOf(EMAIL);
    const events = eventsOfDocument({ rowid: 7, mime: 'message/rfc822', docDate: '2016-05-02T09:14:00Z', structure: { email: { date: '2016-05-02T09:14:00Z', from: 'Abu Hafs al-Masri <abu.hafs@post.example.net>', to: ['Abu Khalid <abu.khalid@mail.example>'], subject: 'Meeting' } }, mentions, transactions: [], text: EMAIL });
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2016-05-02', 'email'],
      ['2016-05-12', 'mentioned-date'],
    ]);
    const email = events[0]!;
    expect(email.label).toBe('E-mail "Meeting" from Abu Hafs al-Masri <abu.hafs@post.example.net> to Abu Khalid <abu.khalid@mail.example>');
    expect(email.entities).toEqual(expect.arrayContaining(['email:abu.hafs@post.example.net', 'email:abu.khalid@mail.example']));
    const meeting = events[1]!;
    expect(meeting.label).toBe('Please arrange a meeting with brother Abu Dujana in Vienna on 12 May 2016.');
    expect(meeting.countries).toEqual(['AT']);
    expect(meeting.entities).toContain('place:Vienna');
    expect(EMAIL.slice(meeting.start, meeting.end)).toBe('12 May 2016');
  });

  it('a chat: one event per message, dates inside messages, no timestamps twice', () => {
    const { text, messages } = chat();
    const mentions = mentionsOf(text);
    const events = eventsOfDocument({ rowid: 9, mime: 'application/x-telegram-export+json', docDate: '2017-04-11T14:38:04', structure: { messages }, mentions, transactions: [], text });
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2017-04-11', 'message'],
      ['2017-04-11', 'message'],
      ['2017-04-21', 'mentioned-date'],
    ]);
    expect(events[0]!.label).toBe('Zaynab al-Mashhadani: We meet in Beirut on 21/04/2017');
    expect(events[0]!.countries).toEqual(['LB']);
    expect(events[2]!.label).toBe('Zaynab al-Mashhadani: We meet in Beirut on 21/04/2017');
  });

  it('a letter: the document’s date and a Hijri date converted, with the sentence’s place', () => {
    const mentions = mentionsOf(LETTER);
    const events = eventsOfDocument({ rowid: 3, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docDate: '2016-06-18T15:39:00Z', structure: {}, mentions, transactions: [], text: LETTER, title: 'ترتيب لقاء' });
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2015-11-15', 'mentioned-date'],
      ['2015-12-02', 'mentioned-date'],
      ['2016-06-18', 'document'],
    ]);
    expect(events[1]!.countries).toEqual(['TR']);
    expect(events[1]!.label).toContain('في إسطنبول بتاريخ 20 صفر 1437 هـ');
    expect(events[2]!.label).toBe('ترتيب لقاء (Word document) dated');
  });

  it('transactions: dated by their own date (or the document’s), with payer and payee entities', () => {
    const text = 'Date\tPayee\tAmount\tNotes\n12/05/2016\tAbu Salih al-Halabi\t2500 USD\tGaziantep\n';
    const mentions = mentionsOf(text);
    const base = { amount: 2500, currency: 'USD', usd: 2500, payer: null, memo: null, category: 'transfers_abroad' as const, categoryReason: 'memo', direction: 'spending' as const, surface: '2500 USD', confidence: 0.9 };
    const transactions: Transaction[] = [
      { ...base, sheet: 'Sheet1', row: 2, date: '2016-05-12', dateSurface: '12/05/2016', payee: 'Abu Salih al-Halabi', country: 'TR' },
      { ...base, sheet: 'Sheet1', row: 3, date: null, payee: 'Abu Salih al-Halabi', country: 'TR' },
    ];
    const events = eventsOfDocument({ rowid: 5, mime: 'text/csv', docDate: '2016-06-01', structure: null, mentions, transactions, text });
    const tx = eventsOfKind(events, 'transaction');
    expect(tx.map((e) => e.date)).toEqual(['2016-05-12', '2016-06-01']);
    expect(tx[0]!.label).toBe('2500 USD (≈ 2,500 USD): ? → Abu Salih al-Halabi (transfers_abroad) [Sheet1 row 2]');
    expect(tx[1]!.label).toContain('undated: the document’s date');
    expect(tx[0]!.countries).toEqual(['TR']);
    const payee = mentions.find((m) => m.type === 'person' && m.surface === 'Abu Salih al-Halabi')!;
    expect(tx[0]!.entities).toEqual([payee.entity]);
    // The row's date is the transaction's, not a mentioned date of its own.
    expect(eventsOfKind(events, 'mentioned-date')).toEqual([]);
  });
});

describe('filters', () => {
  const ev = (date: string, kind: TimelineEvent['kind'], doc: number, entities: string[], countries: string[]): TimelineEvent => ({ date, kind, label: `${kind} ${date}`, doc, entities, countries });
  const events = mergeTimelines(
    [ev('2017-04-21', 'mentioned-date', 2, ['per-a', 'plc-beirut'], ['LB']), ev('2017-04', 'mentioned-date', 2, [], ['TR'])],
    [ev('2017-03-30', 'email', 1, ['per-a', 'per-b'], []), ev('2017-05-02', 'transaction', 3, ['per-b'], ['TR'])],
  );

  it('merges in date order, a month before its days', () => {
    expect(events.map((e) => e.date)).toEqual(['2017-03-30', '2017-04', '2017-04-21', '2017-05-02']);
  });

  it('by entity, country, kind and document', () => {
    expect(eventsOfEntity(events, 'per-b').map((e) => e.kind)).toEqual(['email', 'transaction']);
    expect(eventsOfCountry(events, 'tr').map((e) => e.date)).toEqual(['2017-04', '2017-05-02']);
    expect(filterEvents(events, { kinds: ['mentioned-date'], docs: [2], countries: ['LB'] }).map((e) => e.date)).toEqual(['2017-04-21']);
  });

  it('by date range, partial dates as periods', () => {
    expect(eventsBetween(events, '2017-04-10', '2017-04-30').map((e) => e.date)).toEqual(['2017-04', '2017-04-21']);
    expect(eventsBetween(events, '2017-05').map((e) => e.date)).toEqual(['2017-05-02']);
    expect(filterEvents(events, { to: '2017-03', entities: ['per-a'] }).map((e) => e.kind)).toEqual(['email']);
    expect(periodOf('2016-02')).toEqual({ first: '2016-02-01', last: '2016-02-29' });
  });

  it('normalises dates and date-times', () => {
    expect(normaliseDate('2017-04-11T14:38:04')).toBe('2017-04-11');
    expect(normaliseDate('2017-04')).toBe('2017-04');
    expect(normaliseDate('Tue, 02 May 2017 09:14:00 +0000')).toBe('2017-05-02');
    expect(normaliseDate('2017-13-01')).toBeNull();
    expect(normaliseDate(null)).toBeNull();
  });
});
