/**
 * The static list of every event (/events/), cut into pages once a corpus is too large for one:
 * a page of ten thousand items is megabytes of HTML that a phone lays out for seconds and that
 * find-in-page and print crawl through. Pages hold whole years, in order, up to a maximum; a
 * year larger than that is cut into equal parts. A small corpus stays on one page.
 */

/** Most events on one page: about 650 KB of HTML. */
export const EVENTS_PER_PAGE = 500;

export interface EventPage<E> {
  /** 1 for the first page, whose address is the list's own (/events/). */
  number: number;
  events: E[];
  /** The first and last events' start dates (ISO). */
  first: string;
  last: string;
  /** True when the page holds every event of each of its years. */
  wholeYears: boolean;
}

const yearOf = (event: { start: string }) => event.start.slice(0, 4);

/** The pages of `events` (in time order): every event on exactly one page, in the same order. */
export function eventPages<E extends { start: string }>(events: readonly E[], max = EVENTS_PER_PAGE): EventPage<E>[] {
  const parts: { events: E[]; wholeYears: boolean }[] = [];
  let open: E[] = [];
  const close = () => {
    if (open.length) parts.push({ events: open, wholeYears: true });
    open = [];
  };
  for (const year of yearGroups(events)) {
    if (year.length > max) {
      close();
      const count = Math.ceil(year.length / max);
      for (let k = 0; k < count; k++) {
        parts.push({ events: year.slice(Math.floor((k * year.length) / count), Math.floor(((k + 1) * year.length) / count)), wholeYears: false });
      }
    } else {
      if (open.length + year.length > max) close();
      open.push(...year);
    }
  }
  close();
  return parts.map((part, i) => ({ number: i + 1, ...part, first: part.events[0]!.start, last: part.events.at(-1)!.start }));
}

/** Runs of consecutive events that start in the same year. */
function yearGroups<E extends { start: string }>(events: readonly E[]): E[][] {
  const groups: E[][] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last && yearOf(last[0]!) === yearOf(event)) last.push(event);
    else groups.push([event]);
  }
  return groups;
}

/** A page's address below the list's folder: '' for the first, "2/" for the second. */
export const eventPagePath = (number: number) => (number === 1 ? '' : `${number}/`);

/** What a page covers, as years ("2009–2017") when it holds whole years, else as its first and last dates. */
export function eventPageSpan(page: Pick<EventPage<unknown>, 'first' | 'last' | 'wholeYears'>, formatDate: (iso: string) => string): string {
  const [from, to] = page.wholeYears ? [page.first.slice(0, 4), page.last.slice(0, 4)] : [formatDate(page.first), formatDate(page.last)];
  return from === to ? from : `${from}–${to}`;
}
