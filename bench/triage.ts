/**
 * Country triage against a generated haul's truth: per-country precision and recall of (document, country)
 * pairs, the share of distractor pairs (a country a document only names in passing) wrongly flagged, and a
 * naive baseline (every country any mention points at). Prints figures; asserts nothing.
 *
 *   npx tsx bench/triage.ts [--truth /tmp/h10k/truth.json] [--case /tmp/ent-case/case.db] [--home IQ,SY]
 *
 * The case database is copied to /tmp/triage-case/ and the copy opened read-only. Transactions are not in the
 * case yet, so every document gets none; watchlisted entities come from the case's screening hits.
 * The haul's truth never lists its home ground (Iraq, Syria) as a country a document points at, so the bench
 * runs with homeCountries IQ,SY (the option's default is none).
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Truth, TruthDocument } from '../src/haul/truth.js';
import type { AnalysisMention } from '../src/analysis/types.js';
import { collectEvidence, countryQueue, explainDocument, readDocument, type DocumentVerdicts, type TriageInput, type TriageStructure } from '../src/analysis/triage/index.js';
import { eventsOfDocument, type TimelineStructure } from '../src/analysis/timeline/index.js';
import { joinTruth } from './lib/truth-join.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const truthPath = arg('truth', '/tmp/h10k/truth.json');
const casePath = arg('case', '/tmp/ent-case/case.db');
const home = arg('home', 'IQ,SY').split(',').filter(Boolean);
const copyDir = '/tmp/triage-case';
mkdirSync(copyDir, { recursive: true });
const copy = join(copyDir, basename(casePath));
if (!existsSync(copy) || statSync(copy).mtimeMs < statSync(casePath).mtimeMs) copyFileSync(casePath, copy);

const db = new Database(copy, { readonly: true, fileMustExist: true });
const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
const { joined, missing } = joinTruth(db, truth);

const docRow = db.prepare('SELECT mime, title, doc_date AS docDate, structure, metadata FROM documents WHERE rowid = ?');
const mentionRows = db.prepare('SELECT id, type, start, "end" AS "end", surface, value, attrs, entity FROM mentions WHERE doc = ? ORDER BY start');
let watchlisted = new Set<string>();
try {
  watchlisted = new Set((db.prepare('SELECT DISTINCT entity FROM screening_hits').all() as { entity: string }[]).map((r) => r.entity));
} catch {
  /* no screening table in older cases */
}

interface Pair {
  tp: number;
  fp: number;
  fn: number;
}
const perCountry = new Map<string, Pair>();
const naivePer = new Map<string, Pair>();
const bump = (m: Map<string, Pair>, c: string, k: keyof Pair): void => {
  const p = m.get(c) ?? { tp: 0, fp: 0, fn: 0 };
  p[k]++;
  m.set(c, p);
};

let distractorPairs = 0;
let distractorFlagged = 0;
let naiveDistractorFlagged = 0;
let benignFlagged = 0;
let benignDocs = 0;
let passingDocs = 0;
let unreadablePairs = 0;
let distractorDocs = 0;
let distractorDocsPassing = 0;
let operationalPassing = 0;
const passingExamples: string[] = [];
const missByVia = new Map<string, number>();
const fpExamples: string[] = [];
const fnExamples: string[] = [];
const queueInput: DocumentVerdicts[] = [];
const urgencyHist = [0, 0, 0, 0, 0];
const genres = new Map<string, number>();
const t0 = performance.now();

for (const j of joined) {
  const row = docRow.get(j.rowid) as { mime: string; title: string | null; docDate: string | null; structure: string | null; metadata: string | null };
  const mentions: AnalysisMention[] = (mentionRows.all(j.rowid) as { id: number; type: string; start: number; end: number; surface: string; value: string; attrs: string | null; entity: string | null }[]).map((m) => ({
    id: m.id,
    type: m.type,
    start: m.start,
    end: m.end,
    surface: m.surface,
    value: m.value,
    ...(m.attrs ? { attrs: JSON.parse(m.attrs) as Record<string, unknown> } : {}),
    entity: m.entity,
  }));
  const structure = (row.structure ? JSON.parse(row.structure) : {}) as TriageStructure;
  const metadata = (row.metadata ? JSON.parse(row.metadata) : {}) as { exif?: { gps?: { lat: number; lon: number } } };
  const gps = metadata.exif?.gps && Number.isFinite(metadata.exif.gps.lat) ? { lat: metadata.exif.gps.lat, lon: metadata.exif.gps.lon } : null;
  const input: TriageInput = { text: j.text, mime: row.mime, docDate: row.docDate, mentions, transactions: [], watchlisted, structure, gps };
  const ex = explainDocument(input, { homeCountries: home });
  const flagged = new Set(ex.verdicts.map((v) => v.country));
  if (ex.assessment.passing) passingDocs++;
  genres.set(ex.assessment.genre ?? 'none', (genres.get(ex.assessment.genre ?? 'none') ?? 0) + 1);
  queueInput.push({ doc: j.truth.id, verdicts: ex.verdicts, date: row.docDate });
  for (const v of ex.verdicts) urgencyHist[Math.min(4, Math.floor(v.urgency * 5))]!++;

  // Naive baseline: any mention or GPS position pointing at a country.
  const naive = new Set(collectEvidence(input, readDocument(input.text, input.mime, mentions, structure)).map((e) => e.country).filter((c) => !home.includes(c)));

  const wanted = new Set(j.truth.countries.map((c) => c.country));
  const readable = j.text.trim().length > 0 || gps !== null;
  for (const c of wanted) {
    if (flagged.has(c)) bump(perCountry, c, 'tp');
    else {
      bump(perCountry, c, 'fn');
      if (!readable) unreadablePairs++;
      for (const e of j.truth.countries.filter((x) => x.country === c).slice(0, 1)) missByVia.set(`${e.via}${readable ? '' : ' (no text)'}`, (missByVia.get(`${e.via}${readable ? '' : ' (no text)'}`) ?? 0) + 1);
      if (readable && fnExamples.length < 12) fnExamples.push(`${j.truth.id} ${j.truth.kind} ${c} ${JSON.stringify(j.truth.countries.filter((x) => x.country === c).map((x) => x.surface))} — ${ex.assessment.explanation}`);
    }
    bump(naivePer, c, naive.has(c) ? 'tp' : 'fn');
  }
  for (const c of flagged) {
    if (wanted.has(c)) continue;
    bump(perCountry, c, 'fp');
    if (fpExamples.length < 12) fpExamples.push(`${j.truth.id} ${j.truth.kind} ${c}: ${ex.verdicts.find((v) => v.country === c)!.reasons.map((r) => `${r.kind} ${r.surface}`).join(', ')}`);
  }
  for (const c of naive) if (!wanted.has(c)) bump(naivePer, c, 'fp');
  for (const c of j.truth.distractor_countries) {
    if (wanted.has(c)) continue;
    distractorPairs++;
    if (flagged.has(c)) distractorFlagged++;
    if (naive.has(c)) naiveDistractorFlagged++;
  }
  if (j.truth.distractor_countries.length > 0) {
    distractorDocs++;
    if (ex.assessment.passing) distractorDocsPassing++;
  }
  if (!j.truth.benign && !j.truth.noise && ex.assessment.passing) {
    operationalPassing++;
    if (passingExamples.length < 8) passingExamples.push(`${j.truth.id} ${j.truth.kind}: ${ex.assessment.explanation}`);
  }
  if (j.truth.benign) {
    benignDocs++;
    if (flagged.size > 0) benignFlagged++;
  }
}
const ms = performance.now() - t0;

// Timeline: events per kind, and the truth's Hijri dates found as events on their Gregorian day.
const eventKinds = new Map<string, number>();
let hijriWanted = 0;
let hijriFound = 0;
const t1 = performance.now();
for (const j of joined) {
  const row = docRow.get(j.rowid) as { mime: string; title: string | null; docDate: string | null; structure: string | null };
  const mentions = (mentionRows.all(j.rowid) as { id: number; type: string; start: number; end: number; surface: string; value: string; attrs: string | null; entity: string | null }[]).map((m) => ({ ...m, attrs: m.attrs ? (JSON.parse(m.attrs) as Record<string, unknown>) : undefined }));
  const events = eventsOfDocument({ rowid: j.rowid, mime: row.mime, docDate: row.docDate, structure: (row.structure ? JSON.parse(row.structure) : null) as TimelineStructure | null, mentions, transactions: [], text: j.text, title: row.title });
  for (const e of events) eventKinds.set(e.kind, (eventKinds.get(e.kind) ?? 0) + 1);
  if (j.text.trim().length === 0) continue;
  const days = new Set(events.map((e) => e.date));
  for (const h of j.truth.hijri_dates) {
    hijriWanted++;
    if (days.has(h.gregorian)) hijriFound++;
  }
}
const timelineMs = performance.now() - t1;
let missingPairs = 0;
for (const t of missing as TruthDocument[]) missingPairs += new Set(t.countries.map((c) => c.country)).size;

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '   - ');
const prf = (p: Pair): { p: number; r: number; f: number } => {
  const pr = p.tp / (p.tp + p.fp);
  const rc = p.tp / (p.tp + p.fn);
  return { p: pr, r: rc, f: (2 * pr * rc) / (pr + rc) };
};
const total = (m: Map<string, Pair>): Pair => [...m.values()].reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });

console.log(`Country triage — truth ${truthPath}, case ${copy} (read-only copy), home countries ${home.join(',') || 'none'}`);
console.log(`documents: ${joined.length} joined, ${missing.length} in truth but not in the case (${missingPairs} truth pairs); ${(ms / 1000).toFixed(1)} s, ${((joined.length / ms) * 1000).toFixed(0)} docs/s`);
console.log(`genres: ${[...genres].map(([g, n]) => `${g} ${n}`).join(', ')}; passing documents: ${passingDocs}`);
console.log('\ncountry   truth   tp    fp    fn   precision recall   F1');
for (const [c, p] of [...perCountry].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn))) {
  const s = prf(p);
  console.log(`${c.padEnd(8)} ${String(p.tp + p.fn).padStart(6)} ${String(p.tp).padStart(5)} ${String(p.fp).padStart(5)} ${String(p.fn).padStart(5)}   ${pct(s.p)}   ${pct(s.r)}  ${pct(s.f)}`);
}
const all = total(perCountry);
const s = prf(all);
console.log(`${'all'.padEnd(8)} ${String(all.tp + all.fn).padStart(6)} ${String(all.tp).padStart(5)} ${String(all.fp).padStart(5)} ${String(all.fn).padStart(5)}   ${pct(s.p)}   ${pct(s.r)}  ${pct(s.f)}`);
const readableRecall = all.tp / (all.tp + all.fn - unreadablePairs);
const readableF1 = (2 * s.p * readableRecall) / (s.p + readableRecall);
console.log(`\nmicro: precision ${pct(s.p)}%, recall ${pct(s.r)}%, F1 ${pct(s.f)}%`);
console.log(`  ${unreadablePairs} missed pairs are in documents with no text and no GPS (scans not OCR'd in this case);`);
console.log(`  over readable documents: recall ${pct(readableRecall)}%, F1 ${pct(readableF1)}%`);
console.log(`  counting the ${missingPairs} pairs of documents missing from the case as misses: recall ${pct(all.tp / (all.tp + all.fn + missingPairs))}%`);
console.log(`distractor pairs (document, country named in passing): ${distractorPairs}, flagged ${distractorFlagged} (${pct(distractorFlagged / distractorPairs)}%)`);
console.log(`documents with distractors judged passing by their genre alone: ${distractorDocsPassing} of ${distractorDocs} (independently, a document with no operational signal never gets a verdict from country names alone)`);
console.log(`operational documents (truth: not benign, not noise) judged passing: ${operationalPassing}${passingExamples.length ? `\n  ${passingExamples.join('\n  ')}` : ''}`);
console.log(`benign documents flagged for any country: ${benignFlagged} of ${benignDocs}`);
const n = total(naivePer);
const ns = prf(n);
console.log(`naive baseline (any mention, home countries excluded): precision ${pct(ns.p)}%, recall ${pct(ns.r)}%, F1 ${pct(ns.f)}%, distractors flagged ${naiveDistractorFlagged} (${pct(naiveDistractorFlagged / distractorPairs)}%)`);
console.log(`\nmisses by the truth's first evidence: ${[...missByVia].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (fnExamples.length) console.log(`missed (readable), first ${fnExamples.length}:\n  ${fnExamples.join('\n  ')}`);
if (fpExamples.length) console.log(`false verdicts, first ${fpExamples.length}:\n  ${fpExamples.join('\n  ')}`);

console.log(`\nurgency of verdicts: ${urgencyHist.map((c, i) => `${(i / 5).toFixed(1)}–${((i + 1) / 5).toFixed(1)}: ${c}`).join(', ')}`);
const queues = countryQueue(queueInput);
for (const c of Object.keys(queues).slice(0, 3)) {
  const q = queues[c]!;
  console.log(`queue ${c}: ${q.length} documents; top 3:`);
  for (const e of q.slice(0, 3)) console.log(`  ${e.doc} score ${e.score} urgency ${e.urgency}: ${e.urgencyReasons.slice(0, 2).join('; ')} | ${e.reasons.slice(0, 2).map((r) => `${r.kind} ${r.surface}`).join(', ')}`);
}

console.log(`\ntimeline: ${[...eventKinds].map(([k, v]) => `${k} ${v}`).join(', ')} (${(timelineMs / 1000).toFixed(1)} s)`);
console.log(`  Hijri dates of the truth (documents with text) found as events on their Gregorian day: ${hijriFound} of ${hijriWanted} (${pct(hijriFound / hijriWanted)}%)`);
