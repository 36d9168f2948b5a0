/**
 * Entities for the CLI and the workbench: finding one by id or prefix, its detail (names in both scripts,
 * mentions with context, selectors, connections, watchlist hits), and the analyst's corrections. Corrections are
 * stored as decisions about names (never row ids), recorded in the audit log with who and when, and replayed by
 * every later resolution; each one re-resolves, re-screens and re-analyses the case now.
 */
import { resolveStage } from '../ingest/resolve-stage.js';
import { screenStage } from '../ingest/screen-stage.js';
import { analyseStage } from '../ingest/analyse-stage.js';
import { romanise } from '../resolve/romanise.js';
import type { EntityName, EntityRecord, ScreeningHitRecord } from '../store/sqlite/entity-store.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { BadInputError, NotFoundError } from './errors.js';

/** An entity by id or unique id prefix. */
export function findEntity(store: SqliteCaseStore, id: string): EntityRecord {
  const exact = store.entities.entity(id);
  if (exact) return exact;
  const like = store.entities.entityIdsLike(id);
  if (like.length === 1) return store.entities.entity(like[0]!)!;
  if (like.length === 0) throw new NotFoundError(`no entity ${id}`);
  throw new BadInputError(`${id} is ambiguous: give more of the id`);
}

export interface MentionInContext {
  document: string;
  title: string | null;
  start: number;
  end: number;
  surface: string;
  before: string;
  after: string;
}

export interface Connection {
  entity: EntityRecord | undefined;
  documents: number;
}

export type EntityDetail = EntityRecord & { mentionsShown: MentionInContext[]; selectors: Connection[]; connections: Connection[]; watchlistHits: ScreeningHitRecord[] };

/** Each Arabic-script name with its Latin form (resolve/romanise.ts) beside it, for analysts who do not read Arabic. */
export function withRomanised<T extends EntityRecord>(e: T): Omit<T, 'names'> & { names: (EntityName & { romanised?: string })[] } {
  return { ...e, names: e.names.map((n) => (n.script === 'arabic' ? { ...n, romanised: romanise(n.surface || n.value) } : n)) };
}

/** What `ariadne entity ID --json` prints: the entity with its first mentions in context, selectors, connections and hits. */
export function entityDetail(store: SqliteCaseStore, id: string, mentionLimit = 20): EntityDetail {
  const e = findEntity(store, id);
  const mentions = store.entities.mentionsOfEntity(e.id, mentionLimit).map((m) => {
    const text = store.textOf(m.sha256);
    return { document: m.sha256, title: m.title, start: m.start, end: m.end, surface: m.surface, before: text.slice(Math.max(0, m.start - 60), m.start), after: text.slice(m.end, m.end + 60) };
  });
  const connected = store.entities.coMentioned(e.id, ['person', 'organisation', 'phone', 'email', 'iban', 'wallet', 'place'], 30).map((c) => ({ ...c, entity: store.entities.entity(c.entity) }));
  const selectors = connected.filter((c) => ['phone', 'email', 'iban', 'wallet'].includes(c.entity?.type ?? ''));
  const hits = store.entities.hits({ entity: e.id });
  return { ...e, mentionsShown: mentions, selectors, connections: connected.filter((c) => !selectors.includes(c)), watchlistHits: hits };
}

/** Re-resolves (and re-screens when lists exist) after a correction, then re-analyses: payers, edges and the timeline name entities. */
export async function reresolve(store: SqliteCaseStore): Promise<void> {
  resolveStage(store);
  if (store.entities.watchlists().length > 0) screenStage(store);
  await analyseStage(store);
}

/** The entity (after re-resolution) that now holds a name value. */
function holderOf(store: SqliteCaseStore, type: string, value: string): EntityRecord {
  const found = store.entities.entities({ type }).find((e) => e.names.some((n) => n.value === value));
  if (!found) throw new Error(`after re-resolution no ${type} holds the name ${value}`);
  return found;
}

/** The same person (or organisation, place...): put two entities together, now and after every re-run. */
export async function mergeEntities(store: SqliteCaseStore, a: string, b: string, actor: string): Promise<EntityRecord> {
  const [ea, eb] = [findEntity(store, a), findEntity(store, b)];
  if (ea.type !== eb.type) throw new BadInputError(`cannot merge a ${ea.type} with a ${eb.type}`);
  store.entities.addOverride('merge', { type: ea.type, values: [...ea.names, ...eb.names].map((n) => n.value), from: [ea.id, eb.id] }, actor);
  await reresolve(store);
  return holderOf(store, ea.type, ea.names[0]!.value);
}

/** Takes some names (values or surfaces) out of an entity into one of their own; returns [the new part, the rest]. */
export async function splitEntity(store: SqliteCaseStore, id: string, names: readonly string[], actor: string): Promise<[EntityRecord, EntityRecord]> {
  const e = findEntity(store, id);
  const chosen = e.names.filter((n) => names.includes(n.value) || names.includes(n.surface));
  if (chosen.length === 0) throw new BadInputError(`none of ${names.join(', ')} is a name of ${e.id}; its names: ${e.names.map((n) => n.surface).join(', ')}`);
  const rest = e.names.filter((n) => !chosen.includes(n));
  if (rest.length === 0) throw new BadInputError('that would leave the entity without names');
  store.entities.addOverride('split', { type: e.type, values: chosen.map((n) => n.value), rest: rest.map((n) => n.value), from: e.id }, actor);
  await reresolve(store);
  return [holderOf(store, e.type, chosen[0]!.value), holderOf(store, e.type, rest[0]!.value)];
}

/** The name the workbench and reports show for the entity. */
export async function renameEntity(store: SqliteCaseStore, id: string, name: string, actor: string): Promise<EntityRecord> {
  const e = findEntity(store, id);
  store.entities.addOverride('rename', { type: e.type, values: e.names.map((n) => n.value), name, from: e.id }, actor);
  await reresolve(store);
  return holderOf(store, e.type, e.names[0]!.value);
}

/** Not the same: never put these two entities together. Returns their ids. */
export async function markDistinct(store: SqliteCaseStore, a: string, b: string, actor: string): Promise<[string, string]> {
  const [ea, eb] = [findEntity(store, a), findEntity(store, b)];
  store.entities.addOverride('distinct', { type: ea.type, a: ea.names.map((n) => n.value), b: eb.names.map((n) => n.value), from: [ea.id, eb.id] }, actor);
  await reresolve(store);
  return [ea.id, eb.id];
}
