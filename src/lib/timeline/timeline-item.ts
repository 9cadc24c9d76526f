import { spanOf } from '../dates/partial-date.ts';
import type { Precision } from '../dates/partial-date.ts';

/** What the timeline needs of an event: its time span in UTC milliseconds, lanes and label. */
export interface TimelineItem {
  id: string;
  /** First instant covered. */
  start: number;
  /** First instant after the span: a day, month, year or range. */
  end: number;
  precision: Precision;
  /** A range ("2021–2025"), drawn from start to end. */
  isRange: boolean;
  inferred: boolean;
  themes: readonly string[];
  title: string;
}

export function toTimelineItem(event: {
  id: string; start: string; end?: string | undefined; precision: Precision; dateInferred: boolean; themes: readonly string[]; title: string;
}): TimelineItem {
  const [start, firstEnd] = spanOf(event.start);
  const end = event.end ? spanOf(event.end)[1] : firstEnd;
  return { id: event.id, start, end, precision: event.precision, isRange: event.end !== undefined, inferred: event.dateInferred, themes: event.themes, title: event.title };
}

/** The span that shows every item, with a margin of `pad` (share of the span) before and `padAfter` after. */
export function fullExtent(items: readonly TimelineItem[], pad = 0.05, padAfter = pad): [number, number] {
  if (items.length === 0) {
    const now = Date.UTC(2020, 0, 1);
    return [now, Date.UTC(2021, 0, 1)];
  }
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    if (item.start < min) min = item.start;
    if (item.end > max) max = item.end;
  }
  // At least a month, so a single event is not infinitely zoomed.
  const span = Math.max(max - min, 31 * 86_400_000);
  return [min - span * pad, min + span * (1 + padAfter)];
}
