/**
 * Money in the haul: income and spending categories, currencies, and amounts written the way Arabic, English
 * and French documents write them.
 */
import type { Rng } from './random.js';
import type { Lang } from './spec.js';
import { toArabicIndicDigits } from './selectors/phones.js';

export type Category =
  | 'taxation_zakat'
  | 'oil_sales'
  | 'checkpoint_fees'
  | 'antiquities'
  | 'ransom'
  | 'donations_abroad'
  | 'salaries'
  | 'transfers_abroad';

export const INCOME: readonly Category[] = ['taxation_zakat', 'oil_sales', 'checkpoint_fees', 'antiquities', 'ransom', 'donations_abroad'];
export const SPENDING: readonly Category[] = ['salaries', 'transfers_abroad'];

export type Currency = 'USD' | 'IQD' | 'SYP' | 'TRY' | 'EUR';

/** Fixed conversion to US dollars for the truth totals (rough 2016 rates; fictional bookkeeping). */
export const USD_PER_UNIT: Record<Currency, number> = { USD: 1, IQD: 1 / 1180, SYP: 1 / 450, TRY: 1 / 3, EUR: 1.1 };

export const CATEGORY_LABEL: Record<Category, Record<Lang, string>> = {
  taxation_zakat: { ar: 'الزكاة والضرائب', en: 'zakat and taxes', fr: 'zakat et impôts' },
  oil_sales: { ar: 'بيع النفط', en: 'oil sales', fr: 'ventes de pétrole' },
  checkpoint_fees: { ar: 'رسوم نقاط التفتيش', en: 'checkpoint fees', fr: 'droits de passage aux points de contrôle' },
  antiquities: { ar: 'بيع الآثار', en: 'sale of antiquities', fr: 'vente d’antiquités' },
  ransom: { ar: 'فدية', en: 'ransom', fr: 'rançon' },
  donations_abroad: { ar: 'تبرعات من الخارج', en: 'donations from abroad', fr: 'dons de l’étranger' },
  salaries: { ar: 'رواتب', en: 'salaries', fr: 'salaires' },
  transfers_abroad: { ar: 'حوالة إلى الخارج', en: 'transfer abroad', fr: 'virement à l’étranger' },
};

const CURRENCY_WORDS: Record<Currency, Record<Lang, readonly string[]>> = {
  USD: { ar: ['دولار', 'دولار أمريكي'], en: ['dollars', 'US dollars', 'USD'], fr: ['dollars', 'USD'] },
  IQD: { ar: ['دينار', 'دينار عراقي'], en: ['Iraqi dinars', 'IQD'], fr: ['dinars irakiens', 'IQD'] },
  SYP: { ar: ['ليرة سورية'], en: ['Syrian pounds', 'SYP'], fr: ['livres syriennes', 'SYP'] },
  TRY: { ar: ['ليرة تركية'], en: ['Turkish lira', 'TRY'], fr: ['livres turques', 'TRY'] },
  EUR: { ar: ['يورو'], en: ['euros', 'EUR'], fr: ['euros', 'EUR'] },
};

/** A plausible amount for a category and currency (round numbers, as bookkeepers write them). */
export function amountFor(rng: Rng, category: Category, currency: Currency): number {
  const usd: Record<Category, [number, number]> = {
    taxation_zakat: [200, 20000],
    oil_sales: [5000, 150000],
    checkpoint_fees: [50, 3000],
    antiquities: [2000, 60000],
    ransom: [10000, 200000],
    donations_abroad: [500, 30000],
    salaries: [50, 400],
    transfers_abroad: [500, 25000],
  };
  const [lo, hi] = usd[category];
  const inUsd = Math.exp(rng.between(Math.log(lo), Math.log(hi)));
  const raw = inUsd / USD_PER_UNIT[currency];
  const step = raw >= 100000 ? 1000 : raw >= 10000 ? 500 : raw >= 1000 ? 50 : 10;
  return Math.max(step, Math.round(raw / step) * step);
}

/** Groups thousands: 5,000 (en), 5 000 (fr, narrow no-break space as French typesetting uses), 5000 or ٥٠٠٠ (ar). */
export function formatNumber(n: number, lang: Lang, style: 'grouped' | 'plain' = 'grouped'): string {
  const s = String(n);
  if (style === 'plain') return s;
  const sep = lang === 'fr' ? '\u202f' : ',';
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** An amount with its currency, as prose writes it in each language; returns the exact surface text. */
export function writeAmount(rng: Rng, amount: number, currency: Currency, lang: Lang): string {
  if (lang === 'ar') {
    const digits = rng.chance(0.3) ? toArabicIndicDigits(String(amount)) : formatNumber(amount, 'ar', rng.chance(0.5) ? 'grouped' : 'plain');
    return `${digits} ${rng.pick(CURRENCY_WORDS[currency].ar)}`;
  }
  if (lang === 'en') {
    if (currency === 'USD' && rng.chance(0.5)) return `$${formatNumber(amount, 'en')}`;
    if (currency === 'EUR' && rng.chance(0.4)) return `€${formatNumber(amount, 'en')}`;
    return `${formatNumber(amount, 'en')} ${rng.pick(CURRENCY_WORDS[currency].en)}`;
  }
  if (currency === 'EUR' && rng.chance(0.6)) return `${formatNumber(amount, 'fr')} €`;
  return `${formatNumber(amount, 'fr')} ${rng.pick(CURRENCY_WORDS[currency].fr)}`;
}
