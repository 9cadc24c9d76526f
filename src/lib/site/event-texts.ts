import type { TimelineEvent } from '../schemas/event.ts';

/** An event's long texts: its summary and, for each of its sources in order, the sentence it came from. */
export interface EventTexts {
  summary: string;
  sentences: string[];
}

export const NO_TEXTS: Readonly<EventTexts> = Object.freeze({ summary: '', sentences: [] });

/** The texts file: the events' long texts, in the order of the timeline data's events (for the list, the details and search). */
export function toEventTexts(events: readonly TimelineEvent[]): EventTexts[] {
  return events.map((e) => ({ summary: e.summary, sentences: e.sources.map((s) => s.sentence) }));
}

/**
 * The texts file joined to the events, once, by event id. One build writes both files from one
 * list, in one order, with ids only in the first (ten thousand ids would weigh on the second):
 * a texts file that does not fit the events (another build's, from a stale cache) gives no texts
 * rather than another event's.
 */
export function textsById(events: ReadonlyArray<{ id: string; sources: readonly unknown[] }>, texts: readonly EventTexts[]): ReadonlyMap<string, EventTexts> {
  const fits = texts.length === events.length && events.every((e, i) => texts[i]!.sentences.length === e.sources.length);
  return new Map(fits ? events.map((e, i) => [e.id, texts[i]!]) : []);
}
