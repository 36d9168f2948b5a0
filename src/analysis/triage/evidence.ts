/**
 * The evidence that a document points at a country (pure), and its weight in context.
 *
 * Base weights, by kind:
 *  - iban 0.9 (the account's country), address 0.9 (a place with a street and number or a postal code before it
 *    on its line), gps 0.85 (the file's EXIF position, see geo.ts), phone 0.8 written internationally (+90,
 *    0090) and 0.65 written nationally (the region of "06 …" is the recogniser's reading among several),
 *    city 0.7, coordinates in the text 0.7, money 0.7 (a transaction the money stage tied to the country);
 *  - country-name 0.6 in an operational sentence (a transfer, a meeting, travel, a phone, an address), else 0.3;
 *    a nationality adjective 0.4 and 0.15; so a country named outside operational talk never makes a verdict
 *    alone, and makes none at all in a document without any operational signal;
 *  - person 0.25 (a person the case links to the country elsewhere), all persons together at most 0.4, so
 *    persons strengthen a verdict but never make one.
 * Context:
 *  - a passing document (passing.ts) sets aside all its text evidence; only the file's GPS position stays;
 *  - in an unrelated long text, a country with a single piece of evidence is set aside;
 *  - in a document that is not passing but has genre cues, evidence in a sentence with genre cues and no
 *    operational cue weighs half ("Turkish forces shelled …" quoted in a letter);
 *  - home countries (an option, default none) make no verdict.
 * The score of a country is 1 − Π(1 − w) over its distinct pieces of evidence (a phone written twice counts once,
 * and all the names of one country count as one piece, at the weight of the best placed).
 */
import type { AnalysisMention, Transaction } from '../types.js';
import { STREET_WORDS } from './cues.js';
import { countryAt } from './geo.js';
import { segmentAt } from './text.js';
import type { DocumentReading } from './passing.js';
import type { Reason, ReasonKind, TriageInput } from './types.js';

export const BASE_WEIGHT: Record<ReasonKind, number> = {
  iban: 0.9,
  address: 0.9,
  gps: 0.85,
  phone: 0.8,
  city: 0.7,
  coordinates: 0.7,
  money: 0.7,
  'country-name': 0.6,
  person: 0.25,
};
export const NATIONAL_PHONE_WEIGHT = 0.65;
export const COUNTRY_NAME_OUTSIDE = 0.3;
export const ADJECTIVE_INSIDE = 0.4;
export const ADJECTIVE_OUTSIDE = 0.15;
export const PERSONS_CAP = 0.4;

/** One piece of evidence for one country. */
export interface Evidence extends Reason {
  country: string;
  /** Distinct pieces are counted once: kind and normalised value. */
  key: string;
  /** The mention's entity, when resolved. */
  entity?: string | null;
}

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/**
 * The address a place mention ends, if any: on the place's line, in the 80 characters before it, a street word
 * with a number between it and the place or just before it ("Hermannstraße 139, 12245 Berlin", "12 rue de la
 * Paix, Paris", "شارع فلسطين 54, جدة"), or a postal code of four or five digits and one space right before
 * the place ("33398 Mersin").
 */
export function findAddress(text: string, start: number, end: number): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(lineStart, start - 80);
  let window = text.slice(from, start);
  // Stop at a field separator: a tab, " - ", a pipe.
  const sep = Math.max(window.lastIndexOf('\t'), window.lastIndexOf(' - '), window.lastIndexOf('|'), window.lastIndexOf(' – '));
  let offset = from;
  if (sep >= 0) {
    offset = from + sep + 1;
    window = text.slice(offset, start);
  }
  const postal = /(?<![\d.,٫])[0-9\u0660-\u0669]{4,5} $/u.exec(window);
  const re = new RegExp(STREET_WORDS.source, 'giu');
  let street: RegExpExecArray | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) street = m;
  if (street) {
    const after = window.slice(street.index);
    const before = window.slice(0, street.index);
    const houseBefore = /[0-9\u0660-\u0669]+[a-zA-Z]?,?\s*$/u.exec(before);
    if (DIGIT.test(after) || houseBefore) {
      const s = offset + (houseBefore ? houseBefore.index : street.index);
      return { start: s, end };
    }
  }
  if (postal) {
    // Take the street before the postal code into the surface when there is one ("Vatan Caddesi 46, 34545 Istanbul").
    const head = window.slice(0, postal.index);
    const comma = /([^,،]*\p{L}[^,،]*\s[0-9\u0660-\u0669]+[a-zA-Z]?),\s*$/u.exec(head);
    return { start: offset + (comma ? comma.index + (comma[0].length - comma[0].trimStart().length) : postal.index), end };
  }
  return null;
}

const INTERNATIONAL = /^\s*(?:\+|00|\u0660\u0660|\u06F0\u06F0)|\+\s*$/;

function attr(m: AnalysisMention, key: string): unknown {
  return m.attrs ? m.attrs[key] : undefined;
}

function countryOf(m: AnalysisMention): string | null {
  const c = attr(m, 'country');
  return typeof c === 'string' && /^[A-Z]{2}$/.test(c) ? c : null;
}

/** All evidence of a document, at base weights (before context). */
export function collectEvidence(input: TriageInput, reading: DocumentReading): Evidence[] {
  const out: Evidence[] = [];
  for (const m of input.mentions) {
    switch (m.type) {
      case 'place': {
        const country = countryOf(m);
        if (!country) break;
        const address = reading.addresses.get(m.start);
        if (address) {
          const surface = input.text.slice(address.start, address.end);
          out.push({ country, kind: 'address', surface, start: address.start, end: address.end, weight: BASE_WEIGHT.address, key: `address:${surface}`, entity: m.entity });
        } else {
          out.push({ country, kind: 'city', surface: m.surface, start: m.start, end: m.end, weight: BASE_WEIGHT.city, key: `city:${m.value}`, entity: m.entity });
        }
        break;
      }
      case 'phone': {
        const country = countryOf(m);
        if (!country) break;
        const international = INTERNATIONAL.test(m.surface);
        out.push({
          country,
          kind: 'phone',
          surface: m.surface,
          start: m.start,
          end: m.end,
          weight: international ? BASE_WEIGHT.phone : NATIONAL_PHONE_WEIGHT,
          ...(international ? {} : { note: 'written in national format: its region is the recogniser’s reading' }),
          key: `phone:${m.value}`,
          entity: m.entity,
        });
        break;
      }
      case 'iban': {
        const country = countryOf(m) ?? (/^[A-Z]{2}/.test(m.value) ? m.value.slice(0, 2) : null);
        if (!country) break;
        out.push({ country, kind: 'iban', surface: m.surface, start: m.start, end: m.end, weight: BASE_WEIGHT.iban, key: `iban:${m.value}`, entity: m.entity });
        break;
      }
      case 'coordinates': {
        const lat = Number(attr(m, 'lat'));
        const lon = Number(attr(m, 'lon'));
        const country = countryAt(lat, lon);
        if (!country) break;
        out.push({ country, kind: 'coordinates', surface: m.surface, start: m.start, end: m.end, weight: BASE_WEIGHT.coordinates, note: 'the country of the nearest town', key: `coordinates:${m.value}`, entity: m.entity });
        break;
      }
      case 'country': {
        if (!/^[A-Z]{2}$/.test(m.value)) break;
        const adjective = attr(m, 'via') === 'adjective';
        out.push({
          country: m.value,
          kind: 'country-name',
          surface: m.surface,
          start: m.start,
          end: m.end,
          weight: adjective ? ADJECTIVE_INSIDE : BASE_WEIGHT['country-name'],
          ...(adjective ? { note: 'nationality adjective' } : {}),
          key: `country-name:${m.value}`,
          entity: m.entity,
        });
        break;
      }
      case 'person': {
        if (!m.entity || !input.personCountries) break;
        for (const country of input.personCountries.get(m.entity) ?? []) {
          out.push({ country, kind: 'person', surface: m.surface, start: m.start, end: m.end, weight: BASE_WEIGHT.person, note: 'a person linked to this country elsewhere in the case', key: `person:${m.entity}`, entity: m.entity });
        }
        break;
      }
      default:
        break;
    }
  }
  input.transactions.forEach((t: Transaction, i) => {
    if (!t.country) return;
    out.push({
      country: t.country,
      kind: 'money',
      surface: t.surface,
      ...(t.start !== undefined ? { start: t.start } : {}),
      ...(t.end !== undefined ? { end: t.end } : {}),
      weight: BASE_WEIGHT.money,
      note: `${t.direction === 'income' ? 'money from' : 'money to'} ${t.country}${t.countryReason ? `: ${t.countryReason}` : ''}${t.sheet ? ` (sheet ${t.sheet}, row ${t.row})` : ''}`,
      key: `money:${i}`,
    });
  });
  if (input.gps) {
    const country = countryAt(input.gps.lat, input.gps.lon);
    if (country) {
      const surface = `${input.gps.lat.toFixed(5)},${input.gps.lon.toFixed(5)}`;
      out.push({ country, kind: 'gps', surface, weight: BASE_WEIGHT.gps, note: 'the file’s GPS position (EXIF)', key: `gps:${surface}` });
    }
  }
  return out;
}

/** Evidence with its weight in context; weight 0 means set aside, with the reason in `note`. */
export function weighEvidence(evidence: readonly Evidence[], reading: DocumentReading): Evidence[] {
  const a = reading.assessment;
  const perCountry = new Map<string, Set<string>>();
  for (const e of evidence) {
    if (e.kind === 'person') continue;
    const keys = perCountry.get(e.country) ?? new Set<string>();
    keys.add(e.key);
    perCountry.set(e.country, keys);
  }
  return evidence.map((e) => {
    const inText = e.start !== undefined;
    const seg = inText ? segmentAt(reading.segments, e.start!) : -1;
    const operational = seg >= 0 && reading.operationalSegment[seg] === true;
    const set = (weight: number, note: string): Evidence => ({ ...e, weight, note: e.note ? `${e.note}; ${note}` : note });
    if (e.kind === 'gps') return e;
    if (a.passing) return set(0, `set aside: ${a.genre} document`);
    if (e.kind === 'person') return a.operational === 0 ? set(0, 'set aside: no operational signal in the document') : e;
    if (a.unrelatedLongText && (perCountry.get(e.country)?.size ?? 0) <= 1) return set(0, 'set aside: the only evidence for this country in a long text without operational signal');
    if (e.kind === 'country-name') {
      if (a.operational === 0) return set(0, 'set aside: a country named in a document without operational signal');
      const adjective = e.note === 'nationality adjective';
      if (!operational) return set(adjective ? ADJECTIVE_OUTSIDE : COUNTRY_NAME_OUTSIDE, 'named outside operational sentences');
      return set(adjective ? ADJECTIVE_INSIDE : BASE_WEIGHT['country-name'], 'named in an operational sentence');
    }
    if (a.genre && seg >= 0 && reading.genreSegment[seg] && !operational) return set(e.weight * 0.5, `in a ${a.genre}-style sentence`);
    return e;
  });
}

/** 1 − Π(1 − w) over distinct pieces (the heaviest of each key), persons capped together at PERSONS_CAP. */
export function combine(evidence: readonly Evidence[]): number {
  const best = new Map<string, number>();
  for (const e of evidence) if (e.weight > 0) best.set(e.key, Math.max(best.get(e.key) ?? 0, e.weight));
  let rest = 1;
  let persons = 1;
  for (const [key, w] of best) {
    if (key.startsWith('person:')) persons *= 1 - w;
    else rest *= 1 - w;
  }
  const personPart = Math.min(PERSONS_CAP, 1 - persons);
  return 1 - rest * (1 - personPart);
}
