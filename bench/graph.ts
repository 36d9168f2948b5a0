/**
 * Benchmark: the case graph (src/analysis/graph). Prints figures; asserts nothing.
 *
 *   1. Real case: /tmp/ent-case/case.db (a 10,000-document fictional haul with mentions and resolved entities),
 *      copied to /tmp/graph-case/ and opened read-only. Edges from every document, the graph built, nodes and
 *      edges by type, times; shortest-path and k=5 path query times (p50/p95) over 100 random pairs of person
 *      entities in the same component; metrics (degree, betweenness, PageRank, Louvain) and export times.
 *   2. Scale: a synthetic graph of 1,000,000 document edges (preferential attachment, 10% repeated pairs that
 *      aggregate) built with buildGraph: time and memory; path queries and metrics on it.
 *   3. Betweenness: exact versus sampled time on preferential-attachment graphs of growing size, and how well
 *      the sample ranks the top nodes (the threshold in metrics.ts comes from here).
 *   4. Threads: truth persons of /tmp/h10k/truth.json linked by a chain of transactions or e-mails (A–B–C with no
 *      direct truth link A–C, and three-hop chains): does the thread found go through true links (every hop a
 *      transaction or e-mail between the two, per the truth), through the very intermediaries of the chain, and
 *      do its evidence documents contain both ends of each hop (per the truth's persons of each document)?
 *      Run on the graph from mentions alone, on the graph as the analysis stage builds it (src/ingest/
 *      analyse-task.ts: the money analyser's transactions, payers and payees resolved to entities, as payments),
 *      and with the truth's transactions given as resolved payments (an oracle for the money stage).
 *
 * Run: npx tsx bench/graph.ts        (BENCH_SKIP=case,scale,betweenness,threads skips sections)
 *      node --expose-gc --import tsx bench/graph.ts   for heap figures after garbage collection
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import Database from 'better-sqlite3';
import { bfsFromNode } from 'graphology-traversal';
import type { AnalysisMention } from '../src/analysis/types.js';
import {
  buildGraph,
  computeMetrics,
  betweenness,
  edgesByType,
  edgesOfDocument,
  kShortestPaths,
  shortestPath,
  toCsvEdges,
  toCsvNodes,
  toGexf,
  toGraphML,
  seededRandom,
  type CaseGraph,
  type Edge,
  type EdgeType,
  type GraphDocument,
  type GraphNode,
  type Payment,
  type PathOptions,
  type Thread,
} from '../src/analysis/graph/index.js';
import type { Truth } from '../src/haul/truth.js';
import { analyseDocument } from '../src/ingest/analyse-task.js';
import { joinTruth } from './lib/truth-join.js';

const SOURCE_DB = '/tmp/ent-case/case.db';
const CASE_DIR = '/tmp/graph-case';
const CASE_DB = `${CASE_DIR}/case.db`;
const TRUTH = '/tmp/h10k/truth.json';
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const gc = (globalThis as { gc?: () => void }).gc;

const ms = (t: number): string => `${(performance.now() - t).toFixed(0)} ms`;
const s = (t: number): string => `${((performance.now() - t) / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

function timing(label: string, values: number[]): void {
  console.log(
    `  ${label.padEnd(34)} p50 ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms (n=${values.length})`,
  );
}

function heap(): { heap: number; rss: number } {
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

// ---------------------------------------------------------------------------------------------------------------
// The case

interface CaseData {
  db: Database.Database;
  documents: GraphDocument[];
  mentions: Map<number, AnalysisMention[]>;
  nodes: GraphNode[];
}

function openCase(): CaseData | undefined {
  if (!existsSync(CASE_DB)) {
    if (!existsSync(SOURCE_DB)) return undefined;
    mkdirSync(CASE_DIR, { recursive: true });
    copyFileSync(SOURCE_DB, CASE_DB);
  }
  const db = new Database(CASE_DB, { readonly: true, fileMustExist: true });
  const mentions = new Map<number, AnalysisMention[]>();
  const rows = db.prepare(`SELECT id, doc, type, start, "end" AS "end", surface, value, attrs, entity FROM mentions WHERE entity IS NOT NULL ORDER BY doc, start`);
  for (const r of rows.iterate() as IterableIterator<{ id: number; doc: number; type: string; start: number; end: number; surface: string; value: string; attrs: string | null; entity: string }>) {
    const m: AnalysisMention = { id: r.id, type: r.type, start: r.start, end: r.end, surface: r.surface, value: r.value, entity: r.entity };
    if (r.attrs) m.attrs = JSON.parse(r.attrs) as Record<string, unknown>;
    const list = mentions.get(r.doc);
    if (list) list.push(m);
    else mentions.set(r.doc, [m]);
  }
  const documents: GraphDocument[] = [];
  for (const r of db.prepare(`SELECT rowid, mime, text, structure, doc_date FROM documents WHERE status = 'done'`).iterate() as IterableIterator<{
    rowid: number;
    mime: string;
    text: string | null;
    structure: string | null;
    doc_date: string | null;
  }>) {
    documents.push({ rowid: r.rowid, mime: r.mime, text: r.text ?? '', structure: r.structure ? (JSON.parse(r.structure) as GraphDocument['structure']) : {}, docDate: r.doc_date });
  }
  const nodes = (db.prepare(`SELECT id, type, name FROM entities`).all() as { id: string; type: string; name: string }[]).map((e) => ({ id: e.id, type: e.type, label: e.name }));
  return { db, documents, mentions, nodes };
}

function caseEdges(data: CaseData, payments?: Map<number, Payment[]>): Edge[] {
  const edges: Edge[] = [];
  for (const doc of data.documents) {
    const ms_ = data.mentions.get(doc.rowid) ?? [];
    const pay = payments?.get(doc.rowid);
    if (ms_.length === 0 && !pay) continue;
    for (const e of edgesOfDocument(doc, ms_, pay ? { payments: pay } : {})) edges.push(e);
  }
  return edges;
}

/**
 * Edges as the analysis stage makes them (src/ingest/analyse-task.ts): the money analyser's transactions, payer
 * and payee resolved to the entities written in the document, passed to edgesOfDocument as payments.
 */
function stageEdges(data: CaseData): { edges: Edge[]; transactions: number; resolved: number } {
  const all = new Map<number, AnalysisMention[]>();
  const rows = data.db.prepare(`SELECT id, doc, type, start, "end" AS "end", surface, value, attrs, entity FROM mentions ORDER BY doc, start`);
  for (const r of rows.iterate() as IterableIterator<{ id: number; doc: number; type: string; start: number; end: number; surface: string; value: string; attrs: string | null; entity: string | null }>) {
    const m: AnalysisMention = { id: r.id, type: r.type, start: r.start, end: r.end, surface: r.surface, value: r.value, entity: r.entity };
    if (r.attrs) m.attrs = JSON.parse(r.attrs) as Record<string, unknown>;
    (all.get(r.doc) ?? all.set(r.doc, []).get(r.doc)!).push(m);
  }
  const edges: Edge[] = [];
  let transactions = 0;
  let resolved = 0;
  const docs = data.db.prepare(`SELECT rowid, mime, text, title, languages, structure, metadata, doc_date FROM documents WHERE status = 'done'`);
  for (const d of docs.iterate() as IterableIterator<{ rowid: number; mime: string; text: string | null; title: string | null; languages: string | null; structure: string | null; metadata: string | null; doc_date: string | null }>) {
    if (!d.text) continue;
    const out = analyseDocument(
      { rowid: d.rowid, mime: d.mime, text: d.text, title: d.title, languages: JSON.parse(d.languages ?? '[]') as string[], structure: d.structure, metadata: d.metadata, docDate: d.doc_date, mentions: all.get(d.rowid) ?? [] },
      new Set(),
    );
    transactions += out.transactions.length;
    resolved += out.transactions.filter((t) => t.payerEntity && t.payeeEntity && t.payerEntity !== t.payeeEntity).length;
    for (const e of out.edges) edges.push(e);
  }
  return { edges, transactions, resolved };
}

function countTypes(edges: readonly Edge[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of edges) out[e.type] = (out[e.type] ?? 0) + 1;
  return out;
}

/** Node → component number, with graphology-traversal's BFS. */
function components(graph: CaseGraph): Map<string, number> {
  const comp = new Map<string, number>();
  let c = 0;
  graph.forEachNode((node) => {
    if (comp.has(node)) return;
    bfsFromNode(graph, node, (n) => {
      comp.set(n, c);
    });
    c += 1;
  });
  return comp;
}

function randomPairs(graph: CaseGraph, count: number, seed: number, type = 'person'): [string, string][] {
  const comp = components(graph);
  const byComp = new Map<number, string[]>();
  graph.forEachNode((node, a) => {
    if (a.type !== type || graph.degree(node) === 0) return;
    const c = comp.get(node) as number;
    const list = byComp.get(c);
    if (list) list.push(node);
    else byComp.set(c, [node]);
  });
  const pool = [...byComp.values()].filter((l) => l.length > 1);
  const weights = pool.map((l) => l.length);
  const total = weights.reduce((a, b) => a + b, 0);
  const random = seededRandom(seed);
  const out: [string, string][] = [];
  while (out.length < count && total > 0) {
    let r = random() * total;
    let list = pool[0] as string[];
    for (const l of pool) {
      r -= l.length;
      if (r < 0) {
        list = l;
        break;
      }
    }
    const a = list[Math.floor(random() * list.length)] as string;
    const b = list[Math.floor(random() * list.length)] as string;
    if (a !== b) out.push([a, b]);
  }
  return out;
}

function queryTimes(graph: CaseGraph, pairs: [string, string][], options: PathOptions, label: string): void {
  // The first k-shortest query of a kind builds the A* index (one pass over the graph); time it apart.
  const warm = pairs[0];
  if (warm) {
    const t = performance.now();
    kShortestPaths(graph, warm[0], warm[1], 5, options);
    console.log(`  ${label}: first k=5 query (builds the A* lower-bound index) ${ms(t)}`);
  }
  const one: number[] = [];
  const five: number[] = [];
  const hops: number[] = [];
  let found = 0;
  let kFound = 0;
  for (const [a, b] of pairs) {
    let t = performance.now();
    const p = shortestPath(graph, a, b, options);
    one.push(performance.now() - t);
    if (p) {
      found += 1;
      hops.push(p.hops.length);
    }
    t = performance.now();
    const k = kShortestPaths(graph, a, b, 5, options);
    five.push(performance.now() - t);
    kFound += k.length;
  }
  console.log(`  ${label}: ${found}/${pairs.length} pairs linked, mean hops ${(hops.reduce((x, y) => x + y, 0) / Math.max(1, hops.length)).toFixed(2)}, ${(kFound / pairs.length).toFixed(2)} paths per k=5 query`);
  timing('shortest path', one);
  timing('k=5 shortest paths (Yen)', five);
}

function sectionCase(data: CaseData): CaseGraph {
  console.log('\n== 1. Real case: /tmp/ent-case/case.db (copy in /tmp/graph-case, read-only) ==');
  let mentionCount = 0;
  for (const l of data.mentions.values()) mentionCount += l.length;
  console.log(`  ${data.documents.length} documents, ${mentionCount} mentions with an entity, ${data.nodes.length} entities`);
  let t = performance.now();
  const edges = caseEdges(data);
  console.log(`  edgesOfDocument over all documents: ${edges.length} document edges in ${s(t)}`);
  console.log(`    by type: ${JSON.stringify(countTypes(edges))}`);
  const notes: Record<string, number> = {};
  for (const e of edges) if (e.type === 'communicated' || e.type === 'co-mentioned') notes[`${e.type}/${e.evidence.note}`] = (notes[`${e.type}/${e.evidence.note}`] ?? 0) + 1;
  console.log(`    by note: ${JSON.stringify(notes)}`);
  const before = heap();
  t = performance.now();
  const graph = buildGraph(edges, data.nodes);
  const buildTime = s(t);
  const after = heap();
  const linked = graph.filterNodes((n) => graph.degree(n) > 0).length;
  console.log(`  buildGraph: ${buildTime}, heap +${mb(after.heap - before.heap)}${gc ? '' : ' (no --expose-gc: rough)'}`);
  console.log(`  nodes: ${graph.order} (${linked} with at least one edge); aggregated edges: ${graph.size}`);
  console.log(`    by type: ${JSON.stringify(edgesByType(graph))}`);
  const byNodeType: Record<string, number> = {};
  graph.forEachNode((n, a) => {
    if (graph.degree(n) > 0) byNodeType[a.type] = (byNodeType[a.type] ?? 0) + 1;
  });
  console.log(`    linked nodes by type: ${JSON.stringify(byNodeType)}`);
  const comp = components(graph);
  const sizes = new Map<number, number>();
  for (const [n, c] of comp) if (graph.degree(n) > 0) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  console.log(`    components with edges: ${sizes.size}, largest ${Math.max(...sizes.values())} nodes`);

  const pairs = randomPairs(graph, 100, 7);
  console.log(`  path queries over ${pairs.length} random pairs of person entities in the same component:`);
  queryTimes(graph, pairs, {}, 'all edge types');
  queryTimes(graph, pairs, { types: ['paid', 'communicated', 'has-selector'] }, 'typed edges only (paid, communicated, has-selector)');
  const sample = pairs.map(([a, b]) => shortestPath(graph, a, b)).find((p) => p && p.hops.length >= 2);
  if (sample) printThread(graph, sample, data.db);

  t = performance.now();
  const metrics = computeMetrics(graph);
  console.log(`  metrics in ${s(t)}: ${JSON.stringify(metrics.ms)} ms; betweenness ${JSON.stringify(metrics.betweenness)}; ${metrics.communities} communities, modularity ${metrics.modularity.toFixed(3)}`);
  const top = [...metrics.nodes].filter(([n]) => graph.getNodeAttribute(n, 'type') === 'person').sort((a, b) => b[1].betweenness - a[1].betweenness).slice(0, 5);
  console.log(`    top persons by betweenness: ${top.map(([n, m]) => `${graph.getNodeAttribute(n, 'label')} (${m.betweenness.toFixed(4)}, degree ${m.degree})`).join('; ')}`);

  for (const [name, f] of [
    ['GraphML', toGraphML],
    ['GEXF', toGexf],
    ['CSV nodes', toCsvNodes],
    ['CSV edges', toCsvEdges],
  ] as const) {
    t = performance.now();
    const out = f(graph);
    console.log(`  export ${name.padEnd(9)}: ${mb(Buffer.byteLength(out))} in ${ms(t)}`);
  }
  return graph;
}

function printThread(graph: CaseGraph, thread: Thread, db: Database.Database): void {
  const text = db.prepare('SELECT text FROM documents WHERE rowid = ?');
  console.log(`  an example thread (cost ${thread.cost.toFixed(2)}):`);
  for (const hop of thread.hops) {
    const e = hop.edges[0];
    if (!e) continue;
    const ev = e.evidence[0];
    let quote = '';
    if (ev?.start !== undefined && ev.end !== undefined) {
      const row = text.get(ev.doc) as { text: string } | undefined;
      quote = JSON.stringify((row?.text ?? '').slice(ev.start, Math.min(ev.end, ev.start + 120)));
    }
    console.log(
      `    ${graph.getNodeAttribute(hop.from, 'label')} —${e.type}(${e.count}×, w ${e.weight.toFixed(2)})→ ${graph.getNodeAttribute(hop.to, 'label')}: doc ${ev?.doc} ${ev?.note ?? ''} ${quote}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Scale

/** Preferential attachment: each new node links to 5 nodes picked in proportion to their degree (plus one). */
function syntheticEdges(target: number, seed: number): { edges: Edge[]; nodes: GraphNode[] } {
  const random = seededRandom(seed);
  const perNode = 5;
  const repeat = 0.1;
  const nodeCount = Math.ceil(target / perNode) + 2 * perNode;
  const kinds: [string, number][] = [
    ['person', 0.6],
    ['organisation', 0.05],
    ['phone', 0.12],
    ['email', 0.1],
    ['iban', 0.03],
    ['wallet', 0.02],
    ['place', 0.08],
  ];
  const nodes: GraphNode[] = [];
  for (let i = 0; i < nodeCount; i += 1) {
    let r = random();
    let type = 'person';
    for (const [k, p] of kinds) {
      r -= p;
      if (r < 0) {
        type = k;
        break;
      }
    }
    nodes.push({ id: `${type.slice(0, 3)}-${i.toString(16).padStart(10, '0')}`, type, label: `${type} ${i}` });
  }
  const ends: number[] = [];
  const edges: Edge[] = [];
  const typeOf = (a: GraphNode, b: GraphNode): EdgeType => {
    const sel = (t: string): boolean => t === 'phone' || t === 'email' || t === 'iban' || t === 'wallet';
    if (a.type === 'person' && sel(b.type)) return 'has-selector';
    if (a.type === 'person' && b.type === 'place') return 'located-at';
    const r = random();
    return a.type === 'person' && b.type === 'person' ? (r < 0.15 ? 'communicated' : r < 0.25 ? 'paid' : 'co-mentioned') : 'co-mentioned';
  };
  for (let i = perNode; i < nodeCount && edges.length < target; i += 1) {
    for (let j = 0; j < perNode && edges.length < target; j += 1) {
      if (edges.length > 0 && random() < repeat) {
        const prev = edges[Math.floor(random() * edges.length)] as Edge;
        edges.push({ ...prev, weight: random(), evidence: { doc: Math.floor(random() * 1e6), start: 0, end: 40, note: 'sentence' } });
        continue;
      }
      const t = ends.length > 0 && random() < 0.9 ? (ends[Math.floor(random() * ends.length)] as number) : Math.floor(random() * i);
      if (t === i) continue;
      ends.push(i, t);
      const a = nodes[i] as GraphNode;
      const b = nodes[t] as GraphNode;
      edges.push({ source: a.id, target: b.id, type: typeOf(a, b), weight: 0.2 + random(), evidence: { doc: Math.floor(random() * 1e6), start: 0, end: 40, note: 'sentence' } });
    }
  }
  return { edges, nodes };
}

function sectionScale(): void {
  console.log('\n== 2. Scale: 1,000,000 synthetic document edges (preferential attachment) ==');
  let t = performance.now();
  const { edges, nodes } = syntheticEdges(1_000_000, 11);
  console.log(`  generated ${edges.length} edges over ${nodes.length} nodes in ${s(t)}`);
  const before = heap();
  t = performance.now();
  const cpu = process.cpuUsage();
  const graph = buildGraph(edges, nodes);
  const time = s(t);
  const used = process.cpuUsage(cpu);
  const after = heap();
  console.log(
    `  buildGraph: ${time} wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU (with the collector's threads), load ${loadavg()[0]?.toFixed(2)} → ${graph.order} nodes, ${graph.size} aggregated edges (target < 30 s)`,
  );
  console.log(`    heap +${mb(after.heap - before.heap)}, RSS ${mb(after.rss)}${gc ? ' (after gc)' : ' (no --expose-gc: heap includes garbage)'}`);
  console.log(`    by type: ${JSON.stringify(edgesByType(graph))}`);
  const pairs = randomPairs(graph, 30, 3);
  console.log(`  path queries over ${pairs.length} random person pairs:`);
  queryTimes(graph, pairs, {}, 'all edge types');
  t = performance.now();
  const m = computeMetrics(graph);
  console.log(`  metrics in ${s(t)}: ${JSON.stringify(m.ms)} ms; betweenness ${JSON.stringify(m.betweenness)}; ${m.communities} communities`);
}

// ---------------------------------------------------------------------------------------------------------------
// Betweenness threshold

function sectionBetweenness(caseGraph?: CaseGraph): void {
  console.log('\n== 3. Betweenness: exact versus sampled (300 sources) ==');
  const graphs: [string, CaseGraph][] = [500, 1000, 2000, 4000].map((n) => {
    const { edges, nodes } = syntheticEdges(n * 5, 5);
    return ['preferential attachment', buildGraph(edges, nodes)];
  });
  if (caseGraph) graphs.push(['the real case', caseGraph]);
  for (const [label, graph] of graphs) {
    let t = performance.now();
    const exact = betweenness(graph, { betweenness: 'exact' });
    const exactTime = performance.now() - t;
    t = performance.now();
    const sampled = betweenness(graph, { betweenness: 'sampled', samples: 300 });
    const sampledTime = performance.now() - t;
    const top = (v: Record<string, number>): string[] =>
      Object.entries(v)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([k]) => k);
    const te = new Set(top(exact.values));
    const overlap = top(sampled.values).filter((k) => te.has(k)).length;
    console.log(
      `  ${label.padEnd(23)} ${String(graph.order).padStart(5)} nodes ${String(graph.size).padStart(6)} edges (nodes × edges ${(graph.order * graph.size).toExponential(1)}): exact ${(exactTime / 1000).toFixed(2)} s, sampled ${(sampledTime / 1000).toFixed(2)} s, top-20 overlap ${overlap}/20`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Threads against the truth

interface TruthLink {
  docs: Set<number>;
  kinds: Set<'transaction' | 'email'>;
}

function sectionThreads(data: CaseData): void {
  console.log('\n== 4. Threads: chains of transactions or e-mails between truth persons (/tmp/h10k/truth.json) ==');
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth;
  const { joined } = joinTruth(data.db, truth);
  const rowOf = new Map(joined.map((j) => [j.truth.id, j.rowid]));
  console.log(`  truth documents joined to the case: ${joined.length}/${truth.documents.length}`);

  // Truth person ↔ entity, by the persons' surfaces in each joined document (majority votes both ways).
  const votes = new Map<string, Map<string, number>>();
  const back = new Map<string, Map<string, number>>();
  const vote = (m: Map<string, Map<string, number>>, a: string, b: string): void => {
    const inner = m.get(a) ?? new Map<string, number>();
    inner.set(b, (inner.get(b) ?? 0) + 1);
    m.set(a, inner);
  };
  for (const j of joined) {
    const ms_ = data.mentions.get(j.rowid) ?? [];
    for (const p of j.truth.persons) {
      for (const m of ms_) {
        if (m.type === 'person' && m.surface === p.surface && m.entity) {
          vote(votes, p.person, m.entity);
          vote(back, m.entity, p.person);
        }
      }
    }
  }
  const argmax = (m: Map<string, number> | undefined): string | undefined => (m ? [...m].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined);
  const entityOf = new Map<string, string>();
  for (const [p, m] of votes) entityOf.set(p, argmax(m) as string);
  const personOf = new Map<string, string>();
  for (const [e, m] of back) personOf.set(e, argmax(m) as string);
  console.log(`  truth persons mapped to an entity: ${entityOf.size}/${truth.persons.length}; entities mapped back to a person: ${personOf.size}`);

  // Which truth persons each case document really contains (its persons, the parties of its transactions).
  const contains = new Map<number, Set<string>>();
  const txById = new Map(truth.transactions.map((t) => [t.id, t]));
  for (const j of joined) {
    const set = new Set(j.truth.persons.map((p) => p.person));
    for (const id of j.truth.transactions) {
      const t = txById.get(id);
      if (t?.payer.person) set.add(t.payer.person);
      if (t?.payee.person) set.add(t.payee.person);
    }
    contains.set(j.rowid, set);
  }

  // Truth links: transactions (payer–payee) and e-mails (From–To/Cc, header parties matched to truth persons).
  const links = new Map<string, TruthLink>();
  const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const link = (a: string, b: string, doc: number, kind: 'transaction' | 'email'): void => {
    if (a === b) return;
    const l = links.get(key(a, b)) ?? { docs: new Set<number>(), kinds: new Set() };
    l.docs.add(doc);
    l.kinds.add(kind);
    links.set(key(a, b), l);
  };
  for (const t of truth.transactions) {
    const row = rowOf.get(t.document);
    if (row !== undefined && t.payer.person && t.payee.person) link(t.payer.person, t.payee.person, row, 'transaction');
  }
  const byAddress = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const p of truth.persons) {
    for (const e of p.emails) byAddress.set(e.toLowerCase(), p.id);
    for (const n of [p.arabic_name, p.kunya, ...p.arabic_forms, ...p.renderings]) if (!byName.has(n)) byName.set(n, p.id);
  }
  const party = (entry: string): string | undefined => {
    const address = /<([^<>]+)>/.exec(entry)?.[1]?.toLowerCase();
    const name = entry.replace(/<[^<>]*>/, '').trim().replace(/^"|"$/g, '');
    return (address ? byAddress.get(address) : undefined) ?? byName.get(name);
  };
  const docByRow = new Map(data.documents.map((d) => [d.rowid, d]));
  let emailDocs = 0;
  for (const j of joined) {
    const email = docByRow.get(j.rowid)?.structure.email;
    if (!email?.from) continue;
    const from = party(email.from);
    if (!from) continue;
    emailDocs += 1;
    for (const r of [...(email.to ?? []), ...(email.cc ?? [])]) {
      const to = party(r);
      if (to) link(from, to, j.rowid, 'email');
    }
  }
  const adjacency = new Map<string, Set<string>>();
  for (const k of links.keys()) {
    const [a, b] = k.split('|') as [string, string];
    (adjacency.get(a) ?? adjacency.set(a, new Set()).get(a)!).add(b);
    (adjacency.get(b) ?? adjacency.set(b, new Set()).get(b)!).add(a);
  }
  const kinds = { transaction: 0, email: 0 };
  for (const l of links.values()) for (const k of l.kinds) kinds[k] += 1;
  console.log(`  truth links: ${links.size} person pairs (${kinds.transaction} with transactions, ${kinds.email} with e-mails from ${emailDocs} mails whose sender is a truth person)`);

  // Chains: A–B–C (A–C not linked) and A–B–C–D (no shortcut), persons mapped to entities.
  const random = seededRandom(42);
  const persons = [...adjacency.keys()].filter((p) => entityOf.has(p)).sort();
  const chains: string[][] = [];
  const seenChain = new Set<string>();
  for (let tries = 0; tries < 20000 && chains.length < 200; tries += 1) {
    const len = chains.length < 150 ? 3 : 4;
    const chain = [persons[Math.floor(random() * persons.length)] as string];
    while (chain.length < len) {
      const next = [...(adjacency.get(chain[chain.length - 1] as string) ?? [])].filter((n) => !chain.includes(n) && entityOf.has(n));
      if (next.length === 0) break;
      chain.push(next[Math.floor(random() * next.length)] as string);
    }
    if (chain.length < len) continue;
    // No shortcut between non-consecutive chain members.
    let shortcut = false;
    for (let i = 0; i < chain.length; i += 1) for (let j = i + 2; j < chain.length; j += 1) if (links.has(key(chain[i] as string, chain[j] as string))) shortcut = true;
    const id = `${chain[0]}>${chain[chain.length - 1]}`;
    if (shortcut || seenChain.has(id)) continue;
    seenChain.add(id);
    chains.push(chain);
  }
  console.log(`  chains sampled: ${chains.filter((c) => c.length === 3).length} of two hops, ${chains.filter((c) => c.length === 4).length} of three hops`);

  // Hops between truth persons over truth links (BFS), to tell a minimal thread from a roundabout one.
  const distanceCache = new Map<string, Map<string, number>>();
  const truthDistance = (a: string, b: string): number => {
    let d = distanceCache.get(a);
    if (!d) {
      d = new Map([[a, 0]]);
      let frontier = [a];
      while (frontier.length > 0) {
        const next: string[] = [];
        for (const u of frontier) {
          for (const v of adjacency.get(u) ?? []) {
            if (d.has(v)) continue;
            d.set(v, (d.get(u) as number) + 1);
            next.push(v);
          }
        }
        frontier = next;
      }
      distanceCache.set(a, d);
    }
    return d.get(b) ?? Infinity;
  };

  const evaluate = (graph: CaseGraph, options: PathOptions, label: string, examples = 0): void => {
    let found = 0;
    let trueLinks = 0;
    let minimal = 0;
    let exact = 0;
    let evidenceOk = 0;
    let hopsTotal = 0;
    let hopsWithBoth = 0;
    let identityHops = 0;
    let docsCited = 0;
    let docsWithBoth = 0;
    let inTopFive = 0;
    let shown = 0;
    const offTruth: Record<string, number> = {};
    const times: number[] = [];
    for (const chain of chains) {
      const from = entityOf.get(chain[0] as string) as string;
      const to = entityOf.get(chain[chain.length - 1] as string) as string;
      if (!graph.hasNode(from) || !graph.hasNode(to)) continue;
      const t = performance.now();
      const thread = shortestPath(graph, from, to, options);
      times.push(performance.now() - t);
      if (!thread) continue;
      found += 1;
      // Truth persons along the thread; two entities of one person in a row (resolution left them apart) are one.
      const people = thread.nodes.map((n) => personOf.get(n));
      const collapsed = people.filter((p, i) => i === 0 || p === undefined || p !== people[i - 1]);
      const allTrue = collapsed.every((p, i) => i === 0 || (p !== undefined && collapsed[i - 1] !== undefined && links.has(key(collapsed[i - 1] as string, p))));
      if (allTrue) trueLinks += 1;
      if (allTrue && collapsed.length - 1 === truthDistance(chain[0] as string, chain[chain.length - 1] as string)) minimal += 1;
      if (collapsed.length === chain.length && collapsed.every((p, i) => p === chain[i])) exact += 1;
      // Evidence: each hop cites at least one document that contains both its ends (per the truth).
      let ok = true;
      for (const hop of thread.hops) {
        const a = personOf.get(hop.from);
        const b = personOf.get(hop.to);
        hopsTotal += 1;
        if (a === undefined || b === undefined || (a !== b && !links.has(key(a, b)))) {
          const e = hop.edges[0];
          const why = e ? (e.type === 'communicated' ? `${e.type}/${e.evidence[0]?.note}` : e.type) : 'none';
          offTruth[why] = (offTruth[why] ?? 0) + 1;
        }
        if (a !== undefined && a === b) identityHops += 1;
        const docs = new Set(hop.edges.flatMap((e) => e.evidence.map((ev) => ev.doc)));
        let both = false;
        for (const d of docs) {
          docsCited += 1;
          const has = contains.get(d);
          if (a && b && has?.has(a) && has.has(b)) {
            docsWithBoth += 1;
            both = true;
          }
        }
        if (both) hopsWithBoth += 1;
        else ok = false;
      }
      if (ok) evidenceOk += 1;
      const k = kShortestPaths(graph, from, to, 5, options);
      if (k.some((p) => p.nodes.map((n) => personOf.get(n)).filter((q, i, all) => i === 0 || q !== all[i - 1]).join('>') === chain.join('>'))) inTopFive += 1;
      if (shown < examples && thread.hops.length >= 2) {
        shown += 1;
        const name = (n: string): string => `${graph.getNodeAttribute(n, 'label')} [${personOf.get(n) ?? '?'}]`;
        console.log(`    example: chain ${chain.join(' – ')}; thread ${thread.hops.map((h) => `${name(h.from)} —${h.edges.map((e) => `${e.type}×${e.count}`).join('/')} docs ${[...new Set(h.edges.flatMap((e) => e.evidence.map((v) => v.doc)))].slice(0, 3).join(',')}→ `).join('')}${name(thread.nodes[thread.nodes.length - 1] as string)}`);
      }
    }
    const n = chains.length;
    console.log(`  ${label}:`);
    console.log(`    thread found ${found}/${n}; every hop a true transaction/e-mail link ${trueLinks}/${n} (${pct(trueLinks, n)}), of which with the truth's fewest hops ${minimal}`);
    console.log(`    exactly the sampled chain's intermediaries ${exact}/${n} (${pct(exact, n)}); the sampled chain among the 5 cheapest threads ${inTopFive}/${n} (${pct(inTopFive, n)})`);
    console.log(
      `    evidence: threads whose every hop cites a document containing both ends ${evidenceOk}/${found} (${pct(evidenceOk, found)}); hops ${hopsWithBoth}/${hopsTotal} (${identityHops} between two entities of one person); cited documents containing both ends ${docsWithBoth}/${docsCited} (${pct(docsWithBoth, docsCited)})`,
    );
    console.log(`    hops that are no truth transaction/e-mail link, by their cheapest edge: ${JSON.stringify(offTruth)}`);
    timing('shortest path', times);
  };

  let t = performance.now();
  const plain = buildGraph(caseEdges(data), data.nodes);
  console.log(`  graph from mentions alone: ${graph_(plain)} (${s(t)})`);
  evaluate(plain, {}, 'mentions alone, all edge types', 2);
  evaluate(plain, { types: ['communicated', 'paid', 'has-selector'] }, 'mentions alone, typed edges only');

  t = performance.now();
  const stage = stageEdges(data);
  const staged = buildGraph(stage.edges, data.nodes);
  console.log(
    `  graph as the analysis stage builds it (money analyser's ${stage.transactions} transactions, ${stage.resolved} with payer and payee resolved to two entities): ${graph_(staged)} (${s(t)})`,
  );
  evaluate(staged, {}, 'analysis stage, all edge types', 2);
  evaluate(staged, { types: ['communicated', 'paid'] }, 'analysis stage, paid and communicated only');

  // Oracle payments: the truth's transactions, payer and payee mapped to entities, cited by sheet row.
  const payments = new Map<number, Payment[]>();
  let mapped = 0;
  for (const tx of truth.transactions) {
    const row = rowOf.get(tx.document);
    const payer = tx.payer.person ? entityOf.get(tx.payer.person) : undefined;
    const payee = tx.payee.person ? entityOf.get(tx.payee.person) : undefined;
    if (row === undefined || !payer || !payee) continue;
    mapped += 1;
    const p: Payment = { payer, payee, amount: tx.amount, currency: tx.currency, usd: tx.usd };
    if (tx.sheet !== undefined) p.sheet = tx.sheet;
    if (tx.row !== undefined) p.row = tx.row;
    (payments.get(row) ?? payments.set(row, []).get(row)!).push(p);
  }
  t = performance.now();
  const withPay = buildGraph(caseEdges(data, payments), data.nodes);
  console.log(`  graph with ${mapped}/${truth.transactions.length} truth transactions as payments (oracle): ${graph_(withPay)} (${s(t)})`);
  evaluate(withPay, {}, 'with payments, all edge types', 2);
  evaluate(withPay, { types: ['communicated', 'paid'] }, 'with payments, paid and communicated only');
}

function graph_(g: CaseGraph): string {
  return `${g.order} nodes, ${g.size} edges ${JSON.stringify(edgesByType(g))}`;
}

// ---------------------------------------------------------------------------------------------------------------

console.log(`bench/graph.ts — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`);
let data: CaseData | undefined;
if (!skip.has('case') || !skip.has('threads')) {
  const t = performance.now();
  data = openCase();
  if (data) console.log(`case loaded in ${s(t)} (${mb(statSync(CASE_DB).size)} database)`);
  else console.log(`no case at ${SOURCE_DB}: sections 1 and 4 skipped`);
}
const caseGraph = data && !skip.has('case') ? sectionCase(data) : undefined;
if (!skip.has('scale')) sectionScale();
if (!skip.has('betweenness')) sectionBetweenness(caseGraph);
if (data && !skip.has('threads')) {
  if (existsSync(TRUTH)) sectionThreads(data);
  else console.log(`no truth at ${TRUTH}: section 4 skipped`);
}
data?.db.close();
