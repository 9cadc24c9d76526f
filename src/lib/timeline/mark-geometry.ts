/**
 * The size of a timeline mark and where its parts sit, in CSS pixels: the one description the
 * layout places marks by, the canvas draws them by, the hit test finds them by and the page
 * sizes the timeline by. A mark's size is changed here and nowhere else
 * (tests/render/mark-hit.test.ts checks that what is drawn is what a click finds).
 */
export interface MarkGeometry {
  /** Height of one theme's lane. */
  laneHeight: number;
  /** Height of the time axis below the lanes. */
  axisHeight: number;
  /** Radius of a point: its theme symbol (pointArea) has about a circle's area of this radius. */
  pointRadius: number;
  /** Area of a point's theme symbol, px² (d3-shape's size). A star's or a diamond's tips reach past pointRadius, within hitSlop. */
  pointArea: number;
  /** Space between a point's bottom and its lane's. */
  pointBottom: number;
  clusterRadius: number;
  /** A span's bar: its height and the radius of its corners. */
  spanHeight: number;
  spanCorner: number;
  /** Rows for spans above a lane's points; a span that finds no free row is drawn as a point. */
  spanRows: number;
  spanRowHeight: number;
  /** Space between the points and the lowest row of spans. */
  spanGap: number;
  /** Space between two spans in one row. */
  spanSpacing: number;
  /** Points closer than this merge into a cluster. */
  minGap: number;
  /** Narrower spans are drawn as points. */
  minSpanWidth: number;
  /** Average glyph width of a label, to estimate its width without measuring text. */
  charWidth: number;
  /** Labels shorter than this many characters after truncation are hidden instead. */
  minLabelChars: number;
  labelFontSize: number;
  /** The line a label takes, for the hit test: taller than its letters, as a line of text is. */
  labelLineHeight: number;
  /** Space between a point's edge and its label, and between a label and the next mark. */
  labelGap: number;
  labelEndGap: number;
  /** Space between a span's ends and its label inside it. */
  spanLabelInset: number;
  /** How far above a span's bar its label is drawn. */
  spanLabelRise: number;
  /** The star of a lesson's event: its size, how far above a point or a span and above a cluster it sits, and how far left of a span's start. */
  starFontSize: number;
  starRise: number;
  clusterStarRise: number;
  spanStarShift: number;
  /** Extra pixels around a mark that still count as on it: fingers and tremors are not exact. */
  hitSlop: number;
  /** The lane's label at its top left: where its symbol sits, the symbol's area, and the text beside it. */
  laneLabelX: number;
  laneLabelY: number;
  laneSymbolArea: number;
  laneLabelTextX: number;
  laneLabelTextY: number;
}

/** The timeline on a wide screen. */
export const WIDE: Readonly<MarkGeometry> = Object.freeze({
  laneHeight: 64,
  axisHeight: 28,
  pointRadius: 6,
  pointArea: 110,
  pointBottom: 8,
  clusterRadius: 11,
  spanHeight: 10,
  spanCorner: 3,
  spanRows: 2,
  spanRowHeight: 12,
  spanGap: 6,
  spanSpacing: 2,
  minGap: 14,
  minSpanWidth: 8,
  charWidth: 6.6,
  minLabelChars: 6,
  labelFontSize: 11.5,
  labelLineHeight: 16,
  labelGap: 4,
  labelEndGap: 6,
  spanLabelInset: 4,
  spanLabelRise: 12,
  starFontSize: 13,
  starRise: 14,
  clusterStarRise: 18,
  spanStarShift: -4,
  hitSlop: 4,
  laneLabelX: 10,
  laneLabelY: 14,
  laneSymbolArea: 60,
  laneLabelTextX: 12,
  laneLabelTextY: 4,
});

/** On a narrow screen: lower lanes, and labels estimated wider (the page's type is larger there) and kept longer, or hidden. */
export const NARROW: Readonly<MarkGeometry> = Object.freeze({ ...WIDE, laneHeight: 48, charWidth: 7.5, minLabelChars: 10 });

/** Below this width (px) the timeline is drawn narrow. */
export const NARROW_BELOW = 600;

/** The geometry for a timeline this wide. */
export function markGeometry(width: number): Readonly<MarkGeometry> {
  return width < NARROW_BELOW ? NARROW : WIDE;
}

/** The height of a timeline of `lanes` lanes and its axis. */
export function timelineHeight(lanes: number, geometry: Pick<MarkGeometry, 'laneHeight' | 'axisHeight'>): number {
  return lanes * geometry.laneHeight + geometry.axisHeight;
}

/** A theme's symbol in a badge and a filter button: its area in the 16 px box it is drawn in. */
export const BADGE_SYMBOL = Object.freeze({ area: 80, viewBox: '-8 -8 16 16' });

/** The overview strip under the timeline: its height and the width of one bar of its profile. */
export const OVERVIEW_STRIP = Object.freeze({ height: 36, binWidth: 3 });
