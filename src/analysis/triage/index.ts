/**
 * Country triage (pure): which countries a document really points at, how surely, how urgently, and why.
 *
 * 1. passing.ts reads the document as a whole: its genre (news, recipe, travel guide, boilerplate) against its
 *    operational signals (selectors, addresses, transfers, meetings, letters, named contacts). A passing
 *    document makes no verdict from its text.
 * 2. evidence.ts gathers the evidence (cities, addresses, phones, IBANs, GPS, coordinates, country names,
 *    persons linked elsewhere, money) and weighs each piece in its sentence.
 * 3. A country whose combined score reaches `minScore` (default 0.5) is a verdict; urgency.ts says how soon it
 *    should be read (future dates, meetings and travel, money, watchlisted persons).
 * `explainDocument` returns the same verdicts with what was set aside and why; `countryQueue` (queue.ts) ranks
 * the verdicts of many documents per country.
 */
import { collectEvidence, combine, weighEvidence, type Evidence } from './evidence.js';
import { readDocument } from './passing.js';
import { urgencyOf } from './urgency.js';
import type { CountryVerdict, Reason, SuppressedCountry, TriageExplanation, TriageInput, TriageOptions } from './types.js';

export * from './types.js';
export { assessDocument, readDocument, LONG_TEXT } from './passing.js';
export { collectEvidence, weighEvidence, combine, findAddress, BASE_WEIGHT } from './evidence.js';
export { urgencyOf, referenceDates, dayNumber, HORIZON_DAYS } from './urgency.js';
export { countryQueue } from './queue.js';
export { countryAt } from './geo.js';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function toReason(e: Evidence): Reason {
  return {
    kind: e.kind,
    surface: e.surface,
    ...(e.start !== undefined ? { start: e.start } : {}),
    ...(e.end !== undefined ? { end: e.end } : {}),
    weight: round3(e.weight),
    ...(e.note ? { note: e.note } : {}),
  };
}

/** Reasons strongest first, one per distinct piece of evidence (its first occurrence), at most `max`. */
function reasonsOf(evidence: readonly Evidence[], max: number): Reason[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of [...evidence].sort((a, b) => b.weight - a.weight || (a.start ?? 0) - (b.start ?? 0))) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e);
  }
  return out.slice(0, max).map(toReason);
}

/** Verdicts with everything that was weighed and set aside. */
export function explainDocument(input: TriageInput, options: TriageOptions = {}): TriageExplanation {
  const home = new Set(options.homeCountries ?? []);
  const minScore = options.minScore ?? 0.5;
  const maxReasons = options.maxReasons ?? 12;
  const reading = readDocument(input.text, input.mime, input.mentions, input.structure);
  const collected = collectEvidence(input, reading);
  const weighed = weighEvidence(collected, reading);

  const byCountry = new Map<string, Evidence[]>();
  for (const e of weighed) {
    const list = byCountry.get(e.country) ?? [];
    list.push(e);
    byCountry.set(e.country, list);
  }

  const suppressed: SuppressedCountry[] = [];
  const counted = new Map<string, Evidence[]>();
  const scores = new Map<string, number>();
  for (const [country, evidence] of byCountry) {
    if (home.has(country)) {
      suppressed.push({ country, rawScore: round3(combine(collected.filter((e) => e.country === country))), reasons: reasonsOf(evidence, maxReasons), why: 'a home country (option homeCountries)' });
      continue;
    }
    const live = evidence.filter((e) => e.weight > 0);
    if (live.length === 0) {
      const raw = collected.filter((e) => e.country === country);
      suppressed.push({ country, rawScore: round3(combine(raw)), reasons: reasonsOf(evidence, maxReasons), why: reading.assessment.explanation });
      continue;
    }
    counted.set(country, live);
    scores.set(country, combine(live));
  }

  const urgency = urgencyOf(
    { reading, mentions: input.mentions, transactions: input.transactions, structure: input.structure ?? null, docDate: input.docDate, ...(input.watchlisted ? { watchlisted: input.watchlisted } : {}) },
    counted,
  );
  const verdicts: CountryVerdict[] = [];
  const belowThreshold: CountryVerdict[] = [];
  for (const [country, live] of counted) {
    const u = urgency.get(country) ?? { urgency: 0, reasons: [] };
    const v: CountryVerdict = { country, score: round3(scores.get(country)!), reasons: reasonsOf(live, maxReasons), urgency: u.urgency, urgencyReasons: u.reasons };
    (v.score >= minScore ? verdicts : belowThreshold).push(v);
  }
  const order = (a: CountryVerdict, b: CountryVerdict): number => b.score - a.score || b.urgency - a.urgency || a.country.localeCompare(b.country);
  verdicts.sort(order);
  belowThreshold.sort(order);
  suppressed.sort((a, b) => b.rawScore - a.rawScore || a.country.localeCompare(b.country));
  return { assessment: reading.assessment, verdicts, belowThreshold, suppressed };
}

/** The countries a document points at, strongest first. */
export function triageDocument(input: TriageInput, options: TriageOptions = {}): CountryVerdict[] {
  return explainDocument(input, options).verdicts;
}
