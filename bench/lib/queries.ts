/** The search benchmarks' fixed set of queries (bench/search.ts, bench/web.ts). */
import type { Truth } from '../../src/haul/truth.js';
import { Rng } from '../../src/haul/random.js';

/** 200 queries drawn deterministically from the truth. */
export function benchQueries(truth: Truth): string[] {
  const r = Rng.fromSeed(42);
  const mentions = truth.documents.flatMap((d) => d.persons);
  const ar = mentions.filter((m) => m.script === 'arabic');
  const la = mentions.filter((m) => m.script === 'latin');
  const cities = truth.documents.flatMap((d) => d.countries.filter((c) => c.via === 'city').map((c) => c.surface));
  const q: string[] = [];
  for (let i = 0; i < 50; i++) q.push(r.pick(ar).surface);
  for (let i = 0; i < 30; i++) q.push(r.pick(la).surface);
  for (let i = 0; i < 30; i++) q.push(`"${r.pick(r.chance(0.5) ? ar : la).surface}"`);
  for (let i = 0; i < 20; i++) q.push(r.pick(cities));
  for (let i = 0; i < 20; i++) q.push(`${r.pick(ar).surface.split(' ').pop()} type:${r.pick(['pdf', 'word', 'sheet', 'email', 'text'])} lang:ar`);
  for (let i = 0; i < 15; i++) q.push(`${(r.pick(la).surface.split(' ').pop() ?? 'abu').slice(0, 5)}*`);
  for (let i = 0; i < 15; i++) q.push(`${r.pick(ar).surface.split(' ')[1] ?? 'حمزة'} OR ${r.pick(la).surface.split(' ').pop()} -${r.pick(['recipe', 'news', 'manual'])}`);
  for (let i = 0; i < 20; i++) q.push(`${r.pick(la).surface.split(' ').pop()} from:2015-01-01 to:2017-12-31`);
  return q;
}
