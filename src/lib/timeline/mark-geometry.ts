/**
 * The size of a timeline mark and where its parts sit, in CSS pixels: the one description the
 * layout places marks by, the canvas draws them by, the hit test finds them by and the page
 * sizes the timeline by. A mark's size is changed here and nowhere else
 * (tests/render/mark-hit.test.ts checks that what is drawn is what a click finds).
 */
export interface MarkGeometry {
  /** Rows in a lane: marks stack in the first row where they and their labels fit (as vis-timeline stacks items). */
  rows: number;
  /** Height of one row: a label's line, a cluster's circle and a row's gap fit in it. */
  rowHeight: number;
  /** Space above a lane's first row and below its last. */
  lanePad: number;
  /** Height of one theme's lane: its rows and padding (derived, see laneSized). */
  laneHeight: number;
  /** Height of the time axis, along the top of the timeline above the lanes. */
  axisHeight: number;
  /** Radius of a point: its theme symbol (pointArea) has about a circle's area of this radius. */
  pointRadius: number;
  /** Area of a point's theme symbol, px² (d3-shape's size). A star's or a diamond's tips reach past pointRadius, within hitSlop. */
  pointArea: number;
  /** At most half a row: a cluster in one row never touches a mark in the next. Every point keeps this much room, so it can become a cluster where it is. */
  clusterRadius: number;
  /** A span's bar: its height and the radius of its corners. */
  spanHeight: number;
  spanCorner: number;
  /** More points than twice a lane's rows within this many px, or points that find no row, make one cluster this wide. */
  clusterReach: number;
  /** Spans stack in the first rows only: the last rows always take points, whatever spans cover the time. */
  spanRows: number;
  /** Space between two marks (with their labels) in one row. */
  itemSpacing: number;
  /** Narrower spans are drawn as points. */
  minSpanWidth: number;
  /** Average glyph width of a label, to estimate its width without measuring text. */
  charWidth: number;
  /** Labels shorter than this many characters after truncation are hidden instead. */
  minLabelChars: number;
  /** A label reserves at most this many characters when rows are filled; it still grows into free room. */
  maxLabelChars: number;
  labelFontSize: number;
  /** The line a label takes, for the hit test and the overlap checks: taller than its letters, as a line of text is. */
  labelLineHeight: number;
  /** Space between a span's end and a label right of it (a point's label starts past its clusterRadius), and between a label and the next mark. */
  labelGap: number;
  labelEndGap: number;
  /** Space between a span's ends and its label inside it. */
  spanLabelInset: number;
  /** The star of a lesson's event, left of its mark in the same row: its font size and the width it takes. */
  starFontSize: number;
  starWidth: number;
  /** Extra pixels around a mark that still count as on it: fingers and tremors are not exact. */
  hitSlop: number;
  /** The lane's label at its top left, in its first row: where its symbol sits, the symbol's area, and the text beside it. */
  laneLabelX: number;
  /** The centre of the first row (derived). */
  laneLabelY: number;
  laneSymbolArea: number;
  laneLabelTextX: number;
  laneLabelTextY: number;
  /** Average glyph width of a lane's name (12 px, bold): the box the first row keeps free for it. */
  laneLabelCharWidth: number;
}

type Sizes = Omit<MarkGeometry, 'laneHeight' | 'laneLabelY'>;

/** A geometry with the sizes that follow from its rows: the lane's height and where its label sits. */
function laneSized(sizes: Sizes): Readonly<MarkGeometry> {
  return Object.freeze({ ...sizes, laneHeight: 2 * sizes.lanePad + sizes.rows * sizes.rowHeight, laneLabelY: sizes.lanePad + sizes.rowHeight / 2 });
}

const WIDE_SIZES: Sizes = {
  rows: 4,
  rowHeight: 20,
  lanePad: 2,
  axisHeight: 28,
  pointRadius: 6,
  pointArea: 110,
  clusterRadius: 10,
  clusterReach: 120,
  spanHeight: 14,
  spanCorner: 3,
  spanRows: 3,
  itemSpacing: 4,
  minSpanWidth: 8,
  charWidth: 6.6,
  minLabelChars: 6,
  maxLabelChars: 36,
  labelFontSize: 11.5,
  labelLineHeight: 16,
  labelGap: 4,
  labelEndGap: 6,
  spanLabelInset: 4,
  starFontSize: 13,
  starWidth: 12,
  hitSlop: 4,
  laneLabelX: 10,
  laneSymbolArea: 60,
  laneLabelTextX: 12,
  laneLabelTextY: 4,
  laneLabelCharWidth: 6.8,
};

/** The timeline on a wide screen: four rows a lane, 84 px. */
export const WIDE: Readonly<MarkGeometry> = laneSized(WIDE_SIZES);

/** On a narrow screen: three rows a lane (64 px), labels estimated wider (the page's type is larger there) and kept longer, or hidden. */
export const NARROW: Readonly<MarkGeometry> = laneSized({ ...WIDE_SIZES, rows: 3, spanRows: 2, charWidth: 7.5, minLabelChars: 10, maxLabelChars: 24 });

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
