import { useEffect, useId, useState } from 'react';
import { api, type Entity } from '../api';
import { hasArabic, romanise } from '../format';

interface Props {
  testid: string;
  label: string;
  value?: Entity | null;
  exclude?: string;
  type?: string;
  onPick: (e: Entity | null) => void;
}

/** A searchable picker of entities: type part of a name (either script), choose with the arrows and Enter. */
export function EntityPicker({ testid, label, value, exclude, type, onPick }: Props) {
  const [q, setQ] = useState(value ? value.name : '');
  const [options, setOptions] = useState<Entity[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    setQ(value ? value.name : '');
  }, [value]);

  useEffect(() => {
    if (!open) return;
    const ctl = new AbortController();
    const t = setTimeout(() => {
      api.entities({ q: q.trim() || undefined, type, limit: 15 }, ctl.signal).then(
        (r) => {
          setOptions(r.entities.filter((e) => e.id !== exclude));
          setActive(0);
          setError(null);
        },
        (e: unknown) => {
          if (!ctl.signal.aborted) setError(e instanceof Error ? e.message : String(e));
        },
      );
    }, 200);
    return () => {
      clearTimeout(t);
      ctl.abort();
    };
  }, [q, open, exclude, type]);

  const choose = (e: Entity) => {
    onPick(e);
    setQ(e.name);
    setOpen(false);
  };

  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        dir="auto"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        autoComplete="off"
        data-testid={testid}
        value={q}
        placeholder="Type a name…"
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
          if (value) onPick(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(options.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            const o = options[active];
            if (o) {
              e.preventDefault();
              choose(o);
            }
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && (
        <ul className="picker-list" id={`${id}-list`} role="listbox">
          {error && <li className="error">{error}</li>}
          {!error && options.length === 0 && <li className="muted">No entity matches.</li>}
          {options.map((o, i) => (
            <li
              key={o.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              data-testid={`${testid}-option`}
              data-entity={o.id}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
            >
              <span className={`type-dot t-${o.type}`} /> <bdi dir="auto">{o.name}</bdi>
              {hasArabic(o.name) && <span className="translit">{o.nameLatin && !hasArabic(o.nameLatin) ? o.nameLatin : romanise(o.name)}</span>}
              <span className="muted small"> · {o.type} · {o.mentions} mentions</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
