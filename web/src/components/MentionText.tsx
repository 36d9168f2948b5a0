import { Link } from 'react-router-dom';
import type { Mention } from '../api';

interface Props {
  text: string;
  mentions: Mention[];
  focus?: { start: number; end: number } | null;
}

function plain(text: string, from: number, to: number, focus: Props['focus'], key: string): React.ReactNode[] {
  if (!focus || focus.end <= from || focus.start >= to) return [text.slice(from, to)];
  const s = Math.max(from, focus.start);
  const e = Math.min(to, focus.end);
  const out: React.ReactNode[] = [];
  if (s > from) out.push(text.slice(from, s));
  out.push(
    <mark key={`${key}f`} className="focus" id={s === focus.start ? 'focus' : undefined}>
      {text.slice(s, e)}
    </mark>,
  );
  if (e < to) out.push(text.slice(e, to));
  return out;
}

/** The exact text with its entity mentions highlighted by type; mentions of an entity link to it. */
export function MentionText({ text, mentions, focus }: Props) {
  const sorted = [...mentions].filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: React.ReactNode[] = [];
  let pos = 0;
  for (const m of sorted) {
    if (m.start < pos) continue; // overlapping: the first (longest) wins
    if (m.start > pos) out.push(...plain(text, pos, m.start, focus, `p${pos}`));
    const inFocus = focus && m.start < focus.end && m.end > focus.start;
    const cls = `mention t-${m.type}${inFocus ? ' in-focus' : ''}`;
    const title = `${m.type}${m.value && m.value !== m.surface ? `: ${m.value}` : ''}`;
    out.push(
      m.entity ? (
        <Link key={`m${m.start}`} id={`m-${m.start}`} to={`/entities/${encodeURIComponent(m.entity)}`} className={cls} title={title} data-testid="mention" data-entity={m.entity} data-type={m.type}>
          {text.slice(m.start, m.end)}
        </Link>
      ) : (
        <span key={`m${m.start}`} id={`m-${m.start}`} className={cls} title={title} data-testid="mention-unlinked" data-type={m.type}>
          {text.slice(m.start, m.end)}
        </span>
      ),
    );
    pos = m.end;
  }
  if (pos < text.length) out.push(...plain(text, pos, text.length, focus, `p${pos}`));
  return (
    <div className="doc-text" dir="auto" data-testid="doc-text">
      {out}
    </div>
  );
}
