/**
 * The contract of the entities stage. A recogniser is a pure function of a document's exact text (no database,
 * no globals beyond read-only tables, no network): it returns mentions whose offsets index that exact text
 * (UTF-16 code units, end exclusive), so `text.slice(start, end) === surface` always holds.
 */

export type MentionType =
  | 'person'
  | 'organisation'
  | 'place'
  | 'country'
  | 'phone'
  | 'email'
  | 'url'
  | 'domain'
  | 'iban'
  | 'bic'
  | 'wallet'
  | 'ip'
  | 'coordinates'
  | 'money'
  | 'date';

export interface Mention {
  type: MentionType;
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  surface: string;
  /**
   * The normalised value, comparable across documents:
   * person/organisation: the name without honorifics, Arabic-normalised (text/arabic.ts) or as written in Latin;
   * country: ISO 3166-1 alpha-2; place: the place's English name; phone: E.164; email: lower case;
   * url: as written, domain: lower-case registrable host; iban: electronic format (no spaces, upper case);
   * bic: upper case; wallet: the address; ip: canonical form; coordinates: "lat,lon" with 5 decimals;
   * money: "<amount> <ISO 4217>" e.g. "5000 USD"; date: Gregorian "YYYY-MM-DD" (or "YYYY-MM" when the day is unknown).
   */
  value: string;
  /** The recogniser's name. */
  recogniser: string;
  /** 0..1: how sure the recogniser is. */
  confidence: number;
  /**
   * Typed details, per type: person {parts: NamePart[], honorific?}; place {country, lat, lon}; phone {country};
   * iban {country}; wallet {chain}; money {amount, currency}; date {calendar: 'gregorian'|'hijri', hijri?};
   * coordinates {lat, lon}; country {via?}.
   */
  attrs?: Record<string, unknown>;
}

/** A token of a person's name with its role, as recognisers see it. */
export interface NamePart {
  role: 'kunya' | 'ism' | 'nasab' | 'nisba' | 'laqab' | 'family' | 'given';
  text: string;
}

export interface RecogniseContext {
  /** The document's languages (ISO 639-1), as detected at extraction; a hint only. */
  languages: readonly string[];
}

export interface Recogniser {
  name: string;
  /** Bump when the output changes: the stage re-runs documents recognised with an older version. */
  version: number;
  types: readonly MentionType[];
  recognise(text: string, ctx: RecogniseContext): Mention[];
}
