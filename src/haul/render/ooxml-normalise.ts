/**
 * Makes an OOXML package (docx, xlsx) byte-reproducible: the libraries that write them stamp the current time
 * into docProps/core.xml and the zip entries. We rewrite the core properties from the spec's metadata and re-zip
 * in a stable order with a fixed entry time.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export interface OoxmlMeta {
  /** ISO 8601 instant. */
  created: string;
  /** ISO 8601 instant; defaults to `created`. */
  modified?: string;
  author: string;
  title: string;
}

/** ISO instant without milliseconds, as Office writes it: 2016-01-05T09:30:00Z. */
export function isoSeconds(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Sets `<tag>` (with optional attributes) to `value` in a core.xml, adding the element if absent. */
function setElement(xml: string, tag: string, value: string, attrs = ''): string {
  const element = `<${tag}${attrs}>${escapeXml(value)}</${tag}>`;
  const existing = new RegExp(`<${tag}(\\s[^>]*)?(/>|>[\\s\\S]*?</${tag}>)`);
  return existing.test(xml)
    ? xml.replace(existing, () => element)
    : xml.replace('</cp:coreProperties>', () => `${element}</cp:coreProperties>`);
}

function rewriteCore(xml: string, meta: OoxmlMeta): string {
  const w3c = ' xsi:type="dcterms:W3CDTF"';
  xml = setElement(xml, 'dc:title', meta.title);
  xml = setElement(xml, 'dc:creator', meta.author);
  xml = setElement(xml, 'cp:lastModifiedBy', meta.author);
  xml = setElement(xml, 'dcterms:created', isoSeconds(meta.created), w3c);
  return setElement(xml, 'dcterms:modified', isoSeconds(meta.modified ?? meta.created), w3c);
}

/** Zip entry times are DOS local times; build a Date whose local fields equal the instant's UTC fields. */
function dosTime(iso: string): Date {
  const d = new Date(iso);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** Office order: [Content_Types].xml first, then _rels, then the rest by name. */
function rank(path: string): string {
  if (path === '[Content_Types].xml') return `0${path}`;
  if (path.startsWith('_rels/')) return `1${path}`;
  return `2${path}`;
}

export function normaliseOoxml(bytes: Uint8Array, meta: OoxmlMeta): Uint8Array {
  const entries = unzipSync(bytes);
  const mtime = dosTime(meta.created);
  const out: Zippable = {};
  const paths = Object.keys(entries)
    .filter((p) => !p.endsWith('/')) // directory entries (exceljs writes them; Office does not)
    .sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
  for (const path of paths) {
    let data = entries[path]!;
    if (path === 'docProps/core.xml') data = strToU8(rewriteCore(strFromU8(data), meta));
    out[path] = [data, { mtime, level: 6 }];
  }
  return zipSync(out);
}
