import type { MarkGeometry } from './mark-geometry.ts';
import type { TimelineItem } from './timeline-item.ts';

const DAY = 86_400_000;

/** How the first window is chosen: how many events a screen this wide can label, and the margins around them. */
export const FIRST_WINDOW = Object.freeze({
  /** About one labelled event per this many pixels of width. */
  pxPerEvent: 110,
  minEvents: 4,
  maxEvents: 15,
  /** The window is at least this long, so a burst of one day is still read against its weeks. */
  minDays: 60,
  /** Share of the width left before the run; after it, a whole label's room (maxLabelChars), for the last marks' titles. */
  padBefore: 0.05,
  /** The run takes at least this share of the width, however long labels are. */
  minRunShare: 0.3,
  /** A run of events this many times as long as the densest still counts as dense: the latest such run is shown. */
  denseEnough: 2,
});

/**
 * The window a timeline opens on when the address names none: the latest dense run of as many
 * events as the width can label, so the first screen shows titles, not a row of clusters. With
 * few enough events, the full extent (the view's, which 'Xem toàn bộ' shows in any case).
 */
export function firstWindow(
  items: readonly TimelineItem[], width: number, extent: [number, number], g: Pick<MarkGeometry, 'maxLabelChars' | 'charWidth'>, o: typeof FIRST_WINDOW = FIRST_WINDOW,
): [number, number] {
  const k = Math.max(o.minEvents, Math.min(o.maxEvents, Math.round(width / o.pxPerEvent)));
  if (items.length <= k) return extent;
  const at = items.map((item) => (item.start + item.end) / 2).sort((a, b) => a - b);
  let densest = Infinity;
  for (let i = 0; i + k <= at.length; i++) densest = Math.min(densest, at[i + k - 1]! - at[i]!);
  let from = 0;
  for (let i = at.length - k; i >= 0; i--) {
    if (at[i + k - 1]! - at[i]! <= densest * o.denseEnough) {
      from = i;
      break;
    }
  }
  const [first, last] = [at[from]!, at[from + k - 1]!];
  const run = Math.max(last - first, o.minDays * DAY);
  const runShare = Math.max(o.minRunShare, 1 - o.padBefore - (g.maxLabelChars * g.charWidth) / width);
  const span = run / runShare;
  if (span >= extent[1] - extent[0]) return extent;
  // Around the run, moved inside the full extent.
  const start = Math.min(Math.max((first + last) / 2 - run / 2 - span * o.padBefore, extent[0]), extent[1] - span);
  return [start, start + span];
}
