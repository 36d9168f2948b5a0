/**
 * Transactions in prose: letters, memos, emails and chats — "received 5,000 dollars from brother Abu …",
 * "تم استلام مبلغ ٥٠٠٠ دولار من الأخ أبو …", "تم تحويل مبلغ 4650 ليرة تركية إلى الأخ … في فيينا", "Nous avons reçu
 * 28 863 000 IQD de la part du frère …", "Un virement de 1 550 dollars a été envoyé au cheikh … à Londres".
 *
 * An amount (entities/money.ts) is a transaction only when its sentence says money changed hands: a verb of
 * receiving (استلم، تسلم، قبض، وصل / received, collected / reçu, perçu) or of paying and sending (حوّل، أرسل، دفع،
 * صرف، سلّم / transferred, sent, paid / virement, envoyé, versé), or it is a line of a pay list under a heading
 * that says so ("كشف الرواتب المصروفة", "Salaries paid this month:" then "name: amount"). Prices, exchange-rate
 * quotes ("سعر صرف الدولار 1450 دينار", "1,450 dinars per dollar") and amounts in sentences without such a verb
 * (news) are left alone.
 *
 * Parties: the name after من / from / de la part de / de is the payer of a receipt, the name after إلى / to / au /
 * à the payee of a transfer, honorifics dropped (الأخ، الشيخ، brother, cheikh…) and the name ending at the next
 * preposition, punctuation or lower-case word. The other side is the chat message's sender, else the letter's
 * writer (the nearest "من: / From: / De :" line above), else unknown.
 * Date: a date in the sentence, else the chat message's time, else the nearest date line above (التاريخ: …,
 * Date: …; the first one below when none is above), else the document's date.
 * Provenance: offsets of the sentence (start, end) in the exact text; surface is the amount as written.
 */
import type { Category, Transaction } from '../types.js';
import type { Mention } from '../../entities/types.js';
import { foldText } from '../../entities/numbers.js';
import { recogniseMoney } from '../../entities/money.js';
import { recogniseHijriDates } from '../../entities/hijri.js';
import { recogniseGregorianDates } from '../../entities/date.js';
import { recognisePlaces } from '../../entities/place.js';
import { recogniseCountries } from '../../entities/country.js';
import { ARABIC_HONORIFICS, LATIN_HONORIFICS } from '../../entities/lexicon/honorifics.js';
import { categorise, foreignCountry, HOME_COUNTRIES, reconcile, settleAbroad, type CategoryVerdict } from './categories.js';
import { cleanName, isTotalLabel } from './ledger.js';
import { toUsd } from './rates.js';

export interface ProseMessage {
  sender: string;
  /** ISO 8601 when known. */
  at?: string;
  start: number;
  end: number;
}

export interface ProseInput {
  text: string;
  /** The document's date (YYYY-MM-DD…), the last resort for a transaction's date. */
  docDate?: string | null;
  /** Chat messages (the extractor's structure), for the sender and time of each line. */
  messages?: readonly ProseMessage[];
  /** Countries that are home (not abroad); default IQ and SY. */
  home?: readonly string[];
  /**
   * The document's money, place and date mentions when the entities stage has them already (the analysis stage
   * passes them): recognising them again costs more than the rest of this function.
   */
  recognised?: RecognisedMentions;
}

/** Mentions of the types prose reads, as the entities stage stored them. */
export interface RecognisedMentions {
  money: readonly ProseMention[];
  places: readonly ProseMention[];
  dates: readonly ProseMention[];
}

/** The parts of a mention prose reads. */
export type ProseMention = Pick<Mention, 'start' | 'end' | 'surface' | 'value' | 'confidence'> & { attrs?: Record<string, unknown> };

type Kind = 'receipt' | 'payment' | 'paylist';

// ---------------------------------------------------------------------------------------------------------
// Verbs and cues, on folded lower-case text

const AR = '[\\u0621-\\u064A]';
/** Words as written made a pattern of folded text (ى→ي, ة→ه, accents dropped). */
const foldWords = (words: string): string => foldText(words).text.toLowerCase();
const arabicWord = (stems: string): RegExp => new RegExp(`(?<!${AR})(?:[وف])?(?:${foldWords(stems)})(?!${AR})`, 'g');
const latinWord = (words: string): RegExp => new RegExp(`(?<![a-z])(?:${foldWords(words)})(?![a-z])`, 'g');

/** Receiving: استلم/استلمنا/استلمت/تم استلام، تسلم…، قبض…، وصل/وصلنا/وصلني/وردنا; received, collected; reçu, perçu, encaissé. */
const RECEIPT_VERBS: readonly RegExp[] = [
  arabicWord('استلم|استلمت|استلمنا|استلمتم|استلموا|نستلم|يستلم|استلام|تسلم|تسلمت|تسلمنا|تسلموا|نتسلم|قبض|قبضت|قبضنا|قبضوا|وصلنا|وصلني|وصلتنا|وصلتني|وردنا|وردني|ورد|وردت|جبينا|جبايه|حصلنا'),
  latinWord("received|receive|receiving|we got|i got|collected|got from|receipt of|recu|recue|recus|avons recu|ai recu|percu|percue|encaisse|encaisses|touche"),
];
/** Paying and sending: حول/تحويل، أرسل/إرسال، دفع، صرف، سلم/تسليم، بعث; transferred, sent, paid, wired; virement, envoyé, versé, payé. */
const PAYMENT_VERBS: readonly RegExp[] = [
  arabicWord('حول|حولت|حولنا|حولوا|نحول|تحويل|تم تحويل|ارسل|ارسلت|ارسلنا|ارسلوا|نرسل|ارسال|دفع|دفعت|دفعنا|دفعوا|ندفع|صرف|صرفت|صرفنا|صرفوا|نصرف|سلمت|سلمنا|سلموا|نسلم|تسليم|بعثت|بعثنا|اعطينا|اعطيت'),
  latinWord('transferred|transfer of|sent|send|sending|paid|pay|paying|wired|remitted|handed|disbursed|gave|virement|virements|envoye|envoyee|envoyes|verse|versee|verses|paye|payee|payes|transfere|transferee|remis|remise|expedie'),
];
/** Words that make an amount a price or a rate, not money changing hands. */
const RATE_BEFORE = /(?:سعر|اسعار|بسعر|سعر الصرف|سعر صرف|صرف الدولار|يعادل|تعادل|rate|rates|price|prices|priced|cost|costs|worth|taux|cours|prix|coute|vaut)[^.!?؟\n]{0,25}$/;
const RATE_AFTER = /^\s*(?:لكل|للدولار|مقابل (?:ال)?دولار|مقابل الدولار|لل(?:يورو|دولار)|per|a|an|for (?:one|1|each|a|every)|le|la|par|pour un|pour 1)\s*(?:الواحد\s*)?(?:دولار|يورو|us|dollar|euro|usd|eur|unit|kilo|kg|barrel|baril|litre|liter|ton|tonne|طن|برميل|كيلو|لتر)/;
/** Titles of receipts and transfer orders: a sentence without a verb under such a title is that kind of paper. */
const RECEIPT_TITLES: readonly RegExp[] = [
  arabicWord('استلام|اشعار استلام|وصل استلام|سند قبض|ايصال|وصل قبض|قبض'),
  latinWord('receipt|receipt notice|acknowledgement of receipt|avis de reception|recu|accuse de reception'),
];
const PAYMENT_TITLES: readonly RegExp[] = [
  arabicWord('حواله|حواله ماليه|سند صرف|امر صرف|امر تحويل|تحويل'),
  latinWord('money transfer|transfer|transfer order|payment order|payment voucher|virement|ordre de virement|bon de paiement'),
];

/** The kind of paper the document's first lines (its title) say it is. */
function titleKind(lower: string): 'receipt' | 'payment' | null {
  const head = lower.slice(0, 1500).split('\n').filter((l) => l.trim() !== '').slice(0, 6).filter((l) => l.length <= 60).join('\n');
  const r = anyMatch(RECEIPT_TITLES, head);
  const p = anyMatch(PAYMENT_TITLES, head);
  return r && !p ? 'receipt' : p && !r ? 'payment' : null;
}

/** A request or an intention, not money that changed hands: "please send", "يرجى تحويل", "sera versé". */
const NOT_DONE = new RegExp(
  `(?<![a-z\\u0621-\\u064A])(?:${foldWords('please|kindly|will|shall|should|would|need to|must|to be sent|to be paid|يرجى|نرجو|الرجاء|سوف|سيتم|سنقوم|سنرسل|سيصل|يجب|merci de|veuillez|priere de|sera|seront|devra|devront')})(?![a-z\\u0621-\\u064A])`,
);

/** A heading over a pay list: salaries, payments, a statement of amounts paid or received. */
const LIST_CUES: readonly RegExp[] = [
  arabicWord('كشف|قائمه|جدول|رواتب|الرواتب|المصروفه|المصروفات|المدفوعه|المستلمه|الواردات|مصروفات|مستحقات'),
  latinWord('salaries|salary|wages|payroll|payments|paid|statement|list of|received|salaires|liste|etat|verses|payes|recus'),
];

function anyMatch(regexes: readonly RegExp[], s: string): { index: number; end: number } | null {
  let best: { index: number; end: number } | null = null;
  for (const r of regexes) {
    r.lastIndex = 0;
    for (let m = r.exec(s); m; m = r.exec(s)) {
      if (!best || m.index < best.index) best = { index: m.index, end: m.index + m[0].length };
    }
  }
  return best;
}

function allMatches(regexes: readonly RegExp[], s: string): number[] {
  const out: number[] = [];
  for (const r of regexes) {
    r.lastIndex = 0;
    for (let m = r.exec(s); m; m = r.exec(s)) out.push(m.index);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Sentences and lines

interface Span {
  start: number;
  end: number;
}

function lineAt(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * A line break inside a sentence: the line before is long (a wrapped line of a PDF or a scan, 60 characters or
 * more) and does not end with punctuation, and the next line is not empty.
 */
function softBreak(text: string, nl: number): boolean {
  const before = lineAt(text, Math.max(0, nl - 1));
  const line = text.slice(before.start, nl).trimEnd();
  if (line.length < 60 || /[.!?؟:;؛,،)\]]$/.test(line)) return false;
  const after = lineAt(text, nl + 1);
  return text.slice(after.start, after.end).trim() !== '';
}

/** The lines around [from, to), joined across soft breaks. */
function paragraphLines(text: string, from: number, to: number, within: Span): Span {
  let lo = lineAt(text, from).start;
  while (lo > within.start && lo > 0 && softBreak(text, lo - 1)) lo = lineAt(text, lo - 2).start;
  let hi = lineAt(text, Math.max(from, to - 1)).end;
  while (hi < within.end && hi < text.length && softBreak(text, hi)) hi = lineAt(text, hi + 1).end;
  return { start: Math.max(lo, within.start), end: Math.min(hi, within.end) };
}

/** The sentence around [from, to) inside `within`: cut at . ! ? ؟ ; ؛ followed by space (not "U.S." or "Dr."), and at hard line ends. */
function sentenceAt(text: string, from: number, to: number, within: Span): Span {
  const { start: lo, end: hi } = paragraphLines(text, from, to, within);
  const isEnd = (i: number): boolean => {
    const c = text[i]!;
    if (!/[.!?؟;؛]/.test(c)) return false;
    if (i + 1 < hi && !/\s/.test(text[i + 1]!)) return false;
    if (c === '.' && /(?:^|[\s(])(?:[A-Z]|U\.S|Dr|Mr|Mrs|St|No|[A-Z]\.[A-Z])$/.test(text.slice(Math.max(lo, i - 6), i))) return false;
    return true;
  };
  let start = lo;
  for (let i = from - 1; i >= lo; i--) {
    if (isEnd(i)) {
      start = i + 1;
      break;
    }
  }
  let end = hi;
  for (let i = to; i < hi; i++) {
    if (isEnd(i)) {
      end = i + 1;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

// ---------------------------------------------------------------------------------------------------------
// Names after a preposition

const ARABIC_HONORIFIC_SET = new Set(ARABIC_HONORIFICS.map((h) => foldText(h).text));
const LATIN_HONORIFIC_SET = new Set(LATIN_HONORIFICS.map((h) => h.toLowerCase().replace(/\.$/, '')));
/** French articles and English determiners between a preposition and a name ("de la part du frère", "to our brother"). */
const LATIN_FILLERS = new Set(['the', 'our', 'my', 'le', 'la', 'les', 'du', 'des', 'notre', 'mon', 'part', 'de', "l'", 'dear', 'cher']);

const ARABIC_STOPS = new Set(
  [
    'من', 'في', 'الى', 'إلى', 'عن', 'عبر', 'بتاريخ', 'مقابل', 'لقاء', 'ثمن', 'وذلك', 'بقيمة', 'حسب', 'لصالح', 'ضمن',
    'بدل', 'الذي', 'التي', 'الذين', 'وقد', 'وتم', 'تم', 'وهو', 'وهي', 'وكان', 'ولكن', 'وهذا', 'وسوف', 'ومن', 'وفي', 'والى',
    'وإلى', 'و', 'مع', 'عند', 'بعد', 'قبل', 'حيث', 'كما', 'او', 'أو', 'ثم', 'لكي', 'كي', 'بمبلغ', 'مبلغ', 'المبلغ', 'وقدره',
    'نقدا', 'نقداً', 'كاملا', 'كاملاً', 'فقط', 'لا', 'غير', 'يوم', 'اليوم', 'امس', 'أمس', 'بواسطة', 'بيد', 'نيابة', 'عن طريق',
    'لحساب', 'حساب', 'رصيد', 'صندوق', 'خزينة', 'بيت', 'كدفعة', 'دفعة', 'حوالة', 'وصل', 'استلم', 'مقيم', 'المقيم', 'ساكن', 'الساكن', 'هذا', 'هذه', 'شهر', 'لشهر', 'عن شهر',
  ].map((w) => foldText(w).text),
);
const LATIN_PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'at', 'az', 'ar', 'ibn', 'bin', 'ben', 'bint', 'bent', 'abu', 'abou', 'umm', 'oum', 'um', 'ould', 'bou']);
const LATIN_STOPS = new Set([
  'for', 'in', 'at', 'on', 'to', 'from', 'via', 'through', 'by', 'with', 'and', 'who', 'which', 'as', 'of', 'the', 'was', 'were',
  'is', 'has', 'had', 'au', 'aux', 'à', 'a', 'en', 'pour', 'par', 'le', 'la', 'les', 'qui', 'et', 'dans', 'sur', 'avec', 'de', 'du',
  'des', 'via', 'le', 'on', 'per',
]);

interface Name {
  start: number;
  end: number;
  name: string;
}

const WORD = /[\p{L}\p{M}'’ʾʿ\-]+/uy;

/** Reads a name starting at `at` (after a preposition): honorifics skipped, words up to a stop. */
function readNameAt(text: string, at: number, limit: number): Name | null {
  let i = at;
  const skipSpace = (): void => {
    while (i < limit && /[ \t\u00A0\u200F\u200E]/.test(text[i]!)) i++;
  };
  skipSpace();
  // Honorifics and fillers first.
  for (let k = 0; k < 4; k++) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    const w = m[0];
    const folded = foldText(w).text;
    const lower = w.toLowerCase().replace(/[’]/g, "'");
    const arabicHonorific = ARABIC_HONORIFIC_SET.has(folded) || (folded.startsWith('لل') && ARABIC_HONORIFIC_SET.has(`ال${folded.slice(2)}`)) || (/^[لب]ال/.test(folded) && ARABIC_HONORIFIC_SET.has(folded.slice(1)));
    const latinFiller = !/[\u0600-\u06FF]/.test(w) && (LATIN_HONORIFIC_SET.has(lower) || LATIN_FILLERS.has(lower) || /^[ld]'$/.test(lower));
    if (!arabicHonorific && !latinFiller) break;
    i = m.index + w.length;
    skipSpace();
    if (text[i] === '.' && /^(?:dr|mr|m)$/i.test(w)) i++;
    skipSpace();
  }
  const start = i;
  let end = i;
  let words = 0;
  let arabic: boolean | undefined;
  let capitalised = 0;
  while (i < limit && words < 7) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index !== i || m.index + m[0].length > limit) break;
    const w = m[0].replace(/[’']$/, '');
    const isArabic = /[\u0600-\u06FF]/.test(w);
    if (arabic === undefined) arabic = isArabic;
    else if (arabic !== isArabic) break;
    if (isArabic) {
      // "على" (on) is a stop only as spelled: folded it is the name علي.
      if (ARABIC_STOPS.has(foldText(w).text) || w === 'على' || (words > 0 && categorise(w))) break;
    } else {
      if (words > 0 && categorise(w)) break;
      const lower = w.toLowerCase();
      const bare = w.replace(/^['’ʾʿ‘]+/, '');
      const particle = LATIN_PARTICLES.has(lower) || /^[a-z]{1,4}-['’ʾʿ‘]?\p{Lu}/u.test(w) || /^[dl]['’]/i.test(w);
      const upper = /^\p{Lu}/u.test(bare);
      if (!upper && !particle) break;
      if (upper && LATIN_STOPS.has(lower) && words === 0) break;
      if (upper) capitalised++;
    }
    words++;
    end = m.index + m[0].length;
    i = end;
    // One space (or a no-break space) between words of a name; anything else ends it.
    if (i < limit && /[ \u00A0]/.test(text[i]!) && i + 1 < limit && /[\p{L}]/u.test(text[i + 1]!)) i++;
    else break;
  }
  if (words === 0 || (arabic === false && capitalised === 0)) return null;
  const name = cleanName(text.slice(start, end));
  return name ? { start, end, name } : null;
}

/** Prepositions that introduce the payer of a receipt and the payee of a payment (folded lower case). */
const FROM_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${foldWords("من قبل|من طرف|من عند|من|from|de la part du|de la part de la|de la part de|de la part d'|de|du|d'")})(?![\\p{L}])`,
  'gu',
);
const TO_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${foldWords("إلى|الى|لصالح|لحساب|to|au|aux|à l'ordre de|à|pour le compte de|en faveur de|للأخ|للأخت|للشيخ|للأمير|للحاج")})(?![\\p{L}])`,
  'gu',
);

// ---------------------------------------------------------------------------------------------------------
// Dates

interface DateMention {
  start: number;
  end: number;
  iso: string;
  surface: string;
}

function fullDates(text: string, recognised?: readonly ProseMention[]): DateMention[] {
  return [...(recognised ?? [...recogniseGregorianDates(text), ...recogniseHijriDates(text)])]
    .filter((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.value))
    .map((m) => ({ start: m.start, end: m.end, iso: m.value, surface: m.surface }))
    .sort((a, b) => a.start - b.start);
}

const DATE_LINE = /^[ \t\u200F\u200E]*(?:التاريخ|التأريخ|تاريخ|بتاريخ|حرر في|حرر بتاريخ|date|dated|sent|fait le|le)[ \t]*[:：]?/i;
const WRITER_LINE = /^[ \t\u200F\u200E]*(?:من|المرسل|from|de|expéditeur|expediteur)[ \t]*[:：][ \t]*(.+)$/i;

interface Anchor {
  at: number;
  date: DateMention;
}

function dateLines(text: string, dates: readonly DateMention[]): Anchor[] {
  const out: Anchor[] = [];
  for (const d of dates) {
    const line = lineAt(text, d.start);
    if (DATE_LINE.test(text.slice(line.start, d.start))) out.push({ at: line.start, date: d });
  }
  return out;
}

function writers(text: string): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = WRITER_LINE.exec(line);
    if (m) {
      const raw = m[1]!.replace(/<[^>]*>/g, '').replace(/\S+@\S+/g, '').trim();
      const name = cleanName(raw);
      if (name && name.split(/\s+/).length <= 8) out.push({ at, name });
    }
    at += line.length + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------

/** A pay-list line: "name: amount", "name - amount", "name<TAB>amount" with the amount ending the line. */
function payListName(text: string, line: Span, money: ProseMention): Name | null {
  // The amount ends the line, but for one short word (an adjective the recogniser did not take, an OCR slip).
  if (!/^\s*(?:[\p{L}.]{1,12})?\s*$/u.test(text.slice(money.end, line.end))) return null;
  const head = text.slice(line.start, money.start);
  const m = /^([\s\S]*?\S)\s*(?:[:：]|\s[-–—]\s|\t)\s*$/.exec(head);
  if (!m) return null;
  const raw = m[1]!.replace(/^\s*(?:\d+\s*[-.)]|[-•*·])\s*/, '');
  if (/\d/.test(raw) || raw.length > 60) return null;
  const name = cleanName(raw);
  if (!name || isTotalLabel(name)) return null;
  const start = line.start + head.indexOf(raw);
  return { start, end: start + raw.length, name };
}

/** The heading a pay list hangs from: the nearest line above that is not itself a list line, within 40 lines. */
function listHeading(text: string, line: Span, isListLine: (l: Span) => boolean): Span | null {
  let end = line.start - 1;
  for (let k = 0; k < 40 && end > 0; k++) {
    const l = lineAt(text, end);
    if (text.slice(l.start, l.end).trim() !== '' && !isListLine(l)) return l;
    end = l.start - 1;
  }
  return null;
}

/** The transactions written in a document's prose. */
export function proseTransactions(input: ProseInput): Transaction[] {
  const { text } = input;
  const home = input.home ?? HOME_COUNTRIES;
  const folded = foldText(text);
  const lower = folded.text.toLowerCase();
  // Folded offsets are needed to search with the cue regexes; map original spans to folded ones.
  const toFolded = buildInverse(text.length, folded);
  const money = input.recognised ? [...input.recognised.money].sort((a, b) => a.start - b.start) : recogniseMoney(text);
  if (money.length === 0) return [];
  const dates = fullDates(text, input.recognised?.dates);
  const anchors = dateLines(text, dates);
  const writerLines = writers(text);
  const places = input.recognised ? [...input.recognised.places].sort((a, b) => a.start - b.start) : recognisePlaces(text);
  const messages = input.messages ?? [];
  const moneyLines = new Set(money.map((m) => lineAt(text, m.start).start));
  const out: Transaction[] = [];
  const seen = new Set<string>();

  const isListLine = (l: Span): boolean => moneyLines.has(l.start);
  const paperKind = messages.length ? null : titleKind(lower);
  // Dates on a line of their own near the top (a letter's date without its label), when no date line is labelled.
  const bareDates = dates.filter((d) => {
    const l = lineAt(text, d.start);
    return text.slice(l.start, l.end).trim().length <= 40;
  });

  for (const mention of money) {
    const amount = mention.attrs?.amount;
    const currency = mention.attrs?.currency;
    if (typeof amount !== 'number' || typeof currency !== 'string' || amount <= 0) continue;
    const line = lineAt(text, mention.start);
    if (/^\s*>/.test(text.slice(line.start, line.end))) continue; // quoted reply
    const message = messages.find((m) => m.start <= mention.start && mention.end <= m.end);
    const within: Span = message ?? { start: 0, end: text.length };
    const sentence = sentenceAt(text, mention.start, mention.end, within);
    const fs = toFolded(sentence.start);
    const fe = toFolded(sentence.end);
    const fm0 = toFolded(mention.start);
    const fm1 = toFolded(mention.end);
    const sLower = lower.slice(fs, fe);

    // A price or a rate: cue words just before the amount, or "per dollar" after it.
    if (RATE_BEFORE.test(lower.slice(Math.max(fs, fm0 - 30), fm0)) || RATE_AFTER.test(lower.slice(fm1, fe))) continue;

    // What happened: the verb nearest the amount (before it preferred).
    const receipts = allMatches(RECEIPT_VERBS, sLower).map((i) => i + fs);
    const payments = allMatches(PAYMENT_VERBS, sLower).map((i) => i + fs);
    const distance = (i: number): number => (i <= fm0 ? fm0 - i : (i - fm1) * 1.5);
    const nearest = (xs: number[]): number => xs.reduce((best, x) => Math.min(best, distance(x)), Infinity);
    let kind: Kind | null = null;
    if (receipts.length || payments.length) kind = nearest(receipts) <= nearest(payments) ? 'receipt' : 'payment';
    let listName: Name | null = null;
    let heading: Span | null = null;
    if (!kind) {
      listName = payListName(text, line, mention);
      heading = listName ? listHeading(text, line, isListLine) : null;
      const headingLower = heading ? lower.slice(toFolded(heading.start), toFolded(heading.end)) : '';
      if (listName && heading && anyMatch(LIST_CUES, headingLower)) kind = 'paylist';
    }
    // Parties.
    const sentencePlaces = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    // No verb and no list: under a receipt's or a transfer order's title, an amount with its party is that paper's.
    let fromTitle = false;
    if (!kind && paperKind) {
      const party = nameAfterMapped(text, lower, toFolded, paperKind === 'receipt' ? FROM_WORDS : TO_WORDS, mention.end, sentence.end, sentencePlaces);
      if (party) {
        kind = paperKind;
        fromTitle = true;
      }
    }
    if (!kind) continue;

    const other = message?.sender ?? [...writerLines].reverse().find((w) => w.at <= mention.start)?.name ?? null;
    let payer: string | null = null;
    let payee: string | null = null;
    let direction: Transaction['direction'];
    const search = (words: RegExp): Name | null =>
      nameAfterMapped(text, lower, toFolded, words, mention.end, sentence.end, sentencePlaces) ??
      nameAfterMapped(text, lower, toFolded, words, sentence.start, mention.start, sentencePlaces);
    if (kind === 'receipt') {
      direction = 'income';
      payer = search(FROM_WORDS)?.name ?? null;
      payee = other;
    } else if (kind === 'payment') {
      direction = 'spending';
      const to = search(TO_WORDS);
      payee = to?.name ?? null;
      // The sender is named before the payee ("a transfer from X was sent to Y"); a "de" after the payee is part
      // of the payee's address ("au frère Y à chaussée de Gand 146").
      const from = nameAfterMapped(text, lower, toFolded, FROM_WORDS, sentence.start, to ? to.start : sentence.end, sentencePlaces);
      payer = from && from.name !== payee ? from.name : other;
    } else {
      payee = listName!.name;
      payer = other;
        const headingLower = lower.slice(toFolded(heading!.start), toFolded(heading!.end));
      direction = anyMatch(RECEIPT_VERBS, headingLower) && !anyMatch(PAYMENT_VERBS, headingLower) ? 'income' : 'spending';
      if (direction === 'income') [payer, payee] = [listName!.name, other];
    }

    // Category and country: the sentence, then the heading of a list, then the next sentence of the paragraph.
    const next = nextSentence(text, sentence, within, money);
    const headingText = heading ? text.slice(heading.start, heading.end) : '';
    const sentenceText = text.slice(sentence.start, sentence.end);
    let verdict: CategoryVerdict | null = categorise(sentenceText);
    let verdictWhere = 'sentence';
    if (!verdict && headingText) [verdict, verdictWhere] = [categorise(headingText), 'heading'];
    if (!verdict && next) [verdict, verdictWhere] = [categorise(text.slice(next.start, next.end)), 'next sentence'];
    const abroad = verdict?.category === 'donations_abroad' || verdict?.category === 'transfers_abroad';
    const country = abroad ? foreignCountry([sentenceText, next ? text.slice(next.start, next.end) : null], home) : null;
    const settled = settleAbroad(verdict, country);
    const { category, reason: categoryReason } = settled
      ? reconcile(settled.category, `${verdictWhere}: ${settled.reason}`, direction)
      : { category: 'other' as Category, reason: `no category words; ${kind === 'paylist' ? 'pay list' : kind === 'receipt' ? 'received' : 'paid or sent'}` };

    // Date.
    const inSentence = dates.find((d) => d.start >= sentence.start && d.end <= sentence.end);
    const fromMessage = message?.at && /^\d{4}-\d{2}-\d{2}/.test(message.at) ? message.at.slice(0, 10) : null;
    const above = [...anchors].reverse().find((a) => a.at <= mention.start);
    const below = anchors.find((a) => a.at > mention.start);
    const bare = [...bareDates].reverse().find((d) => d.end <= sentence.start);
    const dateMention = inSentence ?? (fromMessage ? null : ((above ?? below)?.date ?? bare ?? null));
    const date = inSentence?.iso ?? fromMessage ?? dateMention?.iso ?? (input.docDate && /^\d{4}-\d{2}-\d{2}/.test(input.docDate) ? input.docDate.slice(0, 10) : null);

    const key = `${amount}|${currency}|${payer}|${payee}|${date}`;
    if (seen.has(key)) continue;
    seen.add(key);

    const requested = kind !== 'paylist' && NOT_DONE.test(sLower);
    const confidence = (kind === 'paylist' ? 0.75 : 0.85) * mention.confidence * (date ? 1 : 0.85) * (requested ? 0.6 : 1) * (fromTitle ? 0.8 : 1);
    const tx: Transaction = {
      start: sentence.start,
      end: sentence.end,
      date,
      ...(dateMention ? { dateSurface: dateMention.surface } : fromMessage && message?.at ? { dateSurface: message.at } : {}),
      amount,
      currency,
      usd: toUsd(amount, currency, date),
      payer,
      payee,
      memo: sentenceText.length <= 300 ? sentenceText : `${sentenceText.slice(0, 297)}…`,
      category,
      categoryReason,
      direction,
      surface: mention.surface,
      confidence: Math.round(confidence * 100) / 100,
    };
    if (country && (category === 'donations_abroad' || category === 'transfers_abroad')) {
      tx.country = country.country;
      tx.countryReason = country.reason;
    }
    out.push(tx);
  }
  return out;
}

/** The next sentence (across at most one blank line, in the same message) when it carries no amount of its own. */
function nextSentence(text: string, sentence: Span, within: Span, money: readonly ProseMention[]): Span | null {
  let i = sentence.end;
  let breaks = 0;
  while (i < within.end && /[ \t\r\n\u00A0]/.test(text[i]!)) {
    if (text[i] === '\n' && ++breaks > 2) return null;
    i++;
  }
  if (i >= within.end) return null;
  const s = sentenceAt(text, i, i + 1, within);
  if (s.start >= s.end || money.some((m) => m.start < s.end && m.end > s.start)) return null;
  return s;
}

/** Original offset → folded offset (the folded text is never longer than the original, bar presentation forms). */
function buildInverse(length: number, folded: ReturnType<typeof foldText>): (i: number) => number {
  const n = folded.text.length;
  const map = new Int32Array(length + 1).fill(-1);
  for (let j = 0; j < n; j++) {
    const o = folded.start(j);
    if (o <= length && map[o] === -1) map[o] = j;
  }
  map[length] = n;
  for (let i = length - 1; i >= 0; i--) if (map[i] === -1) map[i] = map[i + 1]!;
  return (i) => map[Math.max(0, Math.min(length, i))]!;
}

function nameAfterMapped(
  text: string,
  lower: string,
  toFolded: (i: number) => number,
  words: RegExp,
  from: number,
  to: number,
  places: readonly ProseMention[],
): Name | null {
  if (to <= from) return null;
  // Search the prepositions on the folded text, then read the name from the exact text at the mapped offset.
  const f0 = toFolded(from);
  const f1 = toFolded(to);
  words.lastIndex = 0;
  const slice = lower.slice(f0, f1);
  const back = buildBack(text, from, to, toFolded);
  for (let m = words.exec(slice); m; m = words.exec(slice)) {
    const glued = /^لل/.test(m[0]);
    const fAt = f0 + m.index + (glued ? 0 : m[0].length);
    const at = back(fAt);
    if (at < 0) continue;
    if (!glued) {
      // The preposition must stand alone: a space after it, unless an elided "d'".
      if (!/['’]$/.test(m[0]) && !/[ \t\u00A0]/.test(text[at] ?? '')) continue;
    }
    const name = readNameAt(text, at, to);
    if (!name) continue;
    if (places.some((p) => p.start <= name.start && p.end > name.start)) continue;
    // "rue de Namur", "chaussée de Gand", "شارع ...": a street, not a party.
    if (STREET_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
    if (recogniseCountries(name.name).some((c) => c.start === 0)) continue;
    if (categorise(name.name)) continue;
    return name;
  }
  return null;
}

/** A street word and its preposition just before a name: the name is an address ("chaussée de Gand"). */
const STREET_BEFORE = /(?:^|[\s,])(?:rue|chaussée|chaussee|avenue|av\.|boulevard|bd|place|quai|impasse|allée|allee|route|chemin|cours|square|street|road)\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$/iu;

/** Folded offset → original offset within [from, to]. */
function buildBack(text: string, from: number, to: number, toFolded: (i: number) => number): (f: number) => number {
  return (f) => {
    for (let i = from; i <= to; i++) if (toFolded(i) >= f) return i;
    return -1;
  };
}

