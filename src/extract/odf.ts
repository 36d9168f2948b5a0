/**
 * OpenDocument text (ODT) and spreadsheets (ODS): content.xml and meta.xml. Embedded OLE objects stored at
 * the package root ('Object 1') are children; pictures are not.
 *
 * ODT text: one line per paragraph or heading, text:s → spaces, text:tab → '\t', text:line-break → '\n',
 * runs of white space in the XML collapse to one space (the ODF rule), table rows are tab-joined lines,
 * footnotes and comments come after the body (a blank line between), tracked deletions are skipped.
 * ODS: sheets with typed cells (office:value-type float/percentage/currency → number, boolean → boolean,
 * date/time → their ISO value, else the cell's text), laid out as text like XLSX (see xlsx.ts).
 * Repeated rows and columns (number-*-repeated) are expanded only up to a cap, and trailing empties dropped.
 */
import { ExtractError, type CellValue, type Extractor, type Limits } from './types.js';
import { elements, find, openZip, parseXml, sheetsText, textOf, type XmlNode, type Zip } from './ooxml.js';

/** Most columns a row may expand to, and most copies of one repeated row. */
const MAX_COLUMNS = 1024;
const MAX_ROW_REPEAT = 1000;

function openOdf(bytes: Uint8Array, limits: Limits, what: string): Zip {
  const zip = openZip(bytes, limits, what, (n) => n === 'content.xml' || n === 'meta.xml' || n === 'META-INF/manifest.xml' || /^Object [^/]+$/.test(n));
  const manifest = zip.get('META-INF/manifest.xml');
  if (manifest && new TextDecoder().decode(manifest).includes('encryption-data')) {
    throw new ExtractError('encrypted', `${what}: password-protected document`);
  }
  if (!zip.has('content.xml')) throw new ExtractError('corrupt', `${what}: missing content.xml`);
  return zip;
}

/** meta.xml: in ODF, dc:creator is the last editor and meta:initial-creator the author. */
function odfMetadata(zip: Zip): Record<string, string> {
  const data = zip.get('meta.xml');
  const meta: Record<string, string> = {};
  if (!data) return meta;
  const keys: Record<string, string> = {
    'dc:title': 'title',
    'meta:initial-creator': 'author',
    'dc:creator': 'lastModifiedBy',
    'meta:creation-date': 'created',
    'dc:date': 'modified',
    'dc:subject': 'subject',
    'dc:description': 'description',
    'meta:keyword': 'keywords',
    'meta:generator': 'application',
    'meta:editing-cycles': 'revision',
    'meta:print-date': 'lastPrinted',
  };
  const office = find(parseXml(data, 'meta.xml'), 'office:meta');
  for (const el of office ? elements(office) : []) {
    const key = keys[el.name];
    const value = textOf(el).trim();
    if (key && value) meta[key] = meta[key] ? `${meta[key]}, ${value}` : value;
  }
  return meta;
}

function children(zip: Zip) {
  return [...zip.entries()].filter(([n]) => /^Object [^/]+$/.test(n)).map(([name, bytes]) => ({ name, bytes }));
}

function body(zip: Zip, kind: 'office:text' | 'office:spreadsheet', what: string): XmlNode {
  const found = find(parseXml(zip.get('content.xml')!, 'content.xml'), kind);
  if (!found) throw new ExtractError('corrupt', `${what}: content.xml has no ${kind}`);
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Text documents

/** Elements with no visible text: deletions, note citations, comment authors and dates, decl blocks. */
const SKIP = new Set(['text:tracked-changes', 'text:note-citation', 'dc:creator', 'dc:date', 'text:sequence-decls', 'text:variable-decls', 'office:forms', 'svg:desc']);

interface Sink {
  out: string[];
  /** Footnotes and comments, written after the body. */
  notes: string[];
}

function renderOdt(node: XmlNode, sink: Sink, inPara: boolean): void {
  for (const c of node.children) {
    if (typeof c === 'string') {
      if (inPara) sink.out.push(c.replace(/[ \t\r\n]+/g, ' '));
      continue;
    }
    switch (c.name) {
      case 'text:p':
      case 'text:h':
        renderOdt(c, sink, true);
        sink.out.push('\n');
        break;
      case 'text:s':
        sink.out.push(' '.repeat(Math.min(Math.max(Number(c.attrs['text:c'] ?? 1) || 1, 1), 1000)));
        break;
      case 'text:tab':
        sink.out.push('\t');
        break;
      case 'text:line-break':
        sink.out.push('\n');
        break;
      case 'text:note':
      case 'office:annotation': {
        const note: Sink = { out: [], notes: sink.notes };
        renderOdt(c, note, false);
        const t = note.out.join('').trim();
        if (t) sink.notes.push(t);
        break;
      }
      case 'table:table':
        for (const row of rowsOf(c)) {
          const cells: string[] = [];
          for (const cell of elements(row)) {
            if (cell.name !== 'table:table-cell' && cell.name !== 'table:covered-table-cell') continue;
            const s: Sink = { out: [], notes: sink.notes };
            renderOdt(cell, s, false);
            const text = s.out.join('').trim().replace(/\s*\n\s*/g, ' ');
            const n = Math.min(repeat(cell, 'table:number-columns-repeated'), MAX_COLUMNS - cells.length);
            for (let i = 0; i < n; i++) cells.push(text);
          }
          while (cells.length && cells[cells.length - 1] === '') cells.pop();
          if (cells.length) sink.out.push(cells.join('\t'), '\n');
        }
        break;
      default:
        if (!SKIP.has(c.name)) renderOdt(c, sink, inPara);
    }
  }
}

export const extractOdt: Extractor = async ({ bytes, limits }) => {
  const zip = openOdf(bytes, limits, 'odt');
  const sink: Sink = { out: [], notes: [] };
  renderOdt(body(zip, 'office:text', 'odt'), sink, false);
  let text = sink.out.join('').replace(/\n+$/, '');
  if (sink.notes.length) text += (text ? '\n\n' : '') + sink.notes.join('\n');
  const meta = odfMetadata(zip);
  return { text, ...(meta.title ? { title: meta.title } : {}), metadata: meta, children: children(zip), method: 'text-layer' };
};

// ---------------------------------------------------------------------------------------------------------
// Spreadsheets

/** A table's rows, looking through row groups and header rows. */
function rowsOf(table: XmlNode): XmlNode[] {
  const rows: XmlNode[] = [];
  for (const c of elements(table)) {
    if (c.name === 'table:table-row') rows.push(c);
    else if (/^table:table-(header-rows|rows|row-group)$/.test(c.name)) rows.push(...rowsOf(c));
  }
  return rows;
}

function odsCell(cell: XmlNode): CellValue {
  const a = cell.attrs;
  switch (a['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(a['office:value']);
      return Number.isFinite(n) ? n : null;
    }
    case 'boolean':
      return a['office:boolean-value'] === 'true';
    case 'date':
      return a['office:date-value'] ?? null;
    case 'time':
      return a['office:time-value'] ?? null;
  }
  const paragraphs = elements(cell, 'text:p').map((p) => {
    const sink: Sink = { out: [], notes: [] };
    renderOdt({ name: 'cell', attrs: {}, children: [p] }, sink, false);
    return sink.out.join('').replace(/\n$/, '');
  });
  const text = paragraphs.join('\n');
  return text === '' ? null : text;
}

const repeat = (node: XmlNode, attr: string) => Math.max(1, Number(node.attrs[attr] ?? 1) || 1);

function odsRows(table: XmlNode): CellValue[][] {
  const rows: CellValue[][] = [];
  let emptyRun = 0; // empty rows are held back: materialised only if a non-empty row follows
  for (const row of rowsOf(table)) {
    const cells: CellValue[] = [];
    for (const cell of elements(row)) {
      if (cell.name !== 'table:table-cell' && cell.name !== 'table:covered-table-cell') continue;
      const value = cell.name === 'table:covered-table-cell' ? null : odsCell(cell);
      const n = Math.min(repeat(cell, 'table:number-columns-repeated'), MAX_COLUMNS - cells.length);
      for (let i = 0; i < n; i++) cells.push(value);
      if (cells.length >= MAX_COLUMNS) break;
    }
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    const times = repeat(row, 'table:number-rows-repeated');
    if (cells.length === 0) {
      emptyRun += times;
      continue;
    }
    for (let i = 0; i < Math.min(emptyRun, MAX_ROW_REPEAT * 100); i++) rows.push([]);
    emptyRun = 0;
    for (let i = 0; i < Math.min(times, MAX_ROW_REPEAT); i++) rows.push([...cells]);
  }
  return rows;
}

export const extractOds: Extractor = async ({ bytes, limits }) => {
  const zip = openOdf(bytes, limits, 'ods');
  const tables = elements(body(zip, 'office:spreadsheet', 'ods'), 'table:table');
  const { text, sheets } = sheetsText(tables.map((t, i) => ({ name: t.attrs['table:name'] ?? `Sheet${i + 1}`, rows: odsRows(t) })));
  const meta = odfMetadata(zip);
  return {
    text,
    ...(meta.title ? { title: meta.title } : {}),
    sheets,
    metadata: { ...meta, sheetCount: sheets.length },
    children: children(zip),
    method: 'text-layer',
  };
};
