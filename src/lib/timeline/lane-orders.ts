import type { TimelineItem } from './timeline-item.ts';

// Each lane's items in the orders the layout walks them, worked out once per list of items.

/** A lane's items in time order (spans are stacked in it), and in the order their points sit (points are stacked in it). */
export interface LaneOrder {
  byTime: TimelineItem[];
  byAnchor: TimelineItem[];
}

/** A month, a year or a range is drawn as a span (when wide enough to see), a day as a point. */
export const drawnAsSpan = (item: TimelineItem) => item.precision !== 'day' || item.isRange;
/** Where an item's point sits in time: a day at its start, a longer span at its middle. */
const anchorOf = (item: TimelineItem) => (drawnAsSpan(item) ? (item.start + item.end) / 2 : item.start);
const byTime = (a: TimelineItem, b: TimelineItem) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1);

/** A lane's items in both orders, as positions in the items the orders were made from. */
export interface LanePositions {
  byTime: number[];
  byAnchor: number[];
}

// Both orders depend on the items, not on zoom or pan: worked out once per set of items, not per frame.
const positionsCache = new WeakMap<readonly TimelineItem[], Map<string, LanePositions>>();
const ordersCache = new WeakMap<readonly TimelineItem[], Map<string, LaneOrder>>();

/**
 * Takes lane positions worked out elsewhere (at build time: prepared-timeline.ts) for these items,
 * so the browser does not sort them as the page opens.
 */
export function seedLanePositions(items: readonly TimelineItem[], positions: Map<string, LanePositions>): void {
  positionsCache.set(items, positions);
}

export function lanePositions(items: readonly TimelineItem[]): Map<string, LanePositions> {
  let positions = positionsCache.get(items);
  if (!positions) {
    const byLane = new Map<string, number[]>();
    items.forEach((item, i) => {
      for (const theme of item.themes) {
        const list = byLane.get(theme);
        if (list) list.push(i);
        else byLane.set(theme, [i]);
      }
    });
    const timeOrder = (a: number, b: number) => byTime(items[a]!, items[b]!);
    positions = new Map();
    for (const [lane, list] of byLane) {
      // Items usually arrive in time order already; checking is cheaper than sorting.
      const inOrder = list.every((p, i) => i === 0 || timeOrder(list[i - 1]!, p) <= 0) ? list : [...list].sort(timeOrder);
      // A stable sort: points at the same place keep their time order.
      positions.set(lane, { byTime: inOrder, byAnchor: [...inOrder].sort((a, b) => anchorOf(items[a]!) - anchorOf(items[b]!)) });
    }
    positionsCache.set(items, positions);
  }
  return positions;
}

export function laneOrders(items: readonly TimelineItem[]): Map<string, LaneOrder> {
  let orders = ordersCache.get(items);
  if (!orders) {
    orders = new Map();
    for (const [lane, p] of lanePositions(items)) orders.set(lane, { byTime: p.byTime.map((i) => items[i]!), byAnchor: p.byAnchor.map((i) => items[i]!) });
    ordersCache.set(items, orders);
  }
  return orders;
}

/**
 * The lane orders of a subset (search results, a theme filter) taken from those of all items:
 * filtering keeps the order, so nothing is sorted again at each keystroke. The subset is in the
 * same order as all items, so one walk finds which are in it.
 */
export function subsetOrders(items: readonly TimelineItem[], all: readonly TimelineItem[]): Map<string, LaneOrder> {
  let orders = ordersCache.get(items);
  if (!orders) {
    const shown = new Uint8Array(all.length);
    let next = 0;
    for (let i = 0; i < all.length && next < items.length; i++) {
      if (all[i] === items[next]) {
        shown[i] = 1;
        next++;
      }
    }
    if (next < items.length) return laneOrders(items); // not a subsequence of all after all
    orders = new Map();
    const pick = (positions: number[]) => {
      const picked: TimelineItem[] = [];
      for (const i of positions) if (shown[i]) picked.push(all[i]!);
      return picked;
    };
    for (const [lane, p] of lanePositions(all)) orders.set(lane, { byTime: pick(p.byTime), byAnchor: pick(p.byAnchor) });
    ordersCache.set(items, orders);
  }
  return orders;
}
