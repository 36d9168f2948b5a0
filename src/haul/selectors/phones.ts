/**
 * Fictional mobile phone numbers for the demo haul, and the messy ways people write them.
 * Numbers are drawn from each country's real mobile prefixes and kept only when libphonenumber-js
 * (full metadata) calls them valid mobiles, so an extractor sees what it would see in a real seizure.
 */
import { parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import type { Rng } from '../random.js';

export type PhoneCountry = 'IQ' | 'SY' | 'TR' | 'DE' | 'FR' | 'BE' | 'NL' | 'SE' | 'GB' | 'AT' | 'DK';

export interface Phone {
  /** `+9647701234567` */
  e164: string;
  /** libphonenumber national format: `0770 123 4567` */
  national: string;
  /** libphonenumber international format: `+964 770 123 4567` */
  international: string;
  country: PhoneCountry;
}

/** Mobile prefixes of the national significant number (no trunk 0) and its possible lengths. */
interface MobilePlan {
  prefixes: readonly string[];
  lengths: readonly number[];
}

const PLANS: Record<PhoneCountry, MobilePlan> = {
  IQ: { prefixes: ['75', '77', '78', '79', '73', '74', '76'], lengths: [10] }, // Korek, Asiacell, Zain, ...
  SY: { prefixes: ['93', '94', '95', '96', '98', '99'], lengths: [9] }, // Syriatel, MTN
  TR: { prefixes: ['53', '54', '50', '55'], lengths: [10] }, // Turkcell, Vodafone, Türk Telekom
  DE: { prefixes: ['151', '152', '157', '159', '160', '162', '163', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179'], lengths: [10, 11] },
  FR: { prefixes: ['6', '6', '6', '7'], lengths: [9] },
  BE: { prefixes: ['46', '47', '48', '49'], lengths: [9] },
  NL: { prefixes: ['61', '62', '63', '64', '65'], lengths: [9] },
  SE: { prefixes: ['70', '72', '73', '76', '79'], lengths: [9] },
  GB: { prefixes: ['73', '74', '75', '77', '78', '79'], lengths: [10] },
  AT: { prefixes: ['650', '660', '664', '676', '677', '680', '681', '688', '699'], lengths: [10, 11] },
  DK: { prefixes: ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '40', '41', '42', '50', '51', '52', '53', '60', '61', '71', '81', '91', '92', '93'], lengths: [8] },
};

export const PHONE_COUNTRIES = Object.keys(PLANS) as PhoneCountry[];

/**
 * Whether libphonenumber's type counts as a mobile for `country`. Denmark's numbering plan does not
 * separate mobile from fixed ranges, so its real mobile prefixes come back as FIXED_LINE_OR_MOBILE.
 */
export function isMobileType(country: PhoneCountry, type: NumberType): boolean {
  return type === 'MOBILE' || (country === 'DK' && type === 'FIXED_LINE_OR_MOBILE');
}

/** Parses `text` as a number of `country` and returns it if it is a valid mobile there. */
function asMobile(text: string, country: PhoneCountry): Phone | undefined {
  const n = parsePhoneNumberFromString(text, country);
  if (!n || n.country !== country || !n.isValid() || !isMobileType(country, n.getType())) return undefined;
  return { e164: n.number, national: n.formatNational(), international: n.formatInternational(), country };
}

/**
 * Ranges reserved for fiction (Ofcom's +44 7700 900xxx, ARCEP's 06 39 98 xx xx). libphonenumber
 * currently rejects both as mobiles, in which case generation falls back to ordinary random numbers.
 */
const FICTION_RANGES: Partial<Record<PhoneCountry, (rng: Rng) => string>> = {
  GB: (rng) => '+447700900' + rng.digits(3),
  FR: (rng) => '+3363998' + rng.digits(4),
};

/** A random valid mobile number for `country`. */
export function generatePhone(rng: Rng, country: PhoneCountry): Phone {
  const fiction = FICTION_RANGES[country];
  const fictional = fiction && asMobile(fiction(rng), country);
  if (fictional) return fictional;
  const plan = PLANS[country];
  for (let attempt = 0; attempt < 1000; attempt++) {
    const prefix = rng.pick(plan.prefixes);
    const nsn = prefix + rng.digits(rng.pick(plan.lengths) - prefix.length);
    const phone = asMobile(nsn, country);
    if (phone) return phone;
  }
  throw new Error(`could not generate a valid mobile number for ${country}`);
}

/** Replaces ASCII digits with Arabic-Indic digits (U+0660–U+0669), as Arabic documents write them. */
export function toArabicIndicDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

export interface PhoneVariantOptions {
  /** The document is Arabic: half the time the digits are written Arabic-Indic. */
  arabic?: boolean;
}

/**
 * One surface form of `phone` as people write it: `+964 770 123 4567`, `+9647701234567`,
 * `00964 7701234567`, `0770 123 4567`, `07701234567`, `+964-770-123-4567`, `+44 (0)7912 345678`.
 * Every form parses back to `phone.e164` with libphonenumber given `phone.country` as the default
 * country (national forms need it; international ones do not).
 */
export function formatPhoneVariants(phone: Phone, rng: Rng, opts: PhoneVariantOptions = {}): string {
  const intl = phone.international;
  const space = intl.indexOf(' ');
  const cc = intl.slice(1, space); // calling code without '+'
  const nsn = phone.e164.slice(1 + cc.length);
  const nationalDigits = phone.national.replace(/\D/g, '');
  const forms = [
    intl,
    phone.e164,
    `00${cc} ${nsn}`,
    phone.national,
    nationalDigits,
    intl.replace(/ /g, '-'),
  ];
  // `+44 (0)7912 345678`: the trunk prefix in brackets, common in European letterheads.
  if (nationalDigits.startsWith('0')) forms.push(`+${cc} (0)${intl.slice(space + 1)}`);
  const form = rng.pick(forms);
  return opts.arabic && rng.chance(0.5) ? toArabicIndicDigits(form) : form;
}
