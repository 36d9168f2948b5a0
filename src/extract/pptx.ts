/**
 * PowerPoint (PPTX): the text of every slide in presentation order (p:sldIdLst), one Page per slide, the
 * slide's speaker notes after its text; core properties; embedded objects (ppt/embeddings/*) as children.
 * Slides are joined with '\n\f\n' like PDF pages (see pdf.ts), one line per paragraph, table rows as
 * tab-separated lines. Shapes are read in the slide's drawing order, which is usually the reading order.
 */
import type { Extractor, Page } from './types.js';
import { coreProperties, elements, embeddedChildren, find, findAll, mainPart, openZip, parseXml, relationships, type XmlNode } from './ooxml.js';

/** Between the text of two slides: the same as between PDF pages. */
const SLIDE_BREAK = '\n\f\n';

/** Properties and alternate-content fallbacks carry no text of their own. */
const SKIP = new Set(['a:pPr', 'a:rPr', 'a:endParaRPr', 'a:bodyPr', 'a:lstStyle', 'p:nvSpPr', 'p:spPr', 'mc:Fallback']);

/** Placeholders on a notes page that only repeat the slide (its picture, number, header, footer, date). */
const NOTES_NOISE = new Set(['sldImg', 'sldNum', 'hdr', 'ftr', 'dt']);

function render(node: XmlNode, out: string[], notes: boolean): void {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'a:t':
        for (const t of c.children) if (typeof t === 'string') out.push(t);
        break;
      case 'a:br':
        out.push('\n');
        break;
      case 'a:p':
        render(c, out, notes);
        out.push('\n');
        break;
      case 'a:tbl':
        for (const tr of findAll(c, 'a:tr')) {
          const cells = elements(tr, 'a:tc').map((tc) => {
            const cell: string[] = [];
            render(tc, cell, notes);
            return cell.join('').trim().replace(/\s*\n\s*/g, ' ');
          });
          out.push(cells.join('\t'), '\n');
        }
        break;
      case 'p:sp': {
        const ph = find(c, 'p:ph');
        if (notes && ph && NOTES_NOISE.has(ph.attrs.type ?? '')) break;
        render(c, out, notes);
        break;
      }
      default:
        if (!SKIP.has(c.name)) render(c, out, notes);
    }
  }
}

function partText(data: Uint8Array, name: string, notes: boolean): string {
  const out: string[] = [];
  render(parseXml(data, name), out, notes);
  return out.join('').replace(/\n+$/, '');
}

export const extractPptx: Extractor = async ({ bytes, limits }) => {
  const zip = openZip(bytes, limits, 'pptx', (name) => !/\/media\//.test(name));
  const main = mainPart(zip, 'ppt/presentation.xml');
  const rels = relationships(zip, main);
  const presentation = zip.get(main);
  // Slide order is the presentation's list; without it, fall back to the slide parts in numeric order.
  let slides = presentation
    ? findAll(parseXml(presentation, main), 'p:sldId')
        .map((s) => rels.get(s.attrs['r:id'] ?? '')?.target)
        .filter((t): t is string => t !== undefined && zip.has(t))
    : [];
  if (slides.length === 0) {
    const num = (n: string) => Number(/(\d+)\.xml$/.exec(n)?.[1] ?? 0);
    slides = [...zip.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => num(a) - num(b));
  }

  let text = '';
  const pages: Page[] = slides.map((slide, i) => {
    let t = partText(zip.get(slide)!, slide, false);
    const notes = [...relationships(zip, slide).values()].find((r) => r.type.endsWith('/notesSlide') && zip.has(r.target));
    const notesText = notes ? partText(zip.get(notes.target)!, notes.target, true).trim() : '';
    if (notesText) t += (t ? '\n\n' : '') + notesText;
    if (i > 0) text += SLIDE_BREAK;
    const start = text.length;
    text += t;
    return { number: i + 1, start, end: text.length, method: 'text-layer' };
  });

  const meta = coreProperties(zip);
  return {
    text,
    ...(meta.title ? { title: meta.title } : {}),
    pages,
    metadata: { ...meta, slideCount: slides.length },
    children: embeddedChildren(zip, 'ppt/embeddings/', limits),
    method: 'text-layer',
  };
};
