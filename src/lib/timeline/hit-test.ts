import type { Mark, TimelineLayout } from './layout.ts';
import { contains, labelBox, shapeBox } from './mark-boxes.ts';
import type { MarkGeometry } from './mark-geometry.ts';

type HitGeometry = Parameters<typeof shapeBox>[1] & Pick<MarkGeometry, 'hitSlop'>;

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
  if (mark.kind === 'span') return contains(shapeBox(mark, g), x, y, slop);
  const r = (mark.kind === 'cluster' ? g.clusterRadius : g.pointRadius) + slop;
  return (x - mark.x) ** 2 + (y - mark.y) ** 2 <= r * r;
}

/** A label is found on its line, not further: the rows above and below hold other labels. */
function onLabel(mark: Mark, x: number, y: number, g: HitGeometry): boolean {
  const box = labelBox(mark, g);
  return box !== undefined && contains(box, x, y);
}
