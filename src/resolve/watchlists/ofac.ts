/**
 * The US OFAC SDN list in its legacy CSV layout (no header row; "-0- " means empty):
 *   sdn.csv  ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks
 *   alt.csv  ent_num, alt_num, alt_type (aka/fka/nka), alt_name, alt_remarks
 * SDN_Type is "individual", "vessel", "aircraft" or empty (an entity). Weak aliases are not in alt.csv: the
 * legacy files quote them in the remarks ("a.k.a. 'ABU HAFS'"), and OFAC describes them as broad or generic names
 * that may generate a large volume of false hits; they become `weak-aka` names. Dates of birth and nationality
 * are read from the remarks too.
 */
import Papa from 'papaparse';
import { cleanName, scriptTag, type WatchlistEntry, type WatchlistName } from './types.js';

const EMPTY = '-0-';

function field(row: string[], i: number): string {
  const v = (row[i] ?? '').trim();
  return v === EMPTY ? '' : v;
}

function rows(csv: string): string[][] {
  const res = Papa.parse<string[]>(csv.replace(/\u001a\s*$/, ''), { header: false, skipEmptyLines: true });
  return res.data.filter((r) => Array.isArray(r) && r.length > 1);
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** "10 Dec 1948" → 1948-12-10, "Dec 1948" → 1948-12, "1946" → 1946; undefined when unreadable. */
function ofacDate(s: string): string | undefined {
  const t = s.trim();
  let m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(t);
  if (m && MONTHS[m[2]!.toLowerCase()]) return `${m[3]}-${MONTHS[m[2]!.toLowerCase()]}-${m[1]!.padStart(2, '0')}`;
  m = /^([A-Za-z]{3})[a-z]* (\d{4})$/.exec(t);
  if (m && MONTHS[m[1]!.toLowerCase()]) return `${m[2]}-${MONTHS[m[1]!.toLowerCase()]}`;
  m = /^(\d{4})$/.exec(t);
  return m ? m[1] : undefined;
}

/** A remarks DOB value: a date, "circa <date>", "<date> to <date>", "1979-1982". */
function dob(value: string): string | undefined {
  const v = value.replace(/\.$/, '').trim();
  const circa = /^circa (.*)$/i.exec(v);
  const body = circa ? circa[1]! : v;
  const range = /^(.*?) to (.*)$/.exec(body) ?? /^(\d{4})-(\d{4})$/.exec(body);
  if (range) {
    const a = ofacDate(range[1]!);
    const b = ofacDate(range[2]!);
    return a && b ? `${a}/${b}` : undefined;
  }
  const d = ofacDate(body);
  return d && circa ? `${d}~` : d;
}

interface RemarkFacts {
  weakAkas: string[];
  datesOfBirth: string[];
  nationality: string[];
}

/** Split remarks at "; " and pick out quoted aliases, DOBs and nationalities. */
function readRemarks(remarks: string): RemarkFacts {
  const facts: RemarkFacts = { weakAkas: [], datesOfBirth: [], nationality: [] };
  for (const raw of remarks.split(/;\s+/)) {
    const seg = raw.trim();
    const aka = /^[afn]\.k\.a\.\s+'(.*)'\.?$/i.exec(seg);
    if (aka) {
      const name = cleanName(aka[1]!);
      if (name) facts.weakAkas.push(name);
      continue;
    }
    const d = /^(?:alt\.\s+)?DOB\s+(.*)$/.exec(seg);
    if (d) {
      const v = dob(d[1]!);
      if (v) facts.datesOfBirth.push(v);
      continue;
    }
    const n = /^(?:alt\.\s+)?nationality\s+(.*?)\.?$/.exec(seg);
    if (n && n[1]) facts.nationality.push(n[1]);
  }
  return facts;
}

export interface OfacOptions {
  /** The list label on the entries (default 'OFAC-SDN'). */
  list?: string;
}

/** Parse OFAC's legacy sdn.csv (and optionally alt.csv) into entries, in sdn.csv order. */
export function parseOfacSdn(sdnCsv: string, altCsv = '', opts: OfacOptions = {}): WatchlistEntry[] {
  const list = opts.list ?? 'OFAC-SDN';
  const byId = new Map<string, WatchlistEntry>();
  const entries: WatchlistEntry[] = [];
  const addName = (e: WatchlistEntry, name: string, kind: WatchlistName['kind'], note?: string): void => {
    const clean = cleanName(name);
    if (!clean || e.names.some((n) => n.name === clean)) return;
    e.names.push({ name: clean, script: scriptTag(clean), kind, ...(note ? { note } : {}) });
  };
  for (const r of rows(sdnCsv)) {
    const id = field(r, 0);
    const name = field(r, 1);
    if (!id || !name) continue;
    const type = field(r, 2).toLowerCase();
    const kind = type === 'individual' ? 'person' : type === '' ? 'organisation' : 'other';
    const remarks = field(r, 11);
    const facts = readRemarks(remarks);
    const e: WatchlistEntry = {
      id,
      list,
      kind,
      ...(kind === 'other' ? { subtype: type } : {}),
      names: [],
      programmes: field(r, 3).split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
    };
    addName(e, name, 'primary');
    for (const w of facts.weakAkas) addName(e, w, 'weak-aka');
    if (facts.nationality.length) e.nationality = facts.nationality;
    if (facts.datesOfBirth.length) e.datesOfBirth = facts.datesOfBirth;
    if (remarks) e.remarks = remarks;
    byId.set(id, e);
    entries.push(e);
  }
  for (const r of rows(altCsv)) {
    const e = byId.get(field(r, 0));
    const name = field(r, 3);
    if (!e || !name) continue;
    const type = field(r, 2).toLowerCase();
    const note = [type === 'aka' ? '' : type, field(r, 4)].filter(Boolean).join('; ');
    // An alias quoted as weak in the remarks and also listed in alt.csv is a good alias.
    const weak = e.names.findIndex((n) => n.kind === 'weak-aka' && n.name === cleanName(name));
    if (weak >= 0) e.names.splice(weak, 1);
    addName(e, name, 'aka', note || undefined);
  }
  return entries;
}
