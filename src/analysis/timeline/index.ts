/**
 * The timeline (pure): events of documents (events.ts) and filters over them (filter.ts). A case's timeline is
 * the sorted union of its documents' events; `mergeTimelines` does that for already-sorted lists.
 */
import { sortEvents, type TimelineEvent } from './events.js';

export * from './events.js';
export * from './filter.js';

/** One sorted timeline out of several (each document's events, say). */
export function mergeTimelines(...lists: readonly (readonly TimelineEvent[])[]): TimelineEvent[] {
  return sortEvents(lists.flat());
}
