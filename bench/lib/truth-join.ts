/**
 * Joins a haul's truth to the documents a case extracted from it: a truth document is found by its path inside
 * the haul and its container chain (zip entries, Message-IDs, attachment names), exactly as intake recorded them.
 */
import type Database from 'better-sqlite3';
import type { Truth, TruthDocument } from '../../src/haul/truth.js';

export interface JoinedDocument {
  truth: TruthDocument;
  rowid: number;
  text: string;
  languages: string[];
  mime: string;
}

export function joinTruth(db: Database.Database, truth: Truth): { joined: JoinedDocument[]; missing: TruthDocument[] } {
  const find = db.prepare(
    `SELECT d.rowid AS rowid, d.text AS text, d.languages AS languages, d.mime AS mime
       FROM files f JOIN documents d ON d.sha256 = f.sha256
      WHERE f.path = ? AND f.chain = ? AND d.status = 'done' LIMIT 1`,
  );
  const joined: JoinedDocument[] = [];
  const missing: TruthDocument[] = [];
  for (const t of truth.documents) {
    const row = find.get(t.path, t.inner.join('\u001f')) as { rowid: number; text: string | null; languages: string | null; mime: string } | undefined;
    if (!row) {
      missing.push(t);
      continue;
    }
    joined.push({ truth: t, rowid: row.rowid, text: row.text ?? '', languages: JSON.parse(row.languages ?? '[]') as string[], mime: row.mime });
  }
  return { joined, missing };
}
