/**
 * The ingest runner (the imperative shell): registers the source, walks and hashes its files into the blob store,
 * then extracts every pending document in a worker pool, recursing into containers, while the main thread
 * batches the database writes. Every step is idempotent, so a killed run, run again, ends exactly where an
 * uninterrupted one would.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { digestBytes, digestFile, type Digests } from '../store/blobs.js';
import { walk, type WalkedFile } from '../intake/walk.js';
import { readHead, sniff, SNIFF_BYTES } from '../intake/sniff.js';
import { DEFAULT_LIMITS, type Child, type Limits } from '../extract/types.js';
import { EXTRACTOR_VERSION } from '../extract/registry.js';
import { ENTITIES_VERSION } from '../entities/registry.js';
import { recogniseStage } from './recognise-stage.js';
import { resolveStage } from './resolve-stage.js';
import { screenStage } from './screen-stage.js';
import { analyseStage } from './analyse-stage.js';
import type { PendingDocument } from '../store/case-store.js';
import type { ExtractOutcome, ExtractTask } from './extract-task.js';
import { docDateOf, structureOf } from './document-facts.js';

export interface IngestOptions {
  caseDir: string;
  paths: string[];
  label?: string;
  custodian?: string;
  seizedAt?: string;
  seizedWhere?: string;
  actor?: string;
  ocr?: boolean;
  /** Run the entities stage (recognition, resolution, screening); default true. Off only to measure its cost. */
  entities?: boolean;
  workers?: number;
  limits?: Partial<Limits>;
  /** Deepest container nesting unpacked (a zip in a zip in a mail is depth 3). */
  maxDepth?: number;
  onProgress?: (p: IngestProgress) => void;
}

export interface IngestProgress {
  phase: 'walk' | 'extract';
  files: number;
  bytes: number;
  done: number;
  total: number;
  errors: number;
}

export interface IngestSummary {
  source: string;
  files: number;
  bytes: number;
  newDocuments: number;
  extracted: number;
  errors: number;
  ms: number;
  walkMs: number;
  /** Extraction, with recognition of each document's mentions in the same worker task. */
  extractMs: number;
  /** Entities after resolution, of which persons; screening hits against imported watchlists. */
  entities: number;
  persons: number;
  screeningHits: number;
  /** Recognition of documents left from older versions, resolution and screening. */
  resolveMs: number;
  recognisedLater: number;
  /** The analysis stage: transactions, country triage, timeline and graph edges. */
  analyseMs: number;
  transactions: number;
}

const WALK_BATCH = 200;
/** Files up to this size are read into memory once; larger ones are streamed. */
const IN_MEMORY_BYTES = 32 * 1024 * 1024;
/** Files hashed and stored at the same time during the walk (overlaps disk waits). */
const INTAKE_CONCURRENCY = 4;

/** The worker script: the compiled .js beside this file, or the .ts source run through tsx (tests, dev). */
function workerFile(): { filename: string; execArgv: string[] } {
  const js = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  if (existsSync(js)) return { filename: js, execArgv: [] };
  return { filename: fileURLToPath(new URL('./extract-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}

export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const store = SqliteCaseStore.open(opts.caseDir);
  const limits: Limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const maxDepth = opts.maxDepth ?? 5;
  const actor = opts.actor ?? userInfo().username;
  const roots = opts.paths.map((p) => resolve(p));
  for (const r of roots) if (!existsSync(r)) throw new Error(`no such file or folder: ${r}`);
  const label = opts.label ?? basename(roots[0] as string);
  const { source } = store.registerSource({ label, roots, actor, ...pick(opts, ['custodian', 'seizedAt', 'seizedWhere']) });
  const progress: IngestProgress = { phase: 'walk', files: 0, bytes: 0, done: 0, total: 0, errors: 0 };
  const report = () => opts.onProgress?.({ ...progress });
  let newDocuments = 0;

  // 1. Walk, hash, store blobs, record files (batched; a resumed walk skips recorded paths). The walk runs
  //    alongside extraction: documents are extracted as soon as their files are recorded.
  let batch: (() => void)[] = [];
  const flush = () => {
    const work = batch;
    batch = [];
    if (work.length > 0) store.transaction(() => work.forEach((w) => w()));
  };
  const intake = async (f: WalkedFile) => {
    const name = basename(f.abs);
    let digests: Digests;
    let head: Uint8Array;
    if (f.size <= IN_MEMORY_BYTES) {
      // Small files are read once: hashed, stored and sniffed from the same bytes.
      const bytes = new Uint8Array(await readFile(f.abs));
      digests = digestBytes(bytes);
      await store.blobs.putBytes(digests.sha256, bytes);
      head = bytes.subarray(0, SNIFF_BYTES);
    } else {
      digests = await digestFile(f.abs);
      await store.blobs.putFile(digests.sha256, f.abs);
      head = await readHead(f.abs);
    }
    const known = store.isKnown(digests);
    const mime = await sniff(head, name);
    batch.push(() => {
      if (store.recordFile({ sourceId: source.id, parentId: null, path: f.path, chain: [], name, digests, mime, stored: true, mtime: f.mtime, ctime: f.ctime, atime: f.atime, depth: 0 }, known).newContent) newDocuments += 1;
    });
  };
  let walkDone = false;
  let walkMs = 0;
  const walking = (async () => {
    const running = new Set<Promise<void>>();
    for await (const f of walk(roots)) {
      progress.files += 1;
      progress.bytes += f.size;
      if (store.hasFile(source.id, f.path)) continue;
      const p = intake(f).finally(() => running.delete(p));
      running.add(p);
      if (running.size >= INTAKE_CONCURRENCY) await Promise.race(running);
      if (batch.length >= WALK_BATCH) flush();
      if (progress.files % 50 === 0) report();
    }
    await Promise.all(running);
    flush();
    walkMs = performance.now() - t0;
    walkDone = true;
    report();
  })();
  walking.catch(() => undefined);

  // 2. Extract pending documents in workers; children become new pending documents.
  store.requeueOlderThan(EXTRACTOR_VERSION);
  const workers = opts.workers ?? Math.max(1, availableParallelism());
  const { filename, execArgv } = workerFile();
  const pool = new Piscina({ filename, execArgv, minThreads: workers, maxThreads: workers, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  progress.phase = 'extract';
  const countPending = () => (store.db.prepare("SELECT count(*) n FROM documents WHERE status = 'pending'").get() as { n: number }).n;
  progress.total = countPending();
  const inFlight = new Map<string, Promise<void>>();
  /** Documents whose results wait in `writes`: still 'pending' in the database, but not to be sent again. */
  const unflushed = new Set<string>();
  let writes: (() => void)[] = [];
  let lastFlush = performance.now();
  const flushWrites = (force = false) => {
    if (writes.length === 0 || (!force && writes.length < 50 && performance.now() - lastFlush < 500)) return;
    const work = writes;
    writes = [];
    lastFlush = performance.now();
    store.transaction(() => work.forEach((w) => w()));
    unflushed.clear();
  };

  const handle = async (doc: PendingDocument, outcome: ExtractOutcome) => {
    if (!outcome.ok) {
      progress.errors += 1;
      writes.push(() => store.markError(doc.sha256, outcome.reason, outcome.message, EXTRACTOR_VERSION));
      return;
    }
    const childWrites = await storeChildren(store, doc, outcome.extracted.children ?? [], maxDepth, limits);
    const e = outcome.extracted;
    writes.push(() => {
      store.db.prepare('UPDATE documents SET mime = ? WHERE sha256 = ?').run(outcome.mime, doc.sha256);
      for (const w of childWrites) if (w()) newDocuments += 1;
      const record = {
        sha256: doc.sha256,
        text: e.text,
        languages: outcome.languages,
        method: e.method ?? (e.text ? 'text-layer' : 'none'),
        structure: structureOf(e),
        metadata: e.metadata,
        terms: outcome.terms,
        titleTerms: outcome.titleTerms,
        ...(e.title ? { title: e.title } : {}),
        ...(e.ocrConfidence !== undefined ? { ocrConfidence: e.ocrConfidence } : {}),
        ...(e.pages ? { pageCount: e.pages.length } : {}),
      };
      const date = docDateOf(e);
      const rowid = store.saveExtraction(date ? { ...record, docDate: date } : record, EXTRACTOR_VERSION);
      if (opts.entities !== false) store.entities.saveMentions(rowid, outcome.mentions, ENTITIES_VERSION, outcome.entityErrors.join('; ') || undefined);
    });
  };

  const t1 = performance.now();
  try {
    for (;;) {
      const room = workers * 3 - inFlight.size;
      const next = room > 0 ? store.pending(room, new Set([...inFlight.keys(), ...unflushed])) : [];
      for (const doc of next) {
        const task: ExtractTask = { blobPath: store.blobs.pathOf(doc.sha256), name: doc.name, limits, ocr: opts.ocr ?? true, entities: opts.entities ?? true };
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
        const p = (pool.run(task, { signal: controller.signal }) as Promise<ExtractOutcome>)
          .catch((err: unknown): ExtractOutcome => {
            const aborted = controller.signal.aborted;
            return { ok: false, mime: doc.mime, reason: aborted ? 'timeout' : 'corrupt', message: aborted ? `extraction took longer than ${limits.timeoutMs} ms` : `worker failed: ${(err as Error).message}` };
          })
          .then((outcome) => handle(doc, outcome))
          .finally(() => {
            unflushed.add(doc.sha256);
            clearTimeout(timer);
            inFlight.delete(doc.sha256);
            progress.done += 1;
            report();
          });
        inFlight.set(doc.sha256, p);
      }
      if (inFlight.size === 0) {
        flushWrites(true);
        if (walkDone && countPending() === 0) break;
        // Nothing to extract yet: wait for the walk to record more files.
        if (next.length === 0) await Promise.race([walking, new Promise((r) => setTimeout(r, 25))]);
        continue;
      }
      await Promise.race(inFlight.values());
      flushWrites();
      progress.total = progress.done + countPending() - unflushed.size;
    }
    await walking;
  } finally {
    await walking.catch(() => undefined);
    await pool.destroy();
  }
  flushWrites(true);
  // Entities: documents not recognised with the current recognisers (older cases), then resolution and
  // screening over the whole case.
  const t2 = performance.now();
  const withEntities = opts.entities !== false;
  const recognised = withEntities ? recogniseStage(store) : { documents: 0 };
  const resolved = withEntities ? resolveStage(store) : { entities: 0, persons: 0 };
  const screened = withEntities && store.entities.watchlists().length > 0 ? screenStage(store) : undefined;
  const analysed = withEntities ? await analyseStage(store, opts.workers ? { workers: opts.workers } : {}) : undefined;
  const summary: IngestSummary = {
    source: label,
    files: progress.files,
    bytes: progress.bytes,
    newDocuments,
    extracted: progress.done,
    errors: progress.errors,
    ms: performance.now() - t0,
    walkMs,
    extractMs: t2 - t1,
    entities: resolved.entities,
    persons: resolved.persons,
    screeningHits: screened?.hits ?? 0,
    resolveMs: analysed ? performance.now() - t2 - analysed.ms : performance.now() - t2,
    analyseMs: analysed?.ms ?? 0,
    transactions: analysed?.transactions ?? 0,
    recognisedLater: recognised.documents,
  };
  store.custody(source.id, actor, 'ingested', { files: summary.files, bytes: summary.bytes, newDocuments, errors: summary.errors });
  store.close();
  return summary;
}

/** Hashes and stores a document's children; returns the writes that record them (run inside the batch). */
async function storeChildren(store: SqliteCaseStore, parent: PendingDocument, children: Child[], maxDepth: number, limits: Limits): Promise<(() => boolean)[]> {
  const out: (() => boolean)[] = [];
  const depth = parent.depth + 1;
  for (const child of children) {
    const chain = [...parent.chain, child.name];
    const base = { sourceId: parent.sourceId, parentId: parent.fileId, path: parent.path, chain, name: basename(child.name), depth };
    let error = child.error ? `${child.error.reason}: ${child.error.message}` : undefined;
    if (!error && depth > maxDepth) error = `limit: container nesting deeper than ${maxDepth}`;
    if (!error && child.bytes && child.bytes.byteLength > limits.maxBytes) error = `too-big: ${child.bytes.byteLength} bytes`;
    if (error || !child.bytes) {
      // A member that cannot be read: recorded under a synthetic id (its place, not its content) with the reason.
      const digests = digestBytes(new TextEncoder().encode(`unreadable\u0000${parent.sha256}\u0000${chain.join('\u001f')}`));
      out.push(() => store.recordFile({ ...base, digests: { ...digests, size: 0 }, mime: 'application/x-unreadable', stored: false, error: error ?? 'corrupt: no bytes' }, false).newContent);
      continue;
    }
    const digests = digestBytes(child.bytes);
    const known = store.isKnown(digests);
    await store.blobs.putBytes(digests.sha256, child.bytes);
    const mime = await sniff(child.bytes.subarray(0, SNIFF_BYTES), child.name);
    out.push(() => store.recordFile({ ...base, digests, mime, stored: true }, known).newContent);
  }
  return out;
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

