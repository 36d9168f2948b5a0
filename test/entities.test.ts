/**
 * The entities stage on a generated haul, end to end with real SQLite and the real CLI: mentions hold exact
 * offsets, selectors are found, persons resolve across scripts, analysts' merges and splits survive a re-run and
 * land in the audit log, and watchlists (the real UN XML and OFAC CSV) are imported and screened with evidence.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED, smallHaul } from './haul-helpers.js';
import { ingest } from '../src/ingest/ingest.js';
import { resolveStage } from '../src/ingest/resolve-stage.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import type { Truth } from '../src/haul/truth.js';
import { normaliseArabic } from '../src/text/arabic.js';

const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;
let truth: Truth;
let caseDir: string;
let haulDir: string;

const cli = (...args: string[]): string => execFileSync('node', [CLI, ...args, '--case', caseDir], { encoding: 'utf8', env: { ...process.env, ARIADNE_ACTOR: 'analyst-7' } });
const fold = (s: string) => normaliseArabic(s).replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  const haul = await smallHaul(9, 160);
  truth = haul.truth;
  haulDir = haul.dir;
  caseDir = mkdtempSync(join(tmpdir(), 'ariadne-entities-'));
  await ingest({ caseDir, paths: [join(haul.dir, 'haul')], label: 'haul-9', ocr: false });
}, 600_000);

describe('mentions', () => {
  it('cite their document with offsets into the exact text', () => {
    const store = SqliteCaseStore.open(caseDir);
    const rows = store.db.prepare('SELECT m.start, m."end", m.surface, d.text FROM mentions m JOIN documents d ON d.rowid = m.doc').all() as { start: number; end: number; surface: string; text: string }[];
    store.close();
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.filter((r) => r.text.slice(r.start, r.end) !== r.surface)).toEqual([]);
  });

  it("find every e-mail address, IBAN and wallet of the truth's text documents", () => {
    const store = SqliteCaseStore.open(caseDir);
    const find = store.db.prepare("SELECT d.rowid FROM files f JOIN documents d ON d.sha256 = f.sha256 WHERE f.path = ? AND f.chain = ? AND d.status = 'done'");
    const missed: string[] = [];
    let checked = 0;
    for (const t of truth.documents.filter((d) => !d.scanned && d.selectors.length > 0)) {
      const row = find.get(t.path, t.inner.join('\u001f')) as { rowid: number } | undefined;
      if (!row) continue;
      const got = new Set(store.entities.mentionsOfDocument(row.rowid).map((m) => `${m.type}:${m.value}`));
      for (const s of t.selectors.filter((x) => x.type !== 'phone')) {
        checked++;
        if (!got.has(`${s.type}:${s.value}`)) missed.push(`${t.id} ${s.type} ${s.value}`);
      }
    }
    store.close();
    expect(checked).toBeGreaterThan(20);
    expect(missed).toEqual([]);
  });
});

describe('persons', () => {
  it("resolve a person's full name in Arabic and in Latin letters to one entity", () => {
    const store = SqliteCaseStore.open(caseDir);
    const persons = store.entities.entities({ type: 'person' });
    // Persons whose Arabic full name and a Latin rendering of it both occur in the case.
    let checked = 0;
    const split: string[] = [];
    for (const p of truth.persons) {
      const ar = persons.find((e) => e.names.some((n) => fold(n.surface) === fold(p.arabic_name)));
      // Latin full names: with a nasab (bin, ibn, ben), so with the Arabic full name's three parts.
      const latinFull = p.renderings.filter((r) => /\s(bin|ibn|ben|bint|bent)\s/i.test(r));
      const la = persons.find((e) => e.names.some((n) => latinFull.includes(n.surface)));
      if (!ar || !la) continue;
      checked++;
      if (ar.id !== la.id) split.push(`${p.arabic_name} / ${latinFull.join(', ')}: ${ar.id} ≠ ${la.id}`);
    }
    store.close();
    expect(checked).toBeGreaterThan(5);
    expect(split.length / checked, split.join('\n')).toBeLessThan(0.1);
  });

  it('show a Latin name beside every Arabic-only person', () => {
    const store = SqliteCaseStore.open(caseDir);
    const arabicOnly = store.entities.entities({ type: 'person' }).filter((e) => e.names.every((n) => n.script === 'arabic'));
    store.close();
    expect(arabicOnly.length).toBeGreaterThan(0);
    expect(arabicOnly.filter((e) => !e.nameLatin || !/^[A-Za-z'\- ]+$/.test(e.nameLatin))).toEqual([]);
  });
});

describe("an analyst's corrections", () => {
  it('merge, split and rename persist across a re-run and are audited', () => {
    const list = JSON.parse(`[${cli('entities', '--type', 'person', '--json').trim().split('\n').join(',')}]`) as { id: string; names: { value: string; surface: string }[] }[];
    const [a, b] = [list[0]!, list[1]!];
    const merged = JSON.parse(cli('merge', a.id, b.id, '--json')) as { id: string; names: { value: string }[] };
    expect(merged.names.map((n) => n.value)).toEqual(expect.arrayContaining([...a.names, ...b.names].map((n) => n.value)));

    // A re-run (a second ingest of the same source resolves the case again) keeps the merge.
    const store = SqliteCaseStore.open(caseDir);
    resolveStage(store);
    const after = store.entities.entities({ type: 'person' }).find((e) => e.names.some((n) => n.value === a.names[0]!.value))!;
    expect(after.names.map((n) => n.value)).toEqual(expect.arrayContaining(b.names.map((n) => n.value)));
    store.close();

    // Split b's first name back out: two entities again, and they stay apart after another run.
    const parts = cli('split', after.id, b.names[0]!.surface, '--json').trim().split('\n').map((l) => JSON.parse(l) as { id: string; names: { value: string }[] });
    expect(parts).toHaveLength(2);
    expect(parts[0]!.id).not.toBe(parts[1]!.id);
    const again = SqliteCaseStore.open(caseDir);
    resolveStage(again);
    const holder = (v: string) => again.entities.entities({ type: 'person' }).find((e) => e.names.some((n) => n.value === v))!.id;
    expect(holder(b.names[0]!.value)).not.toBe(holder(a.names[0]!.value));
    again.close();

    const renamed = JSON.parse(cli('rename', parts[1]!.id, 'Subject Seven', '--json')) as { name: string };
    expect(renamed.name).toBe('Subject Seven');
    const audit = cli('audit', '--json').trim().split('\n').map((l) => JSON.parse(l) as { actor: string; action: string });
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['entity.merge', 'entity.split', 'entity.rename']));
    expect(new Set(audit.map((r) => r.actor))).toEqual(new Set(['analyst-7']));
  });
});

describe('watchlists', () => {
  it('import the real UN and OFAC lists and screen the case, hits with explanation and evidence', async () => {
    // A letter naming an organisation on the UN list and a kunya and nisba that an OFAC entry carries.
    const extra = join(haulDir, 'extra');
    mkdirSync(extra);
    writeFileSync(join(extra, 'letter.txt'), 'Funds were sent to the Abu Sayyaf Group last year.\nOur brother Abu Yahya al-Iraqi confirmed the receipt of 500 dollars.\n');
    await ingest({ caseDir, paths: [extra], label: 'extra', ocr: false });

    const un = JSON.parse(cli('watchlist', 'import', join(SHARED, 'data/watchlists/un-consolidated-2018-excerpt.xml'), '--name', 'UN', '--json')) as { entries: number; format: string };
    expect(un).toMatchObject({ entries: 13, format: 'un-xml' });
    const ofac = JSON.parse(cli('watchlist', 'import', join(SHARED, 'data/watchlists/ofac-sdn-2022/sdn.csv'), '--name', 'OFAC', '--json')) as { entries: number; format: string };
    expect(ofac).toMatchObject({ entries: 9044, format: 'ofac-sdn-csv' });

    const hits = cli('screen', '--json').trim().split('\n').map((l) => JSON.parse(l) as { list: string; ref: string; score: number; entityName: string; listName: string; explanation: string; evidence: string[] });
    const unHit = hits.find((h) => h.list === 'UN' && h.ref === 'QDe.001');
    expect(unHit).toBeDefined();
    expect(unHit!.entityName).toBe('Abu Sayyaf Group');
    expect(unHit!.score).toBeGreaterThanOrEqual(0.9);
    expect(unHit!.explanation.length).toBeGreaterThan(10);
    const letter = cli('docs', '--json').trim().split('\n').map((l) => JSON.parse(l) as { sha256: string; paths: { path: string }[] }).find((d) => d.paths.some((p) => p.path.endsWith('letter.txt')))!;
    expect(unHit!.evidence).toContain(letter.sha256);
    const ofacHit = hits.find((h) => h.list === 'OFAC' && /IRAQI, Abu Yahya/i.test(h.listName));
    expect(ofacHit?.entityName).toMatch(/^Ab(u|ou) Yahya (al|el|Al)[- ]Ira(q|k)i$/);
    // The list, its file hash and who imported it are on record.
    expect(cli('watchlist', 'list')).toMatch(/OFAC\s+ofac-sdn-csv\s+9044 entries/);
    expect(cli('audit', '--json')).toContain('watchlist.import');
  });
});
