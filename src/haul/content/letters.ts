/**
 * Letters and memos of the fictional administration, in Arabic, English and French. Content is
 * non-operational by design: receipts, transfers, meetings, salaries and contact lists; nothing else.
 */
import type { Lang, TextBody } from '../spec.js';
import { Facts, party } from './facts.js';
import { someone, type World } from './world.js';
import { FOREIGN_CITIES, HOME_CITIES, OFFICES_AR, OFFICES_EN } from '../lexicon/places.js';
import { HONORIFICS_AR, HONORIFICS_EN, HONORIFICS_FR } from '../lexicon/names.js';
import { amountFor, CATEGORY_LABEL, INCOME, type Category, type Currency } from '../money.js';
import { addDays, randomDay, type Day } from '../dates.js';
import type { Person } from '../persons.js';

export type LetterType = 'receipt' | 'transfer' | 'meeting' | 'salaries' | 'contacts';

const brotherAr = (f: Facts) => f.rng.pick(HONORIFICS_AR.slice(0, 3));
const brotherEn = (f: Facts) => f.rng.pick(HONORIFICS_EN);
const brotherFr = (f: Facts) => f.rng.pick(HONORIFICS_FR);

function opening(f: Facts, lang: Lang, day: Day, from: Person, to: Person): string[] {
  if (lang === 'ar') {
    return [
      `التاريخ: ${f.date(day, 'ar', 0.75)}`,
      `من: ${brotherAr(f)} ${f.person(from, 'ar')}`,
      `إلى: ${brotherAr(f)} ${f.person(to, 'ar')}`,
      'السلام عليكم ورحمة الله وبركاته، أما بعد:',
    ];
  }
  if (lang === 'fr') return [`Date : ${f.date(day, 'fr')}`, `De : ${f.person(from, 'fr')}`, `À : ${brotherFr(f)} ${f.person(to, 'fr')}`, 'Que la paix soit sur vous.'];
  return [`Date: ${f.date(day, 'en')}`, `From: ${f.person(from, 'en')}`, `To: ${brotherEn(f)} ${f.person(to, 'en')}`, 'Peace be upon you.'];
}

function closing(lang: Lang): string {
  return lang === 'ar' ? 'والسلام عليكم ورحمة الله وبركاته' : lang === 'fr' ? 'Salutations fraternelles.' : 'Regards and peace.';
}

function currencyFor(f: Facts, category: Category): Currency {
  if (category === 'donations_abroad' || category === 'transfers_abroad') return f.rng.pick<Currency>(['USD', 'EUR', 'TRY', 'USD']);
  if (category === 'salaries') return f.rng.pick<Currency>(['USD', 'IQD', 'SYP']);
  return f.rng.pick<Currency>(['USD', 'USD', 'IQD', 'SYP']);
}

/** Received money for an income category. */
function receipt(f: Facts, w: World, lang: Lang): TextBody {
  const r = f.rng;
  const day = randomDay(r);
  const category = r.pick(INCOME);
  const writer = someone(r, w, 'finance');
  const boss = someone(r, w, 'leader');
  const donor = category === 'donations_abroad' ? someone(r, w, 'donor', 'contact-abroad') : someone(r, w, 'courier', 'member');
  const currency = currencyFor(f, category);
  const amount = amountFor(r, category, currency);
  const paras = opening(f, lang, day, writer, boss);
  const home = r.pick(HOME_CITIES);
  const homeName = lang === 'ar' ? home.ar : lang === 'fr' ? home.fr : home.en;
  const payerName = f.person(donor, lang, { short: true });
  const country = category === 'donations_abroad' ? donor.city.country : undefined;
  const sum = f.money({ day, amount, currency, payer: party(donor, payerName), payee: party(writer, 'finance office'), category, lang, ...(country ? { country } : {}) });
  const label = CATEGORY_LABEL[category][lang];
  if (lang === 'ar') {
    paras.push(`نحيطكم علماً بأننا استلمنا مبلغ ${sum} من ${brotherAr(f)} ${payerName} من ${label} في ${homeName}.`);
    if (category === 'donations_abroad') paras.push(`وصل المبلغ من ${f.city(donor.city, 'ar')} عن طريق أحد المكاتب.`);
    paras.push('وقد تم تسجيل المبلغ في سجل الواردات حسب الأصول.');
  } else if (lang === 'fr') {
    paras.push(`Nous avons reçu ${sum} de la part du ${brotherFr(f)} ${payerName} au titre de : ${label}, à ${homeName}.`);
    if (category === 'donations_abroad') paras.push(`La somme est arrivée de ${f.city(donor.city, 'fr')} par un bureau de change.`);
    paras.push('Le montant a été inscrit au registre des recettes.');
  } else {
    paras.push(`We received ${sum} from ${brotherEn(f)} ${payerName} for ${label} in ${homeName}.`);
    if (category === 'donations_abroad') paras.push(`The money came from ${f.city(donor.city, 'en')} through an exchange office.`);
    paras.push('The amount has been entered in the income register.');
  }
  paras.push(closing(lang));
  const title = lang === 'ar' ? 'إشعار استلام مبلغ' : lang === 'fr' ? 'Avis de réception' : 'Receipt notice';
  return { lang, title, heading: lang === 'ar' ? r.pick(OFFICES_AR) : r.pick(OFFICES_EN), paragraphs: paras };
}

/** Money sent to a contact abroad, with an account and a city. */
function transfer(f: Facts, w: World, lang: Lang): TextBody {
  const r = f.rng;
  const day = randomDay(r);
  const writer = someone(r, w, 'finance');
  const boss = someone(r, w, 'leader');
  const contact = someone(r, w, 'contact-abroad');
  const currency = currencyFor(f, 'transfers_abroad');
  const amount = amountFor(r, 'transfers_abroad', currency);
  const paras = opening(f, lang, day, writer, boss);
  const contactName = f.person(contact, lang);
  const sum = f.money({ day, amount, currency, payer: party(writer, 'finance office'), payee: party(contact, contactName), category: 'transfers_abroad', country: contact.city.country, lang });
  const where = r.chance(0.5) ? f.address(contact.city, lang) : f.city(contact.city, lang);
  const iban = contact.ibans[0];
  const phone = contact.phones[0];
  if (lang === 'ar') {
    paras.push(`تم تحويل مبلغ ${sum} إلى ${brotherAr(f)} ${contactName} في ${where}.`);
    if (iban) paras.push(`رقم الحساب: ${f.iban(iban)}`);
    if (phone) paras.push(`للتواصل معه على الرقم ${f.phone(phone, 'ar')}`);
  } else if (lang === 'fr') {
    paras.push(`Un virement de ${sum} a été envoyé au ${brotherFr(f)} ${contactName} à ${where}.`);
    if (iban) paras.push(`IBAN : ${f.iban(iban)}`);
    if (phone) paras.push(`Joignable au ${f.phone(phone, 'fr')}`);
  } else {
    paras.push(`A transfer of ${sum} was sent to ${brotherEn(f)} ${contactName} in ${where}.`);
    if (iban) paras.push(`Account (IBAN): ${f.iban(iban)}`);
    if (phone) paras.push(`He can be reached on ${f.phone(phone, 'en')}`);
  }
  paras.push(closing(lang));
  const title = lang === 'ar' ? 'حوالة مالية' : lang === 'fr' ? 'Virement' : 'Money transfer';
  return { lang, title, heading: lang === 'ar' ? r.pick(OFFICES_AR) : r.pick(OFFICES_EN), paragraphs: paras };
}

/** A meeting to arrange, somewhere at home or abroad, with a phone to call. */
function meeting(f: Facts, w: World, lang: Lang): TextBody {
  const r = f.rng;
  const day = randomDay(r);
  const writer = someone(r, w, 'leader', 'finance');
  const to = someone(r, w, 'courier', 'member');
  const guest = someone(r, w, 'contact-abroad', 'donor', 'member');
  const abroad = r.chance(0.6);
  const city = abroad ? r.pick(FOREIGN_CITIES) : r.pick(HOME_CITIES);
  const paras = opening(f, lang, day, writer, to);
  const guestName = f.person(guest, lang, { short: true });
  const when = f.date(addDays(day, r.int(3, 30)), lang);
  const where = f.city(city, lang);
  const phone = guest.phones[0];
  if (lang === 'ar') {
    paras.push(`نرجو ترتيب لقاء مع ${brotherAr(f)} ${guestName} في مدينة ${where} بتاريخ ${when}.`);
    if (phone) paras.push(`رقم الهاتف للتنسيق: ${f.phone(phone, 'ar')}`);
    paras.push('يرجى إبلاغنا بموعد الوصول.');
  } else if (lang === 'fr') {
    paras.push(`Merci d’organiser une rencontre avec ${guestName} à ${where} le ${when}.`);
    if (phone) paras.push(`Téléphone : ${f.phone(phone, 'fr')}`);
  } else {
    paras.push(`Please arrange a meeting with ${brotherEn(f)} ${guestName} in ${where} on ${when}.`);
    if (phone) paras.push(`Phone for coordination: ${f.phone(phone, 'en')}`);
    paras.push('Let us know the arrival time.');
  }
  paras.push(closing(lang));
  const title = lang === 'ar' ? 'ترتيب لقاء' : lang === 'fr' ? 'Rencontre' : 'Meeting arrangement';
  return { lang, title, paragraphs: paras };
}

/** Salaries paid to several members this month. */
function salaries(f: Facts, w: World, lang: Lang): TextBody {
  const r = f.rng;
  const day = randomDay(r);
  const writer = someone(r, w, 'finance');
  const boss = someone(r, w, 'leader');
  const paras = opening(f, lang, day, writer, boss);
  paras.push(lang === 'ar' ? 'نرفق لكم كشف الرواتب المصروفة لهذا الشهر:' : lang === 'fr' ? 'Voici les salaires versés ce mois-ci :' : 'Salaries paid this month:');
  const currency = r.pick<Currency>(['USD', 'IQD', 'SYP']);
  for (const m of r.sample(w.byRole.member.length > 3 ? w.byRole.member : w.persons, r.int(3, 7))) {
    const name = f.person(m, lang);
    const sum = f.money({ day, amount: amountFor(r, 'salaries', currency), currency, payer: party(writer, 'finance office'), payee: party(m, name), category: 'salaries', lang });
    paras.push(`${name}: ${sum}`);
  }
  paras.push(closing(lang));
  const title = lang === 'ar' ? 'كشف رواتب' : lang === 'fr' ? 'État des salaires' : 'Salary statement';
  return { lang, title, heading: lang === 'ar' ? 'ديوان المالية' : 'Finance Office', paragraphs: paras };
}

/** A list of contacts: names, phones, emails, accounts. */
function contacts(f: Facts, w: World, lang: Lang): TextBody {
  const r = f.rng;
  const paras: string[] = [];
  paras.push(lang === 'ar' ? 'قائمة أرقام الإخوة للتواصل:' : lang === 'fr' ? 'Liste des contacts :' : 'Contact list:');
  const pool = w.persons.filter((p) => p.phones.length + p.emails.length > 0);
  for (const p of r.sample(pool, r.int(3, 8))) {
    const bits = [f.person(p, lang)];
    for (const ph of p.phones) bits.push(f.phone(ph, lang));
    for (const e of p.emails) bits.push(f.email(e));
    if (p.wallets[0] && r.chance(0.5)) bits.push(f.wallet(p.wallets[0]));
    if (p.city.country !== 'IQ' && p.city.country !== 'SY' && r.chance(0.5)) bits.push(f.city(p.city, lang));
    paras.push(bits.join(' - '));
  }
  const title = lang === 'ar' ? 'أرقام التواصل' : lang === 'fr' ? 'Contacts' : 'Contacts';
  return { lang, title, paragraphs: paras };
}

export const LETTERS: Record<LetterType, (f: Facts, w: World, lang: Lang) => TextBody> = { receipt, transfer, meeting, salaries, contacts };

export const LETTER_WEIGHTS: readonly (readonly [LetterType, number])[] = [
  ['receipt', 4],
  ['transfer', 3],
  ['meeting', 3],
  ['salaries', 2],
  ['contacts', 2],
];
