/**
 * A web page saved from a browser: a full document with site navigation and footer around the article,
 * so text extractors have to find the main content.
 */
import type { Renderer } from '../spec.js';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CHROME = {
  ar: { home: 'الرئيسية', news: 'أخبار', contact: 'اتصل بنا', rights: 'جميع الحقوق محفوظة' },
  en: { home: 'Home', news: 'News', contact: 'Contact', rights: 'All rights reserved' },
  fr: { home: 'Accueil', news: 'Actualités', contact: 'Contact', rights: 'Tous droits réservés' },
} as const;

export const renderHtml: Renderer<'html'> = async (spec) => {
  const { body, meta } = spec;
  const t = CHROME[body.lang];
  const dir = body.lang === 'ar' ? 'rtl' : 'ltr';
  const year = meta.created.slice(0, 4);
  const e = escapeHtml;
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${body.lang}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="author" content="${e(meta.author)}">`,
    `<title>${e(meta.title)}</title>`,
    '</head>',
    '<body>',
    '<header class="site-header">',
    ...(body.heading ? [`<div class="site-name">${e(body.heading)}</div>`] : []),
    '<nav><ul>',
    `<li><a href="/">${t.home}</a></li>`,
    `<li><a href="/news/">${t.news}</a></li>`,
    `<li><a href="/contact/">${t.contact}</a></li>`,
    '</ul></nav>',
    '</header>',
    '<main>',
    '<article>',
    `<h1>${e(body.title)}</h1>`,
    `<p class="byline">${e(meta.author)} · <time datetime="${e(meta.created)}">${e(meta.created.slice(0, 10))}</time></p>`,
    ...body.paragraphs.map((p) => `<p>${e(p)}</p>`),
    '</article>',
    '</main>',
    `<footer class="site-footer"><p>© ${e(year)} · ${t.rights}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ];
  return new TextEncoder().encode(lines.join('\n'));
};
