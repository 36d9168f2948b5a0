/**
 * The analysis part of the embedded case store: transactions, country verdicts and timeline events. SQL only;
 * the analysis stage (ingest/analyse-stage.ts) holds the logic and rebuilds these tables in one transaction.
 */
import type Database from 'better-sqlite3';
import type { Transaction } from '../../analysis/types.js';
import type { CountryVerdict } from '../../analysis/triage/types.js';
import type { TimelineEvent } from '../../analysis/timeline/events.js';
import type { Edge } from '../../analysis/graph/edges.js';

type Row = Record<string, unknown>;

export interface StoredTransaction extends Transaction {
  id: number;
  doc: number;
  sha256: string;
  payerEntity: string | null;
  payeeEntity: string | null;
}

export interface StoredVerdict extends CountryVerdict {
  doc: number;
  sha256: string;
  title: string | null;
  docDate: string | null;
}

export interface StoredEvent extends TimelineEvent {
  sha256: string;
}

/** What the money groupings key a transaction by when it names no payer, payee or foreign country (then null). */
const WITHOUT_SQL = { payer: 'coalesce(t.payer_entity, t.payer)', payee: 'coalesce(t.payee_entity, t.payee)', country: 't.country' } as const;

/** What `transactions()` can filter on; every filter given must hold. */
export interface TransactionFilter {
  /** Paid by or to this entity. */
  entity?: string;
  /** Paid by this party: an entity id, or a name as written for a payer that was not resolved. */
  payer?: string;
  /** Paid to this party, as `payer`. */
  payee?: string;
  /** In a document that mentions this entity (an IBAN or wallet). */
  account?: string;
  category?: string;
  direction?: string;
  /** The foreign country the money went to or came from (ISO code). */
  country?: string;
  /** Naming no payer, no payee, or no foreign country: what the money groupings key as null. */
  without?: keyof typeof WITHOUT_SQL;
  /** From this date on: YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  /** Up to the end of this date: YYYY, YYYY-MM or YYYY-MM-DD. */
  to?: string;
  doc?: number;
  limit?: number;
}

const json = (v: unknown): string => JSON.stringify(v);

/**
 * The indexes of the analysis tables. A rebuild (clear, then every row, then finish) drops them first and makes
 * them again at the end: one sort per index instead of a B-tree insert per row (340,000 edges at 10,000 documents).
 */
const INDEXES: Record<string, string> = {
  transactions_doc: 'transactions(doc)',
  transactions_date: 'transactions(date)',
  country_verdicts_country: 'country_verdicts(country, urgency)',
  timeline_events_date: 'timeline_events(date)',
  edges_source: 'edges(source)',
  edges_target: 'edges(target)',
};

export class SqliteAnalysisStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** A prepared statement, prepared once per store (the analysis stage writes row by row). */
  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** Replaces every analysis row (call inside a transaction; finish() ends the rebuild). */
  clear(): void {
    for (const name of Object.keys(INDEXES)) this.db.prepare(`DROP INDEX IF EXISTS ${name}`).run();
    for (const t of ['transactions', 'country_verdicts', 'timeline_events', 'edges', 'analysis_stage']) this.db.prepare(`DELETE FROM ${t}`).run();
  }

  addTransactions(doc: number, txs: readonly (Transaction & { payerEntity?: string | null; payeeEntity?: string | null })[]): void {
    const ins = this.stmt(
      `INSERT INTO transactions (doc, sheet, "row", start, "end", date, amount, currency, usd, payer, payee, payer_entity, payee_entity, memo, category, category_reason, direction, country, country_reason, surface, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const t of txs) {
      ins.run(doc, t.sheet ?? null, t.row ?? null, t.start ?? null, t.end ?? null, t.date, t.amount, t.currency, t.usd, t.payer, t.payee, t.payerEntity ?? null, t.payeeEntity ?? null, t.memo, t.category, t.categoryReason, t.direction, t.country ?? null, t.countryReason ?? null, t.surface, t.confidence);
    }
  }

  addVerdicts(doc: number, verdicts: readonly CountryVerdict[]): void {
    const ins = this.stmt('INSERT OR REPLACE INTO country_verdicts (doc, country, score, urgency, reasons, urgency_reasons) VALUES (?, ?, ?, ?, ?, ?)');
    for (const v of verdicts) ins.run(doc, v.country, v.score, v.urgency, json(v.reasons), json(v.urgencyReasons));
  }

  addEvents(events: readonly TimelineEvent[]): void {
    const ins = this.stmt('INSERT INTO timeline_events (doc, date, kind, label, start, "end", entities, countries) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const e of events) ins.run(e.doc, e.date, e.kind, e.label, e.start ?? null, e.end ?? null, json(e.entities), json(e.countries));
  }

  addEdges(edges: readonly Edge[]): void {
    const ins = this.stmt('INSERT INTO edges (source, target, type, weight, doc, start, "end", sheet, "row", note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const e of edges) ins.run(e.source, e.target, e.type, e.weight, e.evidence.doc, e.evidence.start ?? null, e.evidence.end ?? null, e.evidence.sheet ?? null, e.evidence.row ?? null, e.evidence.note ?? null);
  }

  /** Every edge, streamed (a case can hold millions). */
  *allEdges(): Generator<Edge> {
    for (const r of this.db.prepare('SELECT * FROM edges ORDER BY id').iterate() as Iterable<Row>) {
      const evidence: Edge['evidence'] = { doc: r.doc as number };
      if (r.start !== null) evidence.start = r.start as number;
      if (r.end !== null) evidence.end = r.end as number;
      if (r.sheet !== null) evidence.sheet = r.sheet as string;
      if (r.row !== null) evidence.row = r.row as number;
      if (r.note !== null) evidence.note = r.note as string;
      yield { source: r.source as string, target: r.target as string, type: r.type as Edge['type'], weight: r.weight as number, evidence };
    }
  }

  finish(version: string, documents: number): void {
    for (const [name, on] of Object.entries(INDEXES)) this.db.prepare(`CREATE INDEX IF NOT EXISTS ${name} ON ${on}`).run();
    this.db.prepare('INSERT INTO analysis_stage (version, at, documents) VALUES (?, ?, ?)').run(version, new Date().toISOString(), documents);
  }

  /**
   * Transactions by date, filtered. `payer` and `payee` match the party as the money groupings key it (the entity
   * id when resolved, else the name as written), so a name matches only the rows whose party was not resolved;
   * `account` keeps the transactions of the documents that mention that entity (an IBAN or wallet).
   */
  transactions(opts: TransactionFilter = {}): StoredTransaction[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts.entity) {
      where.push('(t.payer_entity = ? OR t.payee_entity = ?)');
      args.push(opts.entity, opts.entity);
    }
    if (opts.payer) {
      where.push('coalesce(t.payer_entity, t.payer) = ?');
      args.push(opts.payer);
    }
    if (opts.payee) {
      where.push('coalesce(t.payee_entity, t.payee) = ?');
      args.push(opts.payee);
    }
    if (opts.account) {
      where.push('t.doc IN (SELECT m.doc FROM mentions m WHERE m.entity = ?)');
      args.push(opts.account);
    }
    if (opts.direction) {
      where.push('t.direction = ?');
      args.push(opts.direction);
    }
    if (opts.country) {
      where.push('t.country = ?');
      args.push(opts.country.toUpperCase());
    }
    if (opts.without) where.push(`${WITHOUT_SQL[opts.without]} IS NULL`);
    if (opts.category) {
      where.push('t.category = ?');
      args.push(opts.category);
    }
    if (opts.from) {
      where.push('t.date >= ?');
      args.push(opts.from);
    }
    if (opts.to) {
      where.push('t.date <= ?');
      args.push(`${opts.to}\uffff`);
    }
    if (opts.doc !== undefined) {
      where.push('t.doc = ?');
      args.push(opts.doc);
    }
    const rows = this.db
      .prepare(`SELECT t.*, d.sha256 sha256 FROM transactions t JOIN documents d ON d.rowid = t.doc ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY t.date, t.id LIMIT ?`)
      .all(...args, opts.limit ?? -1) as Row[];
    return rows.map((r) => {
      const t: StoredTransaction = {
        id: r.id as number,
        doc: r.doc as number,
        sha256: r.sha256 as string,
        date: (r.date as string | null) ?? null,
        amount: r.amount as number,
        currency: r.currency as string,
        usd: (r.usd as number | null) ?? null,
        payer: (r.payer as string | null) ?? null,
        payee: (r.payee as string | null) ?? null,
        payerEntity: (r.payer_entity as string | null) ?? null,
        payeeEntity: (r.payee_entity as string | null) ?? null,
        memo: (r.memo as string | null) ?? null,
        category: r.category as Transaction['category'],
        categoryReason: r.category_reason as string,
        direction: r.direction as Transaction['direction'],
        surface: r.surface as string,
        confidence: r.confidence as number,
      };
      if (r.sheet !== null) t.sheet = r.sheet as string;
      if (r.row !== null) t.row = r.row as number;
      if (r.start !== null) t.start = r.start as number;
      if (r.end !== null) t.end = r.end as number;
      if (r.country !== null) t.country = r.country as string;
      if (r.country_reason !== null) t.countryReason = r.country_reason as string;
      return t;
    });
  }

  verdicts(opts: { country?: string; doc?: number; limit?: number } = {}): StoredVerdict[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts.country) {
      where.push('v.country = ?');
      args.push(opts.country.toUpperCase());
    }
    if (opts.doc !== undefined) {
      where.push('v.doc = ?');
      args.push(opts.doc);
    }
    const rows = this.db
      .prepare(
        `SELECT v.*, d.sha256 sha256, d.title title, d.doc_date doc_date FROM country_verdicts v JOIN documents d ON d.rowid = v.doc
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY round(v.urgency, 2) DESC, round(v.score, 2) DESC, d.doc_date DESC, v.doc LIMIT ?`,
      )
      .all(...args, opts.limit ?? -1) as Row[];
    return rows.map((r) => ({
      doc: r.doc as number,
      sha256: r.sha256 as string,
      title: (r.title as string | null) ?? null,
      docDate: (r.doc_date as string | null) ?? null,
      country: r.country as string,
      score: r.score as number,
      urgency: r.urgency as number,
      reasons: JSON.parse(r.reasons as string) as CountryVerdict['reasons'],
      urgencyReasons: JSON.parse(r.urgency_reasons as string) as string[],
    }));
  }

  countryCounts(): { country: string; documents: number; urgent: number }[] {
    return this.db.prepare('SELECT country, count(*) documents, sum(urgency >= 0.5) urgent FROM country_verdicts GROUP BY country ORDER BY documents DESC').all() as {
      country: string;
      documents: number;
      urgent: number;
    }[];
  }

  events(opts: { entity?: string; country?: string; from?: string; to?: string; kind?: string; limit?: number } = {}): StoredEvent[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts.entity) {
      where.push('EXISTS (SELECT 1 FROM json_each(e.entities) WHERE value = ?)');
      args.push(opts.entity);
    }
    if (opts.country) {
      where.push('EXISTS (SELECT 1 FROM json_each(e.countries) WHERE value = ?)');
      args.push(opts.country.toUpperCase());
    }
    if (opts.from) {
      where.push('e.date >= ?');
      args.push(opts.from);
    }
    if (opts.to) {
      where.push('e.date <= ?');
      args.push(`${opts.to}\uffff`);
    }
    if (opts.kind) {
      where.push('e.kind = ?');
      args.push(opts.kind);
    }
    const rows = this.db
      .prepare(`SELECT e.*, d.sha256 sha256 FROM timeline_events e JOIN documents d ON d.rowid = e.doc ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.date, e.doc, e.start LIMIT ?`)
      .all(...args, opts.limit ?? -1) as Row[];
    return rows.map((r) => {
      const e: StoredEvent = {
        sha256: r.sha256 as string,
        doc: r.doc as number,
        date: r.date as string,
        kind: r.kind as StoredEvent['kind'],
        label: r.label as string,
        entities: JSON.parse(r.entities as string) as string[],
        countries: JSON.parse(r.countries as string) as string[],
      };
      if (r.start !== null) e.start = r.start as number;
      if (r.end !== null) e.end = r.end as number;
      return e;
    });
  }
}
