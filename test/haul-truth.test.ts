/**
 * The truth of a small haul against the files themselves, read with independent readers: every path exists,
 * every document opens, every surface the truth quotes is in the text, selectors validate, Hijri dates convert
 * as the Umm al-Qura table says, totals add up.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { SHARED, SMALL_DOCS, smallHaul } from './haul-helpers.js';
import * as read from './readers.js';
import type { Truth, TruthDocument } from '../src/haul/truth.js';

const require = createRequire(import.meta.url);
const IBAN = require('iban') as { isValid(iban: string): boolean };
const WAValidator = require('multicoin-address-validator') as { validate(a: string, c: string, n?: string): boolean };

/** Text with bidi controls removed and whitespace folded, so quotes compare across readers. */
const clean = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

let dir: string;
let truth: Truth;
/** Text of every document (by id) as the independent readers see it; undefined for binary kinds. */
const texts = new Map<string, string>();
const bytesOf = new Map<string, Uint8Array>();

async function openAll(): Promise<void> {
  const byPath = new Map<string, TruthDocument[]>();
  for (const d of truth.documents) byPath.set(d.path, [...(byPath.get(d.path) ?? []), d]);
  for (const [path, docs] of byPath) {
    const data = new Uint8Array(await readFile(join(dir, 'haul', path)));
    for (const d of docs) await openDoc(d, data);
  }
}

/** Finds a document's own bytes by walking its container chain. */
async function memberBytes(outer: Uint8Array, kind: string, inner: string[]): Promise<Uint8Array> {
  let data = outer;
  let k = kind;
  for (const name of inner) {
    if (k === 'zip') {
      const entries = await read.zipRead(data);
      const found = entries.get(name);
      if (!found) throw new Error(`zip member ${name} missing`);
      data = found;
      k = name.endsWith('.zip') ? 'zip' : 'file';
    } else if (k === 'mbox') {
      const msgs = await read.mboxRead(data);
      const m = msgs.find((x) => x.messageId === name);
      if (!m) throw new Error(`mbox message ${name} missing`);
      return inner.length === 1 ? new TextEncoder().encode(m.text) : (m.attachments.find((a) => a.filename === inner[1])?.content ?? fail(`attachment ${inner[1]} missing`));
    } else if (k === 'eml') {
      const m = await read.emlRead(data);
      data = m.attachments.find((a) => a.filename === name)?.content ?? fail(`attachment ${name} missing`);
      k = 'file';
    }
  }
  return data;
}

function fail(msg: string): never {
  throw new Error(msg);
}

async function openDoc(d: TruthDocument, outer: Uint8Array): Promise<void> {
  const outerKind = truth.documents.find((x) => x.path === d.path && x.inner.length === 0)?.kind ?? d.kind;
  const data = d.inner.length === 0 ? outer : await memberBytes(outer, outerKind, d.inner);
  bytesOf.set(d.id, data);
  let text: string | undefined;
  switch (d.kind) {
    case 'docx':
      text = await read.docxText(data);
      break;
    case 'pdf':
      text = read.pdfText(data);
      break;
    case 'xlsx':
      text = read.xlsxText(data);
      break;
    case 'csv':
      text = read.csvText(data);
      break;
    case 'eml':
      text = (await read.emlRead(data)).text;
      break;
    case 'email-message':
      text = new TextDecoder().decode(data);
      break;
    case 'mbox':
      expect((await read.mboxRead(data)).length).toBeGreaterThan(0);
      break;
    case 'whatsapp':
      text = read.whatsappText(data);
      break;
    case 'telegram':
      text = read.telegramText(data);
      break;
    case 'html':
      text = read.htmlText(data);
      break;
    case 'txt':
      text = read.txtText(data, d.encoding ?? 'utf-8');
      break;
    case 'zip':
      expect((await read.zipRead(data)).size).toBeGreaterThan(0);
      break;
    case 'scan':
      if (d.format === 'pdf') {
        expect(read.pdfImages(data)).toHaveLength(1);
        expect(read.pdfText(data).trim()).toBe('');
      } else expect(read.imageSize(data)).toMatchObject({ width: 1240, height: 1754, format: d.format });
      break;
    case 'photo':
      expect(read.imageSize(data).format).toBe('jpeg');
      break;
    case 'noise':
      expect(data.byteLength).toBeGreaterThan(0);
      break;
  }
  if (text !== undefined) texts.set(d.id, clean(text));
}

beforeAll(async () => {
  ({ dir, truth } = await smallHaul(1, SMALL_DOCS));
  await openAll();
});

describe('make-haul truth', () => {
  it('holds exactly the documents asked for, with at least 80 persons', () => {
    expect(truth.documents).toHaveLength(SMALL_DOCS);
    expect(truth.generator.docs).toBe(SMALL_DOCS);
    expect(truth.persons.length).toBeGreaterThanOrEqual(80);
    expect(new Set(truth.documents.map((d) => d.id)).size).toBe(SMALL_DOCS);
  });

  it('has every kind of document the issue lists', () => {
    const kinds = new Set(truth.documents.map((d) => d.kind));
    for (const k of ['docx', 'pdf', 'scan', 'xlsx', 'csv', 'eml', 'mbox', 'email-message', 'whatsapp', 'telegram', 'html', 'txt', 'zip', 'photo', 'noise']) expect(kinds, k).toContain(k);
    const formats = new Set(truth.documents.filter((d) => d.scanned && d.kind === 'scan').map((d) => d.format));
    expect([...formats].sort()).toEqual(['jpeg', 'pdf', 'png']);
    const encodings = new Set(truth.documents.filter((d) => d.kind === 'txt').map((d) => d.encoding));
    for (const e of ['utf-8', 'utf-16le', 'windows-1256']) expect(encodings).toContain(e);
    expect(truth.documents.some((d) => d.duplicate_of !== null)).toBe(true);
    expect(truth.documents.some((d) => d.benign && d.distractor_countries.length > 0)).toBe(true);
    expect(truth.documents.some((d) => d.inner.length === 2 && d.kind !== 'email-message')).toBe(true); // nested
  });

  it('opens every document with an independent reader (all paths and members exist)', () => {
    expect(bytesOf.size).toBe(SMALL_DOCS);
  });

  it('quotes every person, Hijri date, selector and amount exactly as the text has it', () => {
    let checked = 0;
    for (const d of truth.documents) {
      const text = texts.get(d.id);
      if (text === undefined) continue;
      // pdftotext reorders mixed Arabic and digits visually (bidi runs), so for PDFs every letter run and digit
      // run of the surface must be there; other readers give logical order and must contain it exactly.
      const runs = (s: string) => s.match(/[\p{L}\p{M}]+|\p{N}+/gu) ?? [];
      const has = (s: string) => (d.kind === 'pdf' ? runs(s).every((w) => text.includes(w)) : text.includes(clean(s)));
      for (const p of d.persons) expect(has(p.surface), `${d.id} ${d.kind} person ${p.surface}`).toBe(true);
      for (const h of d.hijri_dates) expect(has(h.surface), `${d.id} hijri ${h.surface}`).toBe(true);
      for (const s of d.selectors) expect(has(s.surface), `${d.id} selector ${s.surface}`).toBe(true);
      for (const c of d.countries) if (c.via !== 'gps') expect(has(c.surface), `${d.id} country ${c.surface}`).toBe(true);
      checked += d.persons.length;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('gives scanned documents their page text and no text layer', () => {
    const scans = truth.documents.filter((d) => d.scanned && d.kind === 'scan');
    expect(scans.length).toBeGreaterThan(5);
    for (const s of scans) expect(s.text!.length).toBeGreaterThan(40);
  });

  it('writes GPS into photos, and foreign GPS points at the country', async () => {
    const foreign = truth.documents.filter((d) => d.kind === 'photo' && d.countries.some((c) => c.via === 'gps'));
    const withGps = [];
    for (const d of truth.documents.filter((x) => x.kind === 'photo')) {
      const gps = await read.photoGps(bytesOf.get(d.id)!);
      if (gps?.latitude !== undefined) withGps.push(d.id);
      const ev = d.countries.find((c) => c.via === 'gps');
      if (ev) {
        const [lat, lon] = ev.surface.split(',').map(Number);
        expect(gps?.latitude).toBeCloseTo(lat!, 4);
        expect(gps?.longitude).toBeCloseTo(lon!, 4);
      }
    }
    expect(withGps.length).toBeGreaterThan(foreign.length);
  });

  it('gives valid selectors: IBAN check digits, wallet checksums, phone numbers', () => {
    const ibans = truth.persons.flatMap((p) => p.ibans);
    const wallets = truth.persons.flatMap((p) => p.wallets);
    const phones = truth.persons.flatMap((p) => p.phones);
    expect(ibans.length).toBeGreaterThan(5);
    expect(wallets.length).toBeGreaterThan(2);
    for (const i of ibans) expect(IBAN.isValid(i.iban), i.iban).toBe(true);
    for (const w of wallets) expect(WAValidator.validate(w.address, w.chain, 'prod'), w.address).toBe(true);
    for (const p of phones) expect(parsePhoneNumberFromString(p.e164)?.isValid(), p.e164).toBe(true);
    for (const d of truth.documents) for (const s of d.selectors) if (s.type === 'iban') expect(IBAN.isValid(s.value)).toBe(true);
  });

  it('converts every Hijri date as the Umm al-Qura table says', async () => {
    const csv = await readFile(join(SHARED, 'standards/ummalqura/ummalqura-calendar.csv'), 'utf8');
    const table = new Map<string, string>();
    for (const line of csv.split('\n').slice(1)) {
      const [, hy, hm, hd, gy, gm, gd] = line.split(',');
      if (!gd) continue;
      const p = (x: string) => x.trim().padStart(2, '0');
      table.set(`${hy}-${p(hm!)}-${p(hd!)}`, `${gy}-${p(gm!)}-${p(gd)}`);
    }
    const all = truth.documents.flatMap((d) => d.hijri_dates);
    expect(all.length).toBeGreaterThan(20);
    for (const h of all) expect(table.get(h.hijri), h.surface).toBe(h.gregorian);
  });

  it('ties every transaction to its document, and totals add up', () => {
    const ids = new Set(truth.documents.map((d) => d.id));
    for (const t of truth.transactions) {
      expect(ids.has(t.document)).toBe(true);
      expect(truth.documents.find((d) => d.id === t.document)!.transactions).toContain(t.id);
      expect(t.amount).toBeGreaterThan(0);
    }
    const count = Object.values(truth.totals.by_category).reduce((s, c) => s + c.count, 0);
    expect(count).toBe(truth.transactions.length);
    for (const c of Object.keys(truth.totals.by_country)) expect(['IQ', 'SY']).not.toContain(c);
    const ledgerRows = truth.transactions.filter((t) => t.row !== undefined);
    expect(ledgerRows.length).toBeGreaterThan(10);
  });

  it('points at foreign countries by city, address, phone and IBAN; distractors only in benign documents', () => {
    const vias = new Set(truth.documents.flatMap((d) => d.countries.map((c) => c.via)));
    for (const v of ['city', 'phone', 'iban', 'address']) expect(vias).toContain(v);
    for (const d of truth.documents) {
      for (const c of d.countries) expect(['IQ', 'SY']).not.toContain(c.country);
      if (d.distractor_countries.length > 0) expect(d.benign).toBe(true);
    }
  });
});
