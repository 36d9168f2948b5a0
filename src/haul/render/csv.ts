/**
 * CSV exports of a `Ledger`, as Excel writes them: the first sheet only, header row then rows, the given
 * delimiter, CRLF line endings, UTF-8 with an optional byte-order mark.
 */
import { stringify } from 'csv-stringify/sync';
import type { Renderer } from '../spec.js';

export const renderCsv: Renderer<'csv'> = async (spec) => {
  const sheet = spec.ledger.sheets[0];
  if (!sheet) throw new Error(`csv: ledger "${spec.ledger.title}" has no sheet`);
  const records = [sheet.headers, ...sheet.rows.map((r) => r.map((v) => (v === null ? '' : String(v))))];
  const text = stringify(records, { delimiter: spec.delimiter, record_delimiter: 'windows', bom: spec.bom });
  return new TextEncoder().encode(text);
};
