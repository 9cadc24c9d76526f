import type { Mark, TimelineLayout } from './layout.ts';

export interface HitOptions {
  /** Radius of a point mark and of a cluster, in pixels. */
  radius: number;
  clusterRadius: number;
  /** Average glyph width: a label's width is estimated as the layout estimated it. */
  charWidth: number;
}

/** Extra pixels around a mark that still count as on it: fingers and tremors are not exact. */
const SLOP = 4;

/** The mark drawn at (x, y), label included, topmost first; undefined on empty space. */
export function markAt(layout: TimelineLayout, x: number, y: number, o: HitOptions): Mark | undefined {
  for (let i = layout.marks.length - 1; i >= 0; i--) {
    const mark = layout.marks[i]!;
    if (onShape(mark, x, y, o) || onLabel(mark, x, y, o)) return mark;
  }
  return undefined;
}

function onShape(mark: Mark, x: number, y: number, o: HitOptions): boolean {
  if (mark.kind === 'span') return x >= mark.x - SLOP && x <= mark.x2 + SLOP && Math.abs(y - mark.y) <= 5 + SLOP;
  const r = (mark.kind === 'cluster' ? o.clusterRadius : o.radius) + SLOP;
  return (x - mark.x) ** 2 + (y - mark.y) ** 2 <= r * r;
}

function onLabel(mark: Mark, x: number, y: number, o: HitOptions): boolean {
  if (!mark.label) return false;
  const labelY = mark.kind === 'span' ? mark.y - 12 : mark.y;
  return x >= mark.label.x && x <= mark.label.x + mark.label.text.length * o.charWidth && Math.abs(y - labelY) <= 8;
}
