import { slugify } from '../text/fold.ts';

/**
 * An event's id: its date and a slug of its title ("2021-10-28-hoi-nghi-cap-cao-asean-nga-lan-thu-4").
 * It depends on content, not on order, so links and lessons made from one build open on the next.
 */
export function eventId(event: { start: string; end?: string | undefined; title: string }): string {
  const date = event.end ? `${event.start}--${event.end}` : event.start;
  return `${date}-${slugify(event.title, 48)}`;
}

/** Makes ids unique by suffixing repeats with -2, -3… in the given (deterministic) order. */
export function uniqueIds<T extends { id: string }>(events: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const count = (seen.get(event.id) ?? 0) + 1;
    seen.set(event.id, count);
    return count === 1 ? event : { ...event, id: `${event.id}-${count}` };
  });
}
