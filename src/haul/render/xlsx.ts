/**
 * Excel workbooks from a `Ledger`, via exceljs: one worksheet per sheet, bold header row, numbers kept as numbers
 * (amounts formatted '#,##0.00'), strings as strings (Hijri dates such as '15/03/1437 هـ' stay text).
 */
import ExcelJS from 'exceljs';
import type { Cell, Renderer, Sheet } from '../spec.js';
import { normaliseOoxml } from './ooxml-normalise.js';

/** Headers that name a money column (English, Arabic, French). */
const AMOUNT_HEADER = /amount|total|sum|balance|debit|credit|price|cost|مبلغ|مجموع|إجمالي|اجمالي|رصيد|مدين|دائن|سعر|قيمة|montant|solde|prix/i;

/** A column is an amount column if all its values are numbers and its header says so or a value has decimals. */
function isAmountColumn(sheet: Sheet, col: number): boolean {
  const values = sheet.rows.map((r) => r[col]).filter((v): v is Cell => v !== null && v !== undefined);
  if (values.length === 0 || !values.every((v) => typeof v === 'number')) return false;
  return AMOUNT_HEADER.test(sheet.headers[col] ?? '') || values.some((v) => !Number.isInteger(v));
}

/** Column width in characters: the longest header or cell, within sensible bounds. */
function columnWidth(sheet: Sheet, col: number): number {
  const lengths = [sheet.headers[col], ...sheet.rows.map((r) => r[col])].map((v) =>
    v === null || v === undefined ? 0 : typeof v === 'number' ? v.toFixed(2).length + 3 : v.length,
  );
  return Math.min(50, Math.max(10, ...lengths) + 2);
}

export const renderXlsx: Renderer<'xlsx'> = async (spec) => {
  const { ledger, meta } = spec;
  const wb = new ExcelJS.Workbook();
  const created = new Date(meta.created);
  wb.creator = meta.author;
  wb.lastModifiedBy = meta.author;
  wb.title = meta.title;
  wb.created = created;
  wb.modified = created;

  for (const sheet of ledger.sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ rightToLeft: sheet.rtl }] });
    const width = Math.max(sheet.headers.length, ...sheet.rows.map((r) => r.length));
    ws.columns = Array.from({ length: width }, (_, i) => ({
      width: columnWidth(sheet, i),
      ...(isAmountColumn(sheet, i) ? { style: { numFmt: '#,##0.00' } } : {}),
    }));
    ws.addRow(sheet.headers).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((v) => v ?? null));
  }

  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return normaliseOoxml(bytes, meta);
};
