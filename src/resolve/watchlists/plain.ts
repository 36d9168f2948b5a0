/**
 * A watchlist an analyst brings: a CSV with a header row, or a JSON array of objects.
 *
 * CSV columns are found by header name, case-insensitively: name (also full_name, primary_name), aliases (also
 * alias, aka, akas: several separated by ";" or "|"), weak_aliases, type (also kind, entity_type: person,
 * individual, organisation, organization, entity, company, vessel...), id, programmes (program, programme,
 * list, sanctions), nationality, dob (date_of_birth), remarks (notes, comments). JSON objects use the same keys;
 * aliases may be an array.
 */
import Papa from 'papaparse';
import { cleanName, scriptTag, type WatchlistEntry, type WatchlistEntryKind, type WatchlistName } from './types.js';

const COLUMNS: Record<string, string[]> = {
  id: ['id', 'ref', 'reference', 'reference_number', 'uid'],
  name: ['name', 'full_name', 'fullname', 'primary_name', 'caption'],
  aliases: ['aliases', 'alias', 'aka', 'akas', 'other_names'],
  weak: ['weak_aliases', 'weak_aka', 'weak_akas', 'low_quality_aliases'],
  type: ['type', 'kind', 'entity_type', 'schema'],
  programmes: ['programmes', 'programme', 'programs', 'program', 'list', 'sanctions', 'regime'],
  nationality: ['nationality', 'nationalities', 'citizenship', 'country'],
  dob: ['dob', 'date_of_birth', 'birth_date', 'dates_of_birth', 'birthdate'],
  remarks: ['remarks', 'notes', 'comments', 'comment', 'note'],
};

function normKey(k: string): string {
  return k.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function kindOf(t: string): WatchlistEntryKind {
  const s = t.trim().toLowerCase();
  if (!s || /^(person|individual|people|human|natural)/.test(s)) return 'person';
  if (/^(org|entity|company|legal|business|group|bank|ngo|corporation|firm)/.test(s)) return 'organisation';
  return 'other';
}

function split(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(split);
  if (v === undefined || v === null) return [];
  return String(v).split(/[;|]/).map(cleanName).filter(Boolean);
}

function pick(obj: Record<string, unknown>, field: string): unknown {
  for (const k of COLUMNS[field]!) {
    if (obj[k] !== undefined && obj[k] !== '') return obj[k];
  }
  return undefined;
}

function toEntry(raw: Record<string, unknown>, index: number, list: string): WatchlistEntry | undefined {
  const obj: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) obj[normKey(k)] = v;
  const primary = split(pick(obj, 'name'))[0];
  const aliases = split(pick(obj, 'aliases'));
  const weak = split(pick(obj, 'weak'));
  if (!primary && aliases.length === 0) return undefined;
  const names: WatchlistName[] = [];
  const add = (name: string, kind: WatchlistName['kind']): void => {
    if (!names.some((n) => n.name === name)) names.push({ name, script: scriptTag(name), kind });
  };
  if (primary) add(primary, 'primary');
  for (const a of aliases) add(a, primary ? 'aka' : names.length ? 'aka' : 'primary');
  for (const w of weak) add(w, 'weak-aka');
  const id = pick(obj, 'id');
  const e: WatchlistEntry = {
    id: id !== undefined ? String(id).trim() : String(index + 1),
    list,
    kind: kindOf(String(pick(obj, 'type') ?? '')),
    names,
    programmes: split(pick(obj, 'programmes')),
  };
  const nationality = split(pick(obj, 'nationality'));
  if (nationality.length) e.nationality = nationality;
  const dob = split(pick(obj, 'dob'));
  if (dob.length) e.datesOfBirth = dob;
  const remarks = pick(obj, 'remarks');
  if (remarks !== undefined) e.remarks = String(remarks);
  return e;
}

export interface PlainOptions {
  /** The list label on the entries (default 'custom'). */
  list?: string;
  /** Default: JSON when the text starts with "[", CSV otherwise. */
  format?: 'csv' | 'json';
}

/** Parse a plain watchlist (CSV with a header, or a JSON array). Rows without any name are skipped. */
export function parsePlainWatchlist(text: string, opts: PlainOptions = {}): WatchlistEntry[] {
  const list = opts.list ?? 'custom';
  const body = text.replace(/^\uFEFF/, '');
  const format = opts.format ?? (body.trimStart().startsWith('[') ? 'json' : 'csv');
  let records: Record<string, unknown>[];
  if (format === 'json') {
    const data: unknown = JSON.parse(body);
    if (!Array.isArray(data)) throw new Error('plain watchlist JSON: expected an array of objects');
    records = data.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x));
  } else {
    const res = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: 'greedy' });
    const headers = (res.meta.fields ?? []).map(normKey);
    if (!headers.some((h) => COLUMNS.name!.includes(h) || COLUMNS.aliases!.includes(h))) {
      throw new Error(`plain watchlist CSV: no name column among ${headers.join(', ')}`);
    }
    records = res.data;
  }
  return records.map((r, i) => toEntry(r, i, list)).filter((e): e is WatchlistEntry => e !== undefined);
}
