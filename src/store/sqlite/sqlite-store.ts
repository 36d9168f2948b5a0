/**
 * The embedded case store: one folder with case.db (SQLite in WAL mode, FTS5) and blobs/. Only this file and
 * schema.ts hold SQL.
 */
import Database from 'better-sqlite3';
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BlobStore } from '../blobs.js';
import { MIGRATIONS } from './schema.js';
import { loadRanker, type RankerName } from './ranker.js';
import { facetsOf, TYPE_GROUPS, yearsBetween } from './facets.js';

export { facetsOf, TYPE_GROUPS };
import { SqliteEntityStore } from './entity-store.js';
import { SqliteAnalysisStore } from './analysis-store.js';
import type {
  DocumentRow,
  ExtractionRecord,
  FileInput,
  Occurrence,
  PendingDocument,
  SearchFilters,
  SearchRow,
  Source,
  SourceInput,
} from '../case-store.js';

const SEP = '\u001f';
const now = () => new Date().toISOString();

export class SqliteCaseStore {
  readonly db: Database.Database;
  readonly blobs: BlobStore;
  /** Mentions, entities, overrides, watchlists and screening hits. */
  readonly entities: SqliteEntityStore;
  /** Transactions, country verdicts and timeline events. */
  readonly analysis: SqliteAnalysisStore;
  /** What search ranks with: FTS5's bm25(), or the same scores from the ariadne_rank extension (ranker.ts). */
  readonly ranker: { expr: string; name: RankerName };

  private constructor(readonly dir: string) {
    this.db = new Database(join(dir, 'case.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.blobs = new BlobStore(join(dir, 'blobs'));
    this.migrate();
    this.ranker = loadRanker(this.db);
    this.entities = new SqliteEntityStore(this.db);
    this.analysis = new SqliteAnalysisStore(this.db);
  }

  /** Opens (creating if needed) the case folder. */
  static open(dir: string, opts: { create?: boolean } = {}): SqliteCaseStore {
    const abs = resolve(dir);
    if (!existsSync(join(abs, 'case.db'))) {
      if (opts.create === false) throw new Error(`no case at ${abs} (case.db missing): ingest something first`);
      mkdirSync(join(abs, 'blobs'), { recursive: true });
      mkdirSync(join(abs, 'derived'), { recursive: true });
      writeFileSync(join(abs, 'ariadne.json'), JSON.stringify({ format: 'ariadne-case', version: 1, created: now() }, null, 2) + '\n');
    }
    return new SqliteCaseStore(abs);
  }

  close(): void {
    this.db.close();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        const m = MIGRATIONS[v]!;
        if (typeof m === 'string') this.db.exec(m);
        else m(this.db);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // ---- sources and custody ----

  /** Registers a source, or returns the one with the same label (a re-ingest) and logs the event. */
  registerSource(input: SourceInput): { source: Source; created: boolean } {
    const existing = this.db.prepare('SELECT * FROM sources WHERE label = ?').get(input.label) as Record<string, unknown> | undefined;
    if (existing) {
      const source = rowToSource(existing);
      this.custody(source.id, input.actor, 'ingest-again', { roots: input.roots });
      return { source, created: false };
    }
    const at = now();
    const info = this.db
      .prepare('INSERT INTO sources (label, roots, custodian, seized_at, seized_where, registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(input.label, JSON.stringify(input.roots), input.custodian ?? null, input.seizedAt ?? null, input.seizedWhere ?? null, at, input.actor);
    const id = Number(info.lastInsertRowid);
    this.custody(id, input.actor, 'registered', { roots: input.roots, custodian: input.custodian, seizedAt: input.seizedAt, seizedWhere: input.seizedWhere });
    return { source: { ...input, id, registeredAt: at }, created: true };
  }

  custody(sourceId: number, actor: string, action: string, details: unknown): void {
    this.db.prepare('INSERT INTO custody_events (source_id, at, actor, action, details) VALUES (?, ?, ?, ?, ?)').run(sourceId, now(), actor, action, JSON.stringify(details));
  }

  sources(): Source[] {
    return (this.db.prepare('SELECT * FROM sources ORDER BY id').all() as Record<string, unknown>[]).map(rowToSource);
  }

  custodyEvents(sourceId: number): { at: string; actor: string; action: string; details: unknown }[] {
    return (this.db.prepare('SELECT at, actor, action, details FROM custody_events WHERE source_id = ? ORDER BY id').all(sourceId) as { at: string; actor: string; action: string; details: string }[]).map((r) => ({
      ...r,
      details: JSON.parse(r.details) as unknown,
    }));
  }

  // ---- known files ----

  importKnown(hashes: { hash: string; name?: string }[], list: string): number {
    const stmt = this.db.prepare('INSERT OR IGNORE INTO known_hashes (hash, list, name) VALUES (?, ?, ?)');
    let n = 0;
    this.transaction(() => {
      for (const h of hashes) n += stmt.run(h.hash.toLowerCase(), list, h.name ?? null).changes;
    });
    // Documents already in the case that match become known, and leave the search index.
    const matching = `SELECT b.sha256 FROM blobs b JOIN known_hashes k ON k.hash IN (b.sha256, b.sha1, b.md5)`;
    this.db.exec(`DELETE FROM doc_fts WHERE rowid IN (SELECT rowid FROM documents WHERE sha256 IN (${matching}))`);
    this.db.exec(`UPDATE documents SET status = 'known' WHERE status IN ('pending', 'done') AND sha256 IN (${matching})`);
    return n;
  }

  isKnown(d: { sha256: string; sha1: string; md5: string }): boolean {
    return this.db.prepare('SELECT 1 FROM known_hashes WHERE hash IN (?, ?, ?) LIMIT 1').get(d.sha256, d.sha1, d.md5) !== undefined;
  }

  // ---- files, blobs, documents ----

  /**
   * Records where a blob was found (idempotent: the same source, path and chain is one row), the blob, and a
   * pending document for new content. Returns the file id and whether the content is new to the case.
   */
  recordFile(f: FileInput, known: boolean): { fileId: number; newContent: boolean } {
    this.db.prepare('INSERT OR IGNORE INTO blobs (sha256, sha1, md5, size, mime, stored) VALUES (?, ?, ?, ?, ?, ?)').run(f.digests.sha256, f.digests.sha1, f.digests.md5, f.digests.size, f.mime, f.stored ? 1 : 0);
    const chain = f.chain.join(SEP);
    this.db
      .prepare('INSERT OR IGNORE INTO files (source_id, parent_id, path, chain, name, sha256, size, mtime, ctime, atime, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(f.sourceId, f.parentId, f.path, chain, f.name, f.digests.sha256, f.digests.size, f.mtime ?? null, f.ctime ?? null, f.atime ?? null, f.error ?? null);
    const fileId = (this.db.prepare('SELECT id FROM files WHERE source_id = ? AND path = ? AND chain = ?').get(f.sourceId, f.path, chain) as { id: number }).id;
    let status = known ? 'known' : 'pending';
    if (f.error) status = 'error';
    const info = this.db
      .prepare('INSERT OR IGNORE INTO documents (sha256, mime, depth, status, error_reason, error_message) VALUES (?, ?, ?, ?, ?, ?)')
      .run(f.digests.sha256, f.mime, f.depth, status, f.error ? f.error.split(':')[0] : null, f.error ?? null);
    return { fileId, newContent: info.changes > 0 };
  }

  /** True when a top-level file of this source and path is already recorded (a resumed walk skips it). */
  hasFile(sourceId: number, path: string): boolean {
    return this.db.prepare("SELECT 1 FROM files WHERE source_id = ? AND path = ? AND chain = ''").get(sourceId, path) !== undefined;
  }

  /** Pending documents with one place each was found, oldest first. */
  pending(limit: number, exclude: ReadonlySet<string> = new Set()): PendingDocument[] {
    const rows = this.db
      .prepare(
        `SELECT d.sha256, d.mime, d.depth, f.id AS fileId, f.source_id AS sourceId, f.path, f.chain, f.name
         FROM documents d JOIN files f ON f.id = (SELECT id FROM files WHERE sha256 = d.sha256 ORDER BY id LIMIT 1)
         WHERE d.status = 'pending' ORDER BY d.rowid LIMIT ?`,
      )
      .all(limit + exclude.size) as (Omit<PendingDocument, 'chain'> & { chain: string })[];
    return rows
      .filter((r) => !exclude.has(r.sha256))
      .slice(0, limit)
      .map((r) => ({ ...r, chain: r.chain === '' ? [] : r.chain.split(SEP) }));
  }

  /** Stores an extraction; returns the document's rowid. */
  saveExtraction(e: ExtractionRecord, version: number): number {
    const doc = this.db.prepare('SELECT rowid, mime FROM documents WHERE sha256 = ?').get(e.sha256) as { rowid: number; mime: string } | undefined;
    if (!doc) throw new Error(`saveExtraction: unknown document ${e.sha256}`);
    this.db
      .prepare(
        `UPDATE documents SET status = 'done', error_reason = NULL, error_message = NULL, title = ?, text = ?, languages = ?, method = ?,
         ocr_confidence = ?, page_count = ?, structure = ?, metadata = ?, doc_date = ?, extractor_version = ?, extracted_at = ? WHERE rowid = ?`,
      )
      .run(e.title ?? null, e.text, JSON.stringify(e.languages), e.method, e.ocrConfidence ?? null, e.pageCount ?? null, JSON.stringify(e.structure), JSON.stringify(e.metadata), e.docDate ?? null, version, now(), doc.rowid);
    this.db.prepare('DELETE FROM doc_fts WHERE rowid = ?').run(doc.rowid);
    if (e.terms !== '' || e.titleTerms !== '') this.db.prepare('INSERT INTO doc_fts (rowid, terms, title, facets) VALUES (?, ?, ?, ?)').run(doc.rowid, e.terms, e.titleTerms, facetsOf(doc.mime, e.languages, e.docDate ?? null));
    return doc.rowid;
  }

  markError(sha256: string, reason: string, message: string, version: number): void {
    this.db.prepare("UPDATE documents SET status = 'error', error_reason = ?, error_message = ?, extractor_version = ?, extracted_at = ? WHERE sha256 = ?").run(reason, message, version, now(), sha256);
    this.db.prepare('DELETE FROM doc_fts WHERE rowid = (SELECT rowid FROM documents WHERE sha256 = ?)').run(sha256);
  }

  /** Documents extracted by an older extractor version go back to pending (a version bump re-runs only them). */
  requeueOlderThan(version: number): number {
    // Members recorded as unreadable (no bytes, no extractor version) stay as they are.
    return this.db.prepare("UPDATE documents SET status = 'pending' WHERE status IN ('done', 'error') AND extractor_version IS NOT NULL AND extractor_version < ?").run(version).changes;
  }

  // ---- reading ----

  resolveDocument(idOrPrefix: string): string {
    const p = idOrPrefix.toLowerCase();
    if (!/^[0-9a-f]{6,64}$/.test(p)) throw new Error(`'${idOrPrefix}' is not a document id (hex, at least 6 characters)`);
    const rows = this.db.prepare('SELECT sha256 FROM documents WHERE sha256 >= ? AND sha256 < ? LIMIT 2').all(p, p + 'g') as { sha256: string }[];
    if (rows.length === 0) throw new Error(`no document ${idOrPrefix}`);
    if (rows.length > 1) throw new Error(`'${idOrPrefix}' is ambiguous: give more characters`);
    return (rows[0] as { sha256: string }).sha256;
  }

  document(sha256: string): DocumentRow & { text: string | null; structure: unknown; metadata: unknown } {
    const r = this.db.prepare(`SELECT d.*, b.size, b.md5, b.sha1 FROM documents d JOIN blobs b USING (sha256) WHERE d.sha256 = ?`).get(sha256) as Record<string, unknown>;
    return { ...rowToDocument(r), text: (r.text as string | null) ?? null, structure: parseJson(r.structure), metadata: parseJson(r.metadata) };
  }

  documents(opts: { limit?: number; offset?: number } = {}): DocumentRow[] {
    const rows = this.db
      .prepare(`SELECT d.rowid, d.sha256, d.mime, d.depth, d.status, d.error_reason, d.error_message, d.title, d.languages, d.method, d.ocr_confidence, d.page_count, d.doc_date, b.size, b.md5, b.sha1
                FROM documents d JOIN blobs b USING (sha256) ORDER BY d.rowid LIMIT ? OFFSET ?`)
      .all(opts.limit ?? -1, opts.offset ?? 0) as Record<string, unknown>[];
    return rows.map(rowToDocument);
  }

  occurrences(sha256: string): Occurrence[] {
    return (this.db.prepare('SELECT f.id, s.label, f.path, f.chain, f.name, f.mtime, f.error FROM files f JOIN sources s ON s.id = f.source_id WHERE f.sha256 = ? ORDER BY f.id').all(sha256) as Record<string, unknown>[]).map((r) => ({
      fileId: r.id as number,
      source: r.label as string,
      path: r.path as string,
      chain: (r.chain as string) === '' ? [] : (r.chain as string).split(SEP),
      name: r.name as string,
      mtime: (r.mtime as string | null) ?? null,
      error: (r.error as string | null) ?? null,
    }));
  }

  /** Counts for `status`. */
  stats(): Record<string, unknown> {
    const q = (sql: string) => this.db.prepare(sql).all();
    return {
      files: (this.db.prepare('SELECT count(*) n, coalesce(sum(size),0) bytes FROM files').get() as object),
      blobs: (this.db.prepare('SELECT count(*) n, coalesce(sum(size),0) bytes FROM blobs').get() as object),
      byStatus: q('SELECT status, count(*) n FROM documents GROUP BY status ORDER BY n DESC'),
      byType: q('SELECT mime, count(*) n FROM documents GROUP BY mime ORDER BY n DESC'),
      byLanguage: q("SELECT coalesce(json_extract(languages, '$[0]'), 'none') lang, count(*) n FROM documents WHERE status = 'done' GROUP BY lang ORDER BY n DESC"),
      byMethod: q("SELECT coalesce(method, 'none') method, count(*) n FROM documents WHERE status = 'done' GROUP BY method ORDER BY n DESC"),
      bySource: q('SELECT s.label source, count(DISTINCT f.sha256) documents, count(*) files FROM files f JOIN sources s ON s.id = f.source_id GROUP BY s.id ORDER BY s.id'),
      errors: q("SELECT error_reason reason, count(*) n, min(error_message) example FROM documents WHERE status = 'error' GROUP BY error_reason ORDER BY n DESC"),
      stages: this.stages(),
    };
  }

  /**
   * How far each stage has got: documents extracted (or skipped as known, or failed) of all; extracted documents
   * whose entities are recognised; and when the case-wide analysis last ran over how many documents. A running
   * ingest (in another process: SQLite's WAL lets this one read) moves these forward.
   */
  stages(): { documents: number; extracted: number; done: number; recognised: number; analysed: { documents: number; at: string } | null } {
    const d = this.db.prepare("SELECT count(*) n, sum(status <> 'pending') extracted, sum(status = 'done') done FROM documents").get() as { n: number; extracted: number | null; done: number | null };
    const recognised = (this.db.prepare("SELECT count(*) n FROM entity_stage e JOIN documents d ON d.rowid = e.doc WHERE d.status = 'done'").get() as { n: number }).n;
    const analysed = this.db.prepare('SELECT documents, at FROM analysis_stage ORDER BY at DESC LIMIT 1').get() as { documents: number; at: string } | undefined;
    return { documents: d.n, extracted: d.extracted ?? 0, done: d.done ?? 0, recognised, analysed: analysed ?? null };
  }

  /**
   * Full-text search: FTS5 match with BM25 (title weighted up), then filters; duplicates are one document already.
   * Filters: type/lang/source/entity/country take comma-separated alternatives; a key with a leading '-' excludes.
   */
  search(match: string | null, f: SearchFilters & Record<string, string | undefined>, limit: number, exclude: string | null = null): SearchRow[] {
    const where: string[] = ["d.status = 'done'"];
    const args: unknown[] = [];
    const values = (v: string | undefined) => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    if (match !== null) {
      // The user's words search the text columns only; type and language filters become facet terms.
      match = `{terms title} : (${match})`;
      const facet = (prefix: string, vals: string[]) => `facets : (${vals.map((v) => `"${prefix}${v.toLowerCase().replace(/[^a-z0-9]/g, '')}"`).join(' OR ')})`;
      f = { ...f };
      for (const [key, prefix] of [['type', 'ftype'], ['lang', 'flang']] as const) {
        for (const negated of [false, true]) {
          const name = negated ? `-${key}` : key;
          const vals = values(f[name]);
          if (vals.length === 0 || (key === 'type' && !vals.every((v) => TYPE_GROUPS[v.toLowerCase()]))) continue;
          match = negated ? `${match} NOT ${facet(prefix, vals)}` : `${match} AND ${facet(prefix, vals)}`;
          delete f[name];
        }
      }
      // A date range also narrows by year inside the index; the exact dates are checked below.
      const years = f.from || f.to ? yearsBetween(f.from, f.to) : null;
      if (years) match = `${match} AND facets : (${years.map((y) => `"fyear${y}"`).join(' OR ')})`;
    }
    if (exclude !== null) exclude = `{terms title} : (${exclude})`;
    const typeCond = (vals: string[]) => {
      const mimes = vals.flatMap((v) => TYPE_GROUPS[v.toLowerCase()] ?? []);
      const loose = vals.filter((v) => !TYPE_GROUPS[v.toLowerCase()]);
      const parts = [];
      if (mimes.length > 0) {
        parts.push(`d.mime IN (${mimes.map(() => '?').join(',')})`);
        args.push(...mimes);
      }
      for (const l of loose) {
        parts.push('d.mime LIKE ?');
        args.push(`%${l}%`);
      }
      return `(${parts.join(' OR ')})`;
    };
    const langCond = (vals: string[]) => {
      args.push(...vals);
      return `EXISTS (SELECT 1 FROM json_each(d.languages) WHERE value IN (${vals.map(() => '?').join(',')}))`;
    };
    const sourceCond = (vals: string[]) => {
      args.push(...vals);
      return `EXISTS (SELECT 1 FROM files fl JOIN sources s ON s.id = fl.source_id WHERE fl.sha256 = d.sha256 AND s.label IN (${vals.map(() => '?').join(',')}))`;
    };
    // The entity's documents as one list from mentions_entity: a correlated EXISTS lets the planner probe that
    // index once per document and read every mention of the entity each time (1.3 s for a place at 9,000 documents).
    const entityCond = (vals: string[]) => {
      args.push(...vals);
      return `d.rowid IN (SELECT m.doc FROM mentions m WHERE m.entity IN (${vals.map(() => '?').join(',')}))`;
    };
    // A verdict is one primary-key probe (doc, country) per document: cheaper than listing a common country's documents.
    const countryCond = (vals: string[]) => {
      args.push(...vals.map((v) => v.toUpperCase()));
      return `EXISTS (SELECT 1 FROM country_verdicts v WHERE v.doc = d.rowid AND v.country IN (${vals.map(() => '?').join(',')}))`;
    };
    const conds = [['type', typeCond], ['lang', langCond], ['source', sourceCond], ['entity', entityCond], ['country', countryCond]] as const;
    for (const [key, cond] of conds) {
      const pos = values(f[key]);
      if (pos.length > 0) where.push(cond(pos));
      const neg = values(f[`-${key}`]);
      if (neg.length > 0) where.push(`NOT ${cond(neg)}`);
    }
    if (f.from) {
      where.push('d.doc_date >= ?');
      args.push(f.from);
    }
    if (f.to) {
      where.push('d.doc_date <= ?');
      args.push(f.to + '\uffff');
    }
    if (f.path) {
      where.push("EXISTS (SELECT 1 FROM files fl WHERE fl.sha256 = d.sha256 AND fl.path LIKE ? ESCAPE '\\')");
      args.push(`%${f.path.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
    }
    if (exclude) {
      where.push('d.rowid NOT IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)');
      args.push(exclude);
    }
    if (match === null) {
      return this.db.prepare(`SELECT d.rowid, d.sha256, 0 AS rank FROM documents d WHERE ${where.join(' AND ')} ORDER BY d.rowid LIMIT ?`).all(...args, limit) as SearchRow[];
    }
    // Rank inside the index first (only documents that are 'done' have index rows), then look up the few
    // best: joining every match to documents before ranking costs as much again as the ranking itself.
    const filtered = where.length > 1;
    const k = filtered ? Math.max(limit * 50, 2000) : limit;
    const top = this.db.prepare(`SELECT rowid, ${this.ranker.expr} AS rank FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rank LIMIT ?`).all(match, k) as { rowid: number; rank: number }[];
    if (top.length === 0) return [];
    const rankOf = new Map(top.map((t) => [t.rowid, t.rank]));
    const ids = top.map((t) => t.rowid);
    const rows = this.db
      .prepare(`SELECT d.rowid, d.sha256 FROM documents d WHERE d.rowid IN (SELECT value FROM json_each(?)) AND ${where.join(' AND ')}`)
      .all(JSON.stringify(ids), ...args) as { rowid: number; sha256: string }[];
    const hits = rows.map((r) => ({ ...r, rank: rankOf.get(r.rowid) as number })).sort((a, b) => a.rank - b.rank);
    if (hits.length >= limit || top.length < k) return hits.slice(0, limit);
    // The filters removed too many of the best matches: rank every match that passes them.
    // Ranked inside the index first (materialised), then joined: the planner must not rank after the join.
    return this.db
      .prepare(
        `WITH m AS MATERIALIZED (SELECT rowid, ${this.ranker.expr} AS rank FROM doc_fts WHERE doc_fts MATCH ?)
         SELECT d.rowid, d.sha256, m.rank FROM m CROSS JOIN documents d ON d.rowid = m.rowid WHERE ${where.join(' AND ')} ORDER BY m.rank LIMIT ?`,
      )
      .all(match, ...args, limit) as SearchRow[];
  }

  textOf(sha256: string): string {
    return ((this.db.prepare('SELECT text FROM documents WHERE sha256 = ?').get(sha256) as { text: string | null } | undefined)?.text ?? '') as string;
  }

  allBlobs(): { sha256: string; size: number; stored: boolean }[] {
    return (this.db.prepare('SELECT sha256, size, stored FROM blobs ORDER BY sha256').all() as { sha256: string; size: number; stored: number }[]).map((b) => ({ ...b, stored: b.stored === 1 }));
  }
}

function parseJson(v: unknown): unknown {
  return typeof v === 'string' ? (JSON.parse(v) as unknown) : null;
}

function rowToSource(r: Record<string, unknown>): Source {
  const s: Source = { id: r.id as number, label: r.label as string, roots: JSON.parse(r.roots as string) as string[], actor: r.registered_by as string, registeredAt: r.registered_at as string };
  if (r.custodian) s.custodian = r.custodian as string;
  if (r.seized_at) s.seizedAt = r.seized_at as string;
  if (r.seized_where) s.seizedWhere = r.seized_where as string;
  return s;
}

function rowToDocument(r: Record<string, unknown>): DocumentRow {
  return {
    rowid: r.rowid as number,
    sha256: r.sha256 as string,
    mime: r.mime as string,
    depth: r.depth as number,
    status: r.status as string,
    errorReason: (r.error_reason as string | null) ?? null,
    errorMessage: (r.error_message as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    languages: r.languages ? (JSON.parse(r.languages as string) as string[]) : [],
    method: (r.method as string | null) ?? null,
    ocrConfidence: (r.ocr_confidence as number | null) ?? null,
    pageCount: (r.page_count as number | null) ?? null,
    docDate: (r.doc_date as string | null) ?? null,
    size: r.size as number,
    md5: r.md5 as string,
    sha1: r.sha1 as string,
  };
}
