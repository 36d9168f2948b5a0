/**
 * Per-country reading queues (pure): every document that points at a country, most urgent first. Ties in
 * urgency (to two decimals) go to the higher score, then to the newer document, then to the document id, so
 * the order is stable from one run to the next.
 */
import type { DocumentVerdicts, QueueEntry } from './types.js';

const round2 = (x: number): number => Math.round(x * 100) / 100;

function compare(a: QueueEntry, b: QueueEntry): number {
  return (
    round2(b.urgency) - round2(a.urgency) ||
    round2(b.score) - round2(a.score) ||
    (b.date ?? '').localeCompare(a.date ?? '') ||
    String(a.doc).localeCompare(String(b.doc), undefined, { numeric: true })
  );
}

/** Country (ISO alpha-2) → its ranked entries. Countries come out in order of their queue's length. */
export function countryQueue(documents: readonly DocumentVerdicts[]): Record<string, QueueEntry[]> {
  const queues = new Map<string, QueueEntry[]>();
  for (const d of documents) {
    for (const v of d.verdicts) {
      const list = queues.get(v.country) ?? [];
      list.push({ doc: d.doc, score: v.score, urgency: v.urgency, reasons: v.reasons, urgencyReasons: v.urgencyReasons, ...(d.date !== undefined ? { date: d.date } : {}) });
      queues.set(v.country, list);
    }
  }
  const out: Record<string, QueueEntry[]> = {};
  for (const [country, list] of [...queues].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) out[country] = list.sort(compare);
  return out;
}
