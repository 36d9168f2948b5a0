/**
 * The workbench in a real browser (Debian's Chromium, headless, driven by playwright-core) against the real
 * server on a generated haul: the flows a new analyst follows. Each asserts on what is shown, checks that the
 * page logged no error, and saves a screenshot to docs/screenshots/ (the README shows them).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { analystPage, CLI, SCREENSHOTS, startWorkbench, type Workbench } from './web-harness.js';

let w: Workbench;
const ARABIC = /[\u0600-\u06FF]/;
/** Chromium's own line for a resource that answered with an error status (the app reports it itself). */
const benign = (e: string) => /Failed to load resource|GPU stall|WebGL|GroupMarkerNotSet|swiftshader/i.test(e);

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(`${w.url}${path}`, init);
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

interface EntityRow {
  id: string;
  name: string;
  names: { value: string; script: string }[];
  ambiguous: boolean;
  mentions: number;
}

beforeAll(async () => {
  w = await startWorkbench({ docs: 120, seed: 11 });
}, 600_000);

afterAll(async () => {
  await w?.close();
});

describe('the workbench in Chromium', () => {
  it('search: a person written in Latin letters finds Arabic documents', async () => {
    // A person the truth writes in Arabic in some documents and in Latin in others.
    const counts = new Map<string, { ar: number; la: number }>();
    for (const d of w.truth.documents) for (const p of d.persons) {
      const c = counts.get(p.person) ?? { ar: 0, la: 0 };
      if (p.script === 'arabic') c.ar++;
      else c.la++;
      counts.set(p.person, c);
    }
    // As written in a document (so the plain search finds that one), by a person also written in Arabic elsewhere.
    const latin = w.truth.documents
      .flatMap((d) => d.persons)
      .find((p) => p.script === 'latin' && p.surface.split(' ').length >= 3 && (counts.get(p.person)?.ar ?? 0) >= 2)!.surface;
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/search?q=${encodeURIComponent(latin)}`);
    await page.getByTestId('search-hit').first().waitFor();
    const snippets = await page.getByTestId('snippet').allInnerTexts();
    const titles = await page.getByTestId('hit-title').allInnerTexts();
    expect([...snippets, ...titles].some((t) => ARABIC.test(t)), `Arabic among the hits for ${latin}`).toBe(true);
    // The snippet's marked words are in the exact text.
    expect(await page.locator('[data-testid=snippet] mark').count()).toBeGreaterThan(0);
    // "/" focuses the search box.
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png') });
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 120_000);

  it('search: entity, country and year facets narrow the hits, and the address keeps them', async () => {
    // Fewer matches than the limit and the facet sample, so a facet's count is the number of hits it leaves.
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/search?q=${encodeURIComponent('lang:ar')}&limit=200`);
    await page.getByTestId('search-hit').first().waitFor();
    const all = await page.getByTestId('search-hit').count();
    expect(all).toBeLessThan(200);
    const shownIds = async () => (await page.getByTestId('search-hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort();
    const countOf = async (button: ReturnType<typeof page.locator>) => Number(await button.locator('.count').innerText());

    // The entity facet names persons and organisations, Arabic names with their Latin form.
    const entities = page.getByTestId('facet-entity').getByTestId('facet-value');
    expect(await entities.count()).toBeGreaterThan(0);
    expect((await entities.allInnerTexts()).some((t) => ARABIC.test(t) && /\([A-Za-z]/.test(t))).toBe(true);

    // A country, shown by name: its hits are the API's for that filter, fewer than before.
    const country = page.getByTestId('facet-country').getByTestId('facet-value').first();
    const cc = (await country.getAttribute('data-value'))!;
    expect(await country.innerText()).toContain(new Intl.DisplayNames(['en'], { type: 'region' }).of(cc)!);
    const inCountry = await countOf(country);
    expect(inCountry).toBeLessThan(all);
    await country.click();
    await page.waitForURL(new RegExp(`[?&]country=${cc}(&|$)`));
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(inCountry);
    const expected = await api<{ hits: { id: string }[] }>(`/api/search?q=lang:ar&country=${cc}&limit=200`);
    expect(await shownIds()).toEqual(expected.hits.map((h) => h.id).sort());
    expect(await page.getByTestId('facet-country').locator(`[data-value=${cc}]`).getAttribute('aria-pressed')).toBe('true');

    // A year inside that: the date range becomes the year, and the count holds.
    const year = page.getByTestId('facet-year').getByTestId('facet-value').first();
    const y = (await year.getAttribute('data-value'))!;
    const inYear = await countOf(year);
    await year.click();
    await page.waitForURL((u) => u.searchParams.get('from') === `${y}-01-01` && u.searchParams.get('to') === `${y}-12-31` && u.searchParams.get('country') === cc);
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(inYear);
    expect(await page.getByTestId('facet-from').inputValue()).toBe(`${y}-01-01`);

    // A deep link: the same address after a reload shows the same filters and hits.
    const before = await shownIds();
    await page.reload();
    await page.getByTestId('search-hit').first().waitFor();
    expect(await shownIds()).toEqual(before);
    expect(await page.getByTestId('facet-year').locator(`[data-value="${y}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS, 'search-facets.png'), fullPage: true });

    // Toggling off: the year, then the country; then an entity, whose hits all name it.
    await page.getByTestId('facet-year').locator(`[data-value="${y}"]`).click();
    await page.waitForURL((u) => !u.searchParams.has('from') && !u.searchParams.has('to'));
    await page.getByTestId('facet-country').locator(`[data-value=${cc}]`).click();
    await page.waitForURL((u) => !u.searchParams.has('country'));
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(all);
    const entity = page.getByTestId('facet-entity').getByTestId('facet-value').first();
    const id = (await entity.getAttribute('data-value'))!;
    const named = await countOf(entity);
    await entity.click();
    await page.waitForURL((u) => u.searchParams.get('entity') === id);
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(named);
    const mentioned = new Set((await api<{ mentionsShown: { document: string }[] }>(`/api/entities/${id}?mentions=1000`)).mentionsShown.map((m) => m.document));
    for (const hit of await shownIds()) expect(mentioned.has(hit!), hit!).toBe(true);
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 120_000);

  it('keyboard: from the search box to a document, and through the graph, without the mouse', async () => {
    const { entities } = await api<{ entities: EntityRow[] }>('/api/entities?type=person&limit=1');
    const person = entities[0]!;
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/`);
    const tabTo = async (testid: string, max = 80) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === testid) return;
      }
      throw new Error(`${testid} not reached in ${max} tabs`);
    };
    // The search box has the focus on arrival (or "/" gives it); typing and Enter search.
    await page.getByTestId('search-input').waitFor();
    if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'search-input') await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await page.keyboard.type(person.name);
    await page.keyboard.press('Enter');
    await page.getByTestId('search-hit').first().waitFor();
    // Tab reaches the first hit, shown with a focus ring; Enter opens it.
    await tabTo('hit-title');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe('none');
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    await page.getByTestId('doc-text').waitFor();
    // The graph: the node list beside the canvas is the keyboard's way in; Enter on a node selects it.
    await page.goto(`${w.url}/graph?focus=${person.id}`);
    await page.getByTestId('node-panel').waitFor();
    const list = page.getByTestId('graph-node-count');
    if ((await page.locator('details:has([data-testid=graph-node-count])').getAttribute('open')) === null) {
      await tabTo('graph-node-count');
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('graph-node').first().waitFor();
    expect(Number(await list.getAttribute('data-count'))).toBeGreaterThan(1);
    await tabTo('graph-node');
    await page.keyboard.press('Tab');
    const otherId = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(otherId).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('node-panel').locator('a').first().getAttribute('href')).toBe(`/entities/${encodeURIComponent(otherId!)}`);
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 120_000);

  it('serve: the link graph is built beside the server, and the first graph request finds it ready', async () => {
    const server = spawn(process.execPath, [CLI, 'serve', '--case', w.caseDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    try {
      await expect.poll(() => log, { timeout: 60_000 }).toMatch(/link graph ready: \d+ entities, \d+ links/);
      const url = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(log)![1]!;
      const health = await (await fetch(`${url}/api/health`)).json() as { graph: string };
      expect(health.graph).toBe('ready');
      // The warm graph is the one a build on demand gives.
      const { entities } = await (await fetch(`${url}/api/entities?type=person&limit=1`)).json() as { entities: { id: string }[] };
      const warm = await (await fetch(`${url}/api/graph/neighbours/${entities[0]!.id}?depth=2&evidence=10`)).json();
      const cold = await api<unknown>(`/api/graph/neighbours/${entities[0]!.id}?depth=2&evidence=10`);
      expect(warm).toEqual(cold);
    } finally {
      server.kill();
    }
  }, 120_000);

  it('document: the original beside the exact text, entities clickable, provenance with hashes', async () => {
    // A PDF from the haul, searched by a word of its title.
    const pdf = w.truth.documents.find((d) => d.path.endsWith('.pdf') && !d.scanned && d.inner.length === 0 && !d.duplicate_of)!;
    const sha = createHash('sha256').update(readFileSync(join(w.caseDir, '..', 'h', 'haul', pdf.path))).digest('hex');
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/documents/${sha}`);
    await page.getByTestId('doc-text').waitFor();
    const text = await page.getByTestId('doc-text').innerText();
    expect(text.length).toBeGreaterThan(50);
    await expect.poll(() => page.getByTestId('doc-original').count()).toBeGreaterThan(0);
    // The PDF's pages are drawn (pdf.js, no plugin needed).
    await page.locator('[data-testid=pdf-page]').first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('hash-sha256').innerText()).toContain(sha);
    expect(await page.getByTestId('doc-provenance').innerText()).toContain(pdf.path.split('/').pop()!);
    // The original downloads byte for byte.
    const href = await page.getByTestId('doc-download').getAttribute('href');
    const bytes = Buffer.from(await (await fetch(new URL(href!, w.url))).arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
    await page.screenshot({ path: join(SCREENSHOTS, 'document.png') });
    // A highlighted person opens its entity.
    const mention = page.locator('[data-testid=mention][data-type=person]').first();
    if ((await mention.count()) > 0) {
      const entity = await mention.getAttribute('data-entity');
      await mention.click();
      await page.waitForURL(`**/entities/${entity}`);
      await page.getByTestId('entity-name').first().waitFor();
    }
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 120_000);

  it('entity: merge a duplicate, and both names stay on one entity', async () => {
    const { entities } = await api<{ entities: EntityRow[] }>('/api/entities?type=person&limit=200');
    const ambiguous = (await api<{ entities: EntityRow[] }>('/api/entities?type=person&ambiguous=1&limit=200')).entities;
    // A kunya alone, and the person whose fuller name carries that kunya: what an analyst would merge.
    const pair =
      ambiguous
        .map((a) => ({ a, b: entities.find((e) => !e.ambiguous && e.id !== a.id && e.names.some((n) => n.value.startsWith(`${a.names[0]!.value} `))) }))
        .find((x) => x.b) ?? { a: entities[1]!, b: entities[0]! };
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/entities/${pair.b!.id}`);
    await page.getByTestId('entity-name').first().waitFor();
    await page.getByTestId('entity-merge-button').click();
    await page.getByTestId('merge-picker').fill(pair.a.names[0]!.value);
    const option = page.locator(`[data-testid=merge-picker-option]`).first();
    await option.waitFor();
    await option.click();
    await page.getByTestId('merge-confirm').click();
    // After the merge the page shows the merged entity with the other's name among its names.
    await expect.poll(async () => (await page.locator('main').innerText()).includes(pair.a.names[0]!.value), { timeout: 30_000 }).toBe(true);
    const after = await api<{ entities: EntityRow[] }>(`/api/entities?type=person&q=${encodeURIComponent(pair.a.names[0]!.value)}&limit=50`);
    expect(after.entities.some((e) => e.names.some((n) => n.value === pair.a.names[0]!.value) && e.names.some((n) => n.value === pair.b!.names[0]!.value))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'entity.png') });
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 120_000);

  it('graph: the thread between two persons, with the evidence of each hop', async () => {
    const { entities } = await api<{ entities: EntityRow[] }>('/api/entities?type=person&limit=30');
    const persons = entities.filter((e) => !e.ambiguous);
    let pair: [EntityRow, EntityRow] | null = null;
    for (let i = 0; i < persons.length && !pair; i++) {
      for (let j = persons.length - 1; j > i && !pair; j--) {
        const r = await api<{ paths: { nodes: unknown[] }[] }>(`/api/graph/path?from=${persons[i]!.id}&to=${persons[j]!.id}&k=1`).catch(() => ({ paths: [] }));
        if (r.paths.length > 0 && r.paths[0]!.nodes.length >= 3) pair = [persons[i]!, persons[j]!];
      }
    }
    expect(pair, 'two persons joined through someone').not.toBeNull();
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/graph?from=${pair![0].id}&to=${pair![1].id}`);
    await page.getByTestId('graph-canvas').waitFor();
    if (await page.getByTestId('path-find').isEnabled()) await page.getByTestId('path-find').click();
    await page.getByTestId('path-result').waitFor();
    await page.getByTestId('path-item').first().waitFor();
    expect(await page.getByTestId('path-item').count()).toBeGreaterThan(0);
    await page.getByTestId('path-item').first().getByRole('button').first().click();
    // A hop of the thread shows the documents behind it.
    const fetched = page.waitForResponse((r) => r.url().includes('/api/graph/edge?'));
    await page.locator('[data-testid=path-item] .hop button').first().click();
    await page.getByTestId('edge-evidence').first().waitFor();
    expect(await page.getByTestId('edge-evidence').count()).toBeGreaterThan(0);
    // The hop's evidence, fetched alone, is shown in the exact text of its documents.
    const { edge } = (await (await fetched).json()) as { edge: { evidence: { text?: string }[] } };
    const spans = edge.evidence.filter((ev) => ev.text).map((ev) => ev.text!.trim());
    if (spans.length > 0) {
      await page.locator('.evidence-context mark').first().waitFor();
      expect((await page.locator('.evidence-context mark').allTextContents()).map((t) => t.trim())).toEqual(spans);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'graph.png') });
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 180_000);

  it('watchlists: import a list file, see its hits with their explanations, and the hit on the entity', async () => {
    const { entities } = await api<{ entities: (EntityRow & { nameAr: string | null; nameLatin: string | null })[] }>('/api/entities?type=person&limit=50');
    const person = entities.find((e) => e.nameAr && e.nameLatin && e.nameLatin.split(' ').length >= 3)!;
    expect(person, 'a person with names in both scripts').toBeDefined();
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/watchlists`);
    await page.getByTestId('watchlist-import').waitFor();
    await page.getByTestId('watchlist-name').fill('PARTNER-A');
    // The list writes the person in Latin letters; a name nobody in the case bears rides along.
    const csv = `name,type\n"${person.nameLatin}",person\nRi Won Ho,person\n`;
    await page.getByTestId('watchlist-file').setInputFiles({ name: 'partner-a.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('watchlist-submit').click();
    await page.getByTestId('watchlist-import-result').waitFor();
    expect(await page.getByTestId('watchlist-import-result').innerText()).toMatch(/2 entries/);
    const hit = page.locator('[data-testid=watchlist-hit]', { hasText: person.nameLatin! }).first();
    await hit.waitFor();
    // Each hit says why: the explanation of the match is shown beside the score.
    const cells = await hit.locator('td').allInnerTexts();
    expect(Number(cells[3])).toBeGreaterThan(0.8);
    expect(cells[4]!.trim().length).toBeGreaterThan(10);
    await page.screenshot({ path: join(SCREENSHOTS, 'watchlists.png') });
    await hit.getByRole('link').first().click();
    await page.waitForURL('**/entities/**');
    await page.locator('[data-testid=watchlist-hit]', { hasText: 'PARTNER-A' }).first().waitFor();
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 180_000);

  it('ingest: sources with custody, the progress of each stage, and errors by reason', async () => {
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/ingest`);
    await page.getByTestId('source').first().waitFor();
    expect(await page.getByTestId('source').first().innerText()).toMatch(/Custody/);
    // The case is ingested: three stages, each complete.
    const progress = page.getByTestId('ingest-progress');
    expect(await progress.getAttribute('data-finished')).toBe('yes');
    const stages = await page.getByTestId('stage-progress').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-stage'), r.getAttribute('data-n'), r.getAttribute('data-of')]));
    expect(stages.map((x) => x[0])).toEqual(['extraction', 'entities', 'analysis']);
    for (const [, n, of] of stages) expect(n).toBe(of);
    const { status } = await api<{ status: { stages: { documents: number }; errors: { n: number }[] } }>('/api/sources');
    expect(stages[0]![2]).toBe(String(status.stages.documents));
    if (status.errors.length > 0) expect(await page.getByTestId('status-errors').locator('tbody tr').count()).toBe(status.errors.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'ingest.png'), fullPage: true });
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 120_000);

  it('money: a flow between two entities and an account drill down to exactly their transactions', async () => {
    const { page, errors } = await analystPage(w);
    for (const by of ['flow', 'account']) {
      const { rows } = await api<{ rows: { key: string; transactions: number }[] }>(`/api/money?by=${by}`);
      expect(rows.length, `${by} rows`).toBeGreaterThan(0);
      await page.goto(`${w.url}/money?by=${by}`);
      await page.getByTestId(`money-by-${by}`).waitFor();
      expect(await page.getByTestId(`money-by-${by}`).getAttribute('aria-selected')).toBe('true');
      // The table lists the API's rows in its order; the first drills down to as many transactions as it counts.
      await page.getByTestId('money-row').first().waitFor();
      expect(await page.getByTestId('money-row').first().getAttribute('data-key')).toBe(rows[0]!.key);
      await page.getByTestId('money-row').first().getByRole('button').first().click();
      await page.getByTestId('transaction-row').first().waitFor();
      await expect.poll(() => page.getByTestId('transaction-row').count()).toBe(Math.min(500, rows[0]!.transactions));
      if (by === 'flow') await page.screenshot({ path: join(SCREENSHOTS, 'money-flows.png') });
    }
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 120_000);

  it('money: from a category to its transactions, down to a ledger row in its document', async () => {
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/money?by=category`);
    await page.getByTestId('money-chart').first().waitFor();
    const row = page.getByTestId('money-row').first();
    await row.getByRole('button').first().click();
    await page.getByTestId('transaction-row').first().waitFor();
    const ledgerRow = page.locator('[data-testid=transaction-row]:has([data-testid=transaction-ledger])').first();
    expect(await ledgerRow.count(), 'a transaction from a ledger').toBeGreaterThan(0);
    const where = await ledgerRow.getByTestId('transaction-ledger').innerText();
    expect(where).toMatch(/row/i);
    await page.screenshot({ path: join(SCREENSHOTS, 'money.png') });
    await ledgerRow.getByTestId('transaction-doc').click();
    await page.waitForURL('**/documents/**');
    await page.getByTestId('doc-sheets').waitFor();
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 120_000);

  it("countries: a country's triage queue with its reasons", async () => {
    const { page, errors } = await analystPage(w);
    await page.goto(`${w.url}/countries`);
    const first = page.getByTestId('country-row').first();
    await first.waitFor();
    const cc = await first.getAttribute('data-country');
    await first.getByRole('link').click();
    await page.waitForURL(`**/countries/${cc}`);
    await page.getByTestId('triage-item').first().waitFor();
    const item = await page.getByTestId('triage-item').first().innerText();
    expect(item.length).toBeGreaterThan(10);
    await page.screenshot({ path: join(SCREENSHOTS, 'countries.png') });
    // The map draws the world offline, with the haul's places on it.
    await page.goto(`${w.url}/map`);
    await page.getByTestId('map-svg').waitFor();
    expect(await page.locator('[data-testid=map-svg] path').count()).toBeGreaterThan(100);
    await page.screenshot({ path: join(SCREENSHOTS, 'map.png') });
    expect(errors.filter((e) => !benign(e))).toEqual([]);
    await page.close();
  }, 120_000);
});
