/**
 * HTML pages: decode (the page's declared charset is only a hint that decodeText checks), then keep the
 * visible text, parsed with htmlparser2: no scripts, styles or templates, block elements on their own lines,
 * whitespace collapsed as a browser would. Nothing is ever fetched.
 */
import { Parser } from 'htmlparser2';
import { decodeText, sniffHtmlCharset } from '../text/encoding.js';
import type { Extractor } from './types.js';

/** Elements whose content is never shown. */
const SKIP = new Set(['script', 'style', 'noscript', 'template']);
/** What may sit in <head>; anything else (or visible text) ends the head, as in a browser. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);
/** Blocks separated by a blank line. */
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'figure', 'hr',
]);
/** Blocks that start on a new line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dt',
  'fieldset', 'figcaption', 'footer', 'form', 'header', 'hgroup', 'html', 'legend', 'li', 'main', 'menu', 'nav',
  'option', 'section', 'summary', 'tbody', 'tfoot', 'thead', 'tr', 'textarea', 'select', 'frameset', 'iframe',
]);
const CELL = new Set(['td', 'th']);

export const extractHtml: Extractor = async ({ bytes }) => {
  const declared = sniffHtmlCharset(bytes);
  const { text: html, encoding, bom } = decodeText(bytes, declared ? { declared } : {});
  const page = htmlToText(html);
  return {
    text: page.text,
    ...(page.title ? { title: page.title } : {}),
    metadata: { encoding, ...(bom ? { bom } : {}), ...(declared ? { declaredCharset: declared } : {}), ...page.metadata },
    method: 'text-layer',
  };
};

export interface HtmlText {
  text: string;
  title?: string;
  metadata: { lang?: string; dir?: string; description?: string; keywords?: string; author?: string; links: number };
}

/** The visible text, title and page metadata of an HTML document (already decoded). */
export function htmlToText(html: string): HtmlText {
  const out = new TextBuilder();
  const metadata: HtmlText['metadata'] = { links: 0 };
  let skip = 0;
  let inHead = false;
  let pre = 0;
  let title: string | undefined;
  let inTitle = false;
  let titleText = '';

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title' && title === undefined) inTitle = true;
        if (name === 'html' || name === 'body') {
          metadata.lang ??= attrs.lang ?? attrs['xml:lang'];
          metadata.dir ??= attrs.dir;
        }
        if (name === 'a' && attrs.href !== undefined) metadata.links++;
        if (name === 'meta') readMeta(attrs, metadata);
        if (name === 'head') inHead = true;
        else if (inHead && !HEAD_CONTENT.has(name)) inHead = false;
        if (SKIP.has(name)) skip++;
        if (name === 'pre') pre++;
        if (skip || inHead) return;
        if (name === 'br') out.newline();
        else if (PARAGRAPH.has(name)) out.block(2);
        else if (BLOCK.has(name)) out.block(1);
        else if (CELL.has(name)) out.cell();
      },
      ontext(data) {
        if (inTitle) titleText += data;
        else if (skip) return;
        else if (inHead && data.trim()) inHead = false;
        if (!inHead && !inTitle) out.text(data, pre > 0);
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          title = collapse(titleText).trim();
        }
        if (SKIP.has(name) && skip > 0) skip--;
        if (name === 'head') inHead = false;
        if (name === 'pre' && pre > 0) pre--;
        if (skip || inHead) return;
        if (PARAGRAPH.has(name)) out.block(2);
        else if (BLOCK.has(name)) out.block(1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  for (const key of ['lang', 'dir', 'description', 'keywords', 'author'] as const) {
    if (!metadata[key]) delete metadata[key];
  }
  return { text: out.done(), ...(title ? { title } : {}), metadata };
}

function readMeta(attrs: Record<string, string>, metadata: HtmlText['metadata']): void {
  const name = (attrs.name ?? attrs.property ?? '').toLowerCase();
  const content = attrs.content?.trim();
  if (!content) return;
  if (name === 'description' || name === 'og:description') metadata.description ??= content;
  else if (name === 'keywords') metadata.keywords ??= content;
  else if (name === 'author') metadata.author ??= content;
}

/** HTML's whitespace (not NBSP) collapsed to single spaces. */
function collapse(s: string): string {
  return s.replace(/[ \t\n\f\r]+/g, ' ');
}

/** Builds text with browser-like line breaks: a block break is owed until the next visible text. */
class TextBuilder {
  private out = '';
  private owed = 0;

  text(data: string, preformatted: boolean): void {
    let s = preformatted ? data : collapse(data);
    if (!preformatted && /^[ \t\n\f\r]*$/.test(s)) {
      if (this.out && !/[\s]$/.test(this.out) && !this.owed) this.out += ' ';
      return;
    }
    this.payOwed();
    if (!preformatted && (this.out === '' || /[ \n\t]$/.test(this.out))) s = s.replace(/^ /, '');
    this.out += s;
  }

  /** A block boundary: `lines` 1 for a line break, 2 for a blank line. */
  block(lines: number): void {
    this.trimSpaces();
    this.owed = Math.max(this.owed, lines);
  }

  newline(): void {
    this.payOwed();
    this.trimSpaces();
    this.out += '\n';
  }

  cell(): void {
    this.trimSpaces();
    if (this.out && !this.out.endsWith('\n') && !this.owed) this.out += '\t';
  }

  done(): string {
    return this.out.replace(/[ \t\n]+$/, '').replace(/^\n+/, '');
  }

  private payOwed(): void {
    if (!this.owed || !this.out) {
      this.owed = 0;
      return;
    }
    const have = /\n*$/.exec(this.out)![0].length;
    this.out += '\n'.repeat(Math.max(0, this.owed - have));
    this.owed = 0;
  }

  private trimSpaces(): void {
    this.out = this.out.replace(/ +$/, '');
  }
}
