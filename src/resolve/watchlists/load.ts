/**
 * Reading a watchlist file (I/O edge): the format is told from the content, not the name. UN consolidated XML;
 * the OFAC SDN legacy CSV (its alt.csv alias file is read from beside it when present); a plain CSV with a header
 * or a JSON array.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseOfacSdn } from './ofac.js';
import { parsePlainWatchlist } from './plain.js';
import type { WatchlistEntry } from './types.js';
import { parseUnConsolidated } from './un.js';

export interface LoadedWatchlist {
  format: 'un-xml' | 'ofac-sdn-csv' | 'plain-csv' | 'plain-json';
  entries: WatchlistEntry[];
  sha256: string;
  /** Other files read (OFAC's alt.csv). */
  companions: string[];
}

/** OFAC legacy rows: a number, a name (quoted or not), then a type field ("individual", "-0- ", vessel, aircraft). */
const OFAC_ROW = /^\d+,("[^"]*"|[^,\n]*),"?(individual|vessel|aircraft|-0- ?)"?,/m;

export function loadWatchlist(file: string, name: string): LoadedWatchlist {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const head = text.slice(0, 4096);
  if (/^\s*<\?xml|<CONSOLIDATED_LIST/i.test(head)) return { format: 'un-xml', entries: retag(parseUnConsolidated(text), name), sha256, companions: [] };
  if (OFAC_ROW.test(head)) {
    const alt = join(dirname(file), basename(file).replace(/sdn/i, 'alt'));
    const hasAlt = alt !== file && existsSync(alt);
    const entries = parseOfacSdn(text, hasAlt ? readFileSync(alt, 'utf8') : '', { list: name });
    return { format: 'ofac-sdn-csv', entries: retag(entries, name), sha256, companions: hasAlt ? [alt] : [] };
  }
  const json = text.trimStart().startsWith('[');
  return { format: json ? 'plain-json' : 'plain-csv', entries: parsePlainWatchlist(text, { list: name }), sha256, companions: [] };
}

function retag(entries: WatchlistEntry[], list: string): WatchlistEntry[] {
  return entries.map((e) => ({ ...e, list }));
}
