/**
 * The contract of country triage: which partner countries a document really points at (not merely names in
 * passing), how strongly, how urgently, and why. Every reason cites the text it rests on (surface and offsets),
 * so an analyst can check a verdict in one glance.
 */
import type { AnalysisMention, Transaction } from '../types.js';

/** What kind of evidence points at a country. */
export type ReasonKind = 'city' | 'address' | 'phone' | 'iban' | 'gps' | 'coordinates' | 'country-name' | 'person' | 'money';

export interface Reason {
  kind: ReasonKind;
  /** The text as written (for GPS: "lat,lon" of the file's EXIF position; for money: the amount as written). */
  surface: string;
  /** Offsets in the document's exact text, when the evidence is in the text. */
  start?: number;
  end?: number;
  /** 0..1: how much this piece of evidence, in its context, weighs. */
  weight: number;
  /** Why the weight is what it is ("national format: region inferred", "nationality adjective", "in an address"). */
  note?: string;
}

export interface CountryVerdict {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** 0..1: how surely the document points at the country (1 − Π(1 − weight) over distinct evidence). */
  score: number;
  /** Strongest first. */
  reasons: Reason[];
  /** 0..1: how soon an analyst of that country should read it. */
  urgency: number;
  /** Human-readable, strongest first. */
  urgencyReasons: string[];
}

/** Structure a triage can use: e-mail headers and chat messages, as the extractors record them. */
export interface TriageStructure {
  email?: { date?: string; [k: string]: unknown };
  messages?: { sender?: string; at?: string; start?: number; end?: number; [k: string]: unknown }[];
  sheets?: unknown[];
  [k: string]: unknown;
}

export interface TriageInput {
  text: string;
  mime: string;
  /** The document's best date (email date, created, EXIF time), ISO 8601, or null. */
  docDate: string | null;
  mentions: AnalysisMention[];
  transactions: Transaction[];
  /** Entity id → countries linked to that person elsewhere in the case. */
  personCountries?: Map<string, string[]>;
  /** Entity ids with watchlist hits. */
  watchlisted?: Set<string>;
  /** E-mail headers and chat messages (dates of messages are the reference for "a future date"). */
  structure?: TriageStructure | null;
  /** The file's own position (EXIF GPS of a photo), when it has one. */
  gps?: { lat: number; lon: number } | null;
}

export interface TriageOptions {
  /**
   * The analyst's home countries that are not partner countries (e.g. the country whose haul this is): evidence
   * for them makes no verdict, though their phones and addresses still count as operational signals.
   * Default: none.
   */
  homeCountries?: readonly string[];
  /** Verdicts below this score are not returned (they are in `explainDocument`'s `belowThreshold`). Default 0.5. */
  minScore?: number;
  /** At most this many reasons are listed per verdict (all count toward the score). Default 12. */
  maxReasons?: number;
}

/** A named signal in the text: a genre cue or an operational cue. */
export interface Cue {
  /** The cue family: 'news' | 'recipe' | 'travel-guide' | 'boilerplate' | 'meeting' | 'travel' | 'transfer' | ... */
  family: string;
  /** The words as written. */
  surface: string;
  start: number;
  end: number;
}

export type Genre = 'news' | 'recipe' | 'travel-guide' | 'boilerplate';

/** The whole-document judgement that decides whether country evidence is operational or passing. */
export interface DocumentAssessment {
  /** The genre whose cues dominate, or null. */
  genre: Genre | null;
  /** Points per genre (distinct cues, strong cues count double, a system-file type counts 3). */
  genreScores: Record<Genre, number>;
  /** Points of operational signals (selectors, addresses, transfers, meetings, letters, named contacts). */
  operational: number;
  /** The operational signals found, as "phone +90 …", "transfer: حوالة", … */
  operationalSignals: string[];
  /** True when the document as a whole is passing: country evidence in it makes no verdict. */
  passing: boolean;
  /** True when a long text carries no operational signal at all. */
  unrelatedLongText: boolean;
  /** One sentence for the analyst. */
  explanation: string;
  /** The genre cues found (the first 50). */
  genreCues: Cue[];
  operationalCues: Cue[];
}

export interface SuppressedCountry {
  country: string;
  /** The score the evidence would have had. */
  rawScore: number;
  reasons: Reason[];
  why: string;
}

export interface TriageExplanation {
  assessment: DocumentAssessment;
  verdicts: CountryVerdict[];
  /** Countries with evidence whose score stayed below the threshold, with their reasons. */
  belowThreshold: CountryVerdict[];
  /** Countries whose evidence the document's genre or a home-country setting set aside. */
  suppressed: SuppressedCountry[];
}

export interface QueueEntry {
  doc: number | string;
  score: number;
  urgency: number;
  reasons: Reason[];
  urgencyReasons: string[];
  /** The document's date, when the caller gave it (ties are broken newest first). */
  date?: string | null;
}

export interface DocumentVerdicts {
  doc: number | string;
  verdicts: CountryVerdict[];
  date?: string | null;
}
