/**
 * The UN Security Council Consolidated List in its official XML layout (CONSOLIDATED_LIST > INDIVIDUALS >
 * INDIVIDUAL, ENTITIES > ENTITY). Entities and DTDs are not processed (no XXE, no entity expansion): only the five
 * predefined XML entities and numeric character references are decoded, by hand.
 */
import { XMLParser } from 'fast-xml-parser';
import { cleanName, scriptTag, type WatchlistEntry, type WatchlistName } from './types.js';

const ARRAYS = new Set([
  'INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'VALUE', 'INDIVIDUAL_DATE_OF_BIRTH', 'INDIVIDUAL_ADDRESS',
  'ENTITY_ADDRESS', 'INDIVIDUAL_PLACE_OF_BIRTH', 'INDIVIDUAL_DOCUMENT',
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => ARRAYS.has(name),
});

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the predefined XML entities and character references; leave anything else as written. */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return PREDEFINED[e] ?? m;
  });
}

type Node = Record<string, unknown>;

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return cleanName(decode(String(v)));
  if (typeof v === 'object' && '#text' in (v as Node)) return text((v as Node)['#text']);
  return '';
}

function values(v: unknown): string[] {
  if (!v || typeof v !== 'object') return [];
  const vals = (v as Node).VALUE;
  return (Array.isArray(vals) ? vals : []).map(text).filter(Boolean);
}

function arr(v: unknown): Node[] {
  return Array.isArray(v) ? (v as Node[]) : v && typeof v === 'object' ? [v as Node] : [];
}

function aliasKind(quality: string): Pick<WatchlistName, 'kind' | 'note'> {
  const q = quality.toLowerCase().replace(/\s+/g, '');
  if (q === 'low') return { kind: 'weak-aka' };
  if (q === 'f.k.a.' || q === 'fka') return { kind: 'aka', note: 'fka' };
  return { kind: 'aka' };
}

function dateOfBirth(d: Node): string | undefined {
  const type = text(d.TYPE_OF_DATE).toUpperCase();
  const date = text(d.DATE);
  const year = text(d.YEAR);
  const from = text(d.FROM_YEAR);
  const to = text(d.TO_YEAR);
  let value: string | undefined;
  if (type === 'BETWEEN' && from && to) value = `${from}/${to}`;
  else if (date) value = date.slice(0, 10);
  else if (year) value = year;
  else if (from && to) value = `${from}/${to}`;
  if (!value) return undefined;
  return type === 'APPROXIMATELY' && !value.includes('/') ? `${value}~` : value;
}

function entry(node: Node, kind: 'person' | 'organisation'): WatchlistEntry | undefined {
  const id = text(node.REFERENCE_NUMBER) || text(node.DATAID);
  if (!id) return undefined;
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => text(node[k])).filter(Boolean).join(' ');
  const names: WatchlistName[] = [];
  const add = (name: string, n: Omit<WatchlistName, 'name' | 'script'>): void => {
    const clean = cleanName(name);
    if (clean && !names.some((x) => x.name === clean)) names.push({ name: clean, script: scriptTag(clean), ...n });
  };
  if (primary) add(primary, { kind: 'primary' });
  const original = text(node.NAME_ORIGINAL_SCRIPT);
  if (original) add(original, { kind: 'primary', note: 'original script' });
  for (const a of arr(node[kind === 'person' ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS'])) {
    const name = text(a.ALIAS_NAME);
    if (!name) continue;
    const k = aliasKind(text(a.QUALITY));
    const note = text(a.NOTE);
    add(name, { ...k, ...(note && !k.note ? { note } : {}) });
  }
  if (names.length === 0) return undefined;
  const e: WatchlistEntry = {
    id,
    list: 'UN',
    kind,
    names,
    programmes: [text(node.UN_LIST_TYPE)].filter(Boolean),
  };
  const nationality = values(node.NATIONALITY);
  if (nationality.length) e.nationality = nationality;
  const dobs = arr(node.INDIVIDUAL_DATE_OF_BIRTH).map(dateOfBirth).filter((d): d is string => Boolean(d));
  if (dobs.length) e.datesOfBirth = dobs;
  const remarks = [text(node.COMMENTS1), text(node.COMMENTS2), text(node.COMMENTS3)].filter(Boolean).join(' ');
  if (remarks) e.remarks = remarks;
  return e;
}

/** Parse the UN consolidated list XML into entries (individuals first, then entities). */
export function parseUnConsolidated(xml: string): WatchlistEntry[] {
  // The list has no DTD; one that appears is dropped unread (external entities, entity expansion bombs).
  const doc = parser.parse(xml.replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '')) as Node;
  const root = (doc.CONSOLIDATED_LIST ?? {}) as Node;
  const individuals = arr((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL);
  const entities = arr((root.ENTITIES as Node | undefined)?.ENTITY);
  return [
    ...individuals.map((n) => entry(n, 'person')),
    ...entities.map((n) => entry(n, 'organisation')),
  ].filter((e): e is WatchlistEntry => e !== undefined);
}
