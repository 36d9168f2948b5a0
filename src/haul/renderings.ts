/**
 * Latin renderings of a person's name: the spellings an English, French or scholarly writer would produce.
 * Pure functions over the lexicon; the variation is the one real documents show (Abu/Abou/Abū, al-/el-/Al/ash-,
 * Khalid/Khaled, q/k/g, dh/z/th, ou/u, doubled letters).
 */
import type { Rng } from './random.js';
import type { NamePart, Nisba } from './lexicon/names.js';

export type Scheme = 'en' | 'fr' | 'sch';

export interface NameParts {
  female: boolean;
  ism: NamePart;
  father: NamePart;
  nisba: Nisba;
  kunyaName: NamePart;
  laqab?: NamePart;
}

function spelling(rng: Rng, p: NamePart, scheme: Scheme): string {
  if (scheme === 'sch' && p.sch) return p.sch;
  if (scheme === 'fr') return rng.pick(p.fr);
  // The commonest spelling half the time, another one otherwise.
  return rng.chance(0.5) ? (p.en[0] as string) : rng.pick(p.en);
}

/** The article before a nisba: al-, el-, Al, a sun-letter assimilation, or none. */
function article(rng: Rng, base: string, sun: boolean, scheme: Scheme): string {
  if (scheme === 'sch') return 'al-';
  const m = /^(sh|dh|th|ch|[tdrzsn])/i.exec(base);
  const assimilated = sun && m ? `a${m[1]!.toLowerCase()}-` : 'al-';
  if (scheme === 'fr') return rng.weighted([['el-', 5], ['El ', 1], ['al-', 2], ['Al ', 1], [sun && m ? `e${m[1]!.toLowerCase()}-` : 'el-', 1]]);
  return rng.weighted([['al-', 6], ['Al-', 1], ['Al ', 2], ['el-', 1], [assimilated, sun ? 3 : 0], ['', 1]]);
}

function nisbaText(rng: Rng, n: Nisba, scheme: Scheme): string {
  const base = spelling(rng, n, scheme);
  const art = article(rng, base, n.sun, scheme);
  return art === '' ? base : art + base;
}

function kunyaPrefix(rng: Rng, female: boolean, scheme: Scheme): string {
  if (female) return scheme === 'fr' ? 'Oum' : scheme === 'sch' ? 'Umm' : rng.pick(['Umm', 'Um', 'Om']);
  if (scheme === 'fr') return 'Abou';
  if (scheme === 'sch') return 'Abū';
  return rng.weighted([['Abu', 8], ['Abou', 1]]);
}

function sonOf(rng: Rng, female: boolean, scheme: Scheme): string {
  if (female) return scheme === 'fr' ? 'bent ' : rng.pick(['bint ', '']);
  if (scheme === 'fr') return rng.pick(['ben ', '']);
  return rng.weighted([['', 4], ['bin ', 2], ['ibn ', 1]]);
}

export type RenderingStyle = 'kunya-nisba' | 'full' | 'ism-nisba' | 'kunya-laqab';

/** One Latin rendering in a given style and scheme. */
export function renderLatin(rng: Rng, p: NameParts, style: RenderingStyle, scheme: Scheme): string {
  switch (style) {
    case 'kunya-nisba':
      return `${kunyaPrefix(rng, p.female, scheme)} ${spelling(rng, p.kunyaName, scheme)} ${nisbaText(rng, p.nisba, scheme)}`;
    case 'kunya-laqab': {
      const laqab = p.laqab ? spelling(rng, p.laqab, scheme) : nisbaText(rng, p.nisba, scheme);
      return `${kunyaPrefix(rng, p.female, scheme)} ${spelling(rng, p.kunyaName, scheme)} ${laqab}`;
    }
    case 'full':
      return `${spelling(rng, p.ism, scheme)} ${sonOf(rng, p.female, scheme)}${spelling(rng, p.father, scheme)} ${nisbaText(rng, p.nisba, scheme)}`;
    case 'ism-nisba':
      return `${spelling(rng, p.ism, scheme)} ${nisbaText(rng, p.nisba, scheme)}`;
  }
}

/**
 * Between `min` and `max` distinct renderings of one person: at least one kunya form and one civil-name form,
 * mostly English-style, some French-style, now and then scholarly.
 */
export function renderingsFor(rng: Rng, p: NameParts, min = 2, max = 6): string[] {
  const target = rng.int(min, max);
  const out = new Set<string>();
  out.add(renderLatin(rng, p, 'kunya-nisba', 'en'));
  out.add(renderLatin(rng, p, 'full', 'en'));
  for (let attempt = 0; out.size < target && attempt < 40; attempt++) {
    const scheme = rng.weighted<Scheme>([['en', 6], ['fr', 3], ['sch', 1]]);
    const style = rng.weighted<RenderingStyle>([
      ['kunya-nisba', 5],
      ['full', 3],
      ['ism-nisba', 2],
      ['kunya-laqab', p.laqab ? 2 : 0],
    ]);
    out.add(renderLatin(rng, p, style, scheme));
  }
  return [...out];
}
