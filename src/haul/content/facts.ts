/**
 * Records what a document says while its text is being written: every person surface, every pointer at a
 * foreign country, Hijri dates and transactions. Templates call these helpers to produce text, so the truth
 * and the text cannot drift apart.
 */
import type { Rng } from '../random.js';
import type { Lang } from '../spec.js';
import type { Person } from '../persons.js';
import { HOME_COUNTRIES, type City } from '../lexicon/places.js';
import { writeHijri, hijriIso, writeGregorian, type Day } from '../dates.js';
import { formatPhoneVariants } from '../selectors/phones.js';
import type { Phone } from '../selectors/phones.js';
import type { GeneratedIban } from '../selectors/ibans.js';
import { INCOME, USD_PER_UNIT, writeAmount, type Category, type Currency } from '../money.js';
import type { CountryEvidence, HijriMention, Party, PersonMention, SelectorMention, TruthTransaction } from '../truth.js';
import type { Wallet } from '../selectors/wallets.js';

export type PendingTransaction = Omit<TruthTransaction, 'id' | 'document'>;

export class Facts {
  readonly persons: PersonMention[] = [];
  readonly countries: CountryEvidence[] = [];
  readonly distractors = new Set<string>();
  readonly hijri: HijriMention[] = [];
  readonly transactions: PendingTransaction[] = [];
  readonly selectors: SelectorMention[] = [];

  constructor(readonly rng: Rng) {}

  /** A surface form for a person in a language, recorded. Arabic: full name, kunya, kunya+nisba...; Latin: a rendering. */
  person(p: Person, lang: Lang, opts: { short?: boolean } = {}): string {
    const r = this.rng;
    let surface: string;
    if (lang === 'ar') {
      const forms = opts.short ? [p.kunya, ...p.arabicForms] : [p.arabicName, ...p.arabicForms, ...p.arabicForms, p.kunya];
      surface = r.pick(forms);
    } else {
      const latin = lang === 'fr' ? p.renderings.filter((x) => /^(Abou|Oum)|\b(el|ben|bent)\b/.test(x)) : p.renderings;
      surface = r.pick(latin.length > 0 ? latin : p.renderings);
      if (opts.short && r.chance(0.3)) {
        // The kunya alone ("Abu Hamza"): ambiguous by nature, which a resolver must handle.
        const m = /^(Abu|Abou|Abū|Umm|Um|Om|Oum) \S+/.exec(surface);
        if (m) surface = m[0];
      }
    }
    this.recordPerson(p, surface);
    return surface;
  }

  recordPerson(p: Person, surface: string): void {
    this.persons.push({ person: p.id, surface, script: /[\u0600-\u06ff]/.test(surface) ? 'arabic' : 'latin' });
  }

  city(c: City, lang: Lang): string {
    const surface = lang === 'ar' ? c.ar : lang === 'fr' ? c.fr : c.en;
    if (!HOME_COUNTRIES.has(c.country)) this.countries.push({ country: c.country, via: 'city', surface });
    return surface;
  }

  /** A postal address in a foreign city (street, postcode, city). */
  address(c: City, lang: Lang): string {
    const r = this.rng;
    const street = c.streets.length > 0 ? `${r.pick(c.streets)} ${r.int(1, 180)}` : '';
    const postcode = c.postcode ? c.postcode.replace(/#/g, () => String(r.int(0, 9))) : '';
    const cityName = lang === 'ar' ? c.ar : lang === 'fr' ? c.fr : c.en;
    const surface = [street, [postcode, cityName].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    if (!HOME_COUNTRIES.has(c.country)) this.countries.push({ country: c.country, via: 'address', surface });
    return surface;
  }

  phone(p: Phone, lang: Lang): string {
    const surface = formatPhoneVariants(p, this.rng, { arabic: lang === 'ar' });
    if (!HOME_COUNTRIES.has(p.country)) this.countries.push({ country: p.country, via: 'phone', surface });
    this.selectors.push({ type: 'phone', value: p.e164, surface });
    return surface;
  }

  iban(i: GeneratedIban): string {
    const surface = this.rng.chance(0.6) ? i.printed : i.iban;
    if (!HOME_COUNTRIES.has(i.country)) this.countries.push({ country: i.country, via: 'iban', surface });
    this.selectors.push({ type: 'iban', value: i.iban, surface });
    return surface;
  }

  email(address: string): string {
    this.selectors.push({ type: 'email', value: address.toLowerCase(), surface: address });
    return address;
  }

  wallet(w: Wallet): string {
    this.selectors.push({ type: 'wallet', value: w.address, surface: w.address });
    return w.address;
  }

  /** A country named only in passing (news, recipes): must not count as pointing there. */
  distractor(code: string): void {
    this.distractors.add(code);
  }

  hijriDate(day: Day, lang: Lang): string {
    const surface = writeHijri(this.rng, day.hijri, lang);
    this.hijri.push({ surface, hijri: hijriIso(day.hijri), gregorian: day.iso });
    return surface;
  }

  /** A date, Hijri or Gregorian at the writer's habit. */
  date(day: Day, lang: Lang, hijriShare = 0.6): string {
    return this.rng.chance(lang === 'ar' ? hijriShare : hijriShare / 3) ? this.hijriDate(day, lang) : writeGregorian(this.rng, day, lang);
  }

  /** Money changing hands; returns the amount as written. */
  money(t: { day: Day; amount: number; currency: Currency; payer: Party; payee: Party; category: Category; country?: string; lang: Lang; sheet?: string; row?: number; surface?: string }): string {
    const surface = t.surface ?? writeAmount(this.rng, t.amount, t.currency, t.lang);
    const tx: PendingTransaction = {
      date: t.day.iso,
      amount: t.amount,
      currency: t.currency,
      usd: Math.round(t.amount * USD_PER_UNIT[t.currency] * 100) / 100,
      payer: t.payer,
      payee: t.payee,
      category: t.category,
      direction: INCOME.includes(t.category) ? 'income' : 'spending',
      surface,
    };
    if (t.country) tx.country = t.country;
    if (t.sheet !== undefined) tx.sheet = t.sheet;
    if (t.row !== undefined) tx.row = t.row;
    this.transactions.push(tx);
    return surface;
  }
}

export const party = (p: Person, name: string): Party => ({ person: p.id, name });
