/**
 * Chat conversations as phones export them (WhatsApp, Telegram): greetings, meetings to arrange, numbers shared,
 * money received. The sender's display name is how the phone's owner saved the contact.
 */
import type { Chat, ChatMessage, Lang } from '../spec.js';
import { Facts, party } from './facts.js';
import { someone, type World } from './world.js';
import { addDays, randomDay } from '../dates.js';
import { amountFor, INCOME, type Currency } from '../money.js';
import { FOREIGN_CITIES, HOME_CITIES } from '../lexicon/places.js';
import type { Person } from '../persons.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function chat(f: Facts, w: World, lang: Lang, chatId: number): Chat {
  const r = f.rng;
  const members = r.sample(w.persons, r.int(2, 4));
  const names = new Map<Person, string>();
  for (const m of members) names.set(m, f.person(m, lang, { short: true }));
  let day = randomDay(r);
  let minute = r.int(7 * 60, 20 * 60);
  const messages: ChatMessage[] = [];
  const count = r.int(6, 30);
  for (let i = 0; i < count; i++) {
    const sender = r.pick(members);
    const other = r.pick(members.filter((m) => m !== sender));
    minute += r.int(1, 240);
    if (minute >= 23 * 60) {
      day = addDays(day, r.int(1, 3));
      minute = r.int(7 * 60, 12 * 60);
    }
    const at = `${day.iso}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(r.int(0, 59))}`;
    messages.push({ at, sender: names.get(sender) as string, text: line(f, lang, sender, names.get(sender) as string, other, day) });
  }
  const title = lang === 'ar' ? r.pick(['الإخوة', 'المكتب', 'التنسيق', 'العائلة']) : r.pick(['Brothers', 'Office', 'Coordination']);
  return { title, chatId, messages };
}

function line(f: Facts, lang: Lang, sender: Person, senderName: string, other: Person, day: ReturnType<typeof randomDay>): string {
  const r = f.rng;
  const kind = r.weighted([['greet', 4], ['meet', 3], ['phone', 2], ['money', 2], ['ok', 4]] as const);
  const ar = lang === 'ar';
  switch (kind) {
    case 'greet':
      return ar ? r.pick(['السلام عليكم', 'كيف الحال أخي', 'الحمد لله بخير', 'صباح الخير']) : r.pick(['Peace be upon you', 'How are you brother', 'Fine, thanks be to God', 'Good morning']);
    case 'ok':
      return ar ? r.pick(['تمام', 'إن شاء الله', 'وصلت', 'جزاك الله خيرا']) : r.pick(['OK', 'God willing', 'Received', 'Thanks']);
    case 'meet': {
      const city = r.chance(0.5) ? r.pick(FOREIGN_CITIES) : r.pick(HOME_CITIES);
      const where = f.city(city, lang);
      const when = f.date(addDays(day, r.int(1, 10)), lang, 0.3);
      return ar ? `نلتقي في ${where} يوم ${when}` : `We meet in ${where} on ${when}`;
    }
    case 'phone': {
      const phone = other.phones[0];
      const name = f.person(other, lang, { short: true });
      if (!phone) return ar ? `هل رأيت ${name}؟` : `Have you seen ${name}?`;
      return ar ? `رقم ${name}: ${f.phone(phone, lang)}` : `${name}'s number: ${f.phone(phone, lang)}`;
    }
    case 'money': {
      const category = r.pick(INCOME);
      const currency = r.pick<Currency>(['USD', 'USD', 'TRY', 'EUR']);
      const amount = amountFor(r, category, currency);
      const payerName = f.person(other, lang, { short: true });
      const country = category === 'donations_abroad' && other.city.country !== 'IQ' && other.city.country !== 'SY' ? other.city.country : undefined;
      const sum = f.money({ day, amount, currency, payer: party(other, payerName), payee: party(sender, senderName), category, lang, ...(country ? { country } : {}) });
      return ar ? `استلمت ${sum} من ${payerName}` : `I received ${sum} from ${payerName}`;
    }
  }
}
