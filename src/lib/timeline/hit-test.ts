import type { Mark, TimelineLayout } from './layout.ts';
import type { MarkGeometry } from './mark-geometry.ts';

type HitGeometry = Pick<MarkGeometry, 'pointRadius' | 'clusterRadius' | 'spanHeight' | 'charWidth' | 'spanLabelRise' | 'labelLineHeight' | 'hitSlop'>;

/** The mark drawn at (x, y), label included, topmost first; undefined on empty space. */
export function markAt(layout: TimelineLayout, x: number, y: number, g: HitGeometry): Mark | undefined {
  for (let i = layout.marks.length - 1; i >= 0; i--) {
    const mark = layout.marks[i]!;
    if (onShape(mark, x, y, g) || onLabel(mark, x, y, g)) return mark;
  }
  return undefined;
}

/** A point is found within pointRadius + hitSlop of its centre, which holds the tips of every theme symbol of pointArea. */
function onShape(mark: Mark, x: number, y: number, g: HitGeometry): boolean {
  const slop = g.hitSlop;
  if (mark.kind === 'span') return x >= mark.x - slop && x <= mark.x2 + slop && Math.abs(y - mark.y) <= g.spanHeight / 2 + slop;
  const r = (mark.kind === 'cluster' ? g.clusterRadius : g.pointRadius) + slop;
  return (x - mark.x) ** 2 + (y - mark.y) ** 2 <= r * r;
}

/** A label's width is estimated as the layout estimated it (charWidth a character). */
function onLabel(mark: Mark, x: number, y: number, g: HitGeometry): boolean {
  if (!mark.label) return false;
  const labelY = mark.kind === 'span' ? mark.y - g.spanLabelRise : mark.y;
  return x >= mark.label.x && x <= mark.label.x + mark.label.text.length * g.charWidth && Math.abs(y - labelY) <= g.labelLineHeight / 2;
}
