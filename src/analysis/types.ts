/**
 * The contract of the analysis stage: transactions (money), country verdicts (triage), graph edges and timeline
 * events. Each is derived by pure functions from a document's exact text, structure (sheets, email headers, chat
 * messages) and mentions, and each cites its document (and sheet row or text offsets) as its evidence.
 */

export type Category =
  | 'taxation_zakat'
  | 'oil_sales'
  | 'checkpoint_fees'
  | 'antiquities'
  | 'ransom'
  | 'donations_abroad'
  | 'salaries'
  | 'transfers_abroad'
  | 'other';

export interface Transaction {
  /** Ledgers: the sheet's name and the 1-based row number in the sheet (the header row counts as a row). */
  sheet?: string;
  row?: number;
  /** Prose: offsets of the sentence (or amount) in the exact text. */
  start?: number;
  end?: number;
  /** Gregorian YYYY-MM-DD (Hijri dates converted), or null when the document gives none. */
  date: string | null;
  dateSurface?: string;
  amount: number;
  /** ISO 4217. */
  currency: string;
  /** In US dollars at the month's rate (analysis/rates.ts), null when no rate covers the date or currency. */
  usd: number | null;
  /** Names as written (resolution to entities happens in the stage). */
  payer: string | null;
  payee: string | null;
  memo: string | null;
  category: Category;
  /** Why this category: the words or column that decided it. */
  categoryReason: string;
  direction: 'income' | 'spending' | 'unknown';
  /** A foreign country the money comes from or goes to (ISO 3166-1 alpha-2), and why. */
  country?: string;
  countryReason?: string;
  /** The amount as written. */
  surface: string;
  confidence: number;
}

/** A mention as the analysis stage sees it: the recogniser's output plus the resolved entity. */
export interface AnalysisMention {
  id: number;
  type: string;
  start: number;
  end: number;
  surface: string;
  value: string;
  attrs?: Record<string, unknown>;
  entity: string | null;
  /** The recogniser's confidence, when the mention comes from the store. */
  confidence?: number;
}
