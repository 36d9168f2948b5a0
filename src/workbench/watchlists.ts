/** Importing a watchlist (replacing one of the same name) and screening the case against it: the CLI and the workbench. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { screenStage } from '../ingest/screen-stage.js';
import { loadWatchlist, type LoadedWatchlist } from '../resolve/watchlists/load.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { BadInputError } from './errors.js';

export interface ImportSummary {
  list: string;
  format: string;
  entries: number;
  sha256: string;
  screened: number;
  hits: number;
}

/** Imports a list file and screens every entity against it. */
export function importWatchlist(store: SqliteCaseStore, file: string, name: string, actor: string): ImportSummary {
  const loaded = loadWatchlist(file, name);
  return saveAndScreen(store, loaded, name, actor, [resolve(file), ...loaded.companions].join(' + '));
}

/** Imports a list sent as text (an upload): written under its file name in a temporary folder, then read like a file. */
export function importWatchlistText(store: SqliteCaseStore, name: string, filename: string, content: string, actor: string): ImportSummary {
  const safe = basename(filename).replace(/[^\p{L}\p{N}._-]/gu, '_') || 'list.txt';
  const dir = mkdtempSync(join(tmpdir(), 'ariadne-watchlist-'));
  try {
    const file = join(dir, safe);
    writeFileSync(file, content);
    let loaded: LoadedWatchlist;
    try {
      loaded = loadWatchlist(file, name);
    } catch (e) {
      throw new BadInputError(`${safe}: ${(e as Error).message}`);
    }
    if (loaded.entries.length === 0) throw new BadInputError(`${safe}: no entries read (UN consolidated XML, OFAC sdn.csv, or a plain CSV or JSON list)`);
    return saveAndScreen(store, loaded, name, actor, `upload: ${safe}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function saveAndScreen(store: SqliteCaseStore, loaded: LoadedWatchlist, name: string, actor: string, source: string): ImportSummary {
  store.transaction(() =>
    store.entities.saveWatchlist(
      { name, format: loaded.format, source, sha256: loaded.sha256, importedBy: actor },
      loaded.entries.map((e) => ({ ref: e.id, kind: e.kind, entry: e })),
    ),
  );
  const s = screenStage(store, { list: name });
  return { list: name, format: loaded.format, entries: loaded.entries.length, sha256: loaded.sha256, screened: s.entities, hits: s.hits };
}
