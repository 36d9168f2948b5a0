/**
 * Fictional bank accounts for the demo haul: structurally valid IBANs (right length, BBAN pattern,
 * mod-97 check digits and, where ibantools knows one, the national BBAN check) at invented banks.
 * The BBAN is drawn from the country's pattern in ibantools' specifications, so adding a country
 * only means adding its code and a few bank names.
 */
import { composeIBAN, countrySpecs, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import type { Rng } from '../random.js';

export type IbanCountry =
  | 'DE' | 'FR' | 'BE' | 'NL' | 'GB' | 'SE' | 'AT' | 'TR'
  | 'AE' | 'SA' | 'QA' | 'KW' | 'BH' | 'JO' | 'LB';

export interface GeneratedIban {
  /** Electronic format, no spaces: `DE89370400440532013000`. */
  iban: string;
  /** Printed format, groups of four: `DE89 3704 0044 0532 0130 00`. */
  printed: string;
  country: IbanCountry;
  /** An invented bank name; not a real institution. */
  bankName: string;
}

/** Invented bank names per country (checked against nothing real; keep them obviously fictional). */
const BANK_NAMES: Record<IbanCountry, readonly string[]> = {
  DE: ['Bankhaus Wendelstein & Kranich', 'Hanseatische Lotsenbank', 'Kreditkasse Auental'],
  FR: ['Banque Verlaine-Morvan', "Crédit du Val d'Ormes", 'Caisse Solenne'],
  BE: ['Banque Escaut-Meuse', 'Kempenbank Hoogveld'],
  NL: ['Polderkrediet Bank', 'Nieuwe Grachtbank'],
  GB: ['Thistlecombe Bank', 'Marlowe & Penrose Savings'],
  SE: ['Norrvik Sparbank', 'Ljungdala Bank'],
  AT: ['Alpenrain Privatbank', 'Bankhaus Steinfeld-Ried'],
  TR: ['Selvi Yatırım Bankası', 'Kervansaray Katılım Bankası'],
  AE: ['Dhow Harbour Bank', 'Falcon Dune Commercial Bank'],
  SA: ['Bank Al Sarawat', 'Wadi Hanifa Commercial Bank'],
  QA: ['Doha Mangrove Bank', 'Zubarah Commercial Bank'],
  KW: ['Failaka Trading Bank', 'Jahra Gate Bank'],
  BH: ['Sitra Lantern Bank', 'Muharraq Pearl Bank'],
  JO: ['Ajloun Cedar Bank', 'Balqa Terrace Bank'],
  LB: ['Banque Nahr el-Kalb', 'Banque Jounieh-Marine'],
};

export const IBAN_COUNTRIES = Object.keys(BANK_NAMES) as IbanCountry[];

const DIGITS = '0123456789';

/** Expands a regexp character class body like `A-Z0-9` into its characters. */
function expandClass(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const from = body.charCodeAt(i);
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let c = from; c <= body.charCodeAt(i + 2); c++) out += String.fromCharCode(c);
      i += 2;
    } else out += body[i];
  }
  return out;
}

/**
 * Parses a BBAN pattern like `^[0-9]{10}[A-Z0-9]{11}[0-9]{2}$` into (alphabet, count) runs.
 * Alphanumeric runs use digits only: real account numbers in those slots are almost always numeric,
 * and digits satisfy every validator's notion of "alphanumeric".
 */
function bbanRuns(country: IbanCountry): { alphabet: string; count: number }[] {
  const spec = countrySpecs[country];
  const pattern = spec?.bban_regexp;
  if (!pattern || !spec.chars) throw new Error(`ibantools has no BBAN pattern for ${country}`);
  const runs = [...pattern.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)].map((m) => {
    const chars = expandClass(m[1] as string);
    return { alphabet: /[0-9]/.test(chars) ? DIGITS : chars, count: Number(m[2]) };
  });
  const length = runs.reduce((s, r) => s + r.count, 0);
  if (length !== spec.chars - 4) throw new Error(`unexpected BBAN pattern for ${country}: ${pattern}`);
  return runs;
}

function randomBban(rng: Rng, country: IbanCountry): string {
  let bban = '';
  for (const { alphabet, count } of bbanRuns(country)) {
    for (let i = 0; i < count; i++) bban += alphabet[rng.int(0, alphabet.length - 1)];
  }
  // Turkish BBANs carry a reserve digit, always 0, after the 5-digit bank code.
  if (country === 'TR') bban = bban.slice(0, 5) + '0' + bban.slice(6);
  return bban;
}

/**
 * A random valid IBAN for `country`. Retries until ibantools accepts it, which matters for countries
 * with a national check inside the BBAN (BE, FR: about 1 in 97 random BBANs pass).
 */
export function generateIban(rng: Rng, country: IbanCountry): GeneratedIban {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const iban = composeIBAN({ countryCode: country, bban: randomBban(rng, country) });
    if (iban && isValidIBAN(iban)) {
      const printed = friendlyFormatIBAN(iban) ?? iban;
      return { iban, printed, country, bankName: rng.pick(BANK_NAMES[country]) };
    }
  }
  throw new Error(`could not generate a valid IBAN for ${country}`);
}
