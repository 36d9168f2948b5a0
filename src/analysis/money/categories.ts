/**
 * What money is for, by keywords in Arabic, English and French: taxation and zakat, oil, checkpoint fees,
 * antiquities, ransom, donations from abroad, salaries, transfers abroad (else "other"), with the words that
 * decided. Also the direction words of sheet names and columns (الواردات / income / recettes against المصروفات /
 * expenses / dépenses) and the foreign country a donation comes from or a transfer goes to.
 *
 * Matching runs on folded text (entities/numbers.ts `foldText`: hamza forms, ة/ه, ى/ي, harakat and Latin accents
 * do not matter), lower-cased. Arabic words may carry the attached conjunction, preposition and article
 * (والضرائب، بالنفط، للزكاة); Latin words are whole words. The longest match wins (so "تبرعات من الخارج" is a
 * donation, "حوالة إلى الخارج" a transfer); on equal length the first in the text.
 */
import type { Category } from '../types.js';
import { foldText } from '../../entities/numbers.js';
import { recognisePlaces } from '../../entities/place.js';
import { recogniseCountries } from '../../entities/country.js';

export const INCOME_CATEGORIES: readonly Category[] = ['taxation_zakat', 'oil_sales', 'checkpoint_fees', 'antiquities', 'ransom', 'donations_abroad'];
export const SPENDING_CATEGORIES: readonly Category[] = ['salaries', 'transfers_abroad'];

export function directionOfCategory(category: Category): 'income' | 'spending' | 'unknown' {
  return INCOME_CATEGORIES.includes(category) ? 'income' : SPENDING_CATEGORIES.includes(category) ? 'spending' : 'unknown';
}

/** Keywords per category, as written (folded when the tables are built). */
const KEYWORDS: Readonly<Record<Exclude<Category, 'other'>, { ar: readonly string[]; latin: readonly string[] }>> = {
  taxation_zakat: {
    ar: ['زكاة', 'زكوات', 'ضريبة', 'ضرائب', 'ضريبي', 'جباية', 'جبايات', 'جزية', 'خراج', 'إتاوة', 'إتاوات', 'مكوس'],
    latin: ['zakat', 'zakah', 'zakaat', 'tax', 'taxes', 'taxation', 'levy', 'levies', 'tithe', 'jizya', 'jizyah', 'kharaj', 'impôt', 'impôts', 'taxe', 'prélèvement', 'prélèvements', 'dîme'],
  },
  oil_sales: {
    ar: ['نفط', 'نفطية', 'بيع النفط', 'مشتقات نفطية', 'محروقات', 'مازوت', 'بنزين', 'ديزل', 'النفط الخام', 'صهاريج النفط', 'بيع الغاز', 'الغاز الطبيعي'],
    latin: ['oil', 'crude', 'petroleum', 'diesel', 'fuel', 'gasoline', 'petrol', 'oil sales', 'refinery', 'pétrole', 'pétrolier', 'pétrolière', 'brut', 'gazole', 'gasoil', 'mazout', 'carburant', 'carburants', 'ventes de pétrole'],
  },
  checkpoint_fees: {
    ar: ['نقاط التفتيش', 'نقطة تفتيش', 'نقاط تفتيش', 'نقطة التفتيش', 'حاجز', 'حواجز', 'سيطرة', 'سيطرات', 'رسوم عبور', 'رسوم العبور', 'رسوم المرور', 'رسوم الطريق', 'رسوم الطرق', 'ترانزيت', 'معبر', 'المعابر'],
    latin: ['checkpoint', 'checkpoints', 'check point', 'check-point', 'toll', 'tolls', 'transit fee', 'transit fees', 'road fee', 'road fees', 'crossing fee', 'crossing fees', 'passage fee', 'point de contrôle', 'points de contrôle', 'barrage', 'barrages', 'péage', 'péages', 'droit de passage', 'droits de passage', 'droits de transit'],
  },
  antiquities: {
    ar: ['آثار', 'أثرية', 'أثري', 'لقى', 'ركاز', 'مخطوطات', 'تماثيل', 'مسكوكات', 'قطع أثرية', 'تنقيب'],
    latin: ['antiquities', 'antiquity', 'artefacts', 'artifacts', 'artefact', 'artifact', 'relics', 'archaeological', 'excavation', 'excavations', 'antiquités', 'antiquité', 'archéologique', 'archéologiques', 'fouilles', 'vestiges'],
  },
  ransom: {
    ar: ['فدية', 'فدى', 'فداء', 'فديات', 'رهينة', 'رهائن', 'مختطف', 'مختطفين', 'المخطوف', 'إطلاق سراح'],
    latin: ['ransom', 'ransoms', 'hostage', 'hostages', 'kidnap', 'kidnapping', 'rançon', 'rançons', 'otage', 'otages'],
  },
  donations_abroad: {
    ar: ['تبرع', 'تبرعات', 'متبرع', 'متبرعين', 'المتبرعين', 'هبة', 'هبات', 'من الخارج', 'دعم من الخارج', 'تبرعات من الخارج'],
    latin: ['donation', 'donations', 'donor', 'donors', 'donated', 'from abroad', 'donations from abroad', 'dons', 'donateur', 'donateurs', "de l'étranger", 'dons de l’étranger', "dons de l'étranger"],
  },
  salaries: {
    ar: ['راتب', 'رواتب', 'مرتب', 'مرتبات', 'أجور', 'أجرة', 'كفالات', 'مكافأة', 'مكافآت', 'مخصصات', 'كشف رواتب', 'كشف الرواتب'],
    latin: ['salary', 'salaries', 'wage', 'wages', 'payroll', 'stipend', 'stipends', 'allowance', 'allowances', 'salaire', 'salaires', 'paie', 'rémunération', 'rémunérations', 'indemnité', 'indemnités'],
  },
  transfers_abroad: {
    ar: ['حوالة', 'حوالات', 'تحويل', 'تحويلات', 'إلى الخارج', 'الى الخارج', 'للخارج', 'حوالة إلى الخارج', 'حوالة مالية'],
    latin: ['transfer', 'transfers', 'wire', 'wired', 'remittance', 'remittances', 'hawala', 'transfer abroad', 'virement', 'virements', 'transfert', 'transferts', "à l'étranger", 'à l’étranger', "vers l'étranger", "virement à l'étranger", 'virement à l’étranger'],
  },
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (s: string): string => foldText(s).text.toLowerCase();
const ARABIC_LETTER = '[\\u0621-\\u064A\\u066E-\\u06D3]';
const LATIN_LETTER = '[a-z\\u00C0-\\u024F]';
/** Attached conjunction, preposition and article before an Arabic word: و ف ب ل ك, ال, لل. */
const ARABIC_PROCLITICS = '(?:[وف])?(?:بال|كال|لل|ال|[بلك])?';

/** A phrase made a regex source: words joined by any run of spaces; Arabic words without their article. */
function phraseSource(phrase: string, arabic: boolean): string {
  const words = fold(phrase).split(/\s+/);
  if (!arabic) return words.map(escape).join('\\s+');
  return words.map((w, i) => (i === 0 ? `${ARABIC_PROCLITICS}${escape(w.replace(/^ال/, ''))}` : escape(w))).join('\\s+');
}

interface Keyword {
  category: Exclude<Category, 'other'>;
  regex: RegExp;
}

const KEYWORD_TABLE: readonly Keyword[] = (Object.entries(KEYWORDS) as [Exclude<Category, 'other'>, { ar: readonly string[]; latin: readonly string[] }][]).flatMap(
  ([category, { ar, latin }]) => [
    ...ar.map((p) => ({ category, regex: new RegExp(`(?<!${ARABIC_LETTER})${phraseSource(p, true)}(?!${ARABIC_LETTER})`, 'g') })),
    ...latin.map((p) => ({ category, regex: new RegExp(`(?<!${LATIN_LETTER})${phraseSource(p, false)}(?!${LATIN_LETTER})`, 'g') })),
  ],
);

export interface CategoryVerdict {
  category: Exclude<Category, 'other'>;
  /** The words that decided, as written. */
  words: string;
  /** Offsets of those words in the text given. */
  start: number;
  end: number;
  /** The words themselves say abroad ("من الخارج", "abroad", "à l'étranger"), not only donation or transfer. */
  abroad: boolean;
}

const ABROAD = /خارج|abroad|etranger/;

/** Ledgers repeat their labels: verdicts are remembered (a bounded cache; the function stays pure). */
const CACHE_LIMIT = 20_000;
const categoryCache = new Map<string, CategoryVerdict | null>();
const countryCache = new Map<string, CountryVerdict | null>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The category the keywords of `text` name, or null when none does. */
export function categorise(text: string): CategoryVerdict | null {
  if (!text) return null;
  if (text.length <= 200) {
    const known = categoryCache.get(text);
    if (known !== undefined) return known;
    return remember(categoryCache, text, categoriseUncached(text));
  }
  return categoriseUncached(text);
}

function categoriseUncached(text: string): CategoryVerdict | null {
  const folded = foldText(text);
  const lower = folded.text.toLowerCase();
  let best: { category: Exclude<Category, 'other'>; start: number; end: number } | undefined;
  for (const { category, regex } of KEYWORD_TABLE) {
    regex.lastIndex = 0;
    for (let m = regex.exec(lower); m; m = regex.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!best || end - start > best.end - best.start || (end - start === best.end - best.start && start < best.start)) best = { category, start, end };
    }
  }
  if (!best) return null;
  const start = folded.start(best.start);
  const end = folded.end(best.end);
  return { category: best.category, words: text.slice(start, end), start, end, abroad: ABROAD.test(lower.slice(best.start, best.end)) };
}

/**
 * A donation or a transfer is "from abroad" / "abroad" when its words say so or a foreign place is named; a bare
 * "حوالة" or "donation" with no foreign place is money moved at home: category other, with the reason.
 */
export function settleAbroad(
  verdict: CategoryVerdict | null,
  country: CountryVerdict | null,
): { category: Category; reason: string } | null {
  if (!verdict) return null;
  const abroadCategory = verdict.category === 'donations_abroad' || verdict.category === 'transfers_abroad';
  if (!abroadCategory || verdict.abroad || country) return { category: verdict.category, reason: `"${verdict.words}"` };
  return { category: 'other', reason: `"${verdict.words}" without a foreign place` };
}

/**
 * A category whose money flows the other way from the row or sentence (oil words on a spending row: fuel bought,
 * not oil sold) is not that category: other, with the reason. A transfer from abroad that comes in is money from
 * abroad: donations_abroad.
 */
export function reconcile(
  category: Category,
  reason: string,
  direction: 'income' | 'spending' | 'unknown',
): { category: Category; reason: string } {
  const implied = directionOfCategory(category);
  if (category === 'transfers_abroad' && direction === 'income') return { category: 'donations_abroad', reason: `${reason}, incoming` };
  if (implied === 'unknown' || direction === 'unknown' || implied === direction) return { category, reason };
  return { category: 'other', reason: `${reason} names ${category.replace(/_/g, ' ')}, but the money is ${direction}` };
}

// ---------------------------------------------------------------------------------------------------------
// Direction words: sheet names, section titles, a type column, the header of an amount column.

const DIRECTION_WORDS: Readonly<Record<'income' | 'spending', { ar: readonly string[]; latin: readonly string[] }>> = {
  income: {
    ar: ['واردات', 'وارد', 'واردة', 'إيرادات', 'إيراد', 'ايرادات', 'مقبوضات', 'قبض', 'مقبوض', 'دخل', 'مداخيل', 'استلام', 'المبالغ المستلمة'],
    latin: ['income', 'incomes', 'incoming', 'revenue', 'revenues', 'receipts', 'received', 'inflow', 'inflows', 'money in', 'cash in', 'recettes', 'recette', 'entrées', 'entrée', 'encaissements', 'encaissement', 'revenus', 'reçu', 'reçus'],
  },
  spending: {
    ar: ['مصروفات', 'مصروف', 'مصاريف', 'صرف', 'صرفيات', 'صادر', 'صادرة', 'نفقات', 'نفقة', 'مدفوعات', 'المدفوع', 'دفع'],
    latin: ['expenses', 'expense', 'expenditure', 'expenditures', 'spending', 'payments', 'payment', 'paid', 'outgoing', 'outflow', 'outflows', 'money out', 'cash out', 'dépenses', 'dépense', 'sorties', 'sortie', 'décaissements', 'décaissement', 'paiements', 'payé', 'versé'],
  },
};

const DIRECTION_TABLE = (Object.entries(DIRECTION_WORDS) as ['income' | 'spending', { ar: readonly string[]; latin: readonly string[] }][]).flatMap(
  ([direction, { ar, latin }]) => [
    ...ar.map((p) => ({ direction, regex: new RegExp(`(?<!${ARABIC_LETTER})${phraseSource(p, true)}(?!${ARABIC_LETTER})`) })),
    ...latin.map((p) => ({ direction, regex: new RegExp(`(?<!${LATIN_LETTER})${phraseSource(p, false)}(?!${LATIN_LETTER})`) })),
  ],
);

/**
 * The direction a short label names (a sheet name, a title, a cell of a type column, an amount column's header):
 * income or spending, or null when it names neither or both.
 */
export function directionOfLabel(label: string | null | undefined): { direction: 'income' | 'spending'; words: string } | null {
  if (!label) return null;
  const lower = fold(label);
  const found = new Map<'income' | 'spending', string>();
  for (const { direction, regex } of DIRECTION_TABLE) {
    const m = regex.exec(lower);
    if (m && !found.has(direction)) found.set(direction, m[0]);
  }
  if (found.size !== 1) return null;
  const [direction, words] = [...found.entries()][0]!;
  return { direction, words };
}

// ---------------------------------------------------------------------------------------------------------
// The foreign country of a donation or a transfer

/** The countries money is at home in (the region the hauls come from); anything else is abroad. */
export const HOME_COUNTRIES: readonly string[] = ['IQ', 'SY'];

export interface CountryVerdict {
  country: string;
  reason: string;
}

/**
 * The first foreign country named in the texts, in order (a city, else a country name): its ISO 3166-1 code and
 * why ("place إسطنبول (TR)"). Texts are searched one by one, so the first text that names one wins.
 */
export function foreignCountry(texts: readonly (string | null | undefined)[], home: readonly string[] = HOME_COUNTRIES): CountryVerdict | null {
  for (const text of texts) {
    if (!text || !/\p{L}/u.test(text)) continue;
    const key = `${home.join(',')}|${text}`;
    let found = countryCache.get(key);
    if (found === undefined) found = remember(countryCache, key, countryIn(text, home));
    if (found) return found;
  }
  return null;
}

function countryIn(text: string, home: readonly string[]): CountryVerdict | null {
  const places = recognisePlaces(text)
    .filter((m) => typeof m.attrs?.country === 'string' && !home.includes(m.attrs.country as string))
    .map((m) => ({ m, code: m.attrs!.country as string, kind: 'place' }));
  const countries = recogniseCountries(text)
    .filter((m) => !home.includes(m.value))
    .map((m) => ({ m, code: m.value, kind: 'country' }));
  const first = [...places, ...countries].sort((a, b) => a.m.start - b.m.start)[0];
  return first ? { country: first.code, reason: `${first.kind} "${first.m.surface}" (${first.code})` } : null;
}
