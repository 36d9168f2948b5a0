/**
 * Benign documents that every seized laptop also holds: news items, recipes, manuals. They name countries only in
 * passing (a football score, Turkish coffee): distractors that triage must not count.
 */
import type { Lang, TextBody } from '../spec.js';
import type { Facts } from './facts.js';
import { COUNTRIES } from '../lexicon/places.js';

export type BenignType = 'news' | 'recipe' | 'manual';

const NEWS_TOPICS = ['IT', 'BR', 'JP', 'ES', 'DE', 'FR', 'TR', 'SA', 'MA', 'IN'] as const;

function country(code: string) {
  const c = COUNTRIES[code];
  if (!c) throw new Error(`unknown country ${code}`);
  return c;
}

function news(f: Facts, lang: Lang): TextBody {
  const r = f.rng;
  const [a, b] = r.sample(NEWS_TOPICS, 2) as [string, string];
  f.distractor(a);
  f.distractor(b);
  const ca = country(a);
  const cb = country(b);
  const goals = [r.int(0, 4), r.int(0, 4)];
  if (lang === 'ar') {
    return {
      lang,
      title: 'أخبار الرياضة والطقس',
      paragraphs: [
        `فاز منتخب ${ca.ar} على منتخب ${cb.ar} بنتيجة ${goals[0]} مقابل ${goals[1]} في مباراة ودية.`,
        `وتتوقع الأرصاد الجوية طقساً معتدلاً مع أمطار خفيفة في نهاية الأسبوع.`,
        `وارتفعت أسعار الذهب في الأسواق المحلية بنسبة ${r.int(1, 5)} بالمئة.`,
      ],
    };
  }
  if (lang === 'fr') {
    return { lang, title: 'Actualités', paragraphs: [`L’équipe de ${ca.fr} a battu ${cb.fr} ${goals[0]} à ${goals[1]} en match amical.`, 'Météo : temps doux avec quelques averses ce week-end.'] };
  }
  return {
    lang,
    title: 'Sports and weather',
    paragraphs: [
      `${ca.en.replace(/^the /, 'The ')} beat ${cb.en} ${goals[0]}-${goals[1]} in a friendly match on Saturday.`,
      'Forecasters expect mild weather with light rain at the weekend.',
      `Gold prices rose ${r.int(1, 5)} percent in local markets.`,
    ],
  };
}

const DISHES: readonly { code: string; ar: string; en: string; fr: string }[] = [
  { code: 'TR', ar: 'القهوة التركية', en: 'Turkish coffee', fr: 'café turc' },
  { code: 'IT', ar: 'المعكرونة الإيطالية', en: 'Italian pasta', fr: 'pâtes à l’italienne' },
  { code: 'MA', ar: 'الطاجين المغربي', en: 'Moroccan tagine', fr: 'tajine marocain' },
  { code: 'IN', ar: 'الأرز الهندي بالبهارات', en: 'Indian spiced rice', fr: 'riz épicé à l’indienne' },
  { code: 'FR', ar: 'الخبز الفرنسي', en: 'French bread', fr: 'pain français' },
  { code: 'LB', ar: 'التبولة اللبنانية', en: 'Lebanese tabbouleh', fr: 'taboulé libanais' },
];

function recipe(f: Facts, lang: Lang): TextBody {
  const r = f.rng;
  const dish = r.pick(DISHES);
  f.distractor(dish.code);
  const minutes = r.int(10, 60);
  if (lang === 'ar') {
    return { lang, title: `طريقة تحضير ${dish.ar}`, paragraphs: ['المكونات: ماء، ملح، زيت زيتون، بصل، طماطم.', `طريقة التحضير: يطهى على نار هادئة لمدة ${minutes} دقيقة ثم يقدم ساخناً.`, 'بالهناء والشفاء.'] };
  }
  if (lang === 'fr') return { lang, title: `Recette : ${dish.fr}`, paragraphs: ['Ingrédients : eau, sel, huile d’olive, oignon, tomates.', `Cuire à feu doux pendant ${minutes} minutes et servir chaud.`] };
  return { lang, title: `How to make ${dish.en}`, paragraphs: ['Ingredients: water, salt, olive oil, onion, tomatoes.', `Simmer for ${minutes} minutes and serve hot.`, 'Enjoy your meal.'] };
}

function manual(f: Facts, lang: Lang): TextBody {
  const r = f.rng;
  const made = r.pick(['JP', 'DE', 'IT'] as const);
  f.distractor(made);
  const c = country(made);
  const device = r.pick(['printer', 'generator', 'water pump', 'mobile phone', 'solar panel controller']);
  if (lang === 'ar') {
    return { lang, title: 'دليل الاستخدام', paragraphs: [`صنع في ${c.ar}. اقرأ هذا الدليل قبل تشغيل الجهاز.`, 'تأكد من توصيل الجهاز بمصدر كهرباء مناسب.', 'للصيانة اتصل بالوكيل المعتمد.'] };
  }
  return {
    lang: 'en',
    title: `User manual: ${device}`,
    paragraphs: [`Made in ${c.en}. Read this manual before first use.`, `Connect the ${device} to a suitable power supply.`, 'For service, contact your authorised dealer.'],
  };
}

export const BENIGN: Record<BenignType, (f: Facts, lang: Lang) => TextBody> = { news, recipe, manual };
