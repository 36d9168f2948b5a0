/** Finding a document by its sha256 or a unique prefix of it, with errors that say which kind of failure it was. */
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { BadInputError, NotFoundError } from './errors.js';

/** The document's sha256 from an id or prefix of at least `minLength` hex characters. */
export function findDocument(store: SqliteCaseStore, id: string, minLength = 8): string {
  const p = id.toLowerCase();
  if (!new RegExp(`^[0-9a-f]{${minLength},64}$`).test(p)) throw new BadInputError(`'${id}' is not a document id (sha256, or at least ${minLength} of its hex characters)`);
  const rows = store.db.prepare('SELECT sha256 FROM documents WHERE sha256 >= ? AND sha256 < ? LIMIT 2').all(p, p + 'g') as { sha256: string }[];
  if (rows.length === 0) throw new NotFoundError(`no document ${id}`);
  if (rows.length > 1) throw new BadInputError(`'${id}' is ambiguous: give more characters`);
  return rows[0]!.sha256;
}
