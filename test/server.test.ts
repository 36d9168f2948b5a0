/**
 * The workbench API end to end: a generated haul ingested once, the real server listening on a free port of
 * 127.0.0.1, and plain fetch. Health, cross-script search with facets, a document with its exact text and original
 * bytes, entity detail and corrections, graph paths, money, triage, the OpenAPI document, and the error shapes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHaul } from '../src/haul/write.js';
import { ingest } from '../src/ingest/ingest.js';
import { startServer, type Listening } from '../src/server/serve.js';
import type { DocumentResponse, EdgeResponse, Sources, EntitiesResponse, EntityDetail, Health, Money, Neighbours, Paths, SearchResponse, Transaction, Transactions, Triage } from '../src/server/schemas.js';
import { EVIDENCE_CAP } from '../src/analysis/graph/build.js';
import { romanise } from '../src/resolve/romanise.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';

let caseDir: string;
let haulDir: string;
let store: SqliteCaseStore;
let server: Listening;

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await fetch(server.url + path);
  const body = (await res.json()) as T;
  expect(res.status, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return body;
}

async function post<T>(path: string, payload: unknown, status = 200): Promise<T> {
  const res = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const body = (await res.json()) as T;
  expect(res.status, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(status);
  return body;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ariadne-server-'));
  haulDir = join(dir, 'haul-out');
  await makeHaul({ out: haulDir, docs: 60, seed: 3 });
  caseDir = join(dir, 'case');
  await ingest({ caseDir, paths: [join(haulDir, 'haul')], label: 'haul-3', ocr: false });
  store = SqliteCaseStore.open(caseDir, { create: false });
  server = await startServer(store, { port: 0 });
}, 600_000);

afterAll(async () => {
  await server?.close();
  store?.close();
});

describe('the server', () => {
  it('listens on 127.0.0.1 by default', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('reports the case in /api/health', async () => {
    const h = await get<Health>('/api/health');
    expect(h.case).toBe('case');
    expect(h.documents).toBe((store.db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n);
    expect(h.documents).toBeGreaterThan(30);
    expect(h.entities).toBeGreaterThan(10);
    expect(['bm25', 'ariadne_rank']).toContain(h.ranker);
  });
});

describe('search', () => {
  it('finds an Arabic document from a name in Latin letters, with snippets pointing into the exact text', async () => {
    // A person the case knows in both scripts: the Latin name finds documents that spell it only in Arabic.
    const persons = store.entities.entities({ type: 'person' }).filter((e) => !e.ambiguous && e.nameLatin && e.nameAr && e.names.some((n) => n.script === 'latin'));
    let found = false;
    for (const p of persons.slice(0, 10)) {
      const r = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(p.nameLatin!)}&limit=200`);
      const arabic = r.hits.filter((h) => h.languages[0] === 'ar' && !store.textOf(h.id).includes(p.nameLatin!));
      if (arabic.length === 0) continue;
      expect(r.expanded.map((e) => e.entity)).toContain(p.id);
      const hit = arabic[0]!;
      const text = store.textOf(hit.id);
      expect(hit.snippets.length).toBeGreaterThan(0);
      for (const s of hit.snippets) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const hl of s.highlights) expect(text.slice(hl.start, hl.end)).toMatch(/[\u0600-\u06ff]/);
      }
      expect(r.facets.lang.find((f) => f.value === 'ar')?.count).toBeGreaterThan(0);
      found = true;
      break;
    }
    expect(found).toBe(true);
  });

  it('counts facets over the matches and honours filters', async () => {
    const all = await get<SearchResponse>('/api/search?q=type:sheet');
    expect(all.hits.length).toBeGreaterThan(0);
    expect(all.facets.type.map((f) => f.value)).toEqual(['sheet']);
    expect(all.facets.source).toEqual([{ value: 'haul-3', count: expect.any(Number) }]);
    const ar = await get<SearchResponse>('/api/search?q=type:sheet&lang=ar&limit=200');
    expect(ar.hits.every((h) => h.languages.includes('ar'))).toBe(true);
    expect(ar.facets.lang.find((f) => f.value === 'ar')?.count).toBe(ar.hits.length);
  });

  it('counts entity, country and year facets, and filters by entity and country as parameters or query words', async () => {
    // Fewer matches than the facet sample (and than the limit): the facets count exactly the hits.
    const all = await get<SearchResponse>('/api/search?q=lang:ar&limit=200');
    expect(all.hits.length).toBeGreaterThan(5);
    expect(all.hits.length).toBeLessThan(200);
    const rowid = store.db.prepare('SELECT rowid FROM documents WHERE sha256 = ?').pluck();
    const sample = JSON.stringify(all.hits.map((h) => rowid.get(h.id)));
    const counted = (sql: string) => new Map((store.db.prepare(sql).all(sample) as { value: string; n: number }[]).map((r) => [r.value, r.n]));

    // Entities: the persons and organisations named in most hits, each with its display label.
    const entities = counted(
      `SELECT m.entity AS value, count(DISTINCT m.doc) AS n FROM mentions m JOIN entities e ON e.id = m.entity
       WHERE m.doc IN (SELECT value FROM json_each(?)) AND e.type IN ('person', 'organisation') GROUP BY m.entity`,
    );
    expect(all.facets.entity.length).toBe(Math.min(15, entities.size));
    expect(all.facets.entity.length).toBeGreaterThan(0);
    for (const f of all.facets.entity) {
      expect(f.count, f.value).toBe(entities.get(f.value));
      const e = store.entities.entity(f.value)!;
      expect(['person', 'organisation']).toContain(f.type);
      expect(f.label).toBe(e.nameLatin && e.nameLatin !== e.name ? `${e.name} (${e.nameLatin})` : e.name);
    }
    const counts = all.facets.entity.map((f) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const shown = new Set(all.facets.entity.map((f) => f.value));
    for (const [id, n] of entities) if (!shown.has(id)) expect(n).toBeLessThanOrEqual(counts.at(-1)!);

    // Countries and years: every one, counted like the hits.
    const countries = counted('SELECT country AS value, count(*) AS n FROM country_verdicts WHERE doc IN (SELECT value FROM json_each(?)) GROUP BY country');
    expect(all.facets.country.length).toBeGreaterThan(0);
    expect(new Map(all.facets.country.map((f) => [f.value, f.count]))).toEqual(countries);
    const years = counted("SELECT substr(doc_date, 1, 4) AS value, count(*) AS n FROM documents WHERE rowid IN (SELECT value FROM json_each(?)) AND doc_date IS NOT NULL GROUP BY value");
    expect(all.facets.year.map((f) => f.value)).toEqual([...years.keys()].sort());
    expect(new Map(all.facets.year.map((f) => [f.value, f.count]))).toEqual(years);

    // The top entity as a parameter: exactly the hits that name it; as query words, the same; negated, the rest.
    const top = all.facets.entity[0]!;
    const names = store.db.prepare('SELECT 1 FROM mentions WHERE doc = (SELECT rowid FROM documents WHERE sha256 = ?) AND entity = ?');
    const byParam = await get<SearchResponse>(`/api/search?q=lang:ar&entity=${top.value}&limit=200`);
    expect(byParam.hits.length).toBe(top.count);
    for (const h of byParam.hits) expect(names.get(h.id, top.value), h.id).toBeDefined();
    const ids = (r: SearchResponse) => r.hits.map((h) => h.id).sort();
    const byWords = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(`lang:ar entity:${top.value}`)}&limit=200`);
    expect(ids(byWords)).toEqual(ids(byParam));
    const without = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(`lang:ar -entity:${top.value}`)}&limit=200`);
    expect(without.hits.length).toBe(all.hits.length - top.count);
    for (const h of without.hits) expect(names.get(h.id, top.value), h.id).toBeUndefined();
    // Ranked by words too: a word of one of its documents finds that document, and only documents naming it.
    const word = store.textOf(byParam.hits[0]!.id).match(/[A-Za-z\u0621-\u064A]{5,}/)![0];
    const ranked = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(word)}&entity=${top.value}&limit=200`);
    expect(ranked.hits.map((h) => h.id)).toContain(byParam.hits[0]!.id);
    for (const h of ranked.hits) expect(names.get(h.id, top.value), h.id).toBeDefined();

    // The top country, in lower case: the hits triage gave a verdict for it.
    const country = all.facets.country[0]!;
    const verdict = store.db.prepare('SELECT 1 FROM country_verdicts WHERE doc = (SELECT rowid FROM documents WHERE sha256 = ?) AND country = ?');
    const inCountry = await get<SearchResponse>(`/api/search?q=lang:ar&country=${country.value.toLowerCase()}&limit=200`);
    expect(inCountry.hits.length).toBe(country.count);
    for (const h of inCountry.hits) expect(verdict.get(h.id, country.value), h.id).toBeDefined();
    expect(inCountry.facets.country.find((f) => f.value === country.value)?.count).toBe(country.count);
    const countryWords = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(`lang:ar country:${country.value}`)}&limit=200`);
    expect(ids(countryWords)).toEqual(ids(inCountry));

    // A year's count is what its from/to range finds (the web app's year buttons set that range).
    const year = all.facets.year[0]!;
    const inYear = await get<SearchResponse>(`/api/search?q=lang:ar&from=${year.value}-01-01&to=${year.value}-12-31&limit=200`);
    expect(inYear.hits.length).toBe(year.count);

    const bad = await get<{ error: string; message: string }>('/api/search?q=oil&country=Syria', 400);
    expect(bad.message).toMatch(/alpha-2/);
  });

  it('answers a query with nothing to search, or a bad limit, with 400 and a message', async () => {
    const empty = await get<{ error: string; message: string }>('/api/search?q=', 400);
    expect(empty.error).toBe('bad_request');
    expect(empty.message).toMatch(/nothing to search/);
    const bad = await get<{ error: string; message: string }>('/api/search?q=oil&limit=5000', 400);
    expect(bad.message).toMatch(/limit/);
  });
});

describe('documents', () => {
  it('gives a document by sha256 prefix with exact text, mentions, paths and custody; the original equals the file', async () => {
    const row = store.db.prepare("SELECT f.sha256, s.roots, f.path FROM files f JOIN sources s ON s.id = f.source_id JOIN documents d ON d.sha256 = f.sha256 WHERE f.chain = '' AND d.status = 'done' AND d.mime = 'application/pdf' LIMIT 1").get() as { sha256: string; roots: string; path: string };
    const d = await get<DocumentResponse>(`/api/documents/${row.sha256.slice(0, 10)}`);
    expect(d.document.sha256).toBe(row.sha256);
    expect(d.text).toBe(store.textOf(row.sha256));
    expect(d.mentions.length).toBeGreaterThan(0);
    for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.surface);
    expect(d.paths.map((p) => p.path)).toContain(row.path);
    expect(d.custody[0]?.events.map((e) => e.action)).toContain('registered');
    expect(d.structure).not.toBeNull();

    const res = await fetch(`${server.url}/api/documents/${row.sha256}/original`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    const bytes = Buffer.from(await res.arrayBuffer());
    const root = (JSON.parse(row.roots) as string[])[0]!;
    const onDisk = readFileSync(join(root, row.path));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256);
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(row.sha256);
    const inline = await fetch(`${server.url}/api/documents/${row.sha256}/original?inline=1`);
    expect(inline.headers.get('content-disposition')).toMatch(/^inline/);
    await inline.arrayBuffer();
  });

  it('answers an unknown id with 404 JSON and a malformed one with 400', async () => {
    const missing = await get<{ error: string; message: string }>('/api/documents/0000000000000000', 404);
    expect(missing).toEqual({ error: 'not_found', message: expect.stringContaining('0000000000000000') });
    await get('/api/documents/xyz', 400);
    await get('/api/entities/per-0000000000', 404);
    await get('/api/no-such-endpoint', 404);
  });
});

describe('entities', () => {
  it('lists entities and gives one as `ariadne entity --json` does, with transactions', async () => {
    const { entities } = await get<EntitiesResponse>('/api/entities?type=person&limit=5');
    expect(entities.length).toBe(5);
    expect(entities.every((e) => e.type === 'person')).toBe(true);
    const e = await get<EntityDetail>(`/api/entities/${entities[0]!.id}`);
    expect(e.id).toBe(entities[0]!.id);
    expect(e.mentionsShown.length).toBeGreaterThan(0);
    for (const m of e.mentionsShown) expect(store.textOf(m.document).slice(m.start, m.end)).toBe(m.surface);
    expect(e.connections.length).toBeGreaterThan(0);
    expect(Array.isArray(e.transactions)).toBe(true);
    expect(Array.isArray(e.watchlistHits)).toBe(true);
  });

  it('gives every Arabic name its Latin form, and Latin names none', async () => {
    const { entities } = await get<EntitiesResponse>('/api/entities?type=person&limit=200');
    const names = entities.flatMap((e) => e.names);
    const arabic = names.filter((n) => n.script === 'arabic');
    expect(arabic.length).toBeGreaterThan(0);
    for (const n of arabic) {
      expect(n.romanised, n.surface).toMatch(/^[A-Za-z][A-Za-z' -]*$/);
      expect(n.romanised).toBe(romanise(n.surface || n.value));
    }
    for (const n of names.filter((x) => x.script !== 'arabic')) expect(n.romanised).toBeUndefined();
    // The known case: the resolver's romaniser, not a letter-by-letter one.
    expect(romanise('أبو بكر البغدادي')).toBe('Abu Bakr al-Baghdadi');
  });

  it('merges two persons, then splits them apart again', async () => {
    const persons = store.entities.entities({ type: 'person' }).filter((e) => !e.ambiguous && e.mentions >= 2);
    const [a, b] = [persons[persons.length - 1]!, persons[persons.length - 2]!];
    const { entity } = await post<{ entity: { id: string; names: { value: string }[] } }>('/api/entities/merge', { a: a.id, b: b.id, actor: 'tester' });
    const values = entity.names.map((n) => n.value);
    for (const n of [...a.names, ...b.names]) expect(values).toContain(n.value);
    expect(store.entities.auditLog(5).some((r) => r.action === 'entity.merge' && r.actor === 'tester')).toBe(true);

    const { entities } = await post<{ entities: { id: string; names: { value: string }[] }[] }>(`/api/entities/${entity.id}/split`, { names: b.names.map((n) => n.value) });
    expect(entities).toHaveLength(2);
    expect(entities[0]!.names.map((n) => n.value).sort()).toEqual(b.names.map((n) => n.value).sort());
    expect(entities[1]!.names.map((n) => n.value)).not.toContain(b.names[0]!.value);
    expect(store.entities.auditLog(5)[0]).toMatchObject({ action: 'entity.split', actor: 'workbench' });

    const bad = await post<{ error: string; message: string }>('/api/entities/merge', { a: a.id }, 400);
    expect(bad.message).toMatch(/b/);
  }, 120_000);
});

describe('graph', () => {
  it('finds paths between two persons, each edge with evidence naming its document', async () => {
    const top = store.entities.entities({ type: 'person' }).filter((e) => !e.ambiguous)[0]!;
    const n = await get<Neighbours>(`/api/graph/neighbours/${top.id}`);
    expect(n.nodes.some((x) => x.id === top.id)).toBe(true);
    const other = n.nodes.filter((x) => x.type === 'person' && x.id !== top.id).at(-1);
    expect(other).toBeDefined();
    for (const e of n.edges.slice(0, 50)) expect(e.evidence.length).toBeGreaterThan(0);

    const { paths } = await get<Paths>(`/api/graph/path?from=${top.id}&to=${other!.id}&k=3`);
    expect(paths.length).toBeGreaterThan(0);
    const p = paths[0]!;
    expect(p.nodes[0]!.id).toBe(top.id);
    expect(p.nodes.at(-1)!.id).toBe(other!.id);
    for (const e of p.edges) {
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const ev of e.evidence) expect(ev.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    for (let i = 1; i < paths.length; i++) expect(paths[i]!.cost).toBeGreaterThanOrEqual(paths[i - 1]!.cost);
  });

  it('sends a neighbourhood without evidence on request, and one edge with all its evidence in the exact text', async () => {
    const top = store.entities.entities({ type: 'person' }).filter((e) => !e.ambiguous)[0]!;
    const bare = await get<Neighbours>(`/api/graph/neighbours/${top.id}?evidence=0`);
    expect(bare.edges.length).toBeGreaterThan(0);
    for (const e of bare.edges) expect(e.evidence).toEqual([]);
    // The edge with the most evidence, fetched alone.
    const busiest = [...bare.edges].sort((a, b) => b.count - a.count)[0]!;
    const { edge } = await get<EdgeResponse>(`/api/graph/edge?type=${busiest.type}&source=${busiest.source}&target=${busiest.target}`);
    expect([edge.source, edge.target, edge.type, edge.count]).toEqual([busiest.source, busiest.target, busiest.type, busiest.count]);
    expect(edge.evidence.length).toBe(Math.min(busiest.count, EVIDENCE_CAP));
    let spans = 0;
    for (const ev of edge.evidence) {
      expect(ev.sha256).toMatch(/^[0-9a-f]{64}$/);
      if (ev.start === undefined || ev.end === undefined) continue;
      spans++;
      const text = store.textOf(ev.sha256!);
      expect(ev.text).toBe(text.slice(ev.start, ev.end));
      expect(ev.before).toBe(text.slice(Math.max(0, ev.start - 80), ev.start));
      expect(ev.after).toBe(text.slice(ev.end, ev.end + 80));
    }
    expect(spans).toBeGreaterThan(0);
    // The same edge with its ends swapped is not the same edge unless it is a co-mention (unordered).
    const missing = await get<{ error: string; message: string }>(`/api/graph/edge?type=paid&source=${top.id}&target=${top.id}`, 404);
    expect(missing.message).toMatch(/no paid link/);
    const bad = await get<{ error: string; message: string }>(`/api/graph/edge?type=friends&source=${top.id}&target=${top.id}`, 400);
    expect(bad.message).toMatch(/unknown edge type friends/);
  });
});

describe('money and triage', () => {
  it('sums money by category in USD', async () => {
    const m = await get<Money>('/api/money?by=category');
    expect(m.by).toBe('category');
    expect(m.rows.length).toBeGreaterThan(0);
    const total = (store.db.prepare('SELECT round(sum(usd), 2) usd FROM transactions').get() as { usd: number }).usd;
    expect(m.rows.reduce((s, r) => s + (r.usd ?? 0), 0)).toBeCloseTo(total, 0);
    const income = await get<Money>('/api/money?by=category&direction=income');
    expect(income.rows.every((r) => r.direction === 'income')).toBe(true);
    await get('/api/money?by=colour', 400);
  });

  it('sums the flows between two parties, each drilling down to exactly its transactions', async () => {
    const m = await get<Money>('/api/money?by=flow');
    expect(m.rows.length).toBeGreaterThan(0);
    const usd = m.rows.map((r) => r.usd ?? -Infinity);
    expect(usd).toEqual([...usd].sort((a, b) => b - a));
    const pair = store.db.prepare('SELECT count(*) n, round(sum(usd), 2) usd FROM transactions WHERE coalesce(payer_entity, payer) = ? AND coalesce(payee_entity, payee) = ? AND direction = ?');
    // Every entity at either end comes with its display name (the page needs no list of all entities).
    const nameOf = store.db.prepare('SELECT name FROM entities WHERE id = ?').pluck();
    for (const id of new Set(m.rows.flatMap((r) => [r.payer!, r.payee!]).filter((x) => /^[a-z]{3}-[0-9a-f]{6,}$/.test(x)))) expect(m.names[id], id).toBe(nameOf.get(id));
    expect(Object.keys(m.names).length).toBeGreaterThan(0);
    for (const r of m.rows) {
      expect(r.key).toBe(`${r.payer}→${r.payee}`);
      expect(pair.get(r.payer, r.payee, r.direction), r.key!).toEqual({ n: r.transactions, usd: r.usd });
      const { transactions } = await get<Transactions>(`/api/transactions?payer=${encodeURIComponent(r.payer!)}&payee=${encodeURIComponent(r.payee!)}&direction=${r.direction}&limit=10000`);
      expect(transactions.length, r.key!).toBe(r.transactions);
      for (const t of transactions) expect([t.payerEntity ?? t.payer, t.payeeEntity ?? t.payee, t.direction]).toEqual([r.payer, r.payee, r.direction]);
    }
    // Every transaction with both ends known is in exactly one flow.
    const known = store.db.prepare('SELECT count(*) n FROM transactions WHERE coalesce(payer_entity, payer) IS NOT NULL AND coalesce(payee_entity, payee) IS NOT NULL').get() as { n: number };
    expect(m.rows.reduce((s, r) => s + r.transactions, 0)).toBe(known.n);
    // A name as written (a party never resolved) drills down too; without a direction, both directions of the pair.
    const named = m.rows.find((r) => !store.entities.entity(r.payer!) || !store.entities.entity(r.payee!));
    expect(named, 'a flow with an unresolved party').toBeDefined();
    const both = await get<Transactions>(`/api/transactions?payer=${encodeURIComponent(named!.payer!)}&payee=${encodeURIComponent(named!.payee!)}&limit=10000`);
    expect(both.transactions.length).toBe(m.rows.filter((r) => r.key === named!.key).reduce((s, r) => s + r.transactions, 0));
  });

  it('drills each payer, payee and foreign-country row down to exactly its transactions, a null key through without=', async () => {
    let nulls = 0;
    for (const by of ['payer', 'payee', 'country'] as const) {
      const m = await get<Money>(`/api/money?by=${by}`);
      nulls += m.rows.filter((r) => r.key === null).length;
      for (const r of m.rows) {
        const filter = r.key === null ? `without=${by}` : `${by}=${encodeURIComponent(r.key)}`;
        const { transactions } = await get<Transactions>(`/api/transactions?${filter}&direction=${r.direction}&limit=10000`);
        expect(transactions.length, `${by} ${r.key} ${r.direction}`).toBe(r.transactions);
        expect(transactions.reduce((s, t) => s + (t.usd ?? 0), 0)).toBeCloseTo(r.usd ?? 0, 1);
        const keyOf = (t: Transaction) => (by === 'payer' ? (t.payerEntity ?? t.payer) : by === 'payee' ? (t.payeeEntity ?? t.payee) : (t.country ?? null));
        for (const t of transactions) expect(keyOf(t)).toBe(r.key);
      }
    }
    expect(nulls, 'rows of money that names no payer, payee or country').toBeGreaterThan(0);
    await get('/api/transactions?without=colour', 400);
  });

  it('lists the IBANs and wallets with the money of the documents that mention them, each drilling down to those transactions', async () => {
    const m = await get<Money>('/api/money?by=account');
    expect(m.rows.length).toBeGreaterThan(0);
    const entity = store.db.prepare('SELECT type, name FROM entities WHERE id = ?');
    const inDocs = store.db.prepare('SELECT count(*) n, round(sum(usd), 2) usd FROM transactions WHERE direction = ? AND doc IN (SELECT doc FROM mentions WHERE entity = ?)');
    const mentions = store.db.prepare('SELECT 1 FROM mentions WHERE doc = ? AND entity = ?');
    for (const r of m.rows) {
      const e = entity.get(r.key) as { type: string; name: string };
      expect(['iban', 'wallet']).toContain(e.type);
      expect([r.type, r.label]).toEqual([e.type, e.name]);
      expect(inDocs.get(r.direction, r.key), r.key!).toEqual({ n: r.transactions, usd: r.usd });
      const { transactions } = await get<Transactions>(`/api/transactions?account=${r.key}&direction=${r.direction}&limit=10000`);
      expect(transactions.length, r.key!).toBe(r.transactions);
      for (const t of transactions) expect(mentions.get(t.doc, r.key), `transaction ${t.id}`).toBeDefined();
    }
    // Every account named in a document with money has its rows.
    const accounts = store.db
      .prepare("SELECT count(DISTINCT e.id) n FROM entities e JOIN mentions m ON m.entity = e.id JOIN transactions t ON t.doc = m.doc WHERE e.type IN ('iban', 'wallet')")
      .get() as { n: number };
    expect(new Set(m.rows.map((r) => r.key)).size).toBe(accounts.n);
    const person = store.entities.entities({ type: 'person' })[0]!;
    const bad = await get<{ error: string; message: string }>(`/api/transactions?account=${person.id}`, 400);
    expect(bad.message).toMatch(/not an account/);
  });

  it('sums each month by category, and drills down to one month and one category together', async () => {
    const cells = await get<Money>('/api/money?by=month_category');
    const months = await get<Money>('/api/money?by=month');
    // The categories of a month add up to the month.
    for (const r of months.rows) {
      const parts = cells.rows.filter((x) => x.month === r.key && x.direction === r.direction);
      expect(parts.reduce((s, x) => s + x.transactions, 0), `${r.key} ${r.direction}`).toBe(r.transactions);
      expect(parts.reduce((s, x) => s + (x.usd ?? 0), 0)).toBeCloseTo(r.usd ?? 0, 1);
    }
    // The biggest cell of a month that has more than one category.
    const cell = cells.rows
      .filter((r) => r.month && cells.rows.some((x) => x.month === r.month && x.category !== r.category))
      .sort((a, b) => b.transactions - a.transactions)[0]!;
    expect(cell, 'a month with two categories').toBeDefined();
    const expected = cells.rows.filter((x) => x.month === cell.month && x.category === cell.category).reduce((s, x) => s + x.transactions, 0);
    const { transactions } = await get<Transactions>(`/api/transactions?from=${cell.month}&to=${cell.month}&category=${cell.category}&limit=10000`);
    expect(transactions.length).toBe(expected);
    for (const t of transactions) expect([t.date?.slice(0, 7), t.category]).toEqual([cell.month, cell.category]);
    const month = await get<Transactions>(`/api/transactions?from=${cell.month}&to=${cell.month}&limit=10000`);
    expect(month.transactions.length).toBeGreaterThan(transactions.length);
  });

  it('lists countries with counts, and a queue for one', async () => {
    const t = await get<Triage>('/api/triage');
    expect(t.countries.length).toBeGreaterThan(0);
    expect(t.queue).toEqual([]);
    const cc = t.countries[0]!.country;
    const q = await get<Triage>(`/api/triage?country=${cc.toLowerCase()}&limit=5`);
    expect(q.queue.length).toBeGreaterThan(0);
    expect(q.queue.length).toBeLessThanOrEqual(5);
    for (const v of q.queue) {
      expect(v.country).toBe(cc);
      expect(v.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(v.reasons.length).toBeGreaterThan(0);
    }
  });
});

describe('watchlists, sources, timeline and places', () => {
  // (Decoy rows: a list of one entry scores no hit, its only names being as common as they are rare.)
  it('imports a list sent as text, screens the case against it, and lists it', async () => {
    const person = store.entities.entities({ type: 'person' }).find((e) => !e.ambiguous && e.nameLatin)!;
    const r = await post<{ list: { list: string; entries: number; screened: number }; hits: { entity: string }[] }>('/api/watchlists', { name: 'TEST', filename: 'test-list.csv', content: `name,type\n"${person.nameLatin}",person\nRi Won Ho,person\nJohn Smith,person\nMaria Gonzalez Lopez,person\nAcme Trading LLC,organisation\n` });
    expect(r.list).toMatchObject({ list: 'TEST', entries: 5 });
    expect(r.list.screened).toBeGreaterThan(0);
    expect(r.hits.map((h) => h.entity)).toContain(person.id);
    const all = await get<{ lists: { name: string; source: string }[]; hits: { entity: string; entityLabel: string }[] }>('/api/watchlists');
    expect(all.lists.find((l) => l.name === 'TEST')?.source).toBe('upload: test-list.csv');
    const bad = await post<{ error: string }>('/api/watchlists', { name: 'BAD', filename: 'bad.csv', content: 'nothing here' }, 400);
    expect(bad.error).toBe('bad_request');
  }, 120_000);

  it('gives sources with custody and status, dated events, and map points citing documents', async () => {
    const s = await get<Sources>('/api/sources');
    expect(s.sources.map((x) => x.label)).toEqual(['haul-3']);
    expect(s.sources[0]!.custody.length).toBeGreaterThan(0);
    const done = s.status.byStatus.find((x) => x.status === 'done')?.n;
    expect(done).toBeGreaterThan(0);
    // A finished ingest: every document past extraction, every extracted one recognised, the analysis over all.
    const total = s.status.byStatus.reduce((a, x) => a + x.n, 0);
    expect(s.status.stages).toMatchObject({ documents: total, extracted: total, done, recognised: done, analysed: { documents: done } });
    const t = await get<{ events: { date: string; sha256: string }[] }>('/api/timeline?limit=50');
    expect(t.events.length).toBeGreaterThan(0);
    expect(t.events.map((e) => e.date)).toEqual([...t.events.map((e) => e.date)].sort());
    const p = await get<{ places: { lat: number; lon: number; kind: string; doc: string }[] }>('/api/places');
    expect(p.places.some((x) => x.kind === 'place')).toBe(true);
    for (const x of p.places) {
      expect(Math.abs(x.lat)).toBeLessThanOrEqual(90);
      expect(x.doc).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document with every endpoint', async () => {
    const doc = await get<{ openapi: string; info: { title: string }; paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    const expected: [string, string][] = [
      ['/api/health', 'get'],
      ['/api/search', 'get'],
      ['/api/documents/{id}', 'get'],
      ['/api/documents/{id}/original', 'get'],
      ['/api/entities', 'get'],
      ['/api/entities/{id}', 'get'],
      ['/api/entities/merge', 'post'],
      ['/api/entities/{id}/split', 'post'],
      ['/api/entities/{id}/rename', 'post'],
      ['/api/entities/distinct', 'post'],
      ['/api/graph/neighbours/{id}', 'get'],
      ['/api/graph/path', 'get'],
      ['/api/graph/edge', 'get'],
      ['/api/money', 'get'],
      ['/api/transactions', 'get'],
      ['/api/triage', 'get'],
      ['/api/timeline', 'get'],
      ['/api/places', 'get'],
      ['/api/watchlists', 'get'],
      ['/api/watchlists', 'post'],
      ['/api/sources', 'get'],
    ];
    for (const [path, method] of expected) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  });
});
