/**
 * Word documents (DOCX): the text of the main document part, then headers, footers, footnotes, endnotes and
 * comments; core properties; embedded objects (word/embeddings/*) as children. Pictures (word/media/*) are not
 * children. An embedded DOCX is only handed back as a child: the runner recurses, with its depth limit.
 *
 * Text layout: one line per paragraph; a table row is one line with its cells joined by '\t' (a cell's own
 * paragraphs joined by ' '); the parts are separated by a blank line and listed with their offsets in
 * `metadata.parts`. Deleted revisions, field instructions and the fallback copies of alternate content are
 * skipped, so nothing is read twice.
 */
import type { Extractor } from './types.js';
import { coreProperties, elements, embeddedChildren, mainPart, openZip, parseXml, relationships, requirePart, type XmlNode } from './ooxml.js';

/** Elements whose content is never text: properties, deleted or moved-away text, field codes, fallbacks. */
const SKIP = new Set([
  'w:pPr',
  'w:rPr',
  'w:sectPr',
  'w:tblPr',
  'w:tblGrid',
  'w:trPr',
  'w:tcPr',
  'w:delText',
  'w:delInstrText',
  'w:instrText',
  'w:moveFrom',
  'w:fldData',
  'mc:Fallback',
]);

/** Appends the text of `node` to `out` (see the layout rules above). */
function render(node: XmlNode, out: string[]): void {
  for (const c of node.children) {
    if (typeof c === 'string') continue; // whitespace between elements; text lives in w:t
    switch (c.name) {
      case 'w:t':
        for (const t of c.children) if (typeof t === 'string') out.push(t);
        break;
      case 'w:tab':
        out.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      case 'w:sym': {
        const code = parseInt(c.attrs['w:char'] ?? '', 16);
        if (code > 0) out.push(String.fromCharCode(code));
        break;
      }
      case 'w:p':
        render(c, out);
        out.push('\n');
        break;
      case 'w:tbl':
        renderTable(c, out);
        break;
      default:
        if (!SKIP.has(c.name)) render(c, out);
    }
  }
}

function renderTable(tbl: XmlNode, out: string[]): void {
  for (const row of elements(tbl, 'w:tr')) {
    const cells = elements(row, 'w:tc').map((tc) => {
      const cell: string[] = [];
      render(tc, cell);
      return cell.join('').trim().replace(/\s*\n\s*/g, ' ');
    });
    out.push(cells.join('\t'), '\n');
  }
}

/** The text of one part, without trailing newlines; for notes and comments, the separator notes are skipped. */
function partText(xml: Uint8Array, name: string): string {
  const root = parseXml(xml, name);
  const out: string[] = [];
  const body = elements(root, 'w:body')[0];
  if (body) render(body, out);
  else {
    for (const child of elements(root)) {
      const type = child.attrs['w:type'];
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
      render({ name: 'part', attrs: {}, children: [child] }, out);
    }
  }
  return out.join('').replace(/\n+$/, '');
}

const EXTRA_PARTS = ['header', 'footer', 'footnotes', 'endnotes', 'comments'];

export const extractDocx: Extractor = async ({ bytes, limits }) => {
  const zip = openZip(bytes, limits, 'docx', (name) => !/\/media\//.test(name));
  const main = mainPart(zip, 'word/document.xml');
  const body = partText(requirePart(zip, main, 'docx'), main);

  // Headers and footers come in groups (first page, even, default) that are often identical: keep one of each.
  const rels = [...relationships(zip, main).values()];
  const extras: { part: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const kind of EXTRA_PARTS) {
    for (const rel of rels) {
      if (rel.external || !rel.type.endsWith(`/${kind}`) || !zip.has(rel.target)) continue;
      const text = partText(zip.get(rel.target)!, rel.target);
      if (text.trim() === '' || seen.has(text)) continue;
      seen.add(text);
      extras.push({ part: rel.target, text });
    }
  }

  let text = body;
  const parts = extras.map(({ part, text: t }) => {
    text += '\n\n';
    const start = text.length;
    text += t;
    return { part, start, end: text.length };
  });

  const meta = coreProperties(zip);
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const children = embeddedChildren(zip, `${folder}embeddings/`, limits);
  return {
    text,
    ...(meta.title ? { title: meta.title } : {}),
    metadata: { ...meta, ...(parts.length ? { parts } : {}) },
    children,
    method: 'text-layer',
  };
};
