import { slugify } from '../text/fold.ts';

/**
 * An event's id: its date and a slug of its title ("2021-10-28-hoi-nghi-cap-cao-asean-nga-lan-thu-4").
 * It depends on content, not on order, so links and lessons made from one build open on the next.
 */
export function eventId(event: { start: string; end?: string | undefined; title: string }): string {
  const date = event.end ? `${event.start}--${event.end}` : event.start;
  return `${date}-${slugify(event.title, 48)}`;
}

/** True when an editor gave the event its id (an `id:` in the frontmatter): it differs from the one its date and title make. */
export function hasChosenId(event: { id: string; start: string; end?: string | undefined; title: string }): boolean {
  return event.id !== eventId(event);
}

/**
 * Makes ids unique by suffixing repeats with -2, -3… in the given (deterministic) order,
 * skipping any suffixed id another event already has, so no two events ever share one.
 */
export function uniqueIds<T extends { id: string }>(events: readonly T[]): T[] {
  const taken = new Set(events.map((e) => e.id));
  const seen = new Set<string>();
  return events.map((event) => {
    if (!seen.has(event.id)) {
      seen.add(event.id);
      return event;
    }
    let n = 2;
    while (taken.has(`${event.id}-${n}`)) n++;
    const id = `${event.id}-${n}`;
    taken.add(id);
    return { ...event, id };
  });
}
