/**
 * One entry of a sanctions or watch list, whatever its source format (UN consolidated XML, OFAC legacy CSV, a
 * plain CSV or JSON list): the names to screen and enough context for an analyst to judge a hit.
 */

export type WatchlistEntryKind = 'person' | 'organisation' | 'other';

/**
 * primary: the listed name. aka: an alias of good quality (UN "Good", OFAC aka/fka/nka). weak-aka: an alias the
 * list itself calls weak or low quality (UN "Low", OFAC's quoted a.k.a. in the remarks): broad or generic
 * names ("Abu Hafs", "Saleh") that produce false hits, screened only on request.
 */
export type WatchlistNameKind = 'primary' | 'aka' | 'weak-aka';

export interface WatchlistName {
  name: string;
  /** 'ar' for Arabic script, 'latn' for Latin, 'other'. */
  script: 'ar' | 'latn' | 'other';
  kind: WatchlistNameKind;
  /** Source detail, e.g. OFAC "fka"/"nka", UN "original script" or an alias note. */
  note?: string;
}

export interface WatchlistEntry {
  /** Unique within the list: the UN reference number (QDi.058), the OFAC ent_num, or a plain list's id. */
  id: string;
  /** The list's name, e.g. 'UN', 'OFAC-SDN'. */
  list: string;
  kind: WatchlistEntryKind;
  /** For kind 'other': what it is (vessel, aircraft). */
  subtype?: string;
  names: WatchlistName[];
  /** Sanctions programmes or regimes (UN list type, OFAC program tags). */
  programmes: string[];
  nationality?: string[];
  /**
   * Dates of birth in EDTF (ISO 8601-2) form: "1964-07-17", "1969", "1948-12", "1968~" (approximately),
   * "1960/1962" (between).
   */
  datesOfBirth?: string[];
  remarks?: string;
}

/** The script tag of a name. */
export function scriptTag(name: string): WatchlistName['script'] {
  if (/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(name)) return 'ar';
  if (/[A-Za-z\u00C0-\u024F]/.test(name) || !/\p{L}/u.test(name)) return 'latn';
  return 'other';
}

/** Whitespace collapsed and trimmed. */
export function cleanName(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
