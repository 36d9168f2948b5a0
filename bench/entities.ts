/**
 * Benchmark: the entities stage against a haul's truth. Per type: mention precision, recall and F1 (persons,
 * selectors, Hijri dates, cities, money in prose); person clustering B-cubed precision, recall and F1; and the
 * stage's time against extraction's. Prints figures; asserts nothing.
 *   npx tsx bench/entities.ts [HAUL_DIR] [CASE_DIR]   (default: a 2,000-document haul made and ingested here)
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Truth } from '../src/haul/truth.js';
import { makeHaul } from '../src/haul/write.js';
import { ingest } from '../src/ingest/ingest.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import type { StoredMention } from '../src/store/sqlite/entity-store.js';
import { joinTruth } from './lib/truth-join.js';

const work = mkdtempSync(join(tmpdir(), 'ariadne-bench-entities-'));
const haul = process.argv[2] ?? join(work, 'h');
const caseDir = process.argv[3] ?? join(work, 'case');
if (!existsSync(join(haul, 'truth.json'))) {
  console.log('making a 2,000-document haul...');
  await makeHaul({ out: haul, docs: 2000, seed: 7 });
}
if (!existsSync(join(caseDir, 'case.db'))) {
  // The stage's cost: the same ingest without and with entities (no OCR), one after the other.
  console.log('ingesting it (no OCR) without the entities stage, then with it...');
  const plain = await ingest({ caseDir: join(work, 'plain'), paths: [join(haul, 'haul')], label: 'bench', ocr: false, entities: false });
  const s = await ingest({ caseDir, paths: [join(haul, 'haul')], label: 'bench', ocr: false });
  console.log(`  without entities ${(plain.ms / 1000).toFixed(1)} s; with entities ${(s.ms / 1000).toFixed(1)} s ` +
    `(recognition inside extraction, then resolution ${(s.resolveMs / 1000).toFixed(1)} s): the stage adds ${(((s.ms - plain.ms) / plain.ms) * 100).toFixed(0)}% (target at most 30%)`);
}
const truth = JSON.parse(readFileSync(join(haul, 'truth.json'), 'utf8')) as Truth;
const store = SqliteCaseStore.open(caseDir, { create: false });
const { joined, missing } = joinTruth(store.db, truth);
console.log(`${joined.length} truth documents found in the case (${missing.length} not: members of duplicate containers)`);

interface Score {
  tp: number;
  fp: number;
  fn: number;
}
const scores = new Map<string, Score>();
const score = (k: string) => scores.get(k) ?? (scores.set(k, { tp: 0, fp: 0, fn: 0 }), scores.get(k)!);

/** Multiset matching of two lists of keys: counts true positives, false positives and false negatives. */
function match(k: string, want: string[], got: string[]): void {
  const s = score(k);
  const left = new Map<string, number>();
  for (const w of want) left.set(w, (left.get(w) ?? 0) + 1);
  for (const g of got) {
    const n = left.get(g) ?? 0;
    if (n > 0) {
      s.tp++;
      left.set(g, n - 1);
    } else s.fp++;
  }
  for (const n of left.values()) s.fn += n;
}

const PROSE = new Set(['docx', 'pdf', 'txt', 'html', 'eml', 'email-message', 'whatsapp', 'telegram']);
/** The haul's home ground: its truth never lists Iraqi and Syrian cities as pointing at a country. */
const HOME = new Set(['IQ', 'SY']);
const byId = new Map(truth.documents.map((d) => [d.id, d]));
// Person clustering: matched mentions with their truth person and their entity.
const clustered: { person: string; entity: string }[] = [];
/** Every occurrence of the truth's surfaces in the text (a name written twice is two mentions), longest first. */
function occurrences(text: string, surfaces: string[]): { start: number; end: number; surface: string }[] {
  const out: { start: number; end: number; surface: string }[] = [];
  const taken: [number, number][] = [];
  for (const s of [...new Set(surfaces)].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      const before = text.slice(Math.max(0, i - 1), i);
      const after = text.charAt(i + s.length);
      // A letter glued before is not a word boundary, except an Arabic proclitic (و ف ب ل ك).
      if ((/\p{L}/u.test(before) && !/[وفبلك]/.test(before)) || /\p{L}/u.test(after)) continue;
      if (taken.some(([a, b]) => i < b && i + s.length > a)) continue;
      taken.push([i, i + s.length]);
      out.push({ start: i, end: i + s.length, surface: s });
    }
  }
  return out;
}
for (const j of joined) {
  const t = j.truth;
  if (t.scanned) continue; // no OCR in this case: scans have no text
  // An mbox's own text is the index of its messages, whose truth belongs to the messages: not scored.
  if (t.kind === 'mbox') continue;
  const ms = store.entities.mentionsOfDocument(j.rowid);
  const of = (type: string) => ms.filter((m) => m.type === type);
  // Persons: exact offsets against every occurrence of a truth surface.
  const occ = occurrences(j.text, t.persons.map((p) => p.surface));
  match('person', occ.map((o) => `${o.start}:${o.end}`), of('person').map((m) => `${m.start}:${m.end}`));
  // Clustering: each truth mention paired with the recognised mention at the same place.
  const at = new Map(of('person').map((m) => [`${m.start}:${m.end}`, m]));
  const personOf = new Map(t.persons.map((p) => [p.surface, p.person]));
  for (const o of occ) {
    const m = at.get(`${o.start}:${o.end}`);
    if (m?.entity) clustered.push({ person: personOf.get(o.surface)!, entity: m.entity });
  }
  for (const type of ['phone', 'email', 'iban', 'wallet'] as const) {
    match(type, t.selectors.filter((s) => s.type === type).map((s) => s.value), of(type).map((m) => m.value));
  }
  match('hijri date', t.hijri_dates.map((h) => h.gregorian), of('date').filter((m) => m.attrs?.calendar === 'hijri').map((m) => m.value));
  // Places: (document, country) pairs of cities and addresses, against the countries the truth gives the
  // document (evidence or passing mention); the home ground is not scored.
  const want = new Set(t.countries.filter((c) => c.via === 'city' || c.via === 'address').map((c) => c.country));
  const allowed = new Set([...t.countries.map((c) => c.country), ...t.distractor_countries]);
  const got = new Set(of('place').map((m) => String(m.attrs?.country ?? '')).filter((c) => c && !HOME.has(c)));
  const sp = score('place (country)');
  for (const c of got) allowed.has(c) ? sp.tp++ : sp.fp++;
  for (const c of want) if (!got.has(c) && !HOME.has(c)) sp.fn++;
  if (PROSE.has(t.kind)) {
    // A duplicate copy carries its original's transactions.
    const origin = t.duplicate_of ? (byId.get(t.duplicate_of) ?? t) : t;
    const tx = truth.transactions.filter((x) => x.document === origin.id);
    match('money (prose)', tx.map((x) => `${x.amount} ${x.currency}`), of('money').map((m) => m.value));
  }
}

const f = (x: number) => x.toFixed(3);
console.log('\nmentions         precision  recall  F1      (tp / fp / fn)');
for (const [k, s] of scores) {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  console.log(`${k.padEnd(16)} ${f(p).padStart(9)}  ${f(r).padStart(6)}  ${f((2 * p * r) / Math.max(1e-9, p + r))}   (${s.tp} / ${s.fp} / ${s.fn})`);
}

// B-cubed over the matched person mentions.
const byEntity = new Map<string, Map<string, number>>();
const byPerson = new Map<string, Map<string, number>>();
for (const c of clustered) {
  const e = byEntity.get(c.entity) ?? new Map<string, number>();
  e.set(c.person, (e.get(c.person) ?? 0) + 1);
  byEntity.set(c.entity, e);
  const p = byPerson.get(c.person) ?? new Map<string, number>();
  p.set(c.entity, (p.get(c.entity) ?? 0) + 1);
  byPerson.set(c.person, p);
}
let bp = 0;
let br = 0;
for (const c of clustered) {
  const both = byEntity.get(c.entity)!.get(c.person)!;
  bp += both / [...byEntity.get(c.entity)!.values()].reduce((a, b) => a + b, 0);
  br += both / [...byPerson.get(c.person)!.values()].reduce((a, b) => a + b, 0);
}
bp /= Math.max(1, clustered.length);
br /= Math.max(1, clustered.length);
const entities = store.db.prepare("SELECT count(*) n, sum(ambiguous) a FROM entities WHERE type = 'person'").get() as { n: number; a: number };
console.log(`\nperson clustering (B-cubed over ${clustered.length} matched mentions): precision ${f(bp)}, recall ${f(br)}, F1 ${f((2 * bp * br) / Math.max(1e-9, bp + br))}`);
console.log(`  ${entities.n} person entities (${entities.a} ambiguous: a kunya or one name alone, unlinked) for ${truth.persons.length} persons in the truth`);
store.close();
