/**
 * Ledgers: income and spending registers kept in spreadsheets, with Arabic or English headers, Hijri or Gregorian
 * dates, several currencies and subtotal rows. Each data row is one transaction of the truth.
 */
import type { Cell, Lang, Ledger, Sheet } from '../spec.js';
import { Facts, party } from './facts.js';
import { someone, type World } from './world.js';
import { amountFor, CATEGORY_LABEL, INCOME, type Category, type Currency } from '../money.js';
import { randomDay, writeGregorian, hijriIso, type Day } from '../dates.js';
import { HOME_CITIES } from '../lexicon/places.js';

const HEADERS: Record<'ar' | 'en', string[]> = {
  ar: ['التاريخ', 'البيان', 'الجهة', 'المبلغ', 'العملة', 'ملاحظات'],
  en: ['Date', 'Description', 'From / To', 'Amount', 'Currency', 'Notes'],
};

function dateCell(f: Facts, day: Day, lang: 'ar' | 'en', hijri: boolean): string {
  if (!hijri) return lang === 'ar' ? `${String(day.day).padStart(2, '0')}/${String(day.month).padStart(2, '0')}/${day.year}` : day.iso;
  const h = day.hijri;
  const surface = `${String(h.day).padStart(2, '0')}/${String(h.month).padStart(2, '0')}/${h.year} هـ`;
  f.hijri.push({ surface, hijri: hijriIso(h), gregorian: day.iso });
  return surface;
}

function sheet(f: Facts, w: World, lang: 'ar' | 'en', name: string, categories: readonly Category[], hijri: boolean): Sheet {
  const r = f.rng;
  const rows: Cell[][] = [];
  const currency = r.pick<Currency>(['USD', 'USD', 'IQD', 'SYP', 'TRY']);
  const n = r.int(6, 24);
  let subtotal = 0;
  const start = randomDay(r);
  const writer = someone(r, w, 'finance');
  for (let i = 0; i < n; i++) {
    const day = randomDay(r, Date.UTC(start.year, start.month - 1, start.day), Date.UTC(start.year, start.month - 1, start.day) + 60 * 86_400_000);
    const category = r.pick(categories);
    const amount = amountFor(r, category, currency);
    const abroad = category === 'donations_abroad' || category === 'transfers_abroad';
    const other = abroad ? someone(r, w, category === 'donations_abroad' ? 'donor' : 'contact-abroad', 'contact-abroad') : someone(r, w, 'member', 'courier');
    const otherName = f.person(other, lang);
    const income = INCOME.includes(category);
    const place = r.pick(HOME_CITIES);
    const note = abroad ? f.city(other.city, lang) : lang === 'ar' ? place.ar : place.en;
    const row = rows.length + 2; // header is row 1
    f.money({
      day,
      amount,
      currency,
      payer: income ? party(other, otherName) : party(writer, 'finance office'),
      payee: income ? party(writer, 'finance office') : party(other, otherName),
      category,
      lang,
      sheet: name,
      row,
      surface: String(amount),
      ...(abroad ? { country: other.city.country } : {}),
    });
    rows.push([dateCell(f, day, lang, hijri), CATEGORY_LABEL[category][lang], otherName, amount, currency, note]);
    subtotal += amount;
    if (r.chance(0.12) && i < n - 1) {
      rows.push([null, lang === 'ar' ? 'المجموع الفرعي' : 'Subtotal', null, subtotal, currency, null]);
    }
  }
  rows.push([null, lang === 'ar' ? 'المجموع' : 'Total', null, subtotal, currency, writeGregorian(r, start, lang)]);
  return { name, headers: HEADERS[lang], rows, rtl: lang === 'ar' };
}

export function ledger(f: Facts, w: World, lang: 'ar' | 'en', sheets: number): Ledger {
  const r = f.rng;
  const hijri = lang === 'ar' ? r.chance(0.7) : r.chance(0.2);
  const out: Sheet[] = [];
  const names = lang === 'ar' ? ['الواردات', 'المصروفات', 'الحوالات'] : ['Income', 'Expenses', 'Transfers'];
  const cats: Category[][] = [[...INCOME], ['salaries', 'transfers_abroad'], ['transfers_abroad', 'donations_abroad']];
  for (let i = 0; i < sheets; i++) out.push(sheet(f, w, lang, names[i] as string, cats[i] as Category[], hijri));
  return { lang, title: lang === 'ar' ? 'سجل الحسابات' : 'Accounts register', sheets: out };
}
