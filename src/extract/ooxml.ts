/**
 * Shared helpers for the zipped XML formats (DOCX, PPTX, XLSX, ODF): open the zip with a zip-bomb guard,
 * parse XML parts safely into a small ordered tree, read core properties and list embedded objects; and the
 * text layout of sheets shared by XLSX, ODS and CSV (`sheetsText`).
 *
 * Zip guard: fflate's `unzipSync` hands every central-directory record to a filter before inflating it. The
 * filter checks declared sizes, ratios and totals against `Limits` (the same policy as zip.ts via `Budget`)
 * and throws ExtractError('limit') when they are exceeded. fflate inflates a member into a buffer of exactly
 * its declared size, so a member that lies about its size cannot grow past what was checked.
 *
 * XML safety: entities are never expanded by the parser (`processEntities: false`); we decode only the five
 * predefined entities and numeric character references ourselves. Documents that declare entities
 * (`<!ENTITY`, the billion-laughs and XXE shapes) are refused as 'unsafe'; a bare DOCTYPE is ignored and
 * nothing it names is ever fetched.
 */
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { ExtractError, type CellValue, type Child, type Limits, type Sheet } from './types.js';
import { Budget } from './zip.js';

export type Zip = Map<string, Uint8Array>;

/** CFB (OLE2) magic: password-protected OOXML is stored as an OLE container, not a zip. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when the bytes contain `needle` encoded as UTF-16LE (how CFB stream names are stored). */
function hasUtf16(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(needle, 'utf16le'));
}

/**
 * Unzips `bytes`, inflating only the members `want` accepts (all by default) but checking every member's
 * declared size against `limits` first. `what` names the format in error messages.
 */
export function openZip(bytes: Uint8Array, limits: Limits, what: string, want: (name: string) => boolean = () => true): Zip {
  if (startsWith(bytes, CFB)) {
    if (hasUtf16(bytes, 'EncryptedPackage')) throw new ExtractError('encrypted', `${what}: password-protected (encrypted OLE package)`);
    throw new ExtractError('unsupported', `${what}: an OLE2 file, not a zip (legacy binary format?)`);
  }
  if (bytes.length > limits.maxBytes) throw new ExtractError('too-big', `${what}: ${bytes.length} bytes is over maxBytes`);
  const budget = new Budget(limits, what);
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const refused = budget.refuse(f.originalSize, f.size);
        if (refused) throw new ExtractError('limit', `${what}: ${f.name}: ${refused.message}`);
        declared += f.originalSize;
        if (declared > limits.maxUnpackedBytes) throw new ExtractError('limit', `${what}: members declare more than maxUnpackedBytes`);
        return !f.name.endsWith('/') && want(f.name);
      },
    });
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    const message = (e as Error).message;
    // A zip that starts with a local header but has no end record was cut short.
    const truncated = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && /invalid zip data|unexpected EOF/i.test(message);
    throw new ExtractError(truncated ? 'truncated' : 'corrupt', `${what}: cannot unzip: ${message}`);
  }
  return new Map(Object.entries(files));
}

/** A part that must exist: a package without it is 'corrupt'. */
export function requirePart(zip: Zip, name: string, what: string): Uint8Array {
  const part = zip.get(name);
  if (!part) throw new ExtractError('corrupt', `${what}: missing part ${name}`);
  return part;
}

// ---------------------------------------------------------------------------------------------------------
// XML

/** An element of the ordered tree: children keep document order, text nodes are plain strings. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlChild[];
}
export type XmlChild = XmlNode | string;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  // Real documents nest deeper than the default 100 (tables in text boxes in tables); 500 keeps our recursive
  // walks far from the stack limit.
  maxNestedTags: 500,
});

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined XML entities and numeric references; anything else is left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

type RawNode = Record<string, unknown>;

function toTree(raw: RawNode[]): XmlChild[] {
  const out: XmlChild[] = [];
  for (const node of raw) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text') out.push(decodeEntities(String(value)));
      else if (key === '#cdata') out.push(...(value as RawNode[]).map((t) => String(t['#text'] ?? '')));
      else {
        const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = decodeEntities(String(v));
        out.push({ name: key, attrs, children: toTree(Array.isArray(value) ? (value as RawNode[]) : []) });
      }
    }
  }
  return out;
}

/** Parses an XML part into a root element; refuses entity declarations, maps parser failures to 'corrupt'. */
export function parseXml(data: Uint8Array | string, what: string): XmlNode {
  const xml = typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
  if (/<!ENTITY/i.test(xml)) throw new ExtractError('unsafe', `${what}: XML declares entities (refused: entity expansion)`);
  let children: XmlChild[];
  try {
    children = toTree(parser.parse(xml) as RawNode[]);
  } catch (e) {
    throw new ExtractError('corrupt', `${what}: bad XML: ${(e as Error).message}`);
  }
  const root = children.find((c): c is XmlNode => typeof c !== 'string' && !c.name.startsWith('!'));
  if (!root) throw new ExtractError('corrupt', `${what}: XML has no root element`);
  return root;
}

/** Element children of `node`, optionally only those named `name`. */
export function elements(node: XmlNode, name?: string): XmlNode[] {
  return node.children.filter((c): c is XmlNode => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** First descendant (depth-first) named `name`. */
export function find(node: XmlNode, name: string): XmlNode | undefined {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const hit = find(c, name);
    if (hit) return hit;
  }
  return undefined;
}

/** All descendants named `name`, in document order (not looking inside a match). */
export function findAll(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

/** Concatenated text of all descendant text nodes. */
export function textOf(node: XmlNode): string {
  let s = '';
  for (const c of node.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

// ---------------------------------------------------------------------------------------------------------
// OPC (OOXML packaging)

/** Relationships of a part: id → { type, target resolved against the part's folder }. */
export function relationships(zip: Zip, part: string): Map<string, { type: string; target: string; external: boolean }> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const relsName = `${dir}_rels/${part.slice(slash + 1)}.rels`;
  const rels = new Map<string, { type: string; target: string; external: boolean }>();
  const data = zip.get(relsName);
  if (!data) return rels;
  for (const r of findAll(parseXml(data, relsName), 'Relationship')) {
    const external = r.attrs.TargetMode === 'External';
    const target = r.attrs.Target ?? '';
    rels.set(r.attrs.Id ?? '', { type: r.attrs.Type ?? '', target: external ? target : resolvePath(dir, target), external });
  }
  return rels;
}

/** Resolves a relative part name ('../media/x.png') against a folder ('word/'). */
export function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The package's main part (officeDocument relationship), or `fallback`. */
export function mainPart(zip: Zip, fallback: string): string {
  for (const rel of relationships(zip, '').values()) {
    if (rel.type.endsWith('/officeDocument') && zip.has(rel.target)) return rel.target;
  }
  return fallback;
}

/**
 * docProps/core.xml (Dublin Core) and docProps/app.xml. `author` is dc:creator (the person; a PDF's
 * 'creator' is the application, kept under `application` here).
 */
export function coreProperties(zip: Zip): Record<string, string> {
  const meta: Record<string, string> = {};
  const core = zip.get('docProps/core.xml');
  if (core) {
    const keys: Record<string, string> = {
      'dc:title': 'title',
      'dc:creator': 'author',
      'cp:lastModifiedBy': 'lastModifiedBy',
      'dcterms:created': 'created',
      'dcterms:modified': 'modified',
      'dc:subject': 'subject',
      'dc:description': 'description',
      'cp:keywords': 'keywords',
      'cp:revision': 'revision',
      'cp:lastPrinted': 'lastPrinted',
    };
    for (const el of elements(parseXml(core, 'docProps/core.xml'))) {
      const key = keys[el.name];
      const value = textOf(el).trim();
      if (key && value) meta[key] = value;
    }
  }
  const app = zip.get('docProps/app.xml');
  if (app) {
    for (const el of elements(parseXml(app, 'docProps/app.xml'))) {
      const key = { Application: 'application', AppVersion: 'appVersion', Company: 'company', Template: 'template', TotalTime: 'totalTime' }[el.name];
      const value = textOf(el).trim();
      if (key && value) meta[key] = value;
    }
  }
  return meta;
}

/**
 * Embedded objects under `folder` (word/embeddings/, xl/embeddings/, ppt/embeddings/) as children, named by
 * their part name. Pictures (media/) are not children: they are rendering, not documents.
 */
export function embeddedChildren(zip: Zip, folder: string, limits: Limits): Child[] {
  const children = [...zip.entries()]
    .filter(([name]) => name.startsWith(folder) && !name.endsWith('/'))
    .map(([name, bytes]) => ({ name, bytes }));
  if (children.length > limits.maxChildren) throw new ExtractError('limit', `more than ${limits.maxChildren} embedded objects`);
  return children;
}

/** Joins parts with a separator and records each part's [start, end) in the joined text. */
export function joinWithOffsets(parts: string[], separator: string): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  parts.forEach((p, i) => {
    if (i > 0) text += separator;
    spans.push({ start: text.length, end: text.length + p.length });
    text += p;
  });
  return { text, spans };
}

// ---------------------------------------------------------------------------------------------------------
// Sheets as text (XLSX, ODS, CSV)

/** Between two sheets: the same as between PDF pages. */
const SHEET_BREAK = '\n\f\n';

/** A cell as it appears in the text. */
export function cellText(v: CellValue): string {
  return v === null ? '' : String(v);
}

/**
 * Lays out sheets as text: per sheet a line with its name, then one line per row with the cells joined by
 * '\t' (line k after the name is row k+1); sheets joined with '\n\f\n'. Sets each sheet's offsets.
 */
export function sheetsText(sheets: { name: string; rows: CellValue[][] }[]): { text: string; sheets: Sheet[] } {
  let text = '';
  const out = sheets.map((s, i): Sheet => {
    if (i > 0) text += SHEET_BREAK;
    const start = text.length;
    text += [s.name, ...s.rows.map((r) => r.map(cellText).join('\t'))].join('\n');
    return { name: s.name, rows: s.rows, start, end: text.length };
  });
  return { text, sheets: out };
}
