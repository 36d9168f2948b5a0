/**
 * Transactions in ledgers: spreadsheet sheets (xlsx, ods, csv) as rows of typed cells.
 *
 * 1. The header row is found by its words (Arabic, English, French: التاريخ، المبلغ، العملة، الجهة، البيان،
 *    ملاحظات، من، إلى / Date, Amount, Currency, Payer, From, To, Description, Memo / Date, Montant, Devise, De, À,
 *    Libellé…), wherever it is: titles, blank rows and merged-cell artefacts may come first, and a sheet may hold
 *    several tables, each with its header. A row just under the header may refine it (a merged "المبلغ" over
 *    "دولار | دينار", or over "وارد | صادر"). Columns the header does not name are typed by their content (dates,
 *    amounts, currency codes, category words, names); a sheet without a header is typed by content alone.
 * 2. Rows: subtotal and total rows are skipped (المجموع، المجموع الفرعي، الإجمالي، Total, Subtotal, Sous-total…,
 *    or a row without date and party whose amount is the sum of the rows above it); a row with one label in it
 *    ("المصروفات") opens a section of that direction. Empty date and currency cells under a filled one (merged
 *    cells) take the value above.
 * 3. Values: dates Gregorian or Hijri (هـ, AH; converted with the Umm al-Qura table), ISO, day-first numeric
 *    unless the column shows month-first, or Excel serial numbers; amounts as numbers or strings ("1,500",
 *    "٥٠٠٠", "(1,500)", "500 $"); the currency from a currency column, else the amount column's header
 *    ("المبلغ (دولار)"), else the cell, else the sheet name or the titles above the header.
 * 4. Direction: an in/out pair of amount columns (وارد/صادر, In/Out, Recettes/Dépenses; bank-statement style
 *    Credit/Debit, إيداع/سحب, دائن/مدين read from the account holder's side: a credit is money in), else a type column (وارد/صادر), else a negative amount, else the
 *    section, sheet name or title (الواردات/income/recettes against المصروفات/expenses/dépenses), else the
 *    category. A counterparty column ("الجهة", "From / To") is the payer of income and the payee of spending.
 * Provenance: the sheet's name and the 1-based row number (the header row counts).
 */
import type { CellValue, Sheet } from '../../extract/types.js';
import type { Category, Transaction } from '../types.js';
import { foldText, parseArabicNumberWords, parseDigitAmount } from '../../entities/numbers.js';
import { findCurrencies, resolveCurrencies } from '../../entities/currencies.js';
import { recogniseMoney } from '../../entities/money.js';
import { recogniseHijriDates } from '../../entities/hijri.js';
import { recogniseGregorianDates } from '../../entities/date.js';
import { ARABIC_HONORIFICS, LATIN_HONORIFICS } from '../../entities/lexicon/honorifics.js';
import { categorise, directionOfCategory, directionOfLabel, foreignCountry, HOME_COUNTRIES, reconcile, settleAbroad } from './categories.js';
import { toUsd } from './rates.js';

// ---------------------------------------------------------------------------------------------------------
// Shared readers (prose.ts uses them too)

const fold = (s: string): string => foldText(s).text.toLowerCase().replace(/\s+/g, ' ').trim();

const ARABIC_HONORIFIC_SET = new Set(ARABIC_HONORIFICS.map((h) => foldText(h).text));
const LATIN_HONORIFIC_SET = new Set([...LATIN_HONORIFICS, 'Abu-', 'le', 'la', 'du', 'au', 'the'].map((h) => h.toLowerCase()));
/** Latin honorifics that are also kunya-like name heads are kept; the rest are dropped from the front of a name. */
const KEEP_LATIN = new Set(['m']);

/** A name as written, without the honorifics before it ("الأخ أبو علي" → "أبو علي", "brother Abu Ali" → "Abu Ali"). */
export function cleanName(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let s = String(raw).replace(/\s+/g, ' ').trim().replace(/^[\s:：\-–—,،.]+|[\s:：\-–—,،.;؛]+$/g, '');
  for (let i = 0; i < 3; i++) {
    const m = /^(\S+)\s+(?=\S)/.exec(s);
    if (!m) break;
    const word = m[1]!;
    const folded = foldText(word).text;
    const latin = word.toLowerCase().replace(/\.$/, '');
    if (ARABIC_HONORIFIC_SET.has(folded) || (LATIN_HONORIFIC_SET.has(latin) && !KEEP_LATIN.has(latin))) s = s.slice(m[0].length);
    else break;
  }
  return s === '' ? null : s;
}

const cellText = (c: CellValue | undefined): string => (c === null || c === undefined ? '' : typeof c === 'string' ? c.trim() : String(c));
const isEmpty = (c: CellValue | undefined): boolean => cellText(c) === '';

/** Excel serial day numbers (1900 system) that can be dates of this work: 1990-01-01 to 2039-12-31. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 51134;

function isoOfDays(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** An Excel serial day number as an ISO date (the 1900 system; serial 25569 is 1970-01-01). */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return isoOfDays(Math.floor(serial) - 25569);
}

function validYmd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1) return null;
  return back.toISOString().slice(0, 10);
}

export interface ReadDate {
  iso: string;
  surface: string;
}

const HIJRI_MARK = /(?:ه|هـ|هجري|هجريه|AH|A\.H\.|H)\s*$/;

/**
 * A date cell: an ISO string (with or without time), a Hijri date (هـ / AH, or a year 1343-1500), a numeric date
 * (day first unless `monthFirst`), a date with a month name, or an Excel serial number when `serials` allows.
 */
export function readDate(cell: CellValue | undefined, opts: { monthFirst?: boolean; serials?: boolean } = {}): ReadDate | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (typeof cell === 'number') {
    const iso = opts.serials ? excelSerialDate(cell) : null;
    return iso ? { iso, surface: String(cell) } : null;
  }
  const surface = cell.trim();
  if (!surface) return null;
  const s = foldText(surface).text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m && Number(m[1]) >= 1900) {
    const iso = validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return { iso, surface };
  }
  const hijriYear = /(?:^|\D)(1[34]\d\d)(?:\D|$)/.exec(s);
  if (HIJRI_MARK.test(s) || (hijriYear && Number(hijriYear[1]) >= 1343 && Number(hijriYear[1]) <= 1500)) {
    const h = recogniseHijriDates(surface)[0];
    if (h && /^\d{4}-\d{2}-\d{2}$/.test(h.value)) return { iso: h.value, surface };
  }
  m = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})\s*م?$/.exec(s);
  if (m) {
    let y = Number(m[3]);
    if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const iso = opts.monthFirst ? (validYmd(y, a, b) ?? validYmd(y, b, a)) : (validYmd(y, b, a) ?? validYmd(y, a, b));
    if (iso) return { iso, surface };
  }
  m = /^(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})$/.exec(s);
  if (m) {
    const iso = validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return { iso, surface };
  }
  const g = recogniseGregorianDates(surface).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value));
  if (g && g.surface.length >= surface.length * 0.6) return { iso: g.value, surface };
  return null;
}

/** Does a numeric date cell show its order: 25/12 is day-first, 12/25 month-first? */
function numericOrder(cell: CellValue | undefined): 'day' | 'month' | null {
  if (typeof cell !== 'string') return null;
  const m = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*\d{2,4}/.exec(foldText(cell.trim()).text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a > 12 && b <= 12 ? 'day' : b > 12 && a <= 12 ? 'month' : null;
}

const ISO_CODES = new Set(['USD', 'EUR', 'GBP', 'IQD', 'SYP', 'TRY', 'LBP', 'JOD', 'KWD', 'BHD', 'QAR', 'SAR', 'OMR', 'YER', 'AED', 'MAD', 'EGP', 'SDG', 'LYD', 'TND', 'DZD', 'IRR', 'CHF', 'CAD', 'AUD', 'RUB', 'CNY', 'PKR', 'AFN']);
/** Currency words glued to a preposition in headers and titles: "بالدولار", "بالدينار العراقي". */
const GLUED_PREPOSITION = /(^|[^\u0621-\u064A])[بل](?=ال(?:دولار|دينار|ليره|يورو|ريال|درهم|جنيه))/g;
/** Short forms of bookkeeping and English/French usage that the recogniser reads only with a figure. */
const LOOSE_CODES: Readonly<Record<string, string>> = {
  '$': 'USD', 'us$': 'USD', dollar: 'USD', dollars: 'USD', '€': 'EUR', euro: 'EUR', euros: 'EUR', tl: 'TRY', '₺': 'TRY',
  'دولار': 'USD', 'دينار': 'IQD', 'يورو': 'EUR', 'ليره': 'SYP', 'ليرة': 'SYP', 'ل.س': 'SYP', 'ل.ت': 'TRY', 'د.ع': 'IQD', 'ريال': 'SAR', 'درهم': 'AED',
};

/** The currency a short text names (a currency cell, a header, a sheet name, a title), ISO 4217, or undefined. */
export function readCurrency(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  if (!t) return undefined;
  if (ISO_CODES.has(t.toUpperCase()) && /^[A-Za-z]{3}$/.test(t)) return t.toUpperCase();
  const loose = LOOSE_CODES[foldText(t).text.toLowerCase()];
  if (loose) return loose;
  const folded = foldText(t).text.replace(GLUED_PREPOSITION, '$1');
  const tokens = findCurrencies(folded);
  const resolved = resolveCurrencies(tokens).filter((c) => c !== undefined);
  const codes = new Set(resolved.map((c) => c!.code));
  return codes.size === 1 ? [...codes][0] : undefined;
}

export interface ReadAmount {
  value: number;
  negative: boolean;
  currency?: string;
  surface: string;
}

/** An amount cell: a number, or a string with separators, Arabic-Indic digits, a sign or brackets, a currency. */
export function readAmount(cell: CellValue | undefined): ReadAmount | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell === 0) return null;
    return { value: Math.abs(cell), negative: cell < 0, surface: String(cell) };
  }
  const surface = cell.trim();
  if (!surface || /^[-–—_.]+$/.test(surface)) return null;
  let s = foldText(surface).text.trim();
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) {
    negative = true;
    s = bracketed[1]!.trim();
  }
  if (/^[-−‐–]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  if (/[A-Za-z\u0600-\u06FF$€£₺]/.test(s)) {
    const money = recogniseMoney(surface.replace(/^[(\-−‐–\s]+|[)\s]+$/g, ''))[0];
    if (money && typeof money.attrs?.amount === 'number' && money.attrs.amount > 0) {
      return { value: money.attrs.amount, negative, currency: String(money.attrs.currency), surface };
    }
    const words = /[\u0600-\u06FF]/.test(s) ? parseArabicNumberWords(s) : undefined;
    if (words !== undefined) return { value: words, negative, surface };
    // Figures followed by the amount in words, as receipts write it: "(5000) خمسة آلاف", "5000 فقط لا غير".
    const figures = /^\(?\s*(\d[\d.,' ]*)\s*\)?\s*[\p{L}\s]+$/u.exec(s);
    const value = figures ? parseDigitAmount(figures[1]!.trim()) : undefined;
    if (value !== undefined && value > 0) return { value, negative, surface };
    return null;
  }
  if (!/^\d[\d\s.,'\u066C\u066B]*$/.test(s)) return null;
  const value = parseDigitAmount(surface.replace(/^[(\-−‐–\s]+|[)\s]+$/g, ''));
  if (value === undefined || value === 0) return null;
  return { value, negative, surface };
}

// ---------------------------------------------------------------------------------------------------------
// Header words

type Role =
  | 'date'
  | 'amount'
  | 'amountIn'
  | 'amountOut'
  | 'currency'
  | 'payer'
  | 'payee'
  | 'party'
  | 'description'
  | 'memo'
  | 'place'
  | 'direction'
  | 'ignore';

const HEADER_WORDS: Readonly<Record<Role, readonly string[]>> = {
  date: [
    'التاريخ', 'تاريخ', 'التأريخ', 'اليوم', 'التاريخ الهجري', 'التاريخ الميلادي', 'date', 'dated', 'day', 'transaction date',
    'value date', 'date of payment', 'payment date', 'jour', 'date de paiement', "date de l'operation",
  ],
  amount: [
    'المبلغ', 'مبلغ', 'المبالغ', 'القيمة', 'قيمة', 'المقدار', 'amount', 'amounts', 'sum', 'value', 'montant', 'montants',
    'somme', 'valeur',
  ],
  amountIn: [
    'وارد', 'الوارد', 'الواردات', 'واردات', 'المقبوض', 'المقبوضات', 'مقبوضات', 'قبض', 'الإيراد', 'الإيرادات', 'ايرادات',
    'داخل', 'in', 'money in', 'cash in', 'income', 'receipts', 'received', 'amount received', 'recettes', 'entrées',
    'entree', 'encaissement', 'encaissements', 'montant reçu',
    // Bank-statement columns, from the account holder's side: a credit or deposit is money in.
    'credit', 'credits', 'crédit', 'deposit', 'deposits', 'dépôt', 'dépôts', 'versement', 'إيداع', 'ايداعات', 'دائن',
  ],
  amountOut: [
    'صادر', 'الصادر', 'المصروف', 'المصروفات', 'مصروفات', 'صرف', 'المدفوع', 'المدفوعات', 'مدفوعات', 'خارج', 'out',
    'money out', 'cash out', 'expenses', 'expense', 'payments', 'paid', 'amount paid', 'spent', 'dépenses', 'sorties',
    'sortie', 'décaissement', 'décaissements', 'montant versé', 'montant payé',
    'debit', 'debits', 'débit', 'withdrawal', 'withdrawals', 'retrait', 'retraits', 'سحب', 'سحوبات', 'مدين',
  ],
  currency: ['العملة', 'عملة', 'نوع العملة', 'العمله', 'currency', 'curr', 'curr.', 'ccy', 'cur', 'devise', 'monnaie'],
  payer: [
    'من', 'الدافع', 'المرسل', 'المودع', 'المسدد', 'الممول', 'المتبرع', 'مصدر المبلغ', 'المصدر', 'مقبوض من', 'استلمنا من',
    'وارد من', 'from', 'payer', 'paid by', 'received from', 'sender', 'source', 'donor', 'de', 'payeur', 'expéditeur',
    'versé par', 'reçu de', 'donateur', 'provenance',
  ],
  payee: [
    'إلى', 'الى', 'المستلم', 'المستفيد', 'لصالح', 'المدفوع له', 'اسم المستفيد', 'اسم المستلم', 'صرف إلى', 'to', 'payee',
    'paid to', 'beneficiary', 'recipient', 'receiver', 'à', 'bénéficiaire', 'destinataire', 'versé à', 'payé à',
  ],
  party: [
    'الجهة', 'جهة', 'الاسم', 'اسم', 'الأسم', 'الشخص', 'صاحب العلاقة', 'الطرف', 'الجهة / الشخص', 'من / إلى', 'من/إلى',
    'name', 'party', 'counterparty', 'person', 'from / to', 'from/to', 'to / from', 'to/from', 'payer / payee',
    'payer/payee', 'tiers', 'nom', 'de / à', 'de/à', 'client',
  ],
  description: [
    'البيان', 'بيان', 'الوصف', 'وصف', 'التفاصيل', 'تفاصيل', 'البند', 'بند', 'النوع', 'نوع', 'التصنيف', 'الفئة', 'الصنف',
    'الغرض', 'السبب', 'نوع الإيراد', 'نوع المصروف', 'مصدر الإيراد', 'وجه الصرف', 'description', 'details', 'detail',
    'category', 'item', 'type', 'purpose', 'particulars', 'narration', 'reason', 'libellé', 'désignation', 'catégorie',
    'objet', 'motif', 'nature', 'détails', 'détail',
  ],
  memo: [
    'ملاحظات', 'ملاحظة', 'الملاحظات', 'ملاحظه', 'memo', 'notes', 'note', 'remarks', 'remark', 'comments', 'comment',
    'observations', 'remarques', 'remarque', 'commentaire', 'commentaires', 'obs',
  ],
  place: ['المكان', 'مكان', 'المدينة', 'المنطقة', 'الموقع', 'الولاية', 'القاطع', 'place', 'location', 'city', 'area', 'region', 'lieu', 'ville', 'région'],
  direction: [
    'نوع الحركة', 'الحركة', 'نوع القيد', 'نوع العملية', 'وارد / صادر', 'وارد/صادر', 'direction', 'in / out', 'in/out',
    'income / expense', 'income/expense', 'sens', 'type de mouvement', 'mouvement',
  ],
  ignore: [
    'م', 'ت', 'رقم', 'الرقم', 'التسلسل', 'تسلسل', 'رقم الوصل', 'رقم الإيصال', 'رقم السند', 'الرصيد', 'رصيد', 'no', 'no.',
    'n°', 'nº', '#', 'ref', 'ref.', 'reference', 'receipt no', 'receipt no.', 'voucher', 'balance', 'running balance',
    'solde', 'numéro', 'réf', 'réf.', 'التوقيع', 'توقيع', 'signature', 'رقما', 'كتابة', 'كتابتا', 'in words', 'en lettres',
  ],
};

interface HeaderPhrase {
  role: Role;
  phrase: string;
}

const HEADER_PHRASES: readonly HeaderPhrase[] = (Object.entries(HEADER_WORDS) as [Role, readonly string[]][])
  .flatMap(([role, words]) => words.map((w) => ({ role, phrase: fold(w) })))
  .sort((a, b) => b.phrase.length - a.phrase.length);
const PHRASE_ROLES = new Map<string, Role>();
for (const p of [...HEADER_PHRASES].reverse()) PHRASE_ROLES.set(p.phrase, p.role);

/** "Amount in figures" under a merged amount header; its neighbour "in words" is ignored. */
const IN_FIGURES = new Set(['رقما', 'بالارقام', 'ارقام', 'in figures', 'figures', 'en chiffres', 'chiffres'].map(fold));

interface HeaderCell {
  role: Role;
  currency?: string;
  direction?: 'income' | 'spending';
  label: string;
}

/** The role a header cell names, with the currency its words carry ("المبلغ (دولار)", "Amount USD"). */
function headerCell(cell: CellValue | undefined): HeaderCell | null {
  if (typeof cell !== 'string') return null;
  const label = cell.replace(/\s+/g, ' ').trim();
  if (!label || label.length > 60) return null;
  const f = fold(label).replace(/[:：*]+$/, '').trim();
  const bare = f.replace(/\s*[([].*?[)\]]\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const exact = PHRASE_ROLES.get(f) ?? PHRASE_ROLES.get(bare);
  let role: Role | undefined = exact;
  if (!role) {
    const hit = HEADER_PHRASES.find(({ phrase }) => bare.startsWith(phrase) && /^[\s/(\-–:,.]/.test(bare.slice(phrase.length)) && phrase.length >= 3);
    role = hit?.role;
  }
  const short = bare.replace(/[^\p{L}]/gu, '').length <= 14;
  const amountish = role === 'amount' || role === 'amountIn' || role === 'amountOut';
  const currency = amountish || (!role && short) ? readCurrency(label) : undefined;
  if (!role && currency && short && !/\d/.test(label)) role = 'amount'; // "دولار", "USD", "$"
  if (!role) return null;
  const out: HeaderCell = { role, label };
  if (currency && (role === 'amount' || role === 'amountIn' || role === 'amountOut')) out.currency = currency;
  if (role === 'amountIn') out.direction = 'income';
  if (role === 'amountOut') out.direction = 'spending';
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Column maps

interface AmountColumn {
  col: number;
  currency?: string;
  direction?: 'income' | 'spending';
  label: string;
}

interface Columns {
  date: number[];
  amounts: AmountColumn[];
  currency?: number;
  payer?: number;
  payee?: number;
  party?: number;
  description?: number;
  memo: number[];
  place?: number;
  direction?: number;
  labels: Map<number, string>;
  /** Read from content rather than the header. */
  sniffed: boolean;
  monthFirst: boolean;
  serialDates: boolean;
}

function emptyColumns(): Columns {
  return { date: [], amounts: [], memo: [], labels: new Map(), sniffed: false, monthFirst: false, serialDates: false };
}

/** A header row: at least two cells with roles, one of them an amount, or three roles. */
function readHeader(row: readonly CellValue[]): Map<number, HeaderCell> | null {
  // A data row of words never has most of its cells named like columns; numbers in a header row are rare.
  if (row.some((c) => typeof c === 'number')) return null;
  const cells = new Map<number, HeaderCell>();
  row.forEach((c, i) => {
    const h = headerCell(c);
    if (h) cells.set(i, h);
  });
  const nonEmpty = row.filter((c) => !isEmpty(c)).length;
  const roles = [...cells.values()].filter((h) => h.role !== 'ignore');
  const amountish = roles.some((h) => h.role === 'amount' || h.role === 'amountIn' || h.role === 'amountOut');
  if (roles.length < 2 || cells.size < nonEmpty * 0.6) return null;
  if (!amountish && roles.length < 3) return null;
  return cells;
}

function columnsOf(header: Map<number, HeaderCell>): Columns {
  const cols = emptyColumns();
  for (const [i, h] of [...header.entries()].sort((a, b) => a[0] - b[0])) {
    cols.labels.set(i, h.label);
    switch (h.role) {
      case 'date':
        cols.date.push(i);
        break;
      case 'amount':
      case 'amountIn':
      case 'amountOut':
        cols.amounts.push({ col: i, label: h.label, ...(h.currency ? { currency: h.currency } : {}), ...(h.direction ? { direction: h.direction } : {}) });
        break;
      case 'memo':
        cols.memo.push(i);
        break;
      case 'ignore':
        break;
      default:
        if (cols[h.role] === undefined) cols[h.role] = i;
        else if (h.role === 'description') cols.memo.push(i);
    }
  }
  return cols;
}

/**
 * A row under the header that refines it: currencies or in/out words under a merged amount header (the owner
 * of an empty header cell is the nearest filled one to its left), "in figures / in words".
 */
function refineWithSubHeader(cols: Columns, header: readonly CellValue[], sub: readonly CellValue[]): boolean {
  const filled = sub.map((c, i) => [i, c] as const).filter(([, c]) => !isEmpty(c));
  if (filled.length === 0 || sub.some((c) => typeof c === 'number')) return false;
  const owner = (i: number): number | undefined => {
    for (let k = i; k >= 0; k--) if (!isEmpty(header[k])) return k;
    return undefined;
  };
  const isAmountCol = (k: number | undefined): AmountColumn | undefined => (k === undefined ? undefined : cols.amounts.find((a) => a.col === k));
  const updates: AmountColumn[] = [];
  let ignored = 0;
  for (const [i, c] of filled) {
    const parent = isAmountCol(owner(i));
    if (!parent) return false;
    const text = cellText(c);
    const f = fold(text);
    const h = headerCell(text);
    const currency = readCurrency(text);
    if (IN_FIGURES.has(f)) updates.push({ ...parent, col: i });
    else if (h?.role === 'ignore') ignored++;
    else if (currency) updates.push({ ...parent, col: i, currency, label: `${parent.label} ${text}` });
    else if (h?.role === 'amountIn' || h?.role === 'amountOut') {
      updates.push({ ...parent, col: i, direction: h.role === 'amountIn' ? 'income' : 'spending', label: `${parent.label} ${text}`, ...(h.currency ? { currency: h.currency } : {}) });
    } else return false;
  }
  if (updates.length === 0 && ignored === 0) return false;
  const parents = new Set(filled.map(([i]) => owner(i)));
  cols.amounts = [...cols.amounts.filter((a) => !parents.has(a.col)), ...updates].sort((a, b) => a.col - b.col);
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Content types, for columns the header does not name

const NAME_HEADS = /^(?:ابو|ام|بن|بنت|عبد|abu|abou|umm|oum|ibn|bin|ben)\b/i;

interface ColumnProfile {
  col: number;
  n: number;
  dates: number;
  serials: number;
  numbers: number;
  counter: boolean;
  years: boolean;
  currencies: number;
  texts: number;
  categories: number;
  names: number;
  places: number;
  directions: number;
}

function profile(rows: readonly (readonly CellValue[])[], col: number): ColumnProfile {
  const p: ColumnProfile = { col, n: 0, dates: 0, serials: 0, numbers: 0, counter: false, years: false, currencies: 0, texts: 0, categories: 0, names: 0, places: 0, directions: 0 };
  const values: number[] = [];
  for (const row of rows) {
    const c = row[col];
    if (isEmpty(c)) continue;
    p.n++;
    if (typeof c === 'number') {
      values.push(c);
      if (excelSerialDate(c)) p.serials++;
    }
    if (typeof c === 'string' && readDate(c)) p.dates++;
    else if (readAmount(c) && !(typeof c === 'string' && /^\+|^0\d{6,}/.test(c.trim()))) p.numbers++;
    else if (typeof c === 'string' && c.trim().length <= 24 && !/\d/.test(c) && readCurrency(c)) p.currencies++;
    else if (typeof c === 'string' && /\p{L}/u.test(c)) {
      p.texts++;
      if (categorise(c)) p.categories++;
      if (directionOfLabel(c) && c.trim().split(/\s+/).length <= 2) p.directions++;
      const words = c.trim().split(/\s+/);
      if (words.length >= 1 && words.length <= 6 && !/\d/.test(c) && (NAME_HEADS.test(foldText(c.trim()).text) || words.length >= 2)) p.names++;
    }
  }
  p.counter = values.length >= 3 && values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
  p.years = values.length > 0 && values.every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100);
  return p;
}

/** Gives roles to the columns the header left unnamed (all of them when there is no header). */
function sniffColumns(cols: Columns, rows: readonly (readonly CellValue[])[], width: number): void {
  const sample = rows.slice(0, 60);
  const taken = new Set<number>([
    ...cols.date,
    ...cols.amounts.map((a) => a.col),
    ...cols.memo,
    ...[cols.currency, cols.payer, cols.payee, cols.party, cols.description, cols.place, cols.direction].filter((c): c is number => c !== undefined),
    ...cols.labels.keys(),
  ]);
  const free = Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i));
  const profiles = free.map((i) => profile(sample, i)).filter((p) => p.n > 0);
  const share = (x: number, p: ColumnProfile): number => x / p.n;
  const pick = (score: (p: ColumnProfile) => number, min: number): ColumnProfile | undefined => {
    const best = profiles.filter((p) => !taken.has(p.col)).sort((a, b) => score(b) - score(a) || a.col - b.col)[0];
    if (!best || score(best) < min) return undefined;
    taken.add(best.col);
    cols.sniffed = true;
    return best;
  };
  if (cols.date.length === 0) {
    const d = pick((p) => share(p.dates, p), 0.6);
    if (d) cols.date.push(d.col);
  }
  if (cols.currency === undefined) {
    const c = pick((p) => share(p.currencies, p), 0.6);
    if (c) cols.currency = c.col;
  }
  if (cols.amounts.length === 0) {
    const a = pick((p) => (p.counter || p.years ? 0 : share(p.numbers, p)), 0.6);
    if (a) cols.amounts.push({ col: a.col, label: `column ${a.col + 1}` });
  }
  if (cols.date.length === 0 && cols.amounts.length > 0) {
    // Excel serial numbers in a column of their own, beside an amount column.
    const d = pick((p) => (p.serials === p.n && p.n >= 2 ? 1 : 0), 1);
    if (d) {
      cols.date.push(d.col);
      cols.serialDates = true;
    }
  }
  if (cols.direction === undefined) {
    const d = pick((p) => share(p.directions, p), 0.8);
    if (d) cols.direction = d.col;
  }
  if (cols.description === undefined) {
    const d = pick((p) => share(p.categories, p), 0.3);
    if (d) cols.description = d.col;
  }
  if (cols.party === undefined && cols.payer === undefined && cols.payee === undefined) {
    const n = pick((p) => share(p.names, p) * (p.texts / p.n), 0.5);
    if (n) cols.party = n.col;
  }
  for (const p of profiles) {
    if (!taken.has(p.col) && p.texts > 0) {
      cols.memo.push(p.col);
      taken.add(p.col);
    }
  }
}

function decideDateOrder(cols: Columns, rows: readonly (readonly CellValue[])[]): void {
  let day = 0;
  let month = 0;
  for (const row of rows) {
    for (const c of cols.date) {
      const o = numericOrder(row[c]);
      if (o === 'day') day++;
      else if (o === 'month') month++;
    }
  }
  cols.monthFirst = month > 0 && day === 0;
  if (!cols.serialDates) {
    cols.serialDates = cols.date.some((c) => rows.some((r) => typeof r[c] === 'number' && excelSerialDate(r[c] as number)));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Totals and section labels

const TOTAL_WORDS = [
  'المجموع', 'مجموع', 'المجموع الفرعي', 'المجموع الكلي', 'المجموع العام', 'الإجمالي', 'اجمالي', 'إجمالي', 'الاجمالي العام',
  'المجموع الاجمالي', 'الرصيد', 'رصيد', 'رصيد مدور', 'مدور', 'المدور', 'المنقول', 'ما قبله', 'جمع',
  'total', 'totals', 'subtotal', 'sub-total', 'sub total', 'grand total', 'sum', 'balance', 'carried forward',
  'brought forward', 'c/f', 'b/f', 'sous-total', 'sous total', 'total général', 'report', 'à reporter', 'solde', 'cumul',
].map(fold);
const TOTAL_RE = new RegExp(`^(?:${TOTAL_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'u');

/** A total or subtotal label: المجموع، الإجمالي، Total, Subtotal, Sous-total, Balance… at the start of the cell. */
export function isTotalLabel(c: CellValue | undefined): boolean {
  return typeof c === 'string' && TOTAL_RE.test(fold(c).replace(/^[\s*:\-–]+/, ''));
}

// ---------------------------------------------------------------------------------------------------------

export interface LedgerOptions {
  /** The document's date (YYYY-MM-DD…), for rows without one. */
  docDate?: string | null;
  /** Countries that are home (not abroad); default IQ and SY. */
  home?: readonly string[];
}

interface SheetContext {
  name: string;
  titles: string[];
  direction: { direction: 'income' | 'spending'; reason: string } | null;
  currency?: { code: string; reason: string };
}

function sheetContext(sheet: Sheet, titles: readonly string[]): SheetContext {
  const fromName = directionOfLabel(sheet.name);
  const fromTitle = titles.map((t) => directionOfLabel(t)).find((d) => d !== null);
  const direction = fromName
    ? { direction: fromName.direction, reason: `sheet "${sheet.name}"` }
    : fromTitle
      ? { direction: fromTitle.direction, reason: `title "${fromTitle.words}"` }
      : null;
  const nameCurrency = readCurrency(sheet.name);
  const titleCurrency = titles.map((t) => ({ t, c: readCurrency(t) })).find((x) => x.c !== undefined);
  const currency = nameCurrency
    ? { code: nameCurrency, reason: `sheet "${sheet.name}"` }
    : titleCurrency
      ? { code: titleCurrency.c!, reason: `title "${titleCurrency.t}"` }
      : undefined;
  return { name: sheet.name, titles: [...titles], direction, ...(currency ? { currency } : {}) };
}

function rowText(row: readonly CellValue[]): string[] {
  return row.filter((c) => typeof c === 'string' && c.trim() !== '').map((c) => (c as string).trim());
}

const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

/** The transactions of one sheet. */
export function sheetTransactions(sheet: Sheet, opts: LedgerOptions = {}): Transaction[] {
  const rows = sheet.rows;
  const home = opts.home ?? HOME_COUNTRIES;
  const out: Transaction[] = [];
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);

  // Find the first header; rows above it are titles.
  let headerAt = -1;
  let header: Map<number, HeaderCell> | null = null;
  for (let i = 0; i < Math.min(rows.length, 40); i++) {
    header = readHeader(rows[i]!);
    if (header) {
      headerAt = i;
      break;
    }
  }
  let cols: Columns;
  let start: number;
  if (header) {
    cols = columnsOf(header);
    start = headerAt + 1;
    if (rows[start] && refineWithSubHeader(cols, rows[headerAt]!, rows[start]!)) start++;
  } else {
    cols = emptyColumns();
    // Without a header, data begins at the first row with an amount and a date or a currency beside it.
    start = rows.findIndex((r) => r.some((c) => readAmount(c) !== null && typeof c === 'number') && r.some((c) => readDate(c) !== null || (typeof c === 'string' && readCurrency(c) !== undefined && c.trim().length <= 24)));
    if (start < 0) return [];
  }
  const titles = rows.slice(0, header ? headerAt : start).flatMap(rowText);
  const context = sheetContext(sheet, titles);
  const prepare = (from: number): void => {
    const body = rows.slice(from, nextHeader(from));
    sniffColumns(cols, body, width);
    decideDateOrder(cols, body);
  };
  const nextHeader = (from: number): number => {
    for (let i = from; i < rows.length; i++) if (readHeader(rows[i]!)) return i;
    return rows.length;
  };
  prepare(start);

  let section: { direction: 'income' | 'spending'; reason: string } | null = null;
  let sectionTitle: string | null = null;
  let lastDate: ReadDate | null = null;
  let lastCurrency: string | undefined;
  // Running sums since the last (sub)total and since the header: signed (a negative amount is money out) and absolute.
  let sinceSubtotal = 0;
  let sinceSubtotalAbs = 0;
  let sinceSubtotalRows = 0;
  let sinceHeader = 0;
  let sinceHeaderAbs = 0;
  let sinceHeaderRows = 0;

  for (let i = start; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.every(isEmpty)) continue;
    const again = readHeader(row);
    if (again) {
      cols = columnsOf(again);
      let next = i + 1;
      if (rows[next] && refineWithSubHeader(cols, row, rows[next]!)) next++;
      prepare(next);
      i = next - 1;
      lastDate = null;
      lastCurrency = undefined;
      sinceSubtotal = sinceSubtotalAbs = sinceSubtotalRows = sinceHeader = sinceHeaderAbs = sinceHeaderRows = 0;
      continue;
    }
    const amountCells = cols.amounts.map((a) => ({ col: a, read: readAmount(row[a.col]) })).filter((x) => x.read !== null);
    const filled = row.map((c, k) => [k, c] as const).filter(([, c]) => !isEmpty(c));
    const amountSet = new Set(cols.amounts.map((a) => a.col));

    // Date cell, with the value above for an empty (merged) cell.
    let date: ReadDate | null = null;
    for (const c of cols.date) {
      date = readDate(row[c], { monthFirst: cols.monthFirst, serials: cols.serialDates || !cols.sniffed });
      if (date) break;
    }

    if (amountCells.length === 0) {
      // A section label ("المصروفات", "Expenses") or a group date: no amount, one or two cells.
      if (date) lastDate = date;
      const texts = filled.filter(([, c]) => typeof c === 'string').map(([, c]) => String(c).trim());
      if (filled.length <= 2 && texts.length >= 1 && !texts.some((t) => isTotalLabel(t))) {
        const d = texts.map((t) => directionOfLabel(t)).find((x) => x !== null);
        if (d) {
          section = { direction: d.direction, reason: `section "${texts.join(' ')}"` };
          sinceSubtotal = sinceSubtotalAbs = sinceSubtotalRows = 0;
        }
        if (texts.length === 1 && !date) sectionTitle = texts[0]!;
        const cur = texts.map((t) => readCurrency(t)).find((c) => c !== undefined);
        if (cur && filled.length === 1) lastCurrency = cur;
      }
      continue;
    }

    // Totals and subtotals: a label, or an amount equal to the sum above on a row without date and party.
    const partyCols = [cols.party, cols.payer, cols.payee].filter((c): c is number => c !== undefined);
    const hasParty = partyCols.some((c) => !isEmpty(row[c]));
    const labelled = filled.some(([k, c]) => !amountSet.has(k) && isTotalLabel(c));
    const amount0 = amountCells[0]!.read!.value;
    const sums = [sinceSubtotal, sinceSubtotalAbs].filter(() => sinceSubtotalRows >= 2).concat([sinceHeader, sinceHeaderAbs].filter(() => sinceHeaderRows >= 2));
    const isSum = !hasParty && !(cols.date.some((c) => !isEmpty(row[c])) && date) && sums.some((x) => sameAmount(amount0, Math.abs(x)));
    if (labelled || isSum) {
      sinceSubtotal = sinceSubtotalAbs = sinceSubtotalRows = 0;
      continue;
    }

    if (!date && cols.date.length > 0 && cols.date.every((c) => isEmpty(row[c]))) date = lastDate;
    if (date) lastDate = date;

    const currencyCell = cols.currency !== undefined ? row[cols.currency] : undefined;
    const currencyFromCell = readCurrency(cellText(currencyCell));
    if (currencyFromCell) lastCurrency = currencyFromCell;
    const description = cols.description !== undefined ? cellText(row[cols.description]) : '';
    const memos = cols.memo.map((c) => cellText(row[c])).filter((s) => s !== '');
    const place = cols.place !== undefined ? cellText(row[cols.place]) : '';
    const directionCell = cols.direction !== undefined ? cellText(row[cols.direction]) : '';

    // Category: the description, else the notes, else the section, sheet name or titles, else the whole row.
    const candidates: [string, string][] = [
      [description, cols.description !== undefined ? (cols.labels.get(cols.description) ?? 'description') : 'description'],
      ...memos.map((m, k) => [m, cols.labels.get(cols.memo[k]!) ?? 'notes'] as [string, string]),
      [sectionTitle ?? '', 'section'],
      [sheet.name, 'sheet'],
      ...context.titles.map((t) => [t, 'title'] as [string, string]),
    ];
    let verdict: ReturnType<typeof categorise> = null;
    let verdictWhere = '';
    for (const [text, where] of candidates) {
      verdict = categorise(text);
      if (verdict) {
        verdictWhere = where;
        break;
      }
    }
    const abroad = verdict?.category === 'donations_abroad' || verdict?.category === 'transfers_abroad';
    const country = abroad ? foreignCountry([place, ...memos, description], home) : null;
    const settled = settleAbroad(verdict, country);
    const rowCategory: Category = settled?.category ?? 'other';
    const rowCategoryReason = settled ? `${verdictWhere}: ${settled.reason}` : 'no category words';

    for (const { col, read } of amountCells) {
      const r = read!;
      const signed = r.negative ? -r.value : r.value;
      sinceSubtotal += signed;
      sinceSubtotalAbs += r.value;
      sinceSubtotalRows++;
      sinceHeader += signed;
      sinceHeaderAbs += r.value;
      sinceHeaderRows++;

      let currency: string | undefined;
      let currencyBasis = 1;
      if (currencyFromCell) currency = currencyFromCell;
      else if (col.currency) currency = col.currency;
      else if (r.currency) currency = r.currency;
      else if (cols.currency !== undefined && isEmpty(currencyCell) && lastCurrency) currency = lastCurrency;
      else if (context.currency) {
        currency = context.currency.code;
        currencyBasis = 0.9;
      } else if (lastCurrency) currency = lastCurrency;
      if (!currency) {
        currency = 'XXX';
        currencyBasis = 0.5;
      }

      let direction: Transaction['direction'] = 'unknown';
      let directionBasis = '';
      const labelDirection = directionOfLabel(directionCell);
      if (col.direction) [direction, directionBasis] = [col.direction, `column "${col.label}"`];
      else if (labelDirection) [direction, directionBasis] = [labelDirection.direction, `"${directionCell}"`];
      else if (r.negative) [direction, directionBasis] = ['spending', 'negative amount'];
      else if (section) [direction, directionBasis] = [section.direction, section.reason];
      else if (context.direction) [direction, directionBasis] = [context.direction.direction, context.direction.reason];
      else if (rowCategory !== 'other') [direction, directionBasis] = [directionOfCategory(rowCategory), 'category'];
      const { category, reason: categoryReason } = reconcile(rowCategory, rowCategoryReason, direction);

      const party = cols.party !== undefined ? cleanName(cellText(row[cols.party])) : null;
      let payer = cols.payer !== undefined ? cleanName(cellText(row[cols.payer])) : null;
      let payee = cols.payee !== undefined ? cleanName(cellText(row[cols.payee])) : null;
      const memoParts = [description, ...memos, place].filter((s) => s !== '');
      if (party) {
        if (direction === 'income' && !payer) payer = party;
        else if (direction === 'spending' && !payee) payee = party;
        else if (direction === 'unknown') memoParts.push(party);
      }

      const tx: Transaction = {
        sheet: sheet.name,
        row: i + 1,
        date: date?.iso ?? (opts.docDate ? opts.docDate.slice(0, 10) : null),
        ...(date ? { dateSurface: date.surface } : {}),
        amount: r.value,
        currency,
        usd: toUsd(r.value, currency, date?.iso ?? opts.docDate ?? null),
        payer,
        payee,
        memo: memoParts.length ? memoParts.join(' | ') : null,
        category,
        categoryReason: directionBasis && category === 'other' ? `${categoryReason}; direction from ${directionBasis}` : categoryReason,
        direction,
        surface: r.surface,
        confidence: Math.round((cols.sniffed ? 0.75 : 0.9) * currencyBasis * (date ? 1 : 0.8) * 100) / 100,
      };
      if (country && (category === 'donations_abroad' || category === 'transfers_abroad')) {
        tx.country = country.country;
        tx.countryReason = country.reason;
      }
      out.push(tx);
    }
  }
  return out;
}

/** The transactions of every sheet of a workbook. */
export function ledgerTransactions(sheets: readonly Sheet[], opts: LedgerOptions = {}): Transaction[] {
  return sheets.flatMap((s) => sheetTransactions(s, opts));
}
