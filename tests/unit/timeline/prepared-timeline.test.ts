import { describe, expect, test } from 'vitest';
import { laneOrders } from '../../../src/lib/timeline/lane-orders.ts';
import { prepareTimeline, preparedItems } from '../../../src/lib/timeline/prepared-timeline.ts';
import { toTimelineItem } from '../../../src/lib/timeline/timeline-item.ts';

const event = (id: string, start: string, themes: string[], more: { end?: string; precision?: 'day' | 'month' | 'year' } = {}) => ({
  id, start, end: more.end, precision: more.precision ?? 'day', dateInferred: false, themes, title: id,
});
// Out of time order on purpose, with month, year and range spans, and lanes shared.
const events = [
  event('c', '2021-03-04', ['a', 'b']),
  event('a', '2020', ['a'], { precision: 'year' }),
  event('d', '2021-03', ['b'], { precision: 'month' }),
  event('b', '2019-12-31', ['a', 'b'], { end: '2021-01-15' }),
  event('e', '1945-05-09', ['b']),
];

describe('prepareTimeline', () => {
  test('the prepared items are the items toTimelineItem makes', () => {
    const prepared = prepareTimeline(events)!;
    expect(preparedItems(events, JSON.parse(JSON.stringify(prepared)))).toEqual(events.map(toTimelineItem));
  });

  test('the lanes\' orders from the prepared positions are the orders worked out in the browser', () => {
    const items = preparedItems(events, JSON.parse(JSON.stringify(prepareTimeline(events)!)));
    const worked = laneOrders(events.map(toTimelineItem));
    const ids = (orders: ReturnType<typeof laneOrders>) => [...orders].map(([lane, o]) => [lane, o.byTime.map((i) => i.id), o.byAnchor.map((i) => i.id)]);
    expect(ids(laneOrders(items))).toEqual(ids(worked));
    expect(laneOrders(items).get('a')!.byTime[0]).toBe(items[3]); // the items themselves, not copies
  });
});
