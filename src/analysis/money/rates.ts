/**
 * Monthly exchange rates, January 2013 to December 2020, as US dollars per unit of USD, IQD, SYP, TRY, EUR, SAR
 * and AED, and `toUsd(amount, currency, date)`.
 *
 * No series was downloaded (the workbench runs without a network). What each currency rests on:
 *  - USD: 1.
 *  - SAR: pegged at 3.75 SAR per USD since 1986 (Saudi Central Bank). Exact.
 *  - AED: pegged at 3.6725 AED per USD since 1997 (Central Bank of the UAE). Exact.
 *  - IQD: the Central Bank of Iraq's official rate: 1,166 IQD per USD to December 2015, 1,182 from January 2016
 *    (the currency auction's selling rate; cash sales to the public were 1,190), 1,450 from December 2020 (the
 *    devaluation of 19 December 2020; the month is given the new rate). Exact as official rates; the market rate
 *    in Baghdad and Mosul ran 1-5 % weaker (about 1,200-1,250), which this table does not follow.
 *  - EUR: ECB euro reference rate, monthly averages of the daily USD-per-EUR fixings. RECALLED, not copied from
 *    the ECB file: each month's value is the author's recollection to four decimals, cross-checked only against the
 *    recalled annual averages (each year's twelve months average to within 0.1 % of them). Expected error: about
 *    0.3 % per month, at worst 1 %.
 *  - TRY: CBRT (Central Bank of the Republic of Turkey) indicative USD buying rate, monthly averages. RECALLED, to
 *    three decimals, cross-checked against the recalled annual averages (within 0.3 %). Expected error: about 1 %
 *    per month, up to 3-5 % in August-October 2018 when the lira swung by a quarter within weeks.
 *  - SYP: Central Bank of Syria OFFICIAL rate (not the parallel market). RECALLED anchor points, linearly
 *    interpolated between them month by month for 2013-2017: about 77 SYP per USD in January 2013, 100 by
 *    mid-2013, 142 at the end of 2013, 150 mid-2014, 190 at the end of 2014, 255 mid-2015, 385 at the end of 2015,
 *    470 mid-2016, 517 from August 2016 to mid-2017, then down to 434 by October 2017; 434 from then to March
 *    2020; 704 from April 2020; 1,256 from July 2020 (set on 17 June 2020; June keeps 704, the rate of most of
 *    the month). Expected error: 10-15 % for 2013-2016 and mid-2017 (the anchors themselves are uncertain and the
 *    rate moved by steps, not lines), about 1 % for the fixed 434 / 704 / 1,256 periods apart from the month of a
 *    change. The parallel market was weaker throughout, sometimes far weaker: roughly 1.1-1.4 times the official
 *    rate in 2013-2016, 500-650 against 434 in 2018-2019, 900-1,100 in December 2019 and 2,000-3,000 in
 *    the second half of 2020. Money changing hands in areas held by armed groups was priced at the parallel
 *    rate, so SYP totals in US dollars from this table are upper bounds, too high by up to half in late 2019-2020.
 *
 * Months are Gregorian; a transaction dated in a month takes that month's rate. Outside 2013-2020 only USD and
 * the two pegs are converted.
 */

export type RatedCurrency = 'USD' | 'IQD' | 'SYP' | 'TRY' | 'EUR' | 'SAR' | 'AED';

export interface RateSource {
  currency: RatedCurrency;
  source: string;
  /** How the values were obtained: an exact official or peg rate, recalled monthly values, or interpolated anchors. */
  basis: 'peg' | 'official' | 'recalled-monthly' | 'recalled-anchors-interpolated';
  /** Market: official (central bank) rate, or a peg. */
  market: 'peg' | 'official' | 'reference';
  /** Expected error of a month's value, as a fraction (0.003 = 0.3 %). */
  expectedError: number;
  note: string;
}

export const RATE_SOURCES: readonly RateSource[] = [
  { currency: 'USD', source: 'identity', basis: 'peg', market: 'peg', expectedError: 0, note: '1 USD = 1 USD.' },
  {
    currency: 'SAR',
    source: 'Saudi Central Bank peg, 3.75 SAR per USD since 1986',
    basis: 'peg',
    market: 'peg',
    expectedError: 0,
    note: 'Exact.',
  },
  {
    currency: 'AED',
    source: 'Central Bank of the UAE peg, 3.6725 AED per USD since 1997',
    basis: 'peg',
    market: 'peg',
    expectedError: 0,
    note: 'Exact.',
  },
  {
    currency: 'IQD',
    source: 'Central Bank of Iraq official rate: 1166 to 2015-12, 1182 from 2016-01, 1450 from 2020-12',
    basis: 'official',
    market: 'official',
    expectedError: 0.005,
    note: 'Exact as official rates (cash sales 1190). The street rate ran 1-5 % weaker; not followed.',
  },
  {
    currency: 'EUR',
    source: 'ECB euro reference rate, monthly average of daily USD per EUR fixings',
    basis: 'recalled-monthly',
    market: 'reference',
    expectedError: 0.003,
    note: 'Recalled, not copied from the ECB series; yearly means agree with the recalled annual averages within 0.1 %. At worst about 1 % off in a month.',
  },
  {
    currency: 'TRY',
    source: 'CBRT indicative USD buying rate, monthly average',
    basis: 'recalled-monthly',
    market: 'reference',
    expectedError: 0.01,
    note: 'Recalled, not copied from the CBRT series; yearly means agree with the recalled annual averages within 0.3 %. Up to 3-5 % off in Aug-Oct 2018.',
  },
  {
    currency: 'SYP',
    source: 'Central Bank of Syria official rate (not the parallel market)',
    basis: 'recalled-anchors-interpolated',
    market: 'official',
    expectedError: 0.15,
    note:
      'Recalled anchors (77 Jan 2013 … 517 Aug 2016-mid 2017, 434 Oct 2017-Mar 2020, 704 Apr-Jun 2020, 1256 from Jul 2020), ' +
      'interpolated linearly for 2013-2017: 10-15 % error then, about 1 % in the fixed periods. The parallel market was ' +
      'weaker (500-650 in 2018-2019, 2000-3000 in late 2020), so US-dollar values of SYP are upper bounds.',
  },
];

const FIRST_YEAR = 2013;
const LAST_YEAR = 2020;
const MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;

/** USD per EUR, monthly averages of the ECB reference rate (recalled; see the file comment). */
const EUR_USD: readonly number[] = [
  1.3288, 1.3359, 1.2964, 1.3026, 1.2982, 1.3189, 1.308, 1.331, 1.3348, 1.3635, 1.3493, 1.3704, // 2013
  1.361, 1.3659, 1.3823, 1.3813, 1.3732, 1.3592, 1.3539, 1.3316, 1.2901, 1.2673, 1.2472, 1.2331, // 2014
  1.1621, 1.135, 1.0838, 1.0779, 1.115, 1.1213, 1.0996, 1.1139, 1.1221, 1.1235, 1.0736, 1.0877, // 2015
  1.086, 1.1093, 1.11, 1.1339, 1.1311, 1.1229, 1.1069, 1.1212, 1.1212, 1.1026, 1.0799, 1.0543, // 2016
  1.0614, 1.0643, 1.0685, 1.0723, 1.1058, 1.1229, 1.1511, 1.1807, 1.1915, 1.1756, 1.1738, 1.1836, // 2017
  1.22, 1.2348, 1.2336, 1.2276, 1.1812, 1.1678, 1.1686, 1.1549, 1.1659, 1.1484, 1.1367, 1.1384, // 2018
  1.1416, 1.1351, 1.1302, 1.1238, 1.1185, 1.1293, 1.1218, 1.1126, 1.1004, 1.1053, 1.1051, 1.1113, // 2019
  1.11, 1.0905, 1.1063, 1.0862, 1.0902, 1.1255, 1.1463, 1.1828, 1.1792, 1.1775, 1.1838, 1.217, // 2020
];

/** TRY per USD, monthly averages of the CBRT indicative buying rate (recalled; see the file comment). */
const TRY_PER_USD: readonly number[] = [
  1.766, 1.771, 1.807, 1.798, 1.826, 1.902, 1.935, 1.966, 2.023, 1.987, 2.017, 2.071, // 2013
  2.224, 2.218, 2.218, 2.133, 2.088, 2.117, 2.128, 2.165, 2.211, 2.259, 2.23, 2.295, // 2014
  2.327, 2.468, 2.592, 2.661, 2.638, 2.706, 2.684, 2.834, 3.021, 2.926, 2.869, 2.92, // 2015
  2.997, 2.951, 2.893, 2.836, 2.937, 2.92, 2.967, 2.957, 2.967, 3.07, 3.253, 3.488, // 2016
  3.716, 3.663, 3.65, 3.664, 3.569, 3.523, 3.547, 3.521, 3.461, 3.672, 3.88, 3.85, // 2017
  3.774, 3.781, 3.885, 4.063, 4.397, 4.625, 4.765, 5.727, 6.337, 5.83, 5.35, 5.305, // 2018
  5.373, 5.262, 5.409, 5.717, 6.052, 5.842, 5.691, 5.603, 5.685, 5.845, 5.732, 5.817, // 2019
  5.917, 6.052, 6.299, 6.82, 6.995, 6.812, 6.857, 7.266, 7.533, 7.856, 7.899, 7.659, // 2020
];

/** SYP per USD, Central Bank of Syria official rate: recalled anchors (month index from 2013-01 → rate). */
const SYP_ANCHORS: readonly (readonly [number, number])[] = [
  [0, 77], // 2013-01
  [6, 100], // 2013-07
  [11, 142], // 2013-12
  [17, 150], // 2014-06
  [23, 190], // 2014-12
  [29, 255], // 2015-06
  [35, 385], // 2015-12
  [41, 470], // 2016-06
  [43, 517], // 2016-08
  [54, 517], // 2017-07
  [57, 434], // 2017-10
  [86, 434], // 2020-03
  [87, 704], // 2020-04
  [89, 704], // 2020-06 (1256 set on 17 June 2020)
  [90, 1256], // 2020-07
  [95, 1256], // 2020-12
];

function interpolate(anchors: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const after = anchors.findIndex(([i]) => i >= m);
    const [i1, v1] = anchors[after]!;
    if (i1 === m || after === 0) {
      out.push(v1);
      continue;
    }
    const [i0, v0] = anchors[after - 1]!;
    out.push(Math.round(v0 + ((v1 - v0) * (m - i0)) / (i1 - i0)));
  }
  return out;
}

const SYP_PER_USD = interpolate(SYP_ANCHORS);

/** IQD per USD, Central Bank of Iraq official rate. */
const IQD_PER_USD: number[] = Array.from({ length: MONTHS }, (_, m) => (m < 36 ? 1166 : m < 95 ? 1182 : 1450));

const monthKey = (m: number): string => `${FIRST_YEAR + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

function table(usdPerUnit: (m: number) => number): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  for (let m = 0; m < MONTHS; m++) out[monthKey(m)] = usdPerUnit(m);
  return out;
}

/** US dollars per unit of each currency, by month "YYYY-MM", 2013-01 to 2020-12. */
export const USD_PER_UNIT_BY_MONTH: Readonly<Record<RatedCurrency, Readonly<Record<string, number>>>> = {
  USD: table(() => 1),
  SAR: table(() => 1 / 3.75),
  AED: table(() => 1 / 3.6725),
  IQD: table((m) => 1 / IQD_PER_USD[m]!),
  SYP: table((m) => 1 / SYP_PER_USD[m]!),
  TRY: table((m) => 1 / TRY_PER_USD[m]!),
  EUR: table((m) => EUR_USD[m]!),
};

/** The currencies whose rate does not depend on the month (with the year the peg began). */
const FIXED: Readonly<Record<string, { usdPerUnit: number; since: number }>> = {
  USD: { usdPerUnit: 1, since: 0 },
  SAR: { usdPerUnit: 1 / 3.75, since: 1986 },
  AED: { usdPerUnit: 1 / 3.6725, since: 1997 },
};

/**
 * US dollars per unit of `currency` in the month of `date` (YYYY-MM-DD or YYYY-MM), or null when the table has no
 * rate for it. USD and the pegs need no date (a null date is taken to be within the peg).
 */
export function usdPerUnit(currency: string, date: string | null | undefined): number | null {
  const fixed = FIXED[currency];
  const year = date ? Number(date.slice(0, 4)) : undefined;
  if (fixed) return year === undefined || year >= fixed.since ? fixed.usdPerUnit : null;
  if (!date || !/^\d{4}-\d{2}/.test(date)) return null;
  const byMonth = (USD_PER_UNIT_BY_MONTH as Record<string, Readonly<Record<string, number>>>)[currency];
  return byMonth?.[date.slice(0, 7)] ?? null;
}

/** The amount in US dollars at the month's rate (rounded to cents), or null when no rate covers the date or currency. */
export function toUsd(amount: number, currency: string, date: string | null | undefined): number | null {
  const rate = usdPerUnit(currency, date);
  return rate === null ? null : Math.round(amount * rate * 100) / 100;
}
