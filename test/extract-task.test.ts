/** One extraction as a worker runs it: a two-page PDF, Arabic then English, gets languages per page. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../src/haul/render/browser.js';
import { runExtractTask } from '../src/ingest/extract-task.js';
import { DEFAULT_LIMITS } from '../src/extract/types.js';
import { analyseQueryTerm } from '../src/text/analyse.js';

const pool = new BrowserPool({ pages: 1 });
afterAll(() => pool.close());

describe('runExtractTask', () => {
  it('detects the languages of a mixed document and of each page', async () => {
    const html = `<html><body style="font-family: 'Amiri', 'Liberation Serif'">
      <p dir="rtl" lang="ar">استلمنا مبلغ خمسة آلاف دولار من الأخ أبو حمزة العبيدي في مدينة غازي عنتاب، وتم تسجيل المبلغ في سجل الواردات حسب الأصول المتبعة في الديوان.</p>
      <div style="page-break-before: always"></div>
      <p lang="en">The meeting with the brothers was arranged in Gaziantep for the end of the month, and the finance office recorded the payment in the register.</p>
    </body></html>`;
    const file = join(mkdtempSync(join(tmpdir(), 'ariadne-task-')), 'mixed.pdf');
    writeFileSync(file, await pool.pdf(html));
    const outcome = await runExtractTask({ blobPath: file, name: 'mixed.pdf', limits: DEFAULT_LIMITS, ocr: false });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.mime).toBe('application/pdf');
    expect(outcome.languages.sort()).toEqual(['ar', 'en']);
    const pages = outcome.extracted.pages!;
    expect(pages).toHaveLength(2);
    expect(pages[0]!.languages).toEqual(['ar']);
    expect(pages[1]!.languages).toEqual(['en']);
    // The index holds analysed terms: normalised and light-stemmed, as queries are.
    expect(outcome.terms.split(' ')).toContain(analyseQueryTerm('غازي'));
  });
});
