import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { extractHtml, htmlToText } from './html.js';
import { DEFAULT_LIMITS } from './types.js';

const SAMPLE = '/work/shared/data/samples/formats/testArabicMisleadingCharset.html';
const input = (bytes: Uint8Array) => ({ bytes, name: 'page.html', mime: 'text/html', limits: DEFAULT_LIMITS });

describe('extractHtml', () => {
  test('the page that claims UTF-8 decodes as windows-1256 with its Arabic intact', async () => {
    const r = await extractHtml(input(new Uint8Array(readFileSync(SAMPLE))));
    expect(r.metadata).toMatchObject({ encoding: 'windows-1256', declaredCharset: 'utf-8', links: 0 });
    expect(r.title).toBe('Test Arabic');
    const paragraphs = r.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^في قرية من القرى كان هناك رجل حكيم/);
    expect(paragraphs[0]).toMatch(/أكثر من ثلاثمائة مليون إنسان\.$/);
    expect(r.text).not.toMatch(/[\uFFFD<>]/);
    expect(r.method).toBe('text-layer');
  });

  test('a true windows-1256 declaration, lang and dir', async () => {
    const html = '<html lang="ar" dir="rtl"><head><meta charset="windows-1256"><title>تقرير</title></head><body><p>مرحبا بكم</p></body></html>';
    const r = await extractHtml(input(new Uint8Array(iconv.encode(html, 'windows-1256'))));
    expect(r).toMatchObject({ text: 'مرحبا بكم', title: 'تقرير', metadata: { encoding: 'windows-1256', lang: 'ar', dir: 'rtl' } });
  });
});

describe('htmlToText', () => {
  test('visible text only, blocks on their own lines, whitespace collapsed', () => {
    const html = `<!DOCTYPE html><html><head><title>  Quarterly
      report </title><meta name="description" content=" Q3 figures "><style>p { color: red }</style>
      <script>document.write("<p>hidden</p>")</script></head>
      <body><h1>Results</h1><p>Revenue   rose <b>12%</b>
      in Q3.<br>Costs fell.</p><noscript>Enable JS</noscript><template><p>tpl</p></template>
      <ul><li>one</li><li>two</li></ul>
      <table><tr><th>Name</th><th>Amount</th></tr><tr><td>Acme</td><td>1&nbsp;000 &euro;</td></tr></table>
      <div>See <a href="https://example.org/a">this</a> and <a href="/b">that</a>.</div>
      <pre>  keep
   this</pre></body></html>`;
    const r = htmlToText(html);
    expect(r.title).toBe('Quarterly report');
    expect(r.metadata).toEqual({ description: 'Q3 figures', links: 2 });
    expect(r.text).toBe(
      'Results\n\nRevenue rose 12% in Q3.\nCosts fell.\n\none\ntwo\n\nName\tAmount\nAcme\t1\u00A0000 €\n\nSee this and that.\n\n  keep\n   this',
    );
  });

  test('a page without </head> or <body> still yields its text', () => {
    expect(htmlToText('<html><head><title>T</title><p>body text</p>').text).toBe('body text');
    expect(htmlToText('just text, no tags').text).toBe('just text, no tags');
  });
});
