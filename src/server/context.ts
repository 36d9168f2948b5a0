/**
 * What every route shares: the open case, its link graph (built on first use, rebuilt after a correction), and a
 * lock. Corrections and watchlist imports rewrite the case inside one long transaction on the same connection
 * (re-resolution, screening, re-analysis), so they run one at a time and every other request waits for them.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MultiUndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { CaseGraph, EdgeAttributes, NodeAttributes } from '../analysis/graph/build.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { loadGraph } from '../workbench/graph.js';

/** The compiled warm-up worker (absent when the server runs from the TypeScript sources, as in the tests). */
const WARMUP = fileURLToPath(new URL('./graph-warmup.js', import.meta.url));

/** Where the link graph is: not built yet, being built by the warm-up worker, or ready. */
export type GraphState = 'none' | 'building' | 'ready';

export class ServerContext {
  private cachedGraph: CaseGraph | undefined;
  private writing: Promise<unknown> = Promise.resolve();
  /** Bumped by every write: a warm-up started before a write is thrown away. */
  private generation = 0;
  private warmup: Worker | undefined;

  constructor(
    readonly store: SqliteCaseStore,
    /** The case folder's name, shown by /api/health. */
    readonly caseName: string = basename(store.dir),
  ) {}

  /** The link graph, built from the stored edges once and kept until the case changes. */
  graph(): CaseGraph {
    if (!this.cachedGraph) {
      // Asked before the warm-up is done: build it here, and let the warm-up's result go.
      this.stopWarmup();
      this.cachedGraph = loadGraph(this.store);
    }
    return this.cachedGraph;
  }

  get graphState(): GraphState {
    return this.cachedGraph ? 'ready' : this.warmup ? 'building' : 'none';
  }

  /**
   * Builds the link graph in a worker thread, so that the first graph request finds it ready. The worker's result
   * is taken only if no write has changed the case meanwhile and no request has built the graph itself. Does
   * nothing when the compiled worker is absent. `onReady` hears how long the build took.
   */
  warmGraph(onReady?: (info: { nodes: number; edges: number; ms: number }) => void): void {
    if (this.cachedGraph || this.warmup || !existsSync(WARMUP)) return;
    const generation = this.generation;
    const worker = new Worker(WARMUP, { workerData: { dir: this.store.dir } });
    this.warmup = worker;
    worker.unref();
    worker.once('message', (m: { graph: SerializedGraph<NodeAttributes, EdgeAttributes>; ms: number }) => {
      if (this.warmup !== worker) return;
      this.warmup = undefined;
      if (this.cachedGraph || generation !== this.generation) return;
      this.cachedGraph = MultiUndirectedGraph.from(m.graph) as CaseGraph;
      onReady?.({ nodes: this.cachedGraph.order, edges: this.cachedGraph.size, ms: m.ms });
    });
    worker.once('error', () => {
      // The graph is then built on first use, as without the worker.
      if (this.warmup === worker) this.warmup = undefined;
    });
  }

  private stopWarmup(): void {
    if (!this.warmup) return;
    void this.warmup.terminate();
    this.warmup = undefined;
  }

  /** Waits until no write is running (reads call this first so they never see a half-rebuilt case). */
  async idle(): Promise<void> {
    await this.writing.catch(() => undefined);
  }

  /** Runs a write after the writes before it; the cached graph is dropped when it ends. */
  exclusive<T>(write: () => Promise<T> | T): Promise<T> {
    const run = this.writing.catch(() => undefined).then(async () => {
      try {
        return await write();
      } finally {
        this.generation++;
        this.stopWarmup();
        this.cachedGraph = undefined;
      }
    });
    this.writing = run;
    return run;
  }
}
