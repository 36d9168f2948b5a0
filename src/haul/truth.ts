/** The shape of truth.json: exactly what the generated haul contains, for scorers and tests. */
import type { Category, Currency } from './money.js';
import type { DocKind, Lang } from './spec.js';

export interface PersonMention {
  person: string;
  /** The exact text as it appears in the document (for chats: the sender's display name too). */
  surface: string;
  script: 'arabic' | 'latin';
}

export type CountryVia = 'city' | 'address' | 'phone' | 'iban' | 'gps';

export interface CountryEvidence {
  country: string;
  via: CountryVia;
  /** The text (or coordinates for GPS) that points there. */
  surface: string;
}

export interface HijriMention {
  surface: string;
  /** YYYY-MM-DD in the Umm al-Qura calendar. */
  hijri: string;
  /** Its Gregorian equivalent, YYYY-MM-DD. */
  gregorian: string;
}

export interface SelectorMention {
  type: 'phone' | 'email' | 'iban' | 'wallet';
  /** Normalised value: E.164, lower-case address, electronic IBAN, address as is. */
  value: string;
  surface: string;
}

export interface Party {
  /** Person id when the party is one of the cast. */
  person?: string;
  name: string;
}

export interface TruthTransaction {
  id: string;
  document: string;
  /** For ledgers: sheet name and 1-based row number in the sheet (header is row 1). */
  sheet?: string;
  row?: number;
  date: string;
  amount: number;
  currency: Currency;
  usd: number;
  payer: Party;
  payee: Party;
  category: Category;
  direction: 'income' | 'spending';
  /** Foreign country the money comes from (donations) or goes to (transfers). */
  country?: string;
  /** The amount as written. */
  surface: string;
}

export interface TruthDocument {
  id: string;
  /** Path relative to haul/, of the file on disk (the outermost container for nested documents). */
  path: string;
  /** Member names from the outer file inward: zip entry names, an mbox message's Message-ID, an attachment's file name. */
  inner: string[];
  kind: DocKind | 'email-message';
  /** For scans: how the page is stored. */
  format?: string;
  /** For text files: the character encoding written. */
  encoding?: string;
  device: string;
  languages: Lang[];
  duplicate_of: string | null;
  noise: boolean;
  scanned: boolean;
  benign: boolean;
  title?: string;
  persons: PersonMention[];
  countries: CountryEvidence[];
  distractor_countries: string[];
  hijri_dates: HijriMention[];
  selectors: SelectorMention[];
  transactions: string[];
  /** For scanned documents: the exact text on the page, to score OCR. */
  text?: string;
  sha256?: string;
  bytes?: number;
}

export interface TruthPerson {
  id: string;
  role: string;
  gender: 'm' | 'f';
  arabic_name: string;
  kunya: string;
  arabic_forms: string[];
  nickname?: { ar: string; latin: string };
  renderings: string[];
  city: { name: string; country: string };
  phones: { e164: string; country: string }[];
  emails: string[];
  ibans: { iban: string; country: string; bank: string }[];
  wallets: { address: string; kind: string; chain: string }[];
}

export interface Truth {
  generator: { name: 'ariadne make-haul'; version: number; seed: number; docs: number };
  persons: TruthPerson[];
  documents: TruthDocument[];
  transactions: TruthTransaction[];
  totals: {
    by_category: Record<string, { count: number; usd: number; by_currency: Record<string, number> }>;
    by_country: Record<string, { documents: number; income_usd: number; spending_usd: number; transactions: number }>;
    by_kind: Record<string, number>;
  };
}
