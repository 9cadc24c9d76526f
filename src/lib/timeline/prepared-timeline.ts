import { lanePositions, seedLanePositions, type LanePositions } from './lane-orders.ts';
import { toTimelineItem, type TimelineItem } from './timeline-item.ts';

const DAY = 86_400_000;

type ItemSource = Parameters<typeof toTimelineItem>[0];

/**
 * What the timeline would otherwise work out from the events as the page opens, done at build
 * time: each event's span in whole UTC days, and each lane's items in both its orders, as
 * positions among the events. On a phone, parsing a thousand dates and sorting the lanes in code
 * that has not run yet are two of the start-up's longest tasks. Numbers are differences from the
 * one before (small numbers: a third of the bytes once compressed).
 */
export interface PreparedTimeline {
  /** Per event: its first day after the previous event's first day (the first: after 1970-01-01), then its length in days. */
  days: number[];
  /** Per lane: the positions in time order and in point order, each after the one before. */
  lanes: Record<string, { byTime: number[]; byAnchor: number[] }>;
}

/** The prepared timeline of these events, or undefined if a span does not fall on whole days. */
export function prepareTimeline(events: readonly ItemSource[]): PreparedTimeline | undefined {
  const items = events.map(toTimelineItem);
  if (!items.every((item) => Number.isInteger(item.start / DAY) && Number.isInteger(item.end / DAY))) return undefined;
  const days = items.flatMap((item, i) => [(item.start - (i ? items[i - 1]!.start : 0)) / DAY, (item.end - item.start) / DAY]);
  const lanes = Object.fromEntries([...lanePositions(items)].map(([lane, p]) => [lane, { byTime: differences(p.byTime), byAnchor: differences(p.byAnchor) }]));
  return { days, lanes };
}

/** The events as timeline items from their prepared spans, with the lanes' orders known already: what events.map(toTimelineItem) gives. */
export function preparedItems(events: readonly ItemSource[], prepared: PreparedTimeline): TimelineItem[] {
  const { days } = prepared;
  let start = 0;
  const items = events.map((event, i): TimelineItem => {
    start += days[2 * i]! * DAY;
    return {
      id: event.id, start, end: start + days[2 * i + 1]! * DAY, precision: event.precision,
      isRange: event.end !== undefined, inferred: event.dateInferred, themes: event.themes, title: event.title,
    };
  });
  const positions = new Map<string, LanePositions>();
  for (const [lane, p] of Object.entries(prepared.lanes)) positions.set(lane, { byTime: sums(p.byTime), byAnchor: sums(p.byAnchor) });
  seedLanePositions(items, positions);
  return items;
}

const differences = (values: readonly number[]) => values.map((v, i) => (i ? v - values[i - 1]! : v));

function sums(differences: readonly number[]): number[] {
  let total = 0;
  return differences.map((d) => (total += d));
}
