/**
 * The fictional cast: names in Arabic script with their kunya, the Latin renderings documents use, and the
 * selectors (phones, emails, IBANs, wallets) some of them hold. Pure and seeded.
 */
import type { Rng } from './random.js';
import { FEMALE_ISMS, KUNYA_NAMES, LAQABS, MALE_ISMS, NISBAS } from './lexicon/names.js';
import { renderingsFor, type NameParts } from './renderings.js';
import { generatePhone, type Phone, type PhoneCountry } from './selectors/phones.js';
import { generateIban, type GeneratedIban, type IbanCountry } from './selectors/ibans.js';
import { generateWallet, type Wallet, type WalletKind } from './selectors/wallets.js';
import { FOREIGN_CITIES, HOME_CITIES, type City } from './lexicon/places.js';

export type Role = 'leader' | 'finance' | 'courier' | 'member' | 'contact-abroad' | 'donor';

export interface Person {
  id: string;
  role: Role;
  parts: NameParts;
  /** Full name in Arabic script: ism, nasab with بن / بنت, nisba. */
  arabicName: string;
  /** أبو … / أم … */
  kunya: string;
  /** Other Arabic-script forms documents use: kunya + nisba, ism + nisba, kunya + laqab. */
  arabicForms: string[];
  nickname?: { ar: string; latin: string };
  renderings: string[];
  /** Where the person is based: a home city, or a foreign one for contacts and donors abroad. */
  city: City;
  phones: Phone[];
  emails: string[];
  ibans: GeneratedIban[];
  wallets: Wallet[];
}

const EMAIL_DOMAINS = ['mail.example', 'safemail.example', 'post.example.net', 'inbox.example.org', 'example.com'];

function latinHandle(rng: Rng, p: NameParts): string {
  const ism = (p.ism.en[0] as string).toLowerCase().replace(/[^a-z]/g, '');
  const kunya = (p.kunyaName.en[0] as string).toLowerCase().replace(/[^a-z]/g, '');
  const nisba = (p.nisba.en[0] as string).toLowerCase().replace(/[^a-z]/g, '');
  const forms = [`abu.${kunya}${rng.int(1, 99)}`, `${ism}.${nisba}`, `${ism}${nisba}${rng.int(70, 99)}`, `${kunya}_${rng.int(100, 999)}`];
  return rng.pick(forms);
}

function arabicNames(p: NameParts): { full: string; kunya: string; forms: string[] } {
  const nasab = p.female ? 'بنت' : 'بن';
  const full = `${p.ism.ar} ${nasab} ${p.father.ar} ${p.nisba.ar}`;
  const kunya = `${p.female ? 'أم' : 'أبو'} ${p.kunyaName.ar}`;
  const forms = [`${kunya} ${p.nisba.ar}`, `${p.ism.ar} ${p.nisba.ar}`];
  if (p.laqab) forms.push(`${kunya} ${p.laqab.ar}`);
  return { full, kunya, forms };
}

const ROLE_WEIGHTS: readonly (readonly [Role, number])[] = [
  ['leader', 6],
  ['finance', 12],
  ['courier', 14],
  ['member', 40],
  ['contact-abroad', 18],
  ['donor', 10],
];

const FOREIGN_PHONE: Record<string, PhoneCountry> = { TR: 'TR', DE: 'DE', FR: 'FR', BE: 'BE', NL: 'NL', SE: 'SE', GB: 'GB', AT: 'AT', DK: 'DK' };
const IBAN_OF: Record<string, IbanCountry> = { TR: 'TR', DE: 'DE', FR: 'FR', BE: 'BE', NL: 'NL', SE: 'SE', GB: 'GB', AT: 'AT', JO: 'JO', LB: 'LB', SA: 'SA', QA: 'QA', KW: 'KW', AE: 'AE', BH: 'BH' };

/** `count` distinct persons: no two share an Arabic full name or a kunya with the same nisba. */
export function generatePersons(rng: Rng, count: number): Person[] {
  const persons: Person[] = [];
  const seenNames = new Set<string>();
  const seenKunyaNisba = new Set<string>();
  for (let i = 0; persons.length < count; i++) {
    if (i > count * 50) throw new Error('generatePersons: name space exhausted');
    const r = rng.fork(`person:${i}`);
    const role = r.weighted(ROLE_WEIGHTS);
    const female = role !== 'leader' && role !== 'courier' && r.chance(0.08);
    const parts: NameParts = {
      female,
      ism: r.pick(female ? FEMALE_ISMS : MALE_ISMS),
      father: r.pick(MALE_ISMS),
      nisba: r.pick(NISBAS),
      kunyaName: r.pick(KUNYA_NAMES),
      ...(r.chance(0.2) ? { laqab: r.pick(LAQABS) } : {}),
    };
    if (parts.father.ar === parts.ism.ar) continue;
    const names = arabicNames(parts);
    const kn = `${names.kunya}|${parts.nisba.ar}`;
    if (seenNames.has(names.full) || seenKunyaNisba.has(kn)) continue;
    seenNames.add(names.full);
    seenKunyaNisba.add(kn);

    const abroad = role === 'contact-abroad' || role === 'donor';
    const city = abroad ? r.pick(FOREIGN_CITIES) : r.pick(HOME_CITIES);
    const phones: Phone[] = [];
    if (r.chance(abroad ? 0.85 : 0.55)) {
      const pc = abroad ? FOREIGN_PHONE[city.country] : city.country === 'SY' ? 'SY' : 'IQ';
      if (pc) phones.push(generatePhone(r, pc));
      else phones.push(generatePhone(r, 'TR'));
      if (r.chance(0.25)) phones.push(generatePhone(r, r.pick<PhoneCountry>(['TR', 'IQ', 'SY'])));
    }
    const emails = r.chance(abroad ? 0.6 : 0.3) ? [`${latinHandle(r, parts)}@${r.pick(EMAIL_DOMAINS)}`] : [];
    const ibanCountry = IBAN_OF[city.country];
    const ibans = (role === 'finance' || abroad) && r.chance(0.6) ? [generateIban(r, ibanCountry ?? r.pick<IbanCountry>(['TR', 'AE', 'JO']))] : [];
    const wallets =
      (role === 'finance' || role === 'donor' || role === 'contact-abroad') && r.chance(0.3)
        ? [generateWallet(r, r.weighted<WalletKind>([['trx', 4], ['btc-bech32', 2], ['btc-p2pkh', 1], ['eth', 2]]))]
        : [];

    const person: Person = {
      id: `P${String(persons.length + 1).padStart(3, '0')}`,
      role,
      parts,
      arabicName: names.full,
      kunya: names.kunya,
      arabicForms: names.forms,
      renderings: renderingsFor(r, parts),
      city,
      phones,
      emails,
      ibans,
      wallets,
    };
    if (parts.laqab) person.nickname = { ar: parts.laqab.ar, latin: parts.laqab.en[0] as string };
    persons.push(person);
  }
  return persons;
}
