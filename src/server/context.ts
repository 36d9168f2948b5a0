/**
 * What every route shares: the open case, its link graph (built on first use, rebuilt after a correction), and a
 * lock. Corrections and watchlist imports rewrite the case inside one long transaction on the same connection
 * (re-resolution, screening, re-analysis), so they run one at a time and every other request waits for them.
 */
import { basename } from 'node:path';
import type { CaseGraph } from '../analysis/graph/build.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { loadGraph } from '../workbench/graph.js';

export class ServerContext {
  private cachedGraph: CaseGraph | undefined;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: SqliteCaseStore,
    /** The case folder's name, shown by /api/health. */
    readonly caseName: string = basename(store.dir),
  ) {}

  /** The link graph, built from the stored edges once and kept until the case changes. */
  graph(): CaseGraph {
    this.cachedGraph ??= loadGraph(this.store);
    return this.cachedGraph;
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
        this.cachedGraph = undefined;
      }
    });
    this.writing = run;
    return run;
  }
}
