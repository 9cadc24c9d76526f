import type { MarkGeometry } from './mark-geometry.ts';
import type { TimelineItem } from './timeline-item.ts';

/** What the layout is for: the lanes, the visible width and the marks' geometry (mark-geometry.ts). */
export interface LayoutOptions {
  /** Theme ids, one lane each, top to bottom. */
  lanes: readonly string[];
  width: number;
  geometry: Readonly<MarkGeometry>;
  /** Y of the first lane's top; 0 unless given. */
  top?: number;
}

export type MarkKind = 'point' | 'span' | 'cluster';

/** One thing drawn: an event as a point or span, or a cluster of events too close to tell apart. */
export interface Mark {
  /** Stable across frames: lane and event id (or first id of a cluster). */
  key: string;
  kind: MarkKind;
  lane: string;
  /** Centre for points and clusters, left edge for spans. */
  x: number;
  /** Right edge of a span. */
  x2: number;
  y: number;
  ids: string[];
  /** For clusters: the time span the cluster covers, to zoom into. */
  extent: [number, number];
  inferred: boolean;
  label?: { text: string; x: number };
}

export interface LaneBox {
  id: string;
  y: number;
  height: number;
}

export interface TimelineLayout {
  lanes: LaneBox[];
  marks: Mark[];
  height: number;
}

/**
 * Places events on theme lanes for the current scale. Pure: the same items, scale and options
 * give the same marks. `all`, when given, holds every item the view has (the items are some of
 * them, in the same order): their order is worked out once for all, then only filtered. An event with several themes gets a mark in each of its lanes.
 * Only items that overlap the visible range [0, width] are laid out, so the cost follows what
 * is on screen, and close marks merge into clusters, so the number of marks stays bounded.
 */
export function layoutTimeline(items: readonly TimelineItem[], x: (ms: number) => number, options: LayoutOptions, all?: readonly TimelineItem[]): TimelineLayout {
  const { geometry: g, top = 0 } = options;
  const lanes: LaneBox[] = options.lanes.map((id, i) => ({ id, y: top + i * g.laneHeight, height: g.laneHeight }));
  const orders = all ? subsetOrders(items, all) : laneOrders(items);
  const marks: Mark[] = [];
  for (const lane of lanes) {
    const order = orders.get(lane.id);
    if (order) marks.push(...layoutLane(lane, order, x, options.width, g));
  }
  return { lanes, marks, height: top + options.lanes.length * g.laneHeight };
}

/** A lane's items in time order (for stacking spans), and in the order their points sit (for clustering). */
interface LaneOrder {
  byTime: TimelineItem[];
  byAnchor: TimelineItem[];
}

const drawnAsSpan = (item: TimelineItem) => item.precision !== 'day' || item.isRange;
/** Where an item's point sits in time: a day at its start, a longer span at its middle. */
const anchorOf = (item: TimelineItem) => (drawnAsSpan(item) ? (item.start + item.end) / 2 : item.start);
const byTime = (a: TimelineItem, b: TimelineItem) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1);

/** A lane's items in both orders, as positions in the items the orders were made from. */
interface LanePositions {
  byTime: number[];
  byAnchor: number[];
}

// Both orders depend on the items, not on zoom or pan: worked out once per set of items, not per frame.
const positionsCache = new WeakMap<readonly TimelineItem[], Map<string, LanePositions>>();
const ordersCache = new WeakMap<readonly TimelineItem[], Map<string, LaneOrder>>();

function lanePositions(items: readonly TimelineItem[]): Map<string, LanePositions> {
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

function laneOrders(items: readonly TimelineItem[]): Map<string, LaneOrder> {
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
function subsetOrders(items: readonly TimelineItem[], all: readonly TimelineItem[]): Map<string, LaneOrder> {
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

/** A mark's label is its first event's title. */
type TitleOf = (mark: Mark) => string;

function layoutLane(lane: LaneBox, order: LaneOrder, x: (ms: number) => number, width: number, g: Readonly<MarkGeometry>): Mark[] {
  const titles = new Map<Mark, string>();
  const titleOf: TitleOf = (mark) => titles.get(mark) ?? '';
  const pointY = lane.y + lane.height - g.pointRadius - g.pointBottom;
  const margin = g.minGap * 2;
  const spans: Mark[] = [];
  const spanItems = new Set<TimelineItem>();
  const rowEnds: number[] = Array.from({ length: g.spanRows }, () => -Infinity);
  const visible = (x0: number, x1: number) => x1 >= -margin && x0 <= width + margin;

  // Only items that overlap the visible range (with a margin) are laid out.
  for (const item of order.byTime) {
    if (!drawnAsSpan(item)) continue;
    const x0 = x(item.start);
    const x1 = x(item.end);
    if (!visible(x0, x1) || x1 - x0 < g.minSpanWidth) continue;
    const row = rowEnds.findIndex((end) => end + g.spanSpacing <= x0);
    if (row < 0) continue;
    rowEnds[row] = x1;
    const span: Mark = {
      key: `${lane.id}:${item.id}`, kind: 'span', lane: lane.id, x: x0, x2: x1,
      y: pointY - g.pointRadius - g.spanGap - (row + 1) * g.spanRowHeight,
      ids: [item.id], extent: [item.start, item.end], inferred: item.inferred,
    };
    titles.set(span, item.title);
    spans.push(span);
    spanItems.add(item);
  }
  // Every other visible item is a point. In anchor order they come sorted by x (x is linear in
  // time): kept in two plain arrays, as there can be thousands a frame.
  const pointItems: TimelineItem[] = [];
  const xs: number[] = [];
  for (const item of order.byAnchor) {
    if (spanItems.has(item)) continue;
    const x0 = x(item.start);
    const x1 = x(item.end);
    if (!visible(x0, x1)) continue;
    pointItems.push(item);
    xs.push(drawnAsSpan(item) ? (x0 + x1) / 2 : x0);
  }
  const clustered = clusterPoints(lane, pointItems, xs, pointY, g, titles);
  labelSpans(spans, width, g, titleOf);
  labelPoints(clustered, width, g, titleOf);
  return [...spans, ...clustered];
}

/** Chains points closer than minGap into clusters; a lone point stays a point. Points are sorted by x. */
function clusterPoints(lane: LaneBox, items: readonly TimelineItem[], xs: readonly number[], y: number, g: Readonly<MarkGeometry>, titles: Map<Mark, string>): Mark[] {
  const marks: Mark[] = [];
  let first = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && xs[i]! - xs[i - 1]! < g.minGap) continue;
    // items[first..i) is one group.
    const group = items.slice(first, i);
    const centre = (xs[first]! + xs[i - 1]!) / 2;
    let [from, to, inferred] = [Infinity, -Infinity, true];
    for (const item of group) {
      from = Math.min(from, item.start);
      to = Math.max(to, item.end);
      inferred &&= item.inferred;
    }
    const mark: Mark = {
      key: `${lane.id}:${group[0]!.id}${group.length > 1 ? `+${group.length}` : ''}`,
      kind: group.length === 1 ? 'point' : 'cluster',
      lane: lane.id, x: centre, x2: centre, y,
      ids: group.map((item) => item.id),
      extent: [from, to],
      inferred,
    };
    titles.set(mark, group[0]!.title);
    marks.push(mark);
    first = i;
  }
  return marks;
}

/** Labels to the right of points, truncated to the free space before the next mark, or hidden. */
function labelPoints(marks: Mark[], width: number, g: Readonly<MarkGeometry>, titleOf: TitleOf): void {
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    if (mark.kind !== 'point') continue;
    const left = mark.x + g.pointRadius + g.labelGap;
    const right = Math.min(marks[i + 1] ? marks[i + 1]!.x - g.pointRadius - g.labelEndGap : Infinity, width);
    const text = fitLabel(titleOf(mark), right - left, g);
    if (text) mark.label = { text, x: left };
  }
}

/** Labels inside spans when they fit. */
function labelSpans(spans: Mark[], width: number, g: Readonly<MarkGeometry>, titleOf: TitleOf): void {
  for (const span of spans) {
    const left = Math.max(span.x, 0) + g.spanLabelInset;
    const text = fitLabel(titleOf(span), Math.min(span.x2, width) - left - g.spanLabelInset, g);
    if (text) span.label = { text, x: left };
  }
}

/** The longest prefix of `text` that fits `width` pixels, with "…", or '' if too little fits. */
export function fitLabel(text: string, width: number, o: Pick<MarkGeometry, 'charWidth' | 'minLabelChars'>): string {
  const chars = Math.floor(width / o.charWidth);
  if (chars >= text.length) return text;
  if (chars - 1 < o.minLabelChars) return '';
  return `${text.slice(0, chars - 1).trimEnd()}…`;
}
