/**
 * The entities part of the embedded case store: mentions with their recogniser versions, resolved entities,
 * analyst overrides with the audit log, watchlists and screening hits. SQL only; the stages hold the logic.
 */
import type Database from 'better-sqlite3';
import type { Mention, MentionType } from '../../entities/types.js';

const now = () => new Date().toISOString();

export interface StoredMention extends Mention {
  id: number;
  doc: number;
  entity: string | null;
}

export interface EntityName {
  value: string;
  surface: string;
  script: 'arabic' | 'latin' | 'other';
  count: number;
}

export interface EntityRecord {
  id: string;
  type: MentionType;
  name: string;
  nameAr: string | null;
  nameLatin: string | null;
  names: EntityName[];
  mentions: number;
  documents: number;
  ambiguous: boolean;
  evidence: unknown;
}

export interface OverrideRecord {
  id: number;
  action: 'merge' | 'split' | 'rename' | 'distinct';
  payload: Record<string, unknown>;
  actor: string;
  at: string;
}

export interface WatchlistRecord {
  id: number;
  name: string;
  format: string;
  source: string;
  sha256: string;
  importedAt: string;
  importedBy: string;
  entries: number;
}

export interface ScreeningHitRecord {
  entity: string;
  entry: number;
  list: string;
  ref: string;
  score: number;
  entityName: string;
  listName: string;
  explanation: string;
}

type Row = Record<string, unknown>;

function toMention(r: Row): StoredMention {
  const m: StoredMention = {
    id: r.id as number,
    doc: r.doc as number,
    type: r.type as MentionType,
    start: r.start as number,
    end: r.end as number,
    surface: r.surface as string,
    value: r.value as string,
    recogniser: r.recogniser as string,
    confidence: r.confidence as number,
    entity: (r.entity as string | null) ?? null,
  };
  if (r.attrs) m.attrs = JSON.parse(r.attrs as string) as Record<string, unknown>;
  return m;
}

function toEntity(r: Row): EntityRecord {
  return {
    id: r.id as string,
    type: r.type as MentionType,
    name: r.name as string,
    nameAr: (r.name_ar as string | null) ?? null,
    nameLatin: (r.name_latin as string | null) ?? null,
    names: JSON.parse(r.names as string) as EntityName[],
    mentions: r.mentions as number,
    documents: r.documents as number,
    ambiguous: r.ambiguous === 1,
    evidence: JSON.parse(r.evidence as string) as unknown,
  };
}

export class SqliteEntityStore {
  private readonly statements = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}

  /** A prepared statement, prepared once per connection (the writer runs these for every document). */
  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  // ---- recognition ----

  /** Documents that have text and were not recognised with `version` yet. */
  needingRecognition(version: string, limit: number, afterRowid = 0): { rowid: number; text: string; languages: string[] }[] {
    return (
      this.db
        .prepare(
          `SELECT d.rowid, d.text, d.languages FROM documents d LEFT JOIN entity_stage s ON s.doc = d.rowid
            WHERE d.status = 'done' AND d.rowid > ? AND (s.doc IS NULL OR s.version != ?) ORDER BY d.rowid LIMIT ?`,
        )
        .all(afterRowid, version, limit) as { rowid: number; text: string | null; languages: string | null }[]
    ).map((r) => ({ rowid: r.rowid, text: r.text ?? '', languages: JSON.parse(r.languages ?? '[]') as string[] }));
  }

  countNeedingRecognition(version: string): number {
    return (
      this.db
        .prepare("SELECT count(*) n FROM documents d LEFT JOIN entity_stage s ON s.doc = d.rowid WHERE d.status = 'done' AND (s.doc IS NULL OR s.version != ?)")
        .get(version) as { n: number }
    ).n;
  }

  /** Replaces a document's mentions and records the version that found them (call inside a transaction). */
  saveMentions(doc: number, mentions: readonly Mention[], version: string, error?: string): void {
    this.stmt('DELETE FROM mentions WHERE doc = ?').run(doc);
    const ins = this.stmt('INSERT INTO mentions (doc, type, start, "end", surface, value, recogniser, confidence, attrs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const m of mentions) ins.run(doc, m.type, m.start, m.end, m.surface, m.value, m.recogniser, m.confidence, m.attrs ? JSON.stringify(m.attrs) : null);
    this.stmt('INSERT INTO entity_stage (doc, version, mentions, error, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (doc) DO UPDATE SET version = excluded.version, mentions = excluded.mentions, error = excluded.error, at = excluded.at').run(doc, version, mentions.length, error ?? null, now());
  }

  /** A document's rowid from its sha256. */
  docRowid(sha256: string): number | undefined {
    return (this.db.prepare('SELECT rowid FROM documents WHERE sha256 = ?').get(sha256) as { rowid: number } | undefined)?.rowid;
  }

  mentionsOfDocument(doc: number): StoredMention[] {
    return (this.db.prepare('SELECT * FROM mentions WHERE doc = ? ORDER BY start, "end"').all(doc) as Row[]).map(toMention);
  }

  /** The mentions of the documents from `first` to `last` (rowids), by document, each in text order. */
  mentionsOfDocuments(first: number, last: number): Map<number, StoredMention[]> {
    const out = new Map<number, StoredMention[]>();
    for (const r of this.db.prepare('SELECT * FROM mentions WHERE doc BETWEEN ? AND ? ORDER BY doc, start, "end"').all(first, last) as Row[]) {
      const m = toMention(r);
      const list = out.get(r.doc as number);
      if (list) list.push(m);
      else out.set(r.doc as number, [m]);
    }
    return out;
  }

  /** Every mention of some types, in document order (for resolution). */
  *mentionsOfTypes(types: readonly MentionType[]): Generator<StoredMention> {
    const stmt = this.db.prepare(`SELECT * FROM mentions WHERE type IN (${types.map(() => '?').join(',')}) ORDER BY doc, start`);
    for (const r of stmt.iterate(...types) as Iterable<Row>) yield toMention(r);
  }

  mentionCounts(): { type: string; mentions: number; values: number; documents: number }[] {
    return this.db.prepare('SELECT type, count(*) mentions, count(DISTINCT value) "values", count(DISTINCT doc) documents FROM mentions GROUP BY type ORDER BY type').all() as {
      type: string;
      mentions: number;
      values: number;
      documents: number;
    }[];
  }

  // ---- resolution ----

  /** Replaces every entity and every mention's entity (call inside a transaction). */
  replaceEntities(entities: readonly EntityRecord[], assignments: Iterable<[number, string]>): void {
    this.db.prepare('DELETE FROM entities').run();
    const ins = this.db.prepare('INSERT INTO entities (id, type, name, name_ar, name_latin, names, mentions, documents, ambiguous, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const e of entities) ins.run(e.id, e.type, e.name, e.nameAr, e.nameLatin, JSON.stringify(e.names), e.mentions, e.documents, e.ambiguous ? 1 : 0, JSON.stringify(e.evidence));
    this.db.prepare('UPDATE mentions SET entity = NULL').run();
    const set = this.db.prepare('UPDATE mentions SET entity = ? WHERE id = ?');
    for (const [mention, entity] of assignments) set.run(entity, mention);
  }

  entities(opts: { type?: string; query?: string; limit?: number; offset?: number } = {}): EntityRecord[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts.type) {
      where.push('type = ?');
      args.push(opts.type);
    }
    if (opts.query) {
      where.push("(name LIKE ? ESCAPE '\\' OR names LIKE ? ESCAPE '\\' OR name_latin LIKE ? ESCAPE '\\' OR id = ?)");
      const like = `%${opts.query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      args.push(like, like, like, opts.query);
    }
    const sql = `SELECT * FROM entities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY mentions DESC, id LIMIT ? OFFSET ?`;
    return (this.db.prepare(sql).all(...args, opts.limit ?? -1, opts.offset ?? 0) as Row[]).map(toEntity);
  }

  entity(id: string): EntityRecord | undefined {
    const r = this.db.prepare('SELECT * FROM entities WHERE id = ?').get(id) as Row | undefined;
    return r ? toEntity(r) : undefined;
  }

  /** Entities whose id starts with `prefix` (ids may be shortened like git hashes). */
  entityIdsLike(prefix: string): string[] {
    return (this.db.prepare("SELECT id FROM entities WHERE id LIKE ? ESCAPE '\\' LIMIT 2").all(`${prefix.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) as { id: string }[]).map((r) => r.id);
  }

  mentionsOfEntity(id: string, limit = -1): (StoredMention & { sha256: string; title: string | null })[] {
    return (
      this.db
        .prepare('SELECT m.*, d.sha256 sha256, d.title title FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.entity = ? ORDER BY m.doc, m.start LIMIT ?')
        .all(id, limit) as Row[]
    ).map((r) => ({ ...toMention(r), sha256: r.sha256 as string, title: (r.title as string | null) ?? null }));
  }

  /** Entities of other mentions in the documents where `id` is mentioned, with how many documents they share. */
  coMentioned(id: string, types: readonly string[], limit = 50): { entity: string; documents: number }[] {
    return this.db
      .prepare(
        `SELECT o.entity entity, count(DISTINCT o.doc) documents FROM mentions m JOIN mentions o ON o.doc = m.doc
          WHERE m.entity = ? AND o.entity IS NOT NULL AND o.entity != ? AND o.type IN (${types.map(() => '?').join(',')})
          GROUP BY o.entity ORDER BY documents DESC LIMIT ?`,
      )
      .all(id, id, ...types, limit) as { entity: string; documents: number }[];
  }

  // ---- analyst overrides and the audit log ----

  addOverride(action: OverrideRecord['action'], payload: Record<string, unknown>, actor: string): number {
    const at = now();
    const id = Number(this.db.prepare('INSERT INTO entity_overrides (action, payload, actor, at) VALUES (?, ?, ?, ?)').run(action, JSON.stringify(payload), actor, at).lastInsertRowid);
    this.audit(actor, `entity.${action}`, String(id), payload);
    return id;
  }

  overrides(): OverrideRecord[] {
    return (this.db.prepare('SELECT * FROM entity_overrides ORDER BY id').all() as Row[]).map((r) => ({
      id: r.id as number,
      action: r.action as OverrideRecord['action'],
      payload: JSON.parse(r.payload as string) as Record<string, unknown>,
      actor: r.actor as string,
      at: r.at as string,
    }));
  }

  audit(actor: string, action: string, target: string | null, details: unknown): void {
    this.db.prepare('INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)').run(now(), actor, action, target, JSON.stringify(details));
  }

  auditLog(limit = 100): { at: string; actor: string; action: string; target: string | null; details: unknown }[] {
    return (this.db.prepare('SELECT at, actor, action, target, details FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as Row[]).map((r) => ({
      at: r.at as string,
      actor: r.actor as string,
      action: r.action as string,
      target: (r.target as string | null) ?? null,
      details: JSON.parse(r.details as string) as unknown,
    }));
  }

  // ---- watchlists and screening ----

  /** Stores a list (replacing one of the same name) with its entries; returns its id. */
  saveWatchlist(w: Omit<WatchlistRecord, 'id' | 'importedAt' | 'entries'>, entries: readonly { ref: string; kind: string; entry: unknown }[]): number {
    this.db.prepare('DELETE FROM watchlists WHERE name = ?').run(w.name);
    const id = Number(
      this.db
        .prepare('INSERT INTO watchlists (name, format, source, sha256, imported_at, imported_by, entries) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(w.name, w.format, w.source, w.sha256, now(), w.importedBy, entries.length).lastInsertRowid,
    );
    const ins = this.db.prepare('INSERT OR IGNORE INTO watchlist_entries (list, ref, kind, entry) VALUES (?, ?, ?, ?)');
    for (const e of entries) ins.run(id, e.ref, e.kind, JSON.stringify(e.entry));
    this.audit(w.importedBy, 'watchlist.import', w.name, { format: w.format, source: w.source, sha256: w.sha256, entries: entries.length });
    return id;
  }

  watchlists(): WatchlistRecord[] {
    return (this.db.prepare('SELECT * FROM watchlists ORDER BY name').all() as Row[]).map((r) => ({
      id: r.id as number,
      name: r.name as string,
      format: r.format as string,
      source: r.source as string,
      sha256: r.sha256 as string,
      importedAt: r.imported_at as string,
      importedBy: r.imported_by as string,
      entries: r.entries as number,
    }));
  }

  watchlistEntries(list?: string): { id: number; list: string; ref: string; kind: string; entry: unknown }[] {
    const rows = this.db
      .prepare(`SELECT e.id, w.name list, e.ref, e.kind, e.entry FROM watchlist_entries e JOIN watchlists w ON w.id = e.list ${list ? 'WHERE w.name = ?' : ''} ORDER BY e.id`)
      .all(...(list ? [list] : [])) as Row[];
    return rows.map((r) => ({ id: r.id as number, list: r.list as string, ref: r.ref as string, kind: r.kind as string, entry: JSON.parse(r.entry as string) as unknown }));
  }

  /** Replaces the hits of the screened lists (call inside a transaction). */
  replaceHits(listIds: readonly number[], hits: readonly Omit<ScreeningHitRecord, 'list' | 'ref'>[]): void {
    if (listIds.length > 0) this.db.prepare(`DELETE FROM screening_hits WHERE entry IN (SELECT id FROM watchlist_entries WHERE list IN (${listIds.map(() => '?').join(',')}))`).run(...listIds);
    const ins = this.db.prepare('INSERT OR REPLACE INTO screening_hits (entity, entry, score, entity_name, list_name, explanation) VALUES (?, ?, ?, ?, ?, ?)');
    for (const h of hits) ins.run(h.entity, h.entry, h.score, h.entityName, h.listName, h.explanation);
  }

  hits(opts: { list?: string; entity?: string; minScore?: number } = {}): ScreeningHitRecord[] {
    const where = ['h.score >= ?'];
    const args: unknown[] = [opts.minScore ?? 0];
    if (opts.list) {
      where.push('w.name = ?');
      args.push(opts.list);
    }
    if (opts.entity) {
      where.push('h.entity = ?');
      args.push(opts.entity);
    }
    return (
      this.db
        .prepare(
          `SELECT h.*, w.name list, e.ref ref FROM screening_hits h JOIN watchlist_entries e ON e.id = h.entry JOIN watchlists w ON w.id = e.list
            WHERE ${where.join(' AND ')} ORDER BY h.score DESC, h.entity`,
        )
        .all(...args) as Row[]
    ).map((r) => ({
      entity: r.entity as string,
      entry: r.entry as number,
      list: r.list as string,
      ref: r.ref as string,
      score: r.score as number,
      entityName: r.entity_name as string,
      listName: r.list_name as string,
      explanation: r.explanation as string,
    }));
  }
}
