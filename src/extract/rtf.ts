/**
 * RTF: a small tokenizer (groups, control words, control symbols, text) that keeps the visible text.
 *
 * - \par \line \sect \page → '\n', \tab and table cells → '\t', table rows → '\n'.
 * - \'hh bytes are decoded with the code page of the current font (\fcharset in the font table, e.g. 178 →
 *   cp1256 for Arabic) or else the document's \ansicpg, through iconv-lite.
 * - \uN gives a UTF-16 unit (negative N wraps), then the next \ucN characters (the ANSI fallback) are skipped.
 * - Destinations that are not text are skipped: \* groups, font/colour/style/list tables, pictures, object
 *   data, field instructions, shape properties. From \info we keep title, author, operator, subject,
 *   keywords, company and the creation/revision times as metadata.
 * - Guards: nesting deeper than MAX_DEPTH is 'corrupt'; \bin skips its bytes; the scan is one linear pass,
 *   so a damaged or huge file gives its text or a clean error quickly. Unbalanced braces are tolerated.
 */
import iconv from 'iconv-lite';
import { ExtractError, type Extractor } from './types.js';

const MAX_DEPTH = 1000;

/** Font charset (\fcharsetN) → Windows code page. */
const CHARSET_CODEPAGE: Record<number, number> = {
  0: 1252, 2: 1252, 77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254,
  163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
};

/** Groups whose content is never visible text. */
const SKIP_DEST = new Set([
  'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator', 'xmlnstbl',
  'pict', 'objdata', 'objclass', 'objname', 'fldinst', 'sp', 'sn', 'sv', 'datastore', 'themedata',
  'colorschememapping', 'latentstyles', 'datafield', 'bkmkstart', 'bkmkend', 'pntxta', 'pntxtb',
  'nonshppict', 'atnid', 'atnauthor', 'fchars', 'lchars', 'mmathPr', 'protusertbl', 'filetbl', 'userprops',
]);

/** \info fields kept as metadata, and the date groups in it. */
const INFO_TEXT: Record<string, string> = {
  title: 'title', author: 'author', operator: 'lastModifiedBy', subject: 'subject', keywords: 'keywords',
  company: 'company', doccomm: 'comment',
};
const INFO_DATE: Record<string, string> = { creatim: 'created', revtim: 'modified', printim: 'lastPrinted' };

const SYMBOLS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', nestrow: '\n', tab: '\t', cell: '\t', nestcell: '\t',
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c',
  rdblquote: '\u201d', emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005', zwj: '\u200d', zwnj: '\u200c',
  ltrmark: '\u200e', rtlmark: '\u200f',
};

/** Where the text of a group goes: the body, a metadata field, a date being built, the font table, nowhere. */
type Target = { kind: 'body' } | { kind: 'skip' } | { kind: 'info' } | { kind: 'field'; key: string } | { kind: 'date'; key: string } | { kind: 'fonttbl' };

interface State {
  target: Target;
  /** Fallback characters to skip after \u. */
  uc: number;
  font: number | undefined;
}

export const extractRtf: Extractor = async ({ bytes }) => {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!/^\s*\{\\rtf/.test(s.slice(0, 64))) throw new ExtractError('corrupt', 'rtf: does not start with {\\rtf');

  let docCodePage = 1252;
  const fontCodePage = new Map<number, number>();
  let defining: number | undefined; // font number being defined in the font table
  let defaultFont: number | undefined; // \deffN
  const fields: Record<string, string> = {};
  const dates: Record<string, Record<string, number>> = {};
  const body: string[] = [];

  let state: State = { target: { kind: 'body' }, uc: 1, font: undefined };
  const stack: State[] = [];
  let pending: number[] = []; // bytes awaiting decoding with the current code page
  let skipFallback = 0;

  const emit = (text: string) => {
    const t = state.target;
    if (t.kind === 'body') body.push(text);
    else if (t.kind === 'field') fields[t.key] = (fields[t.key] ?? '') + text;
  };
  const flush = () => {
    if (pending.length === 0) return;
    const f = state.font ?? defaultFont;
    const font = f !== undefined ? fontCodePage.get(f) : undefined;
    const cp = `cp${font ?? docCodePage}`;
    emit(iconv.decode(Buffer.from(pending), iconv.encodingExists(cp) ? cp : 'cp1252'));
    pending = [];
  };
  const byte = (b: number) => {
    if (skipFallback > 0) skipFallback--;
    else if (state.target.kind === 'body' || state.target.kind === 'field') pending.push(b);
  };
  const destination = (word: string): Target | undefined => {
    if (word === 'fonttbl') return { kind: 'fonttbl' };
    if (word === 'info') return { kind: 'info' };
    if (SKIP_DEST.has(word)) return { kind: 'skip' };
    if (state.target.kind === 'info') {
      if (INFO_TEXT[word]) return { kind: 'field', key: INFO_TEXT[word] };
      if (INFO_DATE[word]) return { kind: 'date', key: INFO_DATE[word] };
    }
    return undefined;
  };

  let i = s.indexOf('{');
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '{') {
      flush();
      skipFallback = 0;
      stack.push(state);
      if (stack.length > MAX_DEPTH) throw new ExtractError('corrupt', `rtf: groups nested deeper than ${MAX_DEPTH}`);
      state = { ...state };
      i++;
    } else if (ch === '}') {
      flush();
      skipFallback = 0;
      state = stack.pop() ?? state;
      i++;
    } else if (ch === '\\') {
      const next = s[i + 1] ?? '';
      if (/[a-zA-Z]/.test(next)) {
        const m = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(s.slice(i + 1, i + 45))!;
        i += 1 + m[0].length;
        const word = m[1]!;
        const param = m[2] !== undefined ? Number(m[2]) : undefined;
        if (word === 'bin') {
          i += Math.max(0, param ?? 0); // raw binary data
          continue;
        }
        flush();
        const dest = destination(word);
        if (dest) {
          state.target = dest;
          continue;
        }
        const t = state.target.kind;
        if (word === 'u' && param !== undefined) {
          if (t === 'body' || t === 'field') emit(String.fromCharCode(param < 0 ? param + 65536 : param));
          skipFallback = state.uc;
        } else if (word === 'uc') state.uc = Math.max(0, param ?? 1);
        else if (word === 'ansicpg' && param) docCodePage = param;
        else if (word === 'deff') defaultFont = param;
        else if (word === 'f' && t === 'fonttbl') defining = param;
        else if (word === 'f') state.font = param;
        else if ((word === 'fcharset' || word === 'cpg') && t === 'fonttbl' && defining !== undefined && param !== undefined) {
          const cp = word === 'cpg' ? param : CHARSET_CODEPAGE[param];
          if (cp) fontCodePage.set(defining, cp);
        } else if (t === 'date' && /^(yr|mo|dy|hr|min)$/.test(word) && param !== undefined) {
          const key = (state.target as { key: string }).key;
          (dates[key] ??= {})[word] = param;
        } else if (SYMBOLS[word] !== undefined && (t === 'body' || t === 'field')) emit(SYMBOLS[word]!);
      } else if (next === "'") {
        const hex = s.slice(i + 2, i + 4);
        if (/^[0-9a-fA-F]{2}$/.test(hex)) byte(parseInt(hex, 16));
        i += 4;
      } else {
        i += 2;
        if (next === '*') state.target = { kind: 'skip' };
        else if (next === '{' || next === '}' || next === '\\') byte(next.charCodeAt(0));
        else if (next === '~') (flush(), emit('\u00a0'));
        else if (next === '_') byte(0x2d);
        else if (next === '\n' || next === '\r') (flush(), emit('\n'));
      }
    } else {
      if (ch !== '\n' && ch !== '\r') byte(ch.charCodeAt(0));
      i++;
    }
  }
  flush();

  const metadata: Record<string, unknown> = { codePage: docCodePage };
  for (const [k, v] of Object.entries(fields)) if (v.trim()) metadata[k] = v.trim();
  for (const [k, d] of Object.entries(dates)) {
    if (!d.yr) continue;
    const p = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
    metadata[k] = `${d.yr}-${p(d.mo ?? 1)}-${p(d.dy ?? 1)}T${p(d.hr)}:${p(d.min)}:00`;
  }
  const text = body.join('').replace(/\s+$/, '');
  return { text, ...(typeof metadata.title === 'string' ? { title: metadata.title } : {}), metadata, method: 'text-layer' };
};
