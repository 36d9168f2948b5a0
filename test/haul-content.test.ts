/**
 * The cast and the content: names vary the way real renderings do, no generated person shares a name with
 * anyone on the UN or OFAC lists, and no document holds operational content.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { planHaul } from '../src/haul/plan.js';
import { SHARED } from './haul-helpers.js';

const plan = planHaul({ docs: 3000, seed: 1 });
const { persons } = plan.truth;

/** Token set of a Latin name without articles, case or punctuation: "BAGHDADI, Abu Bakr al-" = "Abu Bakr al-Baghdadi". */
function tokens(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(al|el|an|ar|as|ash|at|ad|adh|az|ath)-/g, '')
    .split(/[^a-z]+/)
    .filter((t) => t && !['al', 'el', 'bin', 'ibn', 'ben', 'bint'].includes(t))
    .sort()
    .join(' ');
}

describe('the cast', () => {
  it('has at least 80 persons with an Arabic name (ism, nasab with بن, nisba), a kunya and 2 to 6 renderings', () => {
    expect(persons.length).toBeGreaterThanOrEqual(80);
    for (const p of persons) {
      expect(p.arabic_name).toMatch(/^\S+( \S+)? (بن|بنت) \S+( \S+)? ال\S+$/u);
      expect(p.kunya).toMatch(/^(أبو|أم) /u);
      expect(p.renderings.length).toBeGreaterThanOrEqual(2);
      expect(p.renderings.length).toBeLessThanOrEqual(6);
      expect(new Set(p.renderings).size).toBe(p.renderings.length);
    }
    expect(new Set(persons.map((p) => p.arabic_name)).size).toBe(persons.length);
    expect(persons.some((p) => p.nickname)).toBe(true);
  });

  it('renders names with the variation real documents show', () => {
    const all = persons.flatMap((p) => p.renderings).join('\n');
    for (const pattern of [/\bAbu /, /\bAbou /, /\bAbū /, /\bal-/, /\bel-/, /\bAl [A-Z]/, /\b(ash|ad|ar|az|as|an|at)-/, /\bKhaled\b|\bKhalid\b/, /Mohammed|Muhammad|Mohamed/, /Oum |Oubaïdi|Djibouri|Chammari|Joubouri|Mouadh/]) {
      expect(all, String(pattern)).toMatch(pattern);
    }
    // q / k / g and dh / z / th variants of the same Arabic letter appear across the cast.
    expect(all).toMatch(/Iraqi|Qaisi|Qasim|Qutaiba/);
    expect(all).toMatch(/Iraki|Kaisi|Kassim|Kutaiba/);
    expect(all).toMatch(/Dhahabi|Dhiyab|Fadhil/);
    expect(all).toMatch(/Zahabi|Ziyab|Fazil|Zahir/);
  });

  it('gives some persons phones in Iraq, Syria, Turkey and Europe, emails, IBANs and wallets', () => {
    const phoneCountries = new Set(persons.flatMap((p) => p.phones.map((x) => x.country)));
    for (const c of ['IQ', 'SY', 'TR']) expect(phoneCountries).toContain(c);
    expect([...phoneCountries].filter((c) => !['IQ', 'SY', 'TR'].includes(c)).length).toBeGreaterThanOrEqual(3);
    const ibanCountries = new Set(persons.flatMap((p) => p.ibans.map((x) => x.country)));
    expect([...ibanCountries].some((c) => ['AE', 'SA', 'QA', 'KW', 'BH'].includes(c))).toBe(true);
    expect(ibanCountries).toContain('TR');
    expect(persons.some((p) => p.emails.length > 0)).toBe(true);
    expect(new Set(persons.flatMap((p) => p.wallets.map((w) => w.chain))).size).toBeGreaterThanOrEqual(2);
  });

  it('shares no name with anyone on the OFAC SDN list or the UN consolidated list', async () => {
    const dir = join(SHARED, 'data/watchlists');
    const sdn = parse(await readFile(join(dir, 'ofac-sdn-2022/sdn.csv'), 'latin1'), { relax_quotes: true, relax_column_count: true }) as string[][];
    const alt = parse(await readFile(join(dir, 'ofac-sdn-2022/alt.csv'), 'latin1'), { relax_quotes: true, relax_column_count: true }) as string[][];
    const listed = new Set([...sdn.map((r) => r[1] ?? ''), ...alt.map((r) => r[3] ?? '')].map(tokens).filter((t) => t.includes(' ')));
    expect(listed.size).toBeGreaterThan(15000);
    const un = await readFile(join(dir, 'un-consolidated-2018-excerpt.xml'), 'utf8');
    const unArabic = new Set([...un.matchAll(/<NAME_ORIGINAL_SCRIPT>([^<]+)</g)].map((m) => m[1]!.trim()));
    for (const p of persons) {
      for (const r of p.renderings) expect(listed.has(tokens(r)), `${p.id} ${r}`).toBe(false);
      expect(unArabic.has(p.arabic_name)).toBe(false);
    }
  });
});

describe('the content', () => {
  /** Words that would make a document operational; plans may only be meetings, contacts, places, dates, money. */
  const FORBIDDEN = /\b(weapons?|explosives?|bombs?|rifles?|ammunition|detonat\w*|grenades?|missiles?|armes?|explosifs?|munitions?)\b|سلاح|أسلحة|متفجر|عبوة|ذخيرة|قنبلة|صاروخ|تفجير|انتحاري/iu;

  it('holds no operational words in any text the generator writes', () => {
    const bodies = JSON.stringify(plan.files.map((f) => f.spec ?? null));
    const hit = FORBIDDEN.exec(bodies);
    expect(hit?.[0]).toBeUndefined();
  });

  it('puts letters in Arabic, English and French, with Hijri dates in several written forms', () => {
    const langs = new Set(plan.truth.documents.flatMap((d) => d.languages));
    expect([...langs].sort()).toEqual(['ar', 'en', 'fr']);
    const forms = plan.truth.documents.flatMap((d) => d.hijri_dates.map((h) => h.surface));
    expect(forms.some((s) => /^\d{2}\/\d{2}\/\d{4} هـ$/.test(s))).toBe(true); // 15/03/1437 هـ
    expect(forms.some((s) => /[\u0660-\u0669]/.test(s))).toBe(true); // Arabic-Indic digits
    expect(forms.some((s) => /(محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو)/.test(s))).toBe(true);
    expect(forms.some((s) => / AH$/.test(s))).toBe(true);
  });

  it('records income of every category and spending, in ledgers and in prose', () => {
    const cats = new Set(plan.truth.transactions.map((t) => t.category));
    for (const c of ['taxation_zakat', 'oil_sales', 'checkpoint_fees', 'antiquities', 'ransom', 'donations_abroad', 'salaries', 'transfers_abroad']) expect(cats).toContain(c);
    const currencies = new Set(plan.truth.transactions.map((t) => t.currency));
    expect([...currencies].sort()).toEqual(['EUR', 'IQD', 'SYP', 'TRY', 'USD']);
    expect(plan.truth.transactions.some((t) => t.row === undefined)).toBe(true);
    expect(plan.truth.transactions.some((t) => t.row !== undefined)).toBe(true);
  });

  it('plans exactly the number of documents asked for, whatever the count', () => {
    for (const docs of [1, 7, 99, 100, 101, 457]) expect(planHaul({ docs, seed: 3 }).truth.documents).toHaveLength(docs);
  });
});
