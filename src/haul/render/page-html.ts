/**
 * A self-contained HTML page for a letter or memo, printed to PDF or photographed as a scan.
 * Text stays in logical order; Arabic pages get `dir="rtl"` and Arabic fonts, the browser does the shaping.
 * Arabic kerning is off: Amiri's kerning pairs open gaps that text extractors (poppler) read as word breaks.
 */
import type { TextBody } from '../spec.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const FONTS: Record<TextBody['lang'], string> = {
  ar: "'Amiri', 'Noto Naskh Arabic', serif",
  en: "'Liberation Serif', serif",
  fr: "'Liberation Serif', serif",
};

/**
 * `scan: true` lays the page out for a 1240x1754 px viewport (A4 at 150 dpi, 2 cm margins drawn as padding)
 * with larger type for OCR; otherwise sizes are in points and the PDF printer supplies the margins.
 */
export function pageHtml(body: TextBody, opts: { scan?: boolean } = {}): string {
  const scan = opts.scan ?? false;
  const rtl = body.lang === 'ar';
  // Points to CSS units: at 150 dpi one point is 150/72 px.
  const pt = (n: number): string => (scan ? `${((n * 150) / 72).toFixed(2)}px` : `${n}pt`);
  const base = (scan ? 15 : 12) * (rtl ? 1.15 : 1);

  const css = `
    @page { size: A4; }
    html, body { margin: 0; padding: 0; background: #fff; color: #111; }
    body {
      font-family: ${FONTS[body.lang]};
      font-size: ${pt(base)};
      line-height: 1.5;
      text-align: start;
      ${rtl ? 'font-kerning: none;' : ''}
      ${scan ? `width: 1240px; height: 1754px; box-sizing: border-box; padding: ${pt(56.7)}; overflow: hidden;` : ''}
    }
    .heading { font-size: ${pt(base * 0.9)}; color: #333; border-bottom: 1px solid #666;
      padding-bottom: ${pt(4)}; margin: 0 0 ${pt(18)} 0; }
    h1 { font-size: ${pt(base * 1.25)}; font-weight: bold; margin: 0 0 ${pt(14)} 0; }
    p { margin: 0 0 ${pt(10)} 0; }
  `;

  const heading = body.heading ? `<div class="heading">${escapeHtml(body.heading)}</div>\n` : '';
  const paragraphs = body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');

  return `<!DOCTYPE html>
<html lang="${body.lang}" dir="${rtl ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(body.title)}</title>
<style>${css}</style>
</head>
<body>
${heading}<h1>${escapeHtml(body.title)}</h1>
${paragraphs}
</body>
</html>
`;
}
