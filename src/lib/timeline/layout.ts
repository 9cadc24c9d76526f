import { timelineHeight, type MarkGeometry } from './mark-geometry.ts';
import { drawnAsSpan, laneOrders, subsetOrders, type LaneOrder } from './lane-orders.ts';
import type { TimelineItem } from './timeline-item.ts';

/** What the layout is for: the lanes, the visible width and the marks' geometry (mark-geometry.ts). */
export interface LayoutOptions {
  /** One lane per theme, top to bottom: its id and the name drawn at its top left, which marks keep clear of. */
  lanes: ReadonlyArray<{ id: string; label: string }>;
  width: number;
  geometry: Readonly<MarkGeometry>;
  /** Events in a lesson: their mark keeps room for a star on its left. */
  starred?: ReadonlySet<string> | undefined;
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
  /** Drawn at the mark's y, from x: inside a span or right of the mark. */
  label?: { text: string; x: number };
  /** The centre of a lesson's star, at the mark's y, left of it. */
  star?: { x: number };
}

export interface LaneBox {
  id: string;
  y: number;
  height: number;
  /** The right edge of the lane's name in its first row: no mark is placed left of it there. */
  labelRight: number;
}

export interface TimelineLayout {
  lanes: LaneBox[];
  marks: Mark[];
  /** The whole drawing's: the time axis along the top, then the lanes (timelineHeight). */
  height: number;
}

/**
 * Places events on theme lanes for the current scale. Pure: the same items, scale and options
 * give the same marks. `all`, when given, holds every item the view has (the items are some of
 * them, in the same order): their order is worked out once for all, then only filtered. An event with several themes gets a mark in each of its lanes.
 * Marks stack in a lane's rows, each with its label in the first row where both fit (as
 * vis-timeline stacks items); an event that finds no row joins the cluster at the end of the
 * last row. Only items that overlap the visible range [0, width] are laid out, so the cost
 * follows what is on screen, and each row holds at most width / (2 clusterRadius) marks.
 */
export function layoutTimeline(items: readonly TimelineItem[], x: (ms: number) => number, options: LayoutOptions, all?: readonly TimelineItem[]): TimelineLayout {
  const g = options.geometry;
  // The time axis runs along the top, above the first lane: a laptop's first screen shows the
  // dates with the first lanes, not the lanes without them.
  const top = g.axisHeight;
  const lanes: LaneBox[] = options.lanes.map(({ id, label }, i) => ({
    id, y: top + i * g.laneHeight, height: g.laneHeight, labelRight: g.laneLabelX + g.laneLabelTextX + label.length * g.laneLabelCharWidth,
  }));
  const orders = all ? subsetOrders(items, all) : laneOrders(items);
  const marks: Mark[] = [];
  for (const lane of lanes) {
    const order = orders.get(lane.id);
    if (order) marks.push(...layoutLane(lane, order, x, options.width, g, options.starred));
  }
  return { lanes, marks, height: timelineHeight(options.lanes.length, g) };
}

/** A mark placed in a row, with the room it keeps there. */
interface Slot {
  mark: Mark;
  title: string;
  /** Left of the room: the mark's, or its star's. */
  start: number;
  /** Right of the mark's own room (a point keeps a cluster's). */
  bodyEnd: number;
  /** Right of the room with the label it would like: later marks in the row prefer to stay past it. */
  end: number;
  /** Where its label starts, and whether the label sits inside a span (else right of the mark). */
  labelLeft: number;
  inside: boolean;
  /** The row it is placed in. */
  row: Row;
}

/** One row of a lane: what it holds and where the last mark placed in the current pass ends. */
interface Row {
  slots: Slot[];
  /** The spans in it, in order, and the first that may still be ahead of the points being placed. */
  spans: Slot[];
  spanAt: number;
  end: number;
  bodyEnd: number;
  last: Slot | undefined;
}

function layoutLane(lane: LaneBox, order: LaneOrder, x: (ms: number) => number, width: number, g: Readonly<MarkGeometry>, starred: ReadonlySet<string> | undefined): Mark[] {
  const margin = g.clusterRadius * 2;
  const visible = (x0: number, x1: number) => x1 >= -margin && x0 <= width + margin;
  const rowY = (row: number) => lane.y + g.lanePad + (row + 0.5) * g.rowHeight;
  const rows: Row[] = Array.from({ length: g.rows }, () => ({ slots: [], spans: [], spanAt: 0, end: -Infinity, bodyEnd: -Infinity, last: undefined }));
  // The lane's name sits in the first row: marks there start after it.
  const restart = () => rows.forEach((row, i) => {
    row.end = row.bodyEnd = i === 0 ? lane.labelRight : -Infinity;
    row.last = undefined;
  });
  // First a row where the marks before keep their whole labels (and a point's own label is clear of
  // the spans after it), then one where they shorten them. Points also keep clear of the spans in
  // a row (`behind`: see clearOfSpans); spans come first.
  const freeRow = (start: number, count: number, points?: { behind: number; end: number; labelEnd: number }) => {
    for (const soft of [true, false]) {
      for (let r = 0; r < count; r++) {
        const row = rows[r]!;
        if ((soft ? row.end : row.bodyEnd) + g.itemSpacing > start) continue;
        if (!points || clearOfSpans(row, points.behind, start, soft ? points.labelEnd : points.end, soft, g.itemSpacing)) return r;
      }
    }
    return -1;
  };
  const wanted = (title: string) => Math.min(title.length, g.maxLabelChars) * g.charWidth;
  const spanItems = new Set<TimelineItem>();
  const spans: Mark[] = [];

  restart();
  for (const item of order.byTime) {
    if (!drawnAsSpan(item)) continue;
    const x0 = x(item.start);
    const x1 = x(item.end);
    if (!visible(x0, x1) || x1 - x0 < g.minSpanWidth) continue;
    const star = starred?.has(item.id) ? starLeftOf(x0, g) : undefined;
    const start = star === undefined ? x0 : Math.min(x0, star - g.starWidth / 2);
    const starRight = star === undefined ? -Infinity : star + g.starWidth / 2;
    const insideLeft = Math.max(x0, 0, starRight) + g.spanLabelInset;
    // Inside when the whole title fits there, or the span runs past the view (nothing shows right of it);
    // else right of the bar, where the room up to the next mark is usually larger.
    const room = Math.min(x1, width) - g.spanLabelInset - insideLeft;
    const inside = fitLabel(item.title, room, g) === item.title || (x1 >= width && room >= g.minLabelChars * g.charWidth);
    // A star kept inside the view may stand past a span that ends just before it.
    const bodyEnd = Math.max(x1, starRight);
    const end = inside ? bodyEnd : bodyEnd + g.labelGap + wanted(item.title);
    const r = freeRow(start, Math.min(g.spanRows, g.rows));
    if (r < 0) continue; // drawn as a point
    const mark: Mark = { key: `${lane.id}:${item.id}`, kind: 'span', lane: lane.id, x: x0, x2: x1, y: rowY(r), ids: [item.id], extent: [item.start, item.end], inferred: item.inferred };
    if (star !== undefined) mark.star = { x: star };
    const slot: Slot = { mark, title: item.title, start, bodyEnd, end, labelLeft: inside ? insideLeft : bodyEnd + g.labelGap, inside, row: rows[r]! };
    place(slot);
    rows[r]!.spans.push(slot);
    spans.push(mark);
    spanItems.add(item);
  }

  // Every other visible item is a point. In anchor order they come sorted by x (x is linear in
  // time): kept in two plain arrays, as there can be thousands a frame.
  restart();
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
  const points: Mark[] = [];
  // More points within clusterReach than twice a lane's rows: the stretch is one cluster, not rows
  // of unlabelled points (and a frame's marks stay few, however many events there are).
  let dense: Slot | undefined;
  let ahead = 0;
  pointItems.forEach((item, i) => {
    const at = xs[i]!;
    if (dense && at < dense.mark.x + g.clusterReach) {
      join(dense, item);
      return;
    }
    while (ahead < xs.length && xs[ahead]! < at + g.clusterReach) ahead++;
    const crowded = ahead - i > 2 * g.rows;
    // A star keeps clear of a cluster's circle: the point may become one.
    const star = starred?.has(item.id) ? at - g.clusterRadius - 1 - g.starWidth / 2 : undefined;
    const start = star === undefined ? at - g.clusterRadius : star - g.starWidth / 2;
    const bodyEnd = at + g.clusterRadius;
    // No point at `at` or later starts left of this: spans that end before it are behind every point to come.
    const behind = at - g.clusterRadius - 1 - g.starWidth - g.itemSpacing;
    // Past the point's room, not its radius: a star's or a diamond's tips reach further than pointRadius.
    const labelLeft = at + g.clusterRadius + 1;
    const labelEnd = labelLeft + wanted(item.title);
    const r = freeRow(start, g.rows, { behind, end: bodyEnd, labelEnd });
    if (r < 0) {
      dense = joinCluster(rows, start, item, g.itemSpacing);
      return;
    }
    const mark: Mark = { key: `${lane.id}:${item.id}`, kind: 'point', lane: lane.id, x: at, x2: at, y: rowY(r), ids: [item.id], extent: [item.start, item.end], inferred: item.inferred };
    if (star !== undefined) mark.star = { x: star };
    const slot: Slot = { mark, title: item.title, start, bodyEnd, end: labelEnd, labelLeft, inside: false, row: rows[r]! };
    place(slot);
    points.push(mark);
    dense = crowded ? slot : undefined;
  });
  for (const row of rows) labelRow(row.slots, width, g);
  return [...spans, ...points];
}

/** The centre of a span's star: left of it, or just inside the view when its start is not. */
function starLeftOf(x0: number, g: Readonly<MarkGeometry>): number {
  return Math.max(x0 - 1 - g.starWidth / 2, g.starWidth / 2);
}

function place(slot: Slot): void {
  const { row } = slot;
  row.slots.push(slot);
  row.end = slot.end;
  row.bodyEnd = slot.bodyEnd;
  row.last = slot;
}

/**
 * Whether [start, end] keeps clear of the spans in a row (and, when soft, of the label the span
 * before would like). Points come in x order: spans that end before `behind` are passed once.
 */
function clearOfSpans(row: Row, behind: number, start: number, end: number, soft: boolean, spacing: number): boolean {
  while (row.spanAt < row.spans.length && row.spans[row.spanAt]!.end + spacing <= behind) row.spanAt++;
  for (let k = row.spanAt; k < row.spans.length && row.spans[k]!.start < end + spacing; k++) {
    const span = row.spans[k]!;
    if ((soft ? span.end : span.bodyEnd) + spacing > start) return false;
  }
  return true;
}

/**
 * No row is free: the item joins the point or cluster that blocks it, the last row's first (there
 * a span never is), which becomes a cluster where it stands: a point kept a cluster's room.
 */
function joinCluster(rows: Row[], start: number, item: TimelineItem, spacing: number): Slot | undefined {
  for (let r = rows.length - 1; r >= 0; r--) {
    const slot = rows[r]!.last;
    if (!slot || slot.mark.kind === 'span' || slot.bodyEnd + spacing <= start) continue;
    join(slot, item);
    return slot;
  }
  return undefined;
}

function join(slot: Slot, item: TimelineItem): void {
  const mark = slot.mark;
  // A cluster has no label: the row's room after it is free again.
  if (slot.row.last === slot) slot.row.end = slot.bodyEnd;
  // In place, and the key once laid out (labelRow): thousands of events may join in one frame.
  mark.kind = 'cluster';
  mark.ids.push(item.id);
  if (item.start < mark.extent[0]) mark.extent[0] = item.start;
  if (item.end > mark.extent[1]) mark.extent[1] = item.end;
  mark.inferred &&= item.inferred;
  slot.end = slot.bodyEnd;
}

/** Each label runs from its mark to the next mark in its row (and the view's edge), truncated with …, or hidden. */
function labelRow(slots: Slot[], width: number, g: Readonly<MarkGeometry>): void {
  slots.sort((a, b) => a.start - b.start);
  slots.forEach((slot, i) => {
    const { mark } = slot;
    // A point just past the left edge is laid out (its neighbours make room for it), but a label without its mark reads as another's.
    if (mark.kind === 'cluster') mark.key = `${mark.lane}:${mark.ids[0]}+${mark.ids.length}`;
    if (mark.kind === 'cluster' || (mark.kind === 'point' && mark.x < 0)) return;
    const next = slots[i + 1];
    const right = slot.inside
      ? Math.min(mark.x2, width) - g.spanLabelInset
      : Math.min(next ? next.start - g.labelEndGap : Infinity, width);
    const text = fitLabel(slot.title, right - slot.labelLeft, g);
    if (text) mark.label = { text, x: slot.labelLeft };
  });
}

/** The longest prefix of `text` that fits `width` pixels, with "…", or '' if too little fits. */
export function fitLabel(text: string, width: number, o: Pick<MarkGeometry, 'charWidth' | 'minLabelChars'>): string {
  const chars = Math.floor(width / o.charWidth);
  if (chars >= text.length) return text;
  if (chars - 1 < o.minLabelChars) return '';
  return `${text.slice(0, chars - 1).trimEnd()}…`;
}
