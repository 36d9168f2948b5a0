/**
 * The resolution stage (I/O edge): reads the mentions, binds selectors to the person written next to them,
 * clusters persons (resolve/cluster.ts), groups the other types by value, replays the analysts' overrides, and
 * replaces the case's entities in one transaction. It rebuilds everything each run (seconds for a haul of tens
 * of thousands of documents), so a re-run after any change, ingest or override gives the same answer.
 */
import { createHash } from 'node:crypto';
import type { MentionType } from '../entities/types.js';
import { bindSelectors, SELECTOR_TYPES, type SelectorSpan, type Span } from '../resolve/bindings.js';
import { clusterPersons, type Binding, type Cluster, type Constraints, type PersonMentionInput } from '../resolve/cluster.js';
import { romanise } from '../resolve/romanise.js';
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(ar);
countries.registerLocale(en);
const countryName = (code: string, lang: 'ar' | 'en'): string | undefined => countries.getName(code, lang) ?? undefined;
import type { EntityName, EntityRecord, OverrideRecord, StoredMention } from '../store/sqlite/entity-store.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';

/** Types that become entities; money and dates are facts of their documents, not entities. */
export const ENTITY_TYPES: readonly MentionType[] = ['person', 'organisation', 'place', 'country', 'phone', 'email', 'iban', 'bic', 'wallet', 'domain', 'ip'];

const PREFIX: Partial<Record<MentionType, string>> = {
  person: 'per',
  organisation: 'org',
  place: 'plc',
  country: 'cty',
  phone: 'tel',
  email: 'eml',
  iban: 'iba',
  bic: 'bic',
  wallet: 'wal',
  domain: 'dom',
  ip: 'ip',
};

/** A stable id: the type and the value of the entity's first mention in the case (documents keep their order). */
export function entityId(type: MentionType, anchor: string): string {
  return `${PREFIX[type] ?? type}-${createHash('sha256').update(`${type}\u0000${anchor}`).digest('hex').slice(0, 10)}`;
}

export interface ResolveSummary {
  entities: number;
  persons: number;
  ambiguousPersons: number;
  ms: number;
}

function scriptOf(s: string): EntityName['script'] {
  if (/[\u0600-\u06FF]/.test(s)) return 'arabic';
  if (/[A-Za-z]/.test(s)) return 'latin';
  return 'other';
}

/** Analyst overrides as clustering constraints, plus display names. */
export function constraintsOf(overrides: readonly OverrideRecord[], type: MentionType): { constraints: Constraints; names: { values: string[]; name: string }[] } {
  const constraints: Constraints = { together: [], apart: [] };
  const names: { values: string[]; name: string }[] = [];
  for (const o of overrides) {
    const p = o.payload as { type?: string; values?: string[]; rest?: string[]; a?: string[]; b?: string[]; name?: string };
    if (p.type !== type) continue;
    if (o.action === 'merge' && p.values) constraints.together.push(p.values);
    if (o.action === 'split' && p.values && p.rest) {
      constraints.apart.push([p.values, p.rest]);
      if (p.values.length > 1) constraints.together.push(p.values);
    }
    if (o.action === 'distinct' && p.a && p.b) constraints.apart.push([p.a, p.b]);
    if (o.action === 'rename' && p.values && p.name) names.push({ values: p.values, name: p.name });
  }
  // A later merge wins over an earlier split of the same names, and the other way round.
  return { constraints, names };
}

export function resolveStage(store: SqliteCaseStore): ResolveSummary {
  const t0 = performance.now();
  const overrides = store.entities.overrides();
  const all = new Map<MentionType, StoredMention[]>();
  for (const m of store.entities.mentionsOfTypes(ENTITY_TYPES)) {
    const list = all.get(m.type) ?? [];
    list.push(m);
    all.set(m.type, list);
  }
  const persons = all.get('person') ?? [];

  // Bindings, document by document (the gap between a name and a selector must be on one line).
  const bindings: Binding[] = [];
  const textOf = store.db.prepare('SELECT text FROM documents WHERE rowid = ?');
  const byDoc = new Map<number, { persons: Span[]; selectors: SelectorSpan[] }>();
  for (const m of persons) {
    const d = byDoc.get(m.doc) ?? { persons: [], selectors: [] };
    d.persons.push({ id: m.id, start: m.start, end: m.end });
    byDoc.set(m.doc, d);
  }
  for (const t of SELECTOR_TYPES) {
    for (const m of all.get(t) ?? []) byDoc.get(m.doc)?.selectors.push({ id: m.id, start: m.start, end: m.end, type: t, value: m.value });
  }
  for (const [doc, d] of byDoc) {
    if (d.selectors.length === 0) continue;
    const text = (textOf.get(doc) as { text: string | null } | undefined)?.text ?? '';
    bindings.push(...bindSelectors(text, d.persons, d.selectors));
  }

  const records: EntityRecord[] = [];
  const assignments: [number, string][] = [];
  const mentionById = new Map<number, StoredMention>();
  for (const list of all.values()) for (const m of list) mentionById.set(m.id, m);

  const taken = new Set<string>();
  const emit = (type: MentionType, cluster: Cluster, names: { values: string[]; name: string }[]) => {
    const ms = cluster.mentions.map((id) => mentionById.get(id)!);
    const own = ms.filter((m) => cluster.core.includes(m.value));
    const first = (own.length > 0 ? own : ms).reduce((a, b) => (b.doc < a.doc || (b.doc === a.doc && b.start < a.start) ? b : a));
    let id = entityId(type, cluster.ambiguous ? `~${first.value}` : first.value);
    for (let n = 2; taken.has(id); n++) id = entityId(type, `${first.value}#${n}`);
    taken.add(id);
    const surfaces = new Map<string, Map<string, number>>();
    for (const m of ms) {
      const s = surfaces.get(m.value) ?? new Map<string, number>();
      s.set(m.surface, (s.get(m.surface) ?? 0) + 1);
      surfaces.set(m.value, s);
    }
    const entityNames: EntityName[] = cluster.values.map((value) => {
      const s = [...surfaces.get(value)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      return { value, surface: s[0]![0], script: scriptOf(value), count: s.reduce((n, [, c]) => n + c, 0) };
    });
    const best = (script: EntityName['script']) => entityNames.filter((n) => n.script === script).sort((a, b) => b.count - a.count)[0]?.surface ?? null;
    const nameAr = type === 'country' ? (countryName(first.value, 'ar') ?? best('arabic')) : best('arabic');
    const nameLatin = type === 'country' ? (countryName(first.value, 'en') ?? null) : (best('latin') ?? (nameAr && type === 'person' ? romanise(entityNames.find((n) => n.script === 'arabic')!.value) : null));
    const renamed = names.filter((n) => n.values.some((v) => cluster.values.includes(v))).pop()?.name;
    const shown = type === 'person' || type === 'organisation' ? entityNames[0]!.surface : type === 'country' ? (countryName(first.value, 'en') ?? first.value) : entityNames[0]!.value;
    records.push({
      id,
      type,
      name: renamed ?? shown,
      nameAr,
      nameLatin,
      names: entityNames,
      mentions: ms.length,
      documents: new Set(ms.map((m) => m.doc)).size,
      ambiguous: cluster.ambiguous,
      evidence: cluster.evidence,
    });
    for (const m of ms) assignments.push([m.id, id]);
  };

  // Persons: clustered.
  const personOverrides = constraintsOf(overrides, 'person');
  const input: PersonMentionInput[] = persons.map((m) => ({ id: m.id, doc: m.doc, value: m.value, surface: m.surface }));
  const clusters = clusterPersons(input, bindings, personOverrides.constraints);
  for (const c of clusters) emit('person', c, personOverrides.names);

  // Other types: one entity per value, merged and split only by analysts.
  for (const type of ENTITY_TYPES) {
    if (type === 'person') continue;
    const { constraints, names } = constraintsOf(overrides, type);
    const groups = new Map<string, StoredMention[]>();
    const groupOf = new Map<string, string>();
    for (const g of constraints.together) for (const v of g) groupOf.set(v, g[0]!);
    for (const m of all.get(type) ?? []) {
      const key = groupOf.get(m.value) ?? m.value;
      const list = groups.get(key) ?? [];
      list.push(m);
      groups.set(key, list);
    }
    for (const ms of groups.values()) {
      const counts = new Map<string, number>();
      for (const m of ms) counts.set(m.value, (counts.get(m.value) ?? 0) + 1);
      const values = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
      const merged = values.length > 1 ? [`merged by an analyst: ${values.join(' = ')}`] : [];
      emit(type, { values, core: values, mentions: ms.map((m) => m.id), ambiguous: false, evidence: merged }, names);
    }
  }

  store.transaction(() => store.entities.replaceEntities(records, assignments));
  const people = records.filter((r) => r.type === 'person');
  return { entities: records.length, persons: people.length, ambiguousPersons: people.filter((p) => p.ambiguous).length, ms: performance.now() - t0 };
}
