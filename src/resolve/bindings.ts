/**
 * Which selectors are written next to which person (pure): "أبو زكريا <abu.zakariya47@example.org>", "Khalid:
 * +964 770 123 4567", a contact list line. A selector is bound to the nearest person mention on the same line
 * when at most MAX_GAP characters separate them; these bindings are the strong evidence clustering uses.
 */
import type { Binding } from './cluster.js';

export interface Span {
  id: number;
  start: number;
  end: number;
}

export interface SelectorSpan extends Span {
  type: string;
  value: string;
}

export const MAX_GAP = 40;
export const SELECTOR_TYPES = ['phone', 'email', 'iban', 'wallet'] as const;

export function bindSelectors(text: string, persons: readonly Span[], selectors: readonly SelectorSpan[]): Binding[] {
  const out: Binding[] = [];
  for (const s of selectors) {
    let best: { id: number; gap: number } | undefined;
    for (const p of persons) {
      const [from, to] = p.end <= s.start ? [p.end, s.start] : s.end <= p.start ? [s.end, p.start] : [0, -1];
      if (to < from) continue;
      const gap = to - from;
      if (gap > MAX_GAP || text.slice(from, to).includes('\n')) continue;
      // The person before the selector wins a tie ("Name <email>", "Name: phone").
      if (!best || gap < best.gap || (gap === best.gap && p.end <= s.start)) best = { id: p.id, gap };
    }
    if (best) out.push({ mention: best.id, selector: `${s.type}:${s.value}` });
  }
  return out;
}
