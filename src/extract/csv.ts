/**
 * CSV (and TSV, semicolon- or pipe-separated) exports: decoded with text/encoding.ts (BOM, UTF-8, UTF-16,
 * the Arabic and Latin code pages), parsed with papaparse guessing the delimiter, as one Sheet named after
 * the file (without its extension).
 *
 * Cells are typed conservatively: only a plain decimal number (optional '-', no leading zero, no thousands
 * separator, at most 15 significant digits so it converts exactly) becomes a number. Phone numbers
 * ('0935...', '+964...'), IBANs, dates and amounts written with separators stay strings as written.
 * Text: laid out like XLSX (sheet name line, then tab-joined rows; see ooxml.ts `sheetsText`), so a row's
 * line is found the same way for every tabular format.
 */
import Papa from 'papaparse';
import { decodeText } from '../text/encoding.js';
import { sheetsText } from './ooxml.js';
import type { CellValue, Extractor } from './types.js';

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

export function csvCell(s: string): CellValue {
  if (s === '') return null;
  if (PLAIN_NUMBER.test(s) && s.replace(/\D/g, '').length <= 15) return Number(s);
  return s;
}

export const extractCsv: Extractor = async ({ bytes, name }) => {
  const decoded = decodeText(bytes);
  const parsed = Papa.parse<string[]>(decoded.text, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const rows = parsed.data.map((r) => {
    const cells = r.map(csvCell);
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  const base = name.split(/[/\\]/).pop() ?? name;
  const sheetName = base.replace(/\.[^.]*$/, '') || base || 'Sheet1';
  const { text, sheets } = sheetsText([{ name: sheetName, rows }]);
  return {
    text,
    sheets,
    metadata: {
      encoding: decoded.encoding,
      bom: decoded.bom,
      delimiter: parsed.meta.delimiter,
      rows: rows.length,
      ...(parsed.errors.length ? { parseErrors: parsed.errors.slice(0, 10).map((e) => `${e.code} at row ${e.row}`) } : {}),
    },
    method: 'text-layer',
  };
};
