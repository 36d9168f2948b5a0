/**
 * Money in a document: the transactions of its ledgers (sheets of xlsx, ods, csv) or of its prose (letters,
 * emails, chats). A document with sheets is read as a ledger only: its text repeats the cells. Plain text that is
 * a delimited table (a CSV saved as .txt, sniffed as text/plain) is read as a one-sheet ledger. Pure functions.
 */
import type { CellValue, Sheet } from '../../extract/types.js';
import type { Transaction } from '../types.js';
import { ledgerTransactions } from './ledger.js';
import { proseTransactions, type ProseMessage, type RecognisedMentions } from './prose.js';

export interface MoneyDocument {
  text: string;
  mime: string;
  sheets?: Sheet[];
  /** The document's date (YYYY-MM-DD or ISO 8601), for transactions that give none. */
  docDate?: string | null;
  languages: string[];
  /** Chat messages from the extractor's structure: sender and time of each line (optional). */
  messages?: ProseMessage[];
  /** The document's money, place and date mentions from the entities stage, when it ran (see ProseInput). */
  recognised?: RecognisedMentions;
}

export function transactionsOf(doc: MoneyDocument): Transaction[] {
  if (doc.sheets && doc.sheets.some((s) => s.rows.length > 0)) return ledgerTransactions(doc.sheets, { docDate: doc.docDate ?? null });
  if (!doc.text) return [];
  if (/^text\/(?:plain|csv|tab-separated-values)/.test(doc.mime) && !doc.messages?.length) {
    const table = delimitedTable(doc.text);
    if (table) {
      const found = ledgerTransactions([table], { docDate: doc.docDate ?? null });
      if (found.length > 0) return found;
    }
  }
  return proseTransactions({ text: doc.text, docDate: doc.docDate ?? null, ...(doc.messages ? { messages: doc.messages } : {}), ...(doc.recognised ? { recognised: doc.recognised } : {}) });
}

/** Splits one line on a delimiter, with double quotes around fields that contain it. */
function splitLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === delimiter) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * Text that is a delimited table (comma, semicolon, tab or pipe): at least three lines, and four in five of its
 * non-empty lines with the same number of fields (three or more). Plain decimal numbers become numbers, as the
 * CSV extractor types them; the sheet has no name ("").
 */
export function delimitedTable(text: string): Sheet | null {
  const lines = text.split(/\r?\n/);
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (nonEmpty.length < 3) return null;
  for (const delimiter of ['\t', ',', ';', '|']) {
    const counts = nonEmpty.map((l) => splitLine(l, delimiter).length);
    const mode = [...counts].sort((a, b) => counts.filter((c) => c === b).length - counts.filter((c) => c === a).length)[0]!;
    if (mode < 3 || counts.filter((c) => c === mode).length < nonEmpty.length * 0.8) continue;
    const rows: CellValue[][] = lines.map((l) =>
      l.trim() === ''
        ? []
        : splitLine(l, delimiter).map((f): CellValue => {
            const v = f.trim();
            if (v === '') return null;
            return PLAIN_NUMBER.test(v) && v.replace(/\D/g, '').length <= 15 ? Number(v) : v;
          }),
    );
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    return { name: '', rows, start: 0, end: text.length };
  }
  return null;
}

export { ledgerTransactions, sheetTransactions, readAmount, readCurrency, readDate, cleanName } from './ledger.js';
export { proseTransactions } from './prose.js';
export { categorise, directionOfCategory, directionOfLabel, foreignCountry, HOME_COUNTRIES } from './categories.js';
export { toUsd, usdPerUnit, RATE_SOURCES, USD_PER_UNIT_BY_MONTH } from './rates.js';
