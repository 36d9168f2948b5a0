/**
 * Graph edges of one document (pure): who wrote to whom (e-mail headers, the From/To lines of letters and memos
 * in Arabic, English and French, chat senders), who paid whom (transactions the money stage resolved to
 * entities), which selector is written next to which person, which person is placed where, and which entities
 * are written near each other. Every edge cites the document and the
 * offsets (or sheet row) that prove it, so an analyst can open the exact passage behind each step of a thread.
 *
 * Nodes are resolved entities of the types in NODE_TYPES; mentions whose entity is null are ignored.
 */
import type { AnalysisMention } from '../types.js';
import { bindSelectors, MAX_GAP, SELECTOR_TYPES } from '../../resolve/bindings.js';

export type EdgeType = 'communicated' | 'paid' | 'has-selector' | 'co-mentioned' | 'located-at';
export const EDGE_TYPES: readonly EdgeType[] = ['communicated', 'paid', 'has-selector', 'co-mentioned', 'located-at'];
/** Edge types whose direction means something (from → to, payer → payee). */
export const DIRECTED_TYPES: ReadonlySet<EdgeType> = new Set<EdgeType>(['communicated', 'paid']);

export const NODE_TYPES = ['person', 'organisation', 'phone', 'email', 'iban', 'wallet', 'place'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface Evidence {
  doc: number;
  start?: number;
  end?: number;
  sheet?: string;
  row?: number;
  /** Why: 'sentence' | 'paragraph' | 'document' for co-mentions, 'to' | 'cc' | 'chat' | 'letter' for communications, the amount for payments. */
  note?: string;
}

export interface Edge {
  source: string;
  target: string;
  type: EdgeType;
  weight: number;
  evidence: Evidence;
}

export interface GraphDocument {
  rowid: number;
  mime: string;
  text: string;
  structure: {
    email?: { from?: string; to?: string[]; cc?: string[]; [k: string]: unknown };
    messages?: { sender: string; at?: string; start?: number; end?: number; [k: string]: unknown }[];
    [k: string]: unknown;
  };
  docDate?: string | null;
}

/** A transaction whose payer and payee the stage resolved to entity ids (null when unresolved). */
export interface Payment {
  payer: string | null;
  payee: string | null;
  amount: number;
  currency: string;
  usd: number | null;
  sheet?: string;
  row?: number;
  start?: number;
  end?: number;
}

export interface DocumentExtras {
  payments?: readonly Payment[];
}

/** Nearness scale of co-mentions and located-at, in characters: the weight halves its nearness bonus at ~70. */
export const NEAR_CHARS = 100;
/** Pairs of mentions further apart than this are never sentence- or paragraph-level co-mentions. */
export const WINDOW_CHARS = 1000;
/** Most mentions compared with one mention inside the window (dense tables stay linear). */
export const WINDOW_MENTIONS = 200;
/** Document-level co-mentions only for documents with at most this many distinct node entities. */
export const DOCUMENT_ENTITY_CAP = 30;
export const LEVEL_WEIGHT = { sentence: 1, paragraph: 0.5, document: 0.2 } as const;
type Level = keyof typeof LEVEL_WEIGHT;
const LEVEL_RANK: Record<Level, number> = { sentence: 0, paragraph: 1, document: 2 };
/** Recipients in Cc weigh less than those in To. */
export const CC_WEIGHT = 0.7;

const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);
const SELECTOR_SET: ReadonlySet<string> = new Set(SELECTOR_TYPES);
/** Co-mentions need a person or an organisation at one end (phone–place or place–place pairs say little). */
const ACTOR_TYPES: ReadonlySet<string> = new Set(['person', 'organisation']);

/** A nearness factor in (0.5, 1]: 1 when adjacent, 0.5 far away. */
export function nearness(gap: number): number {
  return 0.5 + 0.5 * Math.exp(-Math.max(0, gap) / NEAR_CHARS);
}

export function edgesOfDocument(doc: GraphDocument, mentions: readonly AnalysisMention[], extra: DocumentExtras = {}): Edge[] {
  const nodes = mentions
    .filter((m) => m.entity !== null && NODE_TYPE_SET.has(m.type) && m.end > m.start)
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edge[] = [];
  const typed = new Set<string>(); // unordered pairs with a typed edge from this document: no co-mention for them
  const push = (e: Edge): void => {
    if (e.source === e.target) return;
    out.push(e);
    typed.add(pairKey(e.source, e.target));
  };

  const sheets = sheetsOf(doc);
  const header = emailEdges(doc, nodes, push);
  letterEdges(doc, nodes, header, push);
  chatEdges(doc, nodes, push);
  paymentEdges(doc, extra.payments ?? [], push);
  selectorEdges(doc, nodes, sheets.locate, push);
  const seg = segmenter(doc.text, sheets.spans);
  locatedEdges(doc, nodes, seg, sheets.locate, push);
  coMentionEdges(doc, nodes, seg, sheets.locate, header, typed, out);
  return out;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

type Push = (e: Edge) => void;

// ---------------------------------------------------------------------------------------------------------------
// E-mail: From → To and Cc.

interface Party {
  /** Offsets of the address entry in the text. */
  start: number;
  end: number;
  /** The person or organisation named, and the e-mail address, as entities. */
  actor?: string;
  email?: string;
}

/** Locates 'From: x', 'To: a, b' in the header block (the shape every mail extractor writes); returns the block's end. */
function emailEdges(doc: GraphDocument, nodes: readonly AnalysisMention[], push: Push): number {
  const email = doc.structure.email;
  if (!email?.from) return 0;
  const text = doc.text;
  const blank = text.indexOf('\n\n');
  const blockEnd = blank >= 0 ? blank : Math.min(text.length, 4000);
  const lines = headerLines(text, blockEnd);
  const senders = parties(text, lines.get('from'), [email.from], nodes);
  const recipients: { party: Party; note: 'to' | 'cc' }[] = [
    ...parties(text, lines.get('to'), email.to ?? [], nodes).map((party) => ({ party, note: 'to' as const })),
    ...parties(text, lines.get('cc'), email.cc ?? [], nodes).map((party) => ({ party, note: 'cc' as const })),
  ];
  for (const s of senders) {
    for (const { party: r, note } of recipients) {
      const evidence = (): Evidence => ({
        doc: doc.rowid,
        start: Math.min(s.start, r.start),
        end: Math.max(s.end, r.end),
        note,
      });
      const weight = note === 'cc' ? CC_WEIGHT : 1;
      // Person to person and address to address; an address stands in for a missing name on either side.
      const pairs = new Set<string>();
      const add = (a: string | undefined, b: string | undefined): void => {
        if (!a || !b || a === b || pairs.has(`${a}\u0000${b}`)) return;
        pairs.add(`${a}\u0000${b}`);
        push({ source: a, target: b, type: 'communicated', weight, evidence: evidence() });
      };
      add(s.actor, r.actor);
      add(s.email, r.email);
      if (!s.actor) add(s.email, r.actor);
      if (!r.actor) add(s.actor, r.email);
    }
  }
  return lines.size > 0 ? blockEnd : 0;
}

function headerLines(text: string, blockEnd: number): Map<string, { start: number; end: number }> {
  const out = new Map<string, { start: number; end: number }>();
  let pos = 0;
  while (pos < blockEnd) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 || nl > blockEnd ? blockEnd : nl;
    const m = /^(From|To|Cc):[ \t]*/i.exec(text.slice(pos, end));
    if (m?.[1] && !out.has(m[1].toLowerCase())) out.set(m[1].toLowerCase(), { start: pos + m[0].length, end });
    pos = end + 1;
  }
  return out;
}

function parties(
  text: string,
  line: { start: number; end: number } | undefined,
  entries: readonly string[],
  nodes: readonly AnalysisMention[],
): Party[] {
  const out: Party[] = [];
  let cursor = line?.start ?? 0;
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    let start = -1;
    if (line) {
      const at = text.indexOf(entry, cursor);
      if (at >= 0 && at + entry.length <= line.end) start = at;
    }
    const party: Party = { start: 0, end: 0 };
    if (start >= 0) {
      party.start = start;
      party.end = start + entry.length;
      cursor = party.end;
      for (const m of nodes) {
        if (m.start < party.start || m.end > party.end || m.entity === null) continue;
        if (m.type === 'email') party.email ??= m.entity;
        else if (m.type === 'person' || m.type === 'organisation') party.actor ??= m.entity;
      }
    } else {
      // No header line in the text: find the address (and the name) among the document's mentions.
      const address = /<([^<>]+)>/.exec(entry)?.[1] ?? (entry.includes('@') ? entry : undefined);
      const name = entry.replace(/<[^<>]*>/, '').replace(/^["'\s]+|["'\s]+$/g, '');
      const byAddress = address ? nodes.find((m) => m.type === 'email' && m.value.toLowerCase() === address.trim().toLowerCase()) : undefined;
      const byName = name && name !== address ? nodes.find((m) => (m.type === 'person' || m.type === 'organisation') && m.surface === name) : undefined;
      if (!byAddress && !byName) continue;
      party.email = byAddress?.entity ?? undefined;
      party.actor = byName?.entity ?? undefined;
      const spans = [byAddress, byName].filter((m): m is AnalysisMention => m !== undefined);
      party.start = Math.min(...spans.map((m) => m.start));
      party.end = Math.max(...spans.map((m) => m.end));
    }
    if (party.actor || party.email) out.push(party);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Letters and memos: a 'From:' line followed within LETTER_LINES lines by a 'To:' line (Arabic, English, French).

const LETTER_FROM = /^[ \t]*(?:From|من|المرسل|De|Expéditeur)[ \t]*:/i;
const LETTER_TO = /^[ \t]*(?:To|إلى|الى|المرسل إليه|À|A|Destinataire)[ \t]*:/i;
/** Most lines between a letter's From line and its To line. */
export const LETTER_LINES = 3;

function letterEdges(doc: GraphDocument, nodes: readonly AnalysisMention[], headerEnd: number, push: Push): void {
  const text = doc.text;
  if (!/(?:From|من|المرسل|De|Expéditeur)[ \t]*:/i.test(text)) return;
  const lines: Span[] = [];
  for (let pos = headerEnd; pos <= text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: pos, end });
    pos = end + 1;
  }
  const actors = nodes.filter((m) => m.type === 'person' || m.type === 'organisation');
  const actorsIn = (line: Span): AnalysisMention[] => {
    const out: AnalysisMention[] = [];
    for (let i = lowerBound(actors, line.start); i < actors.length && (actors[i] as AnalysisMention).start < line.end; i += 1) {
      const m = actors[i] as AnalysisMention;
      if (m.end <= line.end) out.push(m);
    }
    return out;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const from = lines[i] as Span;
    if (!LETTER_FROM.test(text.slice(from.start, Math.min(from.end, from.start + 40)))) continue;
    for (let j = i + 1; j < lines.length && j <= i + LETTER_LINES; j += 1) {
      const to = lines[j] as Span;
      if (!LETTER_TO.test(text.slice(to.start, Math.min(to.end, to.start + 40)))) continue;
      const senders = actorsIn(from);
      const recipients = actorsIn(to);
      const done = new Set<string>();
      for (const a of senders) {
        for (const b of recipients) {
          const key = `${a.entity}\u0000${b.entity}`;
          if (a.entity === b.entity || done.has(key)) continue;
          done.add(key);
          push({ source: a.entity as string, target: b.entity as string, type: 'communicated', weight: 1, evidence: { doc: doc.rowid, start: a.start, end: b.end, note: 'letter' } });
        }
      }
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Chats: each sender → every other sender of the chat.

function chatEdges(doc: GraphDocument, nodes: readonly AnalysisMention[], push: Push): void {
  const messages = doc.structure.messages;
  if (!messages?.length) return;
  const text = doc.text;
  const actors = nodes.filter((m) => m.type === 'person' || m.type === 'organisation');
  const bySurface = new Map<string, string>();
  for (const m of actors) if (m.entity && !bySurface.has(m.surface.trim())) bySurface.set(m.surface.trim(), m.entity);
  // The entity of each message's sender: a person mention in the line before the message text ('name: text'),
  // else a mention written exactly as the sender's name anywhere in the chat.
  const who: (Span & { entity: string })[] = [];
  for (const msg of messages) {
    const at = msg.start;
    const lineStart = typeof at === 'number' ? text.lastIndexOf('\n', at - 1) + 1 : undefined;
    let entity: string | undefined;
    if (typeof at === 'number' && lineStart !== undefined) {
      for (let i = lowerBound(actors, lineStart); i < actors.length; i += 1) {
        const m = actors[i] as AnalysisMention;
        if (m.start >= at) break;
        if (m.end <= at && m.entity) {
          entity = m.entity;
          break;
        }
      }
    }
    entity ??= bySurface.get(msg.sender.trim());
    if (entity) who.push({ entity, start: lineStart ?? 0, end: msg.end ?? at ?? 0 });
  }
  const senders = [...new Set(who.map((w) => w.entity))];
  if (senders.length < 2) return;
  // Evidence per pair: their first exchange (consecutive messages), else their first messages.
  const exchange = new Map<string, Span>();
  for (let i = 0; i + 1 < who.length; i += 1) {
    const x = who[i] as Span & { entity: string };
    const y = who[i + 1] as Span & { entity: string };
    if (x.entity === y.entity) continue;
    const key = pairKey(x.entity, y.entity);
    if (!exchange.has(key)) exchange.set(key, { start: x.start, end: y.end });
  }
  const first = new Map<string, Span>();
  for (const w of who) if (!first.has(w.entity)) first.set(w.entity, w);
  for (const a of senders) {
    for (const b of senders) {
      if (a === b) continue;
      const x = first.get(a) as Span;
      const y = first.get(b) as Span;
      const span = exchange.get(pairKey(a, b)) ?? { start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) };
      push({ source: a, target: b, type: 'communicated', weight: 1, evidence: { doc: doc.rowid, start: span.start, end: span.end, note: 'chat' } });
    }
  }
}

interface Span {
  start: number;
  end: number;
}

/** The first index of a list sorted by start whose start is at least pos. */
function lowerBound(sorted: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Span).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------------------------
// Payments, selectors, places.

function paymentEdges(doc: GraphDocument, payments: readonly Payment[], push: Push): void {
  for (const p of payments) {
    if (!p.payer || !p.payee || p.payer === p.payee) continue;
    const evidence: Evidence = { doc: doc.rowid, note: `${p.amount} ${p.currency}${p.usd !== null ? ` (${p.usd} USD)` : ''}` };
    if (p.sheet !== undefined) evidence.sheet = p.sheet;
    if (p.row !== undefined) evidence.row = p.row;
    if (p.start !== undefined) evidence.start = p.start;
    if (p.end !== undefined) evidence.end = p.end;
    push({ source: p.payer, target: p.payee, type: 'paid', weight: 1, evidence });
  }
}

/** The rule resolution uses (resolve/bindings.ts): a selector binds to the nearest person on its line within MAX_GAP. */
function selectorEdges(doc: GraphDocument, nodes: readonly AnalysisMention[], locate: RowLocator, push: Push): void {
  const persons = nodes.filter((m) => m.type === 'person');
  if (persons.length === 0) return;
  const byId = new Map(persons.map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (const s of nodes) {
    if (!SELECTOR_SET.has(s.type) || !s.entity) continue;
    const near = persons.filter((p) => p.start - s.end <= MAX_GAP && s.start - p.end <= MAX_GAP);
    const [binding] = bindSelectors(doc.text, near, [{ id: s.id, start: s.start, end: s.end, type: s.type, value: s.value }]);
    const p = binding ? byId.get(binding.mention) : undefined;
    if (!p?.entity || seen.has(`${p.entity}\u0000${s.entity}`)) continue;
    seen.add(`${p.entity}\u0000${s.entity}`);
    const gap = Math.max(0, s.start - p.end, p.start - s.end);
    push({ source: p.entity, target: s.entity, type: 'has-selector', weight: nearness(gap), evidence: evidenceOf(doc, p, s, locate) });
  }
}

interface Segmenter {
  sentence(pos: number): number;
  paragraph(pos: number): number;
}

/**
 * Sentences end at a newline or at . ! ? ؟ followed by a space; paragraphs at a blank line, and inside a table
 * (a sheet's text) at every row: two rows of a ledger are no more related than two entries of a list.
 */
export function segmenter(text: string, tables: readonly Span[] = []): Segmenter {
  const sentenceEnds: number[] = [];
  const paragraphEnds: number[] = [];
  const re = /\n|[.!?؟…](?=\s|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sentenceEnds.push(m.index + m[0].length);
  const pr = /\n[ \t\r\f\v]*\n/g;
  for (let m = pr.exec(text); m; m = pr.exec(text)) paragraphEnds.push(m.index + m[0].length);
  for (const t of tables) {
    for (let nl = text.indexOf('\n', t.start); nl >= 0 && nl < t.end; nl = text.indexOf('\n', nl + 1)) paragraphEnds.push(nl + 1);
  }
  if (tables.length > 0) paragraphEnds.sort((a, b) => a - b);
  return { sentence: (pos) => countAtMost(sentenceEnds, pos), paragraph: (pos) => countAtMost(paragraphEnds, pos) };
}

interface SheetLike {
  name: string;
  start: number;
  end: number;
  rows: unknown[];
}

/** Where a position falls in a sheet: its name and 1-based row (header row 1), by extract/xlsx.ts's layout. */
type RowLocator = (pos: number) => { sheet: string; row: number } | undefined;

/**
 * The sheets of a spreadsheet or CSV (structure.sheets) whose text follows the extractors' layout: the sheet's
 * name on a line, then one line per row. Sheets that do not (a cell with a line break) are left out.
 */
function sheetsOf(doc: GraphDocument): { spans: Span[]; locate: RowLocator } {
  const raw = doc.structure.sheets;
  const sheets: { name: string; lineStarts: number[]; start: number; end: number }[] = [];
  if (Array.isArray(raw)) {
    for (const sh of raw as SheetLike[]) {
      if (typeof sh?.start !== 'number' || typeof sh.end !== 'number' || !Array.isArray(sh.rows)) continue;
      const lineStarts = [sh.start];
      for (let nl = doc.text.indexOf('\n', sh.start); nl >= 0 && nl < sh.end; nl = doc.text.indexOf('\n', nl + 1)) lineStarts.push(nl + 1);
      if (lineStarts.length !== sh.rows.length + 1 || doc.text.slice(sh.start, sh.start + sh.name.length) !== sh.name) continue;
      sheets.push({ name: sh.name, lineStarts, start: sh.start, end: sh.end });
    }
  }
  const locate: RowLocator = (pos) => {
    const sh = sheets.find((x) => pos >= x.start && pos < x.end);
    if (!sh) return undefined;
    const line = countAtMost(sh.lineStarts, pos) - 1; // 0 is the name line
    return line >= 1 ? { sheet: sh.name, row: line } : undefined;
  };
  return { spans: sheets.map(({ start, end }) => ({ start, end })), locate };
}

/** Evidence for two mentions: their span, and the sheet row when both sit in the same one. */
function evidenceOf(doc: GraphDocument, a: AnalysisMention, b: AnalysisMention, locate: RowLocator, note?: string): Evidence {
  const ev: Evidence = { doc: doc.rowid, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  const ra = locate(a.start);
  if (ra) {
    const rb = locate(b.start);
    if (rb && rb.sheet === ra.sheet && rb.row === ra.row) {
      ev.sheet = ra.sheet;
      ev.row = ra.row;
    }
  }
  if (note !== undefined) ev.note = note;
  return ev;
}

function countAtMost(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function gapOf(a: AnalysisMention, b: AnalysisMention): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/** A person and a place written in one sentence: one edge per (person, place) and document, the nearest pair. */
function locatedEdges(doc: GraphDocument, nodes: readonly AnalysisMention[], seg: Segmenter, locate: RowLocator, push: Push): void {
  const best = new Map<string, { p: AnalysisMention; q: AnalysisMention; gap: number }>();
  forEachNearPair(nodes, (a, b) => {
    const [p, q] = a.type === 'person' && b.type === 'place' ? [a, b] : b.type === 'person' && a.type === 'place' ? [b, a] : [];
    if (!p || !q || seg.sentence(a.start) !== seg.sentence(b.start)) return;
    const key = `${p.entity}\u0000${q.entity}`;
    const gap = gapOf(p, q);
    const prev = best.get(key);
    if (!prev || gap < prev.gap) best.set(key, { p, q, gap });
  });
  for (const { p, q, gap } of best.values()) {
    push({
      source: p.entity as string,
      target: q.entity as string,
      type: 'located-at',
      weight: nearness(gap),
      evidence: evidenceOf(doc, p, q, locate, 'sentence'),
    });
  }
}

/** Calls back each pair of mentions (a before b) within WINDOW_CHARS of each other, bounded by WINDOW_MENTIONS. */
function forEachNearPair(nodes: readonly AnalysisMention[], f: (a: AnalysisMention, b: AnalysisMention) => void): void {
  for (let i = 0; i < nodes.length; i += 1) {
    const a = nodes[i] as AnalysisMention;
    for (let j = i + 1; j < nodes.length && j - i <= WINDOW_MENTIONS; j += 1) {
      const b = nodes[j] as AnalysisMention;
      if (b.start - a.end > WINDOW_CHARS) break;
      if (a.entity !== b.entity) f(a, b);
    }
  }
}

/**
 * Two entities written in one sentence (strong), one paragraph (medium) or only one document (weak), weighted by
 * the distance between their nearest mentions. One edge per pair and document, at its strongest level; none for a
 * pair that already has a typed edge from this document; a pair needs a person or organisation at one end. A
 * sheet row is a sentence and a paragraph; rows within the window of each other are document-level, and the
 * whole document is, only when it names at most DOCUMENT_ENTITY_CAP entities.
 */
function coMentionEdges(
  doc: GraphDocument,
  nodes: readonly AnalysisMention[],
  seg: Segmenter,
  locate: RowLocator,
  headerEnd: number,
  typed: ReadonlySet<string>,
  out: Edge[],
): void {
  interface Best {
    level: Level;
    gap: number;
    a: AnalysisMention;
    b: AnalysisMention;
  }
  const best = new Map<string, Best>();
  // Header lines take part only through their persons and organisations, and never two header mentions together:
  // communicated and has-selector edges already say what the header says.
  const inHeader = (m: AnalysisMention): boolean => m.end <= headerEnd;
  const eligible = (m: AnalysisMention): boolean => !inHeader(m) || ACTOR_TYPES.has(m.type);
  const consider = (a: AnalysisMention, b: AnalysisMention, level: Level): void => {
    if (!ACTOR_TYPES.has(a.type) && !ACTOR_TYPES.has(b.type)) return;
    if (!eligible(a) || !eligible(b) || (inHeader(a) && inHeader(b))) return;
    const key = pairKey(a.entity as string, b.entity as string);
    if (typed.has(key)) return;
    const gap = gapOf(a, b);
    const prev = best.get(key);
    if (!prev || LEVEL_RANK[level] < LEVEL_RANK[prev.level] || (level === prev.level && gap < prev.gap)) best.set(key, { level, gap, a, b });
  };
  forEachNearPair(nodes, (a, b) => {
    if (seg.paragraph(a.start) === seg.paragraph(b.start)) {
      consider(a, b, seg.sentence(a.start) === seg.sentence(b.start) ? 'sentence' : 'paragraph');
      return;
    }
    // Nearby rows of one sheet: a weak, document-level link (in a ledger of hundreds of names, the only one).
    const ra = locate(a.start);
    if (ra && ra.sheet === locate(b.start)?.sheet) consider(a, b, 'document');
  });
  const entities = new Map<string, AnalysisMention[]>();
  for (const m of nodes) {
    const list = entities.get(m.entity as string);
    if (list) list.push(m);
    else entities.set(m.entity as string, [m]);
  }
  if (entities.size <= DOCUMENT_ENTITY_CAP) {
    const lists = [...entities.values()].map((all) => ({ body: all.filter((m) => !inHeader(m)), usable: all.filter(eligible) }));
    for (let i = 0; i < lists.length; i += 1) {
      for (let j = i + 1; j < lists.length; j += 1) {
        const x = lists[i] as { body: AnalysisMention[]; usable: AnalysisMention[] };
        const y = lists[j] as { body: AnalysisMention[]; usable: AnalysisMention[] };
        const first = x.usable[0] ?? x.body[0];
        const second = y.usable[0] ?? y.body[0];
        if (!first || !second || best.has(pairKey(first.entity as string, second.entity as string))) continue;
        // The nearest pair with at least one mention outside the header.
        const options = [x.body.length && y.usable.length ? nearestPair(x.body, y.usable) : undefined, x.usable.length && y.body.length ? nearestPair(x.usable, y.body) : undefined];
        const pick = options.filter((o) => o !== undefined).sort((p, q) => gapOf(p[0], p[1]) - gapOf(q[0], q[1]))[0];
        if (pick) consider(pick[0], pick[1], 'document');
      }
    }
  }
  for (const { level, gap, a, b } of best.values()) {
    const [first, second] = (a.entity as string) < (b.entity as string) ? [a, b] : [b, a];
    out.push({
      source: first.entity as string,
      target: second.entity as string,
      type: 'co-mentioned',
      weight: LEVEL_WEIGHT[level] * nearness(gap),
      evidence: evidenceOf(doc, a, b, locate, level),
    });
  }
}

/** The two nearest mentions of two sorted lists (two pointers). */
function nearestPair(x: readonly AnalysisMention[], y: readonly AnalysisMention[]): [AnalysisMention, AnalysisMention] {
  let i = 0;
  let j = 0;
  let best: [AnalysisMention, AnalysisMention] = [x[0]!, y[0]!];
  let bestGap = Infinity;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    const gap = gapOf(a, b);
    if (gap < bestGap) {
      bestGap = gap;
      best = [a, b];
    }
    if (a.start < b.start) i += 1;
    else j += 1;
  }
  return best;
}
