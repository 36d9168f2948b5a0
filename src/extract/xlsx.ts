/**
 * Excel workbooks (XLSX) through exceljs: every sheet's rows with typed cells (numbers stay numbers, booleans
 * stay booleans, dates become ISO strings, formulas give their cached result, rich text and hyperlinks their
 * text, errors their code such as '#N/A'); the part of a merged range other than its top-left cell is null.
 *
 * Text: per sheet, a line with the sheet name, then one line per row with the cells joined by '\t'; sheets
 * are joined with '\n\f\n' (as PDF pages). Line k after the name line is row k+1 of the sheet.
 *
 * The zip is opened with ooxml.ts first (size and ratio checks) and the checked members are stored into a
 * fresh zip for exceljs, so exceljs never inflates more than was checked. Embedded objects
 * (xl/embeddings/*) are children.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { ExtractError, type CellValue, type Extractor } from './types.js';
import { coreProperties, embeddedChildren, openZip, sheetsText } from './ooxml.js';

/** A date as ISO 8601: the date alone at midnight, else date and time (Excel dates carry no zone). */
function isoDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, '').replace(/Z$/, '');
}

/** exceljs's cell value → a typed cell. */
export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if ('formula' in v || 'sharedFormula' in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return cellValue(v.text as ExcelJS.CellValue);
  if ('error' in v) return v.error;
  return null;
}

function readSheet(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    const cells: CellValue[] = [];
    if (row) {
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        cells.push(cell.type === ExcelJS.ValueType.Merge ? null : cellValue(cell.value));
      }
    }
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export const extractXlsx: Extractor = async ({ bytes, limits }) => {
  const zip = openZip(bytes, limits, 'xlsx');
  const wb = new ExcelJS.Workbook();
  try {
    const checked = zipSync(Object.fromEntries(zip), { level: 0 });
    await wb.xlsx.load(checked.buffer.slice(checked.byteOffset, checked.byteOffset + checked.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new ExtractError('corrupt', `xlsx: ${(e as Error).message}`);
  }
  const read = wb.worksheets.map((ws) => ({ name: ws.name, rows: readSheet(ws), hidden: ws.state !== 'visible' }));
  const { text, sheets } = sheetsText(read);
  const meta = coreProperties(zip);
  const hiddenSheets = read.filter((s) => s.hidden).map((s) => s.name);
  return {
    text,
    ...(meta.title ? { title: meta.title } : {}),
    sheets,
    metadata: { ...meta, sheetCount: sheets.length, ...(hiddenSheets.length ? { hiddenSheets } : {}) },
    children: embeddedChildren(zip, 'xl/embeddings/', limits),
    method: 'text-layer',
  };
};
