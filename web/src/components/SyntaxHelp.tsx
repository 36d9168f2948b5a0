import { useEffect, useRef, useState } from 'react';

const ROWS: [string, string][] = [
  ['word word', 'all the words (AND)'],
  ['"exact phrase"', 'the words together, in order'],
  ['a OR b', 'either word'],
  ['NOT word, -word', 'without the word'],
  ['(a OR b) c', 'groups'],
  ['prefix*', 'words beginning with prefix'],
  ['type:pdf', 'document type (pdf, email, word, excel, image, chat…)'],
  ['lang:ar', 'language (ar, en, fr…)'],
  ['source:name', 'from one source'],
  ['entity:per-…', "naming an entity (the id in its page's address)"],
  ['country:SY', 'triaged for a country (ISO code)'],
  ['-lang:ar, type:pdf,word', 'filters exclude with -, take alternatives with commas'],
  ['from:2015-01-01 to:2016-12-31', 'document date range'],
  ['path:Downloads', 'in a path'],
];

export function SyntaxHelp() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  return (
    <div className="popover-wrap" ref={ref}>
      <button type="button" className="icon-button" aria-expanded={open} aria-label="Query syntax help" data-testid="syntax-help-button" onClick={() => setOpen((o) => !o)}>
        ?
      </button>
      {open && (
        <div className="popover" role="dialog" aria-label="Query syntax" data-testid="syntax-help">
          <h3>Query syntax</h3>
          <table>
            <tbody>
              {ROWS.map(([k, v]) => (
                <tr key={k}>
                  <td>
                    <code>{k}</code>
                  </td>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">Arabic is matched without diacritics and with light stemming; a person's other spellings are searched too. Press "/" to focus the search box.</p>
        </div>
      )}
    </div>
  );
}
