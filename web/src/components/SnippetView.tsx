import type { Snippet } from '../api';

/** A snippet with its highlights; highlight offsets are into the document's text, the snippet starts at `start`. */
export function SnippetView({ snippet }: { snippet: Snippet }) {
  const parts: React.ReactNode[] = [];
  let pos = 0;
  const hs = [...snippet.highlights].sort((a, b) => a.start - b.start);
  hs.forEach((h, i) => {
    const s = Math.max(pos, h.start - snippet.start);
    const e = Math.min(snippet.text.length, h.end - snippet.start);
    if (e <= s) return;
    if (s > pos) parts.push(snippet.text.slice(pos, s));
    parts.push(<mark key={i}>{snippet.text.slice(s, e)}</mark>);
    pos = e;
  });
  if (pos < snippet.text.length) parts.push(snippet.text.slice(pos));
  return (
    <p className="snippet" dir="auto" data-testid="snippet">
      {snippet.start > 0 && '… '}
      {parts}
      {' …'}
    </p>
  );
}
