import { useEffect, useRef, useState } from 'react';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** At most this many pages are drawn (the rest: download the original). */
const MAX_PAGES = 30;

/**
 * A PDF's pages drawn with pdf.js into canvases: the same in every browser, headless ones included, and no
 * plugin runs the file. Fonts come from the PDF itself; nothing is fetched but the original.
 */
export function PdfPages({ url }: { url: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pages, setPages] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const task = pdfjs.getDocument({ url, isEvalSupported: false });
    (async () => {
      const doc = await task.promise;
      if (cancelled) return;
      setPages(doc.numPages);
      const width = box.current?.clientWidth ?? 600;
      for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES) && !cancelled; n++) {
        const page = await doc.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const scale = (width / base.width) * (window.devicePixelRatio || 1);
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = '100%';
        canvas.setAttribute('aria-label', `page ${n}`);
        canvas.dataset.testid = 'pdf-page';
        box.current?.appendChild(canvas);
        await page.render({ canvas, viewport }).promise;
      }
    })().catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
      void task.destroy();
      if (box.current) box.current.replaceChildren();
    };
  }, [url]);

  return (
    <div className="pdf-pages">
      {error && <p className="error">The PDF could not be drawn: {error}</p>}
      <div ref={box} />
      {pages > MAX_PAGES && <p className="muted small">{pages - MAX_PAGES} more pages: download the original.</p>}
    </div>
  );
}
