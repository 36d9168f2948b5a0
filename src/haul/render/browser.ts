/**
 * A small pool of headless Chromium pages for the renderers: HTML in, PDF or PNG bytes out.
 * Chromium starts lazily on first use; `pages` renders run concurrently, the rest wait in a queue.
 * Pages never touch the network: every request is aborted, documents must be self-contained.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BrowserLike } from '../spec.js';

export interface BrowserPoolOptions {
  /** How many pages (concurrent renders); default 2. */
  pages?: number;
  /** Chromium binary; default $ARIADNE_CHROMIUM or /usr/bin/chromium. */
  executablePath?: string;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export class BrowserPool implements BrowserLike {
  private readonly size: number;
  private readonly executablePath: string;
  private browser?: Promise<Browser>;
  private readonly idle: Page[] = [];
  private readonly waiters: Array<{ resolve: (p: Page) => void; reject: (e: unknown) => void }> = [];
  private open = 0;
  private closed = false;

  constructor(options: BrowserPoolOptions = {}) {
    this.size = Math.max(1, options.pages ?? 2);
    this.executablePath = options.executablePath ?? process.env.ARIADNE_CHROMIUM ?? '/usr/bin/chromium';
  }

  /** Prints `html` to an A4 PDF with 2 cm margins and backgrounds. */
  async pdf(html: string): Promise<Uint8Array> {
    return this.withPage(async (page) => {
      await page.setContent(html, { waitUntil: 'load' });
      const margin = '2cm';
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: margin, right: margin, bottom: margin, left: margin },
      });
      return new Uint8Array(pdf);
    });
  }

  /** A PNG of exactly `size` pixels (the viewport, not the full page). */
  async screenshot(html: string, size: { width: number; height: number }): Promise<Uint8Array> {
    return this.withPage(async (page) => {
      await page.setViewportSize(size);
      await page.setContent(html, { waitUntil: 'load' });
      const png = await page.screenshot({ type: 'png', fullPage: false, animations: 'disabled', caret: 'hide' });
      return new Uint8Array(png);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.reject(new Error('BrowserPool closed'));
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    this.open = 0;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }

  private async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.acquire();
    let result: T;
    try {
      result = await fn(page);
    } catch (err) {
      this.discard(page);
      throw err;
    }
    this.release(page);
    return result;
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      if (!existsSync(this.executablePath)) {
        throw new Error(
          `Chromium not found at ${this.executablePath}. Run \`npm run setup\` to install it, ` +
            'or set ARIADNE_CHROMIUM to a Chromium binary.',
        );
      }
      this.browser = chromium.launch({ executablePath: this.executablePath, headless: true, args: ARGS });
      this.browser.catch(() => (this.browser = undefined));
    }
    return this.browser;
  }

  private async newPage(): Promise<Page> {
    const browser = await this.launch();
    const page = await browser.newPage({ viewport: { width: 1240, height: 1754 }, deviceScaleFactor: 1 });
    // setContent writes the document directly; any request it triggers (images, fonts, links) is refused.
    await page.route('**/*', (route) => route.abort());
    return page;
  }

  private async acquire(): Promise<Page> {
    if (this.closed) throw new Error('BrowserPool closed');
    const page = this.idle.pop();
    if (page) return page;
    if (this.open < this.size) {
      this.open++;
      try {
        return await this.newPage();
      } catch (err) {
        this.open--;
        throw err;
      }
    }
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  private release(page: Page): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(page);
    else this.idle.push(page);
  }

  /** Drops a page that failed (it may be broken) and lets a waiter start on a fresh one. */
  private discard(page: Page): void {
    this.open--;
    void page.close().catch(() => undefined);
    const waiter = this.waiters.shift();
    if (!waiter || this.closed) return;
    this.open++;
    this.newPage().then(waiter.resolve, (err: unknown) => {
      this.open--;
      waiter.reject(err);
    });
  }
}
