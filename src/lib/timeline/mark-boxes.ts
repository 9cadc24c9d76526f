import type { LaneBox, Mark } from './layout.ts';
import type { MarkGeometry } from './mark-geometry.ts';

/** A rectangle on the timeline, in CSS pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

type BoxGeometry = Pick<MarkGeometry, 'pointRadius' | 'clusterRadius' | 'spanHeight' | 'charWidth' | 'labelLineHeight' | 'starWidth' | 'starFontSize'>;

const around = (x: number, y: number, halfWidth: number, halfHeight: number): Box => ({ left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight });

/** Where a mark's shape is drawn: a point's symbol (about pointRadius), a cluster's circle, a span's bar. */
export function shapeBox(mark: Mark, g: BoxGeometry): Box {
  if (mark.kind === 'span') return { left: mark.x, right: mark.x2, top: mark.y - g.spanHeight / 2, bottom: mark.y + g.spanHeight / 2 };
  const r = mark.kind === 'cluster' ? g.clusterRadius : g.pointRadius;
  return around(mark.x, mark.y, r, r);
}

/** A label's line: its width estimated as the layout estimated it (charWidth a character). */
export function labelBox(mark: Mark, g: BoxGeometry): Box | undefined {
  if (!mark.label) return undefined;
  return { left: mark.label.x, right: mark.label.x + mark.label.text.length * g.charWidth, top: mark.y - g.labelLineHeight / 2, bottom: mark.y + g.labelLineHeight / 2 };
}

/** A lesson's star beside its mark. */
export function starBox(mark: Mark, g: BoxGeometry): Box | undefined {
  return mark.star ? around(mark.star.x, mark.y, g.starWidth / 2, g.starFontSize / 2) : undefined;
}

/** A lane's name at its top left, in its first row. */
export function laneLabelBox(lane: LaneBox, g: Pick<MarkGeometry, 'laneLabelY' | 'labelLineHeight'>): Box {
  return { left: 0, right: lane.labelRight, top: lane.y + g.laneLabelY - g.labelLineHeight / 2, bottom: lane.y + g.laneLabelY + g.labelLineHeight / 2 };
}

/** Whether two boxes share more than an edge. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function contains(box: Box, x: number, y: number, slop = 0): boolean {
  return x >= box.left - slop && x <= box.right + slop && y >= box.top - slop && y <= box.bottom + slop;
}
