/**
 * The search box: parse a user query into an AST and compile it to an SQLite FTS5 MATCH expression over the
 * column of analysed terms (see text/analyse.ts). Every term is quoted, so user input never becomes FTS5
 * syntax. Field filters (type:pdf lang:ar source:… entity:per-… country:SY from:… to:… path:…) come back separately.
 *
 * Syntax: words (AND is implicit), "quoted phrases", AND, OR, NOT, -word, -"phrase", -(group), parentheses,
 * prefix word*. Operators are upper case only; lower-case and/or/not are ordinary words.
 */
import { analyseNormalised, analysePrefix, analyseTerms } from '../text/analyse.js';

export type QueryNode =
  | { kind: 'terms'; terms: string[] }
  | { kind: 'prefix'; terms: string[] }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

export interface ParsedQuery {
  /** FTS5 MATCH expression, or null when the query has nothing positive to match (only filters). */
  match: string | null;
  /** For a purely negative query (`-spam`): what to exclude (rowid NOT IN … MATCH exclude), else null. */
  exclude: string | null;
  /** Field filters. type/lang/source/entity/country repeat as comma-joined values; a negated filter is keyed '-field'. */
  filters: Record<string, string>;
  /** Analysed terms to highlight (from positive words). */
  terms: string[];
  /** Analysed phrases to highlight. */
  phrases: string[][];
  /** Prefixes to highlight (normalised, unstemmed; space-joined parts when a prefix word splits). */
  prefixes: string[];
  ast: QueryNode | null;
}

export const FILTER_FIELDS = ['type', 'lang', 'source', 'entity', 'country', 'from', 'to', 'path'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
const MULTI_VALUED = new Set(['type', 'lang', 'source', 'entity', 'country']);

type Lexeme =
  | { t: '(' | ')' | 'AND' | 'OR' | 'NOT' | '-' }
  | { t: 'word'; text: string }
  | { t: 'phrase'; text: string }
  | { t: 'filter'; field: string; value: string };

/** Parse a query; see the module comment for the syntax. Never throws. */
export function parseQuery(q: string): ParsedQuery {
  const filters: Record<string, string> = {};
  const ast = new QueryParser(lex(q), filters).parse();
  const highlight = { terms: [] as string[], phrases: [] as string[][], prefixes: [] as string[] };
  if (ast) collectHighlights(ast, highlight);
  let match = ast ? compile(ast) : null;
  let exclude: string | null = null;
  if (ast && !match) exclude = compileNegatives(ast);
  if (match === '') match = null;
  return { match, exclude, filters, ...dedupe(highlight), ast };
}

/** A string as an FTS5 string literal: double quotes, inner quotes doubled. */
export function quoteFts(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function lex(q: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const fieldRe = new RegExp(`^(${FILTER_FIELDS.join('|')}):`, 'i');
  while (i < q.length) {
    const ch = q[i]!;
    if (/\s/.test(ch)) i++;
    else if (ch === '(' || ch === ')') (out.push({ t: ch }), i++);
    else if (ch === '"') {
      const close = q.indexOf('"', i + 1);
      const end = close < 0 ? q.length : close;
      out.push({ t: 'phrase', text: q.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '-' && i + 1 < q.length && !/[\s)]/.test(q[i + 1]!)) {
      out.push({ t: '-' });
      i++;
    } else {
      const m = /^[^\s()"]+/.exec(q.slice(i))!;
      let text = m[0];
      i += text.length;
      const field = fieldRe.exec(text);
      if (field) {
        let value = text.slice(field[0].length);
        if (!value && q[i] === '"') {
          const close = q.indexOf('"', i + 1);
          const end = close < 0 ? q.length : close;
          value = q.slice(i + 1, end);
          i = end + 1;
        }
        if (value.trim()) {
          out.push({ t: 'filter', field: field[1]!.toLowerCase(), value: value.trim() });
          continue;
        }
        text = field[1]!;
      }
      if (text === 'AND' || text === 'OR' || text === 'NOT') out.push({ t: text });
      else if (text === '&&') out.push({ t: 'AND' });
      else if (text === '||') out.push({ t: 'OR' });
      else out.push({ t: 'word', text });
    }
  }
  return out;
}

/** Recursive descent, forgiving: stray operators and parentheses are ignored. */
class QueryParser {
  private pos = 0;
  constructor(
    private readonly lexemes: Lexeme[],
    private readonly filters: Record<string, string>,
  ) {}

  parse(): QueryNode | null {
    const parts: QueryNode[] = [];
    while (this.pos < this.lexemes.length) {
      const node = this.or();
      if (node) parts.push(node);
      if (this.peek() === ')') this.pos++;
    }
    return combine('and', parts);
  }

  private peek(): Lexeme['t'] | undefined {
    return this.lexemes[this.pos]?.t;
  }

  private or(): QueryNode | null {
    const parts: QueryNode[] = [];
    const first = this.and();
    if (first) parts.push(first);
    while (this.peek() === 'OR') {
      this.pos++;
      const next = this.and();
      if (next) parts.push(next);
    }
    return combine('or', parts);
  }

  private and(): QueryNode | null {
    const parts: QueryNode[] = [];
    for (let t = this.peek(); t !== undefined && t !== ')' && t !== 'OR'; t = this.peek()) {
      if (t === 'AND') {
        this.pos++;
        continue;
      }
      const node = this.unary();
      if (node) parts.push(node);
    }
    return combine('and', parts);
  }

  private unary(): QueryNode | null {
    const t = this.peek();
    if (t === 'NOT' || t === '-') {
      this.pos++;
      const next = this.lexemes[this.pos];
      if (next?.t === 'filter') {
        this.pos++;
        this.addFilter(`-${next.field}`, next.value);
        return null;
      }
      if (next === undefined || next.t === ')' || next.t === 'OR' || next.t === 'AND') return null;
      const child = this.unary();
      if (child?.kind === 'not') return child.child;
      return child ? { kind: 'not', child } : null;
    }
    return this.primary();
  }

  private primary(): QueryNode | null {
    const lexeme = this.lexemes[this.pos++]!;
    switch (lexeme.t) {
      case '(': {
        const inner = this.or();
        if (this.peek() === ')') this.pos++;
        return inner;
      }
      case 'filter':
        this.addFilter(lexeme.field, lexeme.value);
        return null;
      case 'phrase': {
        const terms = analyseTerms(lexeme.text);
        return terms.length ? { kind: 'terms', terms } : null;
      }
      case 'word': {
        if (lexeme.text.endsWith('*') && analyseNormalised(lexeme.text).length) {
          const prefix = analysePrefix(lexeme.text);
          if (prefix) return { kind: 'prefix', terms: prefix.split(' ') };
        }
        const terms = analyseTerms(lexeme.text);
        return terms.length ? { kind: 'terms', terms } : null;
      }
      default:
        return null;
    }
  }

  private addFilter(field: string, value: string): void {
    const previous = this.filters[field];
    this.filters[field] = previous && MULTI_VALUED.has(field.replace(/^-/, '')) ? `${previous},${value}` : value;
  }
}

function combine(kind: 'and' | 'or', parts: QueryNode[]): QueryNode | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  return { kind, children: parts };
}

/** FTS5 text for a node, or null when it cannot be matched positively (a bare negation). */
function compile(node: QueryNode): string | null {
  switch (node.kind) {
    case 'terms':
      return quoteFts(node.terms.join(' '));
    case 'prefix':
      return `${quoteFts(node.terms.join(' '))}*`;
    case 'not':
      return null;
    case 'or': {
      const parts = node.children.map(compile).filter((s): s is string => s !== null);
      return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
    }
    case 'and': {
      const positives = node.children.filter((c) => c.kind !== 'not').map(compile).filter((s): s is string => s !== null);
      if (positives.length === 0) return null;
      const neg = node.children.flatMap((c) => (c.kind === 'not' ? [compile(c.child)] : [])).filter((s): s is string => s !== null);
      const pos = positives.length === 1 ? positives[0]! : `(${positives.join(' AND ')})`;
      return neg.length ? `${pos} NOT (${neg.join(' OR ')})` : pos;
    }
  }
}

/** For a query with no positive part: the union of what it negates. */
function compileNegatives(node: QueryNode): string | null {
  const negated: string[] = [];
  const visit = (n: QueryNode) => {
    if (n.kind === 'not') {
      const s = compile(n.child);
      if (s) negated.push(s);
    } else if (n.kind === 'and' || n.kind === 'or') n.children.forEach(visit);
  };
  visit(node);
  return negated.length === 0 ? null : negated.length === 1 ? negated[0]! : `(${negated.join(' OR ')})`;
}

function collectHighlights(node: QueryNode, acc: { terms: string[]; phrases: string[][]; prefixes: string[] }): void {
  if (node.kind === 'terms') {
    if (node.terms.length === 1) acc.terms.push(node.terms[0]!);
    else acc.phrases.push(node.terms);
  } else if (node.kind === 'prefix') acc.prefixes.push(node.terms.join(' '));
  else if (node.kind === 'and' || node.kind === 'or') node.children.forEach((c) => collectHighlights(c, acc));
}

function dedupe(h: { terms: string[]; phrases: string[][]; prefixes: string[] }) {
  const seen = new Set<string>();
  return {
    terms: [...new Set(h.terms)],
    phrases: h.phrases.filter((p) => !seen.has(p.join(' ')) && seen.add(p.join(' '))),
    prefixes: [...new Set(h.prefixes)],
  };
}
