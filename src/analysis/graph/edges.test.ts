import { describe, expect, it } from 'vitest';
import type { AnalysisMention } from '../types.js';
import { CC_WEIGHT, DOCUMENT_ENTITY_CAP, LEVEL_WEIGHT, WINDOW_CHARS, edgesOfDocument, nearness, type Edge, type GraphDocument } from './edges.js';

/** Mentions found by their surface in the text (the nth occurrence), with the entity given. */
function mentionsOf(text: string, specs: [surface: string, type: string, entity: string | null, nth?: number][]): AnalysisMention[] {
  return specs.map(([surface, type, entity, nth = 0], id) => {
    let start = -1;
    for (let i = 0; i <= nth; i += 1) start = text.indexOf(surface, start + 1);
    if (start < 0) throw new Error(`${surface} not in text`);
    return { id: id + 1, type, start, end: start + surface.length, surface, value: surface, entity };
  });
}

const span = (text: string, from: string, to: string, nthFrom = 0, nthTo = 0): { start: number; end: number } => {
  let a = -1;
  for (let i = 0; i <= nthFrom; i += 1) a = text.indexOf(from, a + 1);
  let b = -1;
  for (let i = 0; i <= nthTo; i += 1) b = text.indexOf(to, b + 1);
  return { start: Math.min(a, b), end: Math.max(a + from.length, b + to.length) };
};

const byType = (edges: Edge[], type: Edge['type']): Edge[] => edges.filter((e) => e.type === type);
const pairs = (edges: Edge[]): string[] => edges.map((e) => `${e.source}>${e.target}`).sort();

describe('edgesOfDocument: e-mail', () => {
  const text = [
    'From: Karim Haddad <karim.h@example.org>',
    'To: Samir Nassar <samir@example.net>, Layla Aziz <layla@example.com>',
    'Cc: Omar Farouk <omar@example.org>',
    'Date: 2016-03-01T10:00:00.000Z',
    'Subject: Meeting',
    '',
    'We meet in Mosul.',
  ].join('\n');
  const doc: GraphDocument = {
    rowid: 7,
    mime: 'message/rfc822',
    text,
    structure: {
      email: {
        from: 'Karim Haddad <karim.h@example.org>',
        to: ['Samir Nassar <samir@example.net>', 'Layla Aziz <layla@example.com>'],
        cc: ['Omar Farouk <omar@example.org>'],
      },
    },
  };
  const mentions = mentionsOf(text, [
    ['Karim Haddad', 'person', 'per-k'],
    ['karim.h@example.org', 'email', 'eml-k'],
    ['Samir Nassar', 'person', 'per-s'],
    ['samir@example.net', 'email', 'eml-s'],
    ['Layla Aziz', 'person', 'per-l'],
    ['layla@example.com', 'email', 'eml-l'],
    ['Omar Farouk', 'person', 'per-o'],
    ['omar@example.org', 'email', 'eml-o'],
    ['2016-03-01', 'date', null],
    ['Mosul', 'place', 'plc-m'],
  ]);
  const edges = edgesOfDocument(doc, mentions);

  it('links the sender to each recipient, person to person and address to address, citing the header entries', () => {
    const communicated = byType(edges, 'communicated');
    expect(pairs(communicated)).toEqual(['eml-k>eml-l', 'eml-k>eml-o', 'eml-k>eml-s', 'per-k>per-l', 'per-k>per-o', 'per-k>per-s']);
    const toSamir = communicated.find((e) => e.target === 'per-s');
    expect(toSamir).toEqual({
      source: 'per-k',
      target: 'per-s',
      type: 'communicated',
      weight: 1,
      evidence: { doc: 7, ...span(text, 'Karim Haddad <karim.h@example.org>', 'Samir Nassar <samir@example.net>'), note: 'to' },
    });
    const cc = communicated.find((e) => e.target === 'eml-o');
    expect(cc?.weight).toBe(CC_WEIGHT);
    expect(cc?.evidence.note).toBe('cc');
  });

  it('binds each address to the name before it', () => {
    const selectors = byType(edges, 'has-selector');
    expect(pairs(selectors)).toEqual(['per-k>eml-k', 'per-l>eml-l', 'per-o>eml-o', 'per-s>eml-s']);
    const k = selectors.find((e) => e.source === 'per-k');
    expect(k?.evidence).toEqual({ doc: 7, ...span(text, 'Karim Haddad', 'karim.h@example.org') });
    expect(k?.weight).toBeCloseTo(nearness(2));
  });

  it('co-mentions header persons with the body weakly, header selectors and header pairs not at all', () => {
    const co = byType(edges, 'co-mentioned');
    expect(pairs(co)).toEqual(['per-k>plc-m', 'per-l>plc-m', 'per-o>plc-m', 'per-s>plc-m']);
    for (const e of co) expect(e.evidence.note).toBe('document');
    const o = co.find((e) => e.source === 'per-o');
    expect(o?.evidence).toEqual({ doc: 7, ...span(text, 'Omar Farouk', 'Mosul'), note: 'document' });
    const gap = text.indexOf('Mosul') - (text.indexOf('Omar Farouk') + 'Omar Farouk'.length);
    expect(o?.weight).toBeCloseTo(LEVEL_WEIGHT.document * nearness(gap));
    expect(edges.filter((e) => e.type === 'located-at' || e.type === 'paid')).toEqual([]);
  });

  it('falls back on the mentions when the text has no header lines', () => {
    const bare = 'Karim Haddad wrote to samir@example.net about nothing.';
    const ms = mentionsOf(bare, [
      ['Karim Haddad', 'person', 'per-k'],
      ['samir@example.net', 'email', 'eml-s'],
    ]);
    const out = edgesOfDocument({ rowid: 8, mime: 'message/rfc822', text: bare, structure: { email: { from: 'Karim Haddad', to: ['samir@example.net'] } } }, ms);
    expect(byType(out, 'communicated')).toEqual([
      { source: 'per-k', target: 'eml-s', type: 'communicated', weight: 1, evidence: { doc: 8, ...span(bare, 'Karim Haddad', 'samir@example.net'), note: 'to' } },
    ]);
  });
});

describe('edgesOfDocument: prose', () => {
  const text = "Abu Khalid met Omar Haddad in Raqqa. Omar Haddad's phone is +963 944 123 456.\n\nLater, Nadia Salem called on 3 May.";
  const doc: GraphDocument = { rowid: 3, mime: 'text/plain', text, structure: {} };
  const mentions = mentionsOf(text, [
    ['Abu Khalid', 'person', 'per-a'],
    ['Omar Haddad', 'person', 'per-o'],
    ['Raqqa', 'place', 'plc-r'],
    ['Omar Haddad', 'person', 'per-o', 1],
    ['+963 944 123 456', 'phone', 'phn-1'],
    ['Nadia Salem', 'person', 'per-n'],
    ['3 May', 'date', null],
    ['called', 'person', null],
  ]);
  const edges = edgesOfDocument(doc, mentions);
  const find = (type: Edge['type'], source: string, target: string): Edge | undefined => edges.find((e) => e.type === type && e.source === source && e.target === target);

  it('finds exactly the expected edges', () => {
    expect(edges.map((e) => `${e.type} ${e.source}>${e.target} ${e.evidence.note ?? ''}`).sort()).toEqual([
      'co-mentioned per-a>per-n document',
      'co-mentioned per-a>per-o sentence',
      'co-mentioned per-a>phn-1 paragraph',
      'co-mentioned per-n>per-o document',
      'co-mentioned per-n>phn-1 document',
      'co-mentioned per-n>plc-r document',
      'has-selector per-o>phn-1 ',
      'located-at per-a>plc-r sentence',
      'located-at per-o>plc-r sentence',
    ]);
  });

  it('weighs by level and nearness and cites the nearest mentions', () => {
    const ao = find('co-mentioned', 'per-a', 'per-o');
    expect(ao?.weight).toBeCloseTo(LEVEL_WEIGHT.sentence * nearness(' met '.length));
    expect(ao?.evidence).toEqual({ doc: 3, ...span(text, 'Abu Khalid', 'Omar Haddad'), note: 'sentence' });
    const ap = find('co-mentioned', 'per-a', 'phn-1');
    expect(ap?.weight).toBeCloseTo(LEVEL_WEIGHT.paragraph * nearness(text.indexOf('+963') - 'Abu Khalid'.length));
    expect(find('located-at', 'per-o', 'plc-r')?.evidence).toEqual({ doc: 3, ...span(text, 'Omar Haddad', 'Raqqa'), note: 'sentence' });
    const sel = find('has-selector', 'per-o', 'phn-1');
    expect(sel?.evidence).toEqual({ doc: 3, ...span(text, 'Omar Haddad', '+963 944 123 456', 1) });
    expect(sel?.weight).toBeCloseTo(nearness("'s phone is ".length));
    const strong = ao?.weight ?? 0;
    const medium = ap?.weight ?? 0;
    const weak = find('co-mentioned', 'per-n', 'per-o')?.weight ?? 0;
    expect(strong).toBeGreaterThan(medium);
    expect(medium).toBeGreaterThan(weak);
  });

  it('binds a selector only on the same line and within the gap', () => {
    const t = 'Omar Haddad\n+963 944 123 456';
    const out = edgesOfDocument({ rowid: 1, mime: 'text/plain', text: t, structure: {} }, mentionsOf(t, [['Omar Haddad', 'person', 'per-o'], ['+963 944 123 456', 'phone', 'phn-1']]));
    expect(byType(out, 'has-selector')).toEqual([]);
    expect(byType(out, 'co-mentioned').map((e) => e.evidence.note)).toEqual(['paragraph']);
  });

  it('leaves out document-level co-mentions in documents with too many entities', () => {
    const names = Array.from({ length: DOCUMENT_ENTITY_CAP + 1 }, (_, i) => `Person${String(i).padStart(2, '0')}`);
    const t = names.join(`.\n\n${'x'.repeat(1100)}\n\n`);
    const out = edgesOfDocument({ rowid: 2, mime: 'text/plain', text: t, structure: {} }, mentionsOf(t, names.map((n) => [n, 'person', `per-${n}`])));
    expect(out).toEqual([]);
    const few = names.slice(0, 3).join(`.\n\n${'x'.repeat(1100)}\n\n`);
    const some = edgesOfDocument({ rowid: 2, mime: 'text/plain', text: few, structure: {} }, mentionsOf(few, names.slice(0, 3).map((n) => [n, 'person', `per-${n}`])));
    expect(some.map((e) => e.evidence.note)).toEqual(['document', 'document', 'document']);
  });
});

describe('edgesOfDocument: sheets', () => {
  it('treats each row as its own paragraph and cites the sheet row', () => {
    const rows = [
      ['التاريخ', 'البيان', 'الجهة', 'المبلغ', 'ملاحظات'],
      ['07/04/1436', 'رسوم', 'عبد الكريم الهيتي', 385000, 'الموصل'],
      ['02/04/1436', 'فدية', 'رقية الجميلي', 23611000, 'الفلوجة'],
    ];
    const text = `الواردات\n${rows.map((r) => r.join('\t')).join('\n')}`;
    const doc: GraphDocument = { rowid: 20, mime: 'text/csv', text, structure: { sheets: [{ name: 'الواردات', rows, start: 0, end: text.length }] } };
    const edges = edgesOfDocument(
      doc,
      mentionsOf(text, [
        ['عبد الكريم الهيتي', 'person', 'per-h'],
        ['الموصل', 'place', 'plc-m'],
        ['رقية الجميلي', 'person', 'per-r'],
        ['الفلوجة', 'place', 'plc-f'],
      ]),
    );
    const located = byType(edges, 'located-at');
    expect(pairs(located)).toEqual(['per-h>plc-m', 'per-r>plc-f']);
    expect(located.find((e) => e.source === 'per-r')?.evidence).toEqual({ doc: 20, ...span(text, 'رقية الجميلي', 'الفلوجة'), sheet: 'الواردات', row: 3, note: 'sentence' });
    // Across rows: only document-level co-mentions (no paragraph, rows are no paragraph), and no sheet row cited.
    const co = byType(edges, 'co-mentioned');
    expect(co.map((e) => e.evidence.note)).toEqual(['document', 'document', 'document']);
    for (const e of co) expect(e.evidence.row).toBeUndefined();
  });
});

describe('edgesOfDocument: a long ledger', () => {
  it('links only rows near each other, weakly, when the sheet names too many entities for the document level', () => {
    const names = Array.from({ length: 60 }, (_, i) => `Payee${String(i).padStart(2, '0')}`);
    const rows = [['name', 'amount', 'note'], ...names.map((n) => [n, 1000, 'x'.repeat(40)])];
    const text = `Sheet1\n${rows.map((r) => r.join('\t')).join('\n')}`;
    const doc: GraphDocument = { rowid: 21, mime: 'text/csv', text, structure: { sheets: [{ name: 'Sheet1', rows, start: 0, end: text.length }] } };
    const mentions = mentionsOf(text, names.map((n) => [n, 'person', `per-${n}`]));
    const edges = edgesOfDocument(doc, mentions);
    const linked = new Set(edges.map((e) => `${e.source}>${e.target}`));
    expect(linked.has('per-Payee00>per-Payee01')).toBe(true);
    expect(linked.has('per-Payee00>per-Payee59')).toBe(false);
    for (const e of edges) expect(e.evidence.note).toBe('document');
    // Each row reaches the rows within the window, not the whole ledger.
    let near = 0;
    for (let i = 0; i < mentions.length; i += 1) for (let j = i + 1; j < mentions.length; j += 1) if (mentions[j]!.start - mentions[i]!.end <= WINDOW_CHARS) near += 1;
    expect(edges.length).toBe(near);
    expect(near).toBeLessThan((names.length * (names.length - 1)) / 2);
  });
});

describe('edgesOfDocument: letters', () => {
  it('links the persons of a From line to those of the To line below it, in Arabic and French', () => {
    const ar = 'مكتب شؤون الأفراد\n\nمن: الشيخ فاضل الطائي\n\nإلى: الأمير أبو تراب العكيدي\n\nتم تحويل مبلغ 10500 دولار.';
    const mentions = mentionsOf(ar, [
      ['مكتب شؤون الأفراد', 'organisation', 'org-1'],
      ['فاضل الطائي', 'person', 'per-f'],
      ['أبو تراب العكيدي', 'person', 'per-t'],
    ]);
    const edges = edgesOfDocument({ rowid: 11, mime: 'application/pdf', text: ar, structure: {} }, mentions);
    expect(byType(edges, 'communicated')).toEqual([
      { source: 'per-f', target: 'per-t', type: 'communicated', weight: 1, evidence: { doc: 11, ...span(ar, 'فاضل الطائي', 'أبو تراب العكيدي'), note: 'letter' } },
    ]);
    expect(byType(edges, 'co-mentioned').map((e) => `${e.source}>${e.target}`)).toEqual(['org-1>per-f', 'org-1>per-t']);

    const fr = 'Avis de réception\nDe : Abu Dujana al-Mashhadani\nÀ : émir Yasin el-Dhahabi\nQue la paix soit sur vous.';
    const frEdges = edgesOfDocument(
      { rowid: 12, mime: 'application/pdf', text: fr, structure: {} },
      mentionsOf(fr, [
        ['Abu Dujana al-Mashhadani', 'person', 'per-d'],
        ['Yasin el-Dhahabi', 'person', 'per-y'],
      ]),
    );
    expect(pairs(byType(frEdges, 'communicated'))).toEqual(['per-d>per-y']);
  });

  it('needs the To line within a few lines of the From line', () => {
    const t = 'From: Abu Dujana\na\nb\nc\nd\nTo: Yasin';
    const out = edgesOfDocument({ rowid: 13, mime: 'text/plain', text: t, structure: {} }, mentionsOf(t, [['Abu Dujana', 'person', 'per-d'], ['Yasin', 'person', 'per-y']]));
    expect(byType(out, 'communicated')).toEqual([]);
  });
});

describe('edgesOfDocument: chats and payments', () => {
  it('links every chat sender to every other, citing their first exchange', () => {
    const text = 'Karim: hello\nSamir: I received 500 USD from Layla Aziz\nKarim: good\nZaid: ok';
    const at = (s: string, nth = 0): number => {
      let i = -1;
      for (let k = 0; k <= nth; k += 1) i = text.indexOf(s, i + 1);
      return i;
    };
    const messages = [
      { sender: 'Karim', text: 'hello', start: at('hello'), end: at('hello') + 5 },
      { sender: 'Samir', text: 'I received 500 USD from Layla Aziz', start: at('I received'), end: at('Layla Aziz') + 10 },
      { sender: 'Karim', text: 'good', start: at('good'), end: at('good') + 4 },
      { sender: 'Zaid', text: 'ok', start: at('ok'), end: at('ok') + 2 },
    ];
    const mentions = mentionsOf(text, [
      ['Karim', 'person', 'per-k'],
      ['Samir', 'person', 'per-s'],
      ['Layla Aziz', 'person', 'per-l'],
      ['Karim', 'person', 'per-k', 1],
    ]);
    // Zaid has no mention: the sender is not resolved and takes no part.
    const edges = edgesOfDocument({ rowid: 4, mime: 'application/x-telegram-export+json', text, structure: { messages } }, mentions);
    expect(pairs(byType(edges, 'communicated'))).toEqual(['per-k>per-s', 'per-s>per-k']);
    expect(byType(edges, 'communicated')[0]?.evidence).toEqual({ doc: 4, start: 0, end: at('Layla Aziz') + 10, note: 'chat' });
    const co = byType(edges, 'co-mentioned').map((e) => `${e.source}>${e.target} ${e.evidence.note}`).sort();
    expect(co).toEqual(['per-k>per-l paragraph', 'per-l>per-s sentence']);
  });

  it('finds a sender by its name when the line has no mention before the text', () => {
    // Omar's line starts with his name (a mention); Abu Zaid's line starts with a nickname the recogniser missed,
    // but his name is written elsewhere in the chat.
    const text = 'Omar: hi there\nZaizou: Omar, ask Abu Zaid';
    const messages = [
      { sender: 'Omar', start: text.indexOf('hi'), end: text.indexOf('hi') + 8 },
      { sender: 'Abu Zaid', start: text.indexOf('Omar, ask'), end: text.length },
    ];
    const mentions = mentionsOf(text, [
      ['Omar', 'person', 'per-o'],
      ['Omar', 'person', 'per-o', 1],
      ['Abu Zaid', 'person', 'per-z'],
    ]);
    const edges = edgesOfDocument({ rowid: 5, mime: 'application/x-whatsapp-chat', text, structure: { messages } }, mentions);
    expect(pairs(byType(edges, 'communicated'))).toEqual(['per-o>per-z', 'per-z>per-o']);
    expect(byType(edges, 'communicated')[0]?.evidence).toEqual({ doc: 5, start: 0, end: text.length, note: 'chat' });
  });

  it('turns resolved payments into paid edges citing the sheet row', () => {
    const doc: GraphDocument = { rowid: 9, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', text: 'ledger', structure: {} };
    const edges = edgesOfDocument(doc, [], {
      payments: [
        { payer: 'org-office', payee: 'per-s', amount: 500, currency: 'USD', usd: 500, sheet: 'Spending', row: 4 },
        { payer: null, payee: 'per-s', amount: 10, currency: 'USD', usd: 10 },
        { payer: 'per-s', payee: 'per-s', amount: 10, currency: 'USD', usd: 10 },
        { payer: 'per-s', payee: 'per-l', amount: 9000, currency: 'SYP', usd: null, start: 0, end: 6 },
      ],
    });
    expect(edges).toEqual([
      { source: 'org-office', target: 'per-s', type: 'paid', weight: 1, evidence: { doc: 9, sheet: 'Spending', row: 4, note: '500 USD (500 USD)' } },
      { source: 'per-s', target: 'per-l', type: 'paid', weight: 1, evidence: { doc: 9, start: 0, end: 6, note: '9000 SYP' } },
    ]);
  });
});
