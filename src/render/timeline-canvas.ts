import type { AxisTick } from '../lib/timeline/axis-ticks.ts';
import type { Mark, TimelineLayout } from '../lib/timeline/layout.ts';
import type { MarkGeometry } from '../lib/timeline/mark-geometry.ts';
import type { Theme } from '../lib/schemas/theme.ts';
import { traceThemeSymbol } from './theme-symbol.ts';

/** The part of a 2D canvas context the marks are drawn with. */
export type MarkContext = CanvasPath & CanvasPathDrawingStyles & CanvasFillStrokeStyles & CanvasTextDrawingStyles &
  CanvasText & CanvasDrawPath & CanvasState & CanvasTransform & CanvasCompositing & CanvasRect;

export interface MarkDrawOptions {
  width: number;
  height: number;
  /** The geometry the layout placed the marks by (mark-geometry.ts). */
  geometry: Readonly<MarkGeometry>;
  themes: ReadonlyArray<Pick<Theme, 'id' | 'colour' | 'shape'>>;
  selectedId?: string | undefined;
  focusedId?: string | undefined;
  /** Events in a lesson: shown as such in the drawn state (the layout places their stars). */
  starredIds?: ReadonlySet<string> | undefined;
  /** The page's font family, so labels read like the rest of the page. */
  fontFamily: string;
  /** Colour of the keyboard focus ring (the page's accent). */
  accent: string;
}

const INK = '#111827';
const AXIS_INK = '#374151';
const TICK_LENGTH = 6;
const STAR = '#92400e';
/** A cluster that holds a lesson's event: its circle in the star's colours (its star may have no room left of it). */
const STARRED_CLUSTER_FILL = '#fef3c7';

/**
 * Draws the marks of a timeline layout (points, spans, clusters, labels, stars, the link
 * between a selected event's lanes) on a canvas. A canvas, not SVG: at 10,000 events a frame
 * of moved SVG elements costs more in style and layout than the whole frame budget.
 */
export function drawTimelineMarks(context: MarkContext, layout: TimelineLayout, options: MarkDrawOptions): void {
  const g = options.geometry;
  const themeById = new Map(options.themes.map((t) => [t.id, t]));
  context.clearRect(0, 0, options.width, options.height);
  const selected = layout.marks.filter((m) => options.selectedId !== undefined && m.ids.includes(options.selectedId));
  if (selected.length > 1) {
    context.save();
    context.strokeStyle = INK;
    context.lineWidth = 1.5;
    context.setLineDash([4, 3]);
    const x = centreOf(selected[0]!);
    context.beginPath();
    context.moveTo(x, Math.min(...selected.map((m) => m.y)));
    context.lineTo(x, Math.max(...selected.map((m) => m.y)));
    context.stroke();
    context.restore();
  }
  const states = layout.marks.map((mark) => markState(mark, options));
  layout.marks.forEach((mark, i) => {
    const theme = themeById.get(mark.lane);
    if (theme) drawShape(context, mark, theme, states[i]!, options.accent, g);
  });
  // Texts in passes, one font each: setting a canvas font is parsed like CSS, every time.
  context.textBaseline = 'middle';
  context.fillStyle = INK;
  context.textAlign = 'center';
  context.font = `700 11px ${options.fontFamily}`;
  for (const mark of layout.marks) {
    if (mark.kind === 'cluster') context.fillText(String(mark.ids.length), round(mark.x), round(mark.y));
  }
  context.fillStyle = STAR;
  context.font = `${g.starFontSize}px ${options.fontFamily}`;
  // Where the layout kept room for it, left of the mark in its row.
  for (const mark of layout.marks) {
    if (mark.star) context.fillText('★', round(mark.star.x), round(mark.y));
  }
  context.fillStyle = INK;
  context.textAlign = 'left';
  context.font = `${g.labelFontSize}px ${options.fontFamily}`;
  for (const mark of layout.marks) {
    // Labels are text drawn as pixels: nothing in them is ever read as markup.
    if (mark.label) context.fillText(mark.label.text, round(mark.label.x), round(mark.y));
  }
}

/** About the width of a character of the axis's 11 px labels (digits and short month names). */
const AXIS_CHAR_WIDTH = 6.6;

/**
 * Draws the time axis in the band [0, height] along the top of the drawing: each tick's label,
 * a short tick below it, and a rule where the band meets the first lane. On the canvas with the
 * marks: as SVG, each zoom step's new ticks cost a style and layout pass of their own.
 */
export function drawTimelineAxis(context: MarkContext, ticks: readonly AxisTick[], options: { height: number; width: number; fontFamily: string }): void {
  // Whole pixels plus a half: a one-pixel line then fills one row of pixels, not two half-grey ones.
  const rule = Math.round(options.height) - 0.5;
  context.strokeStyle = INK;
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(0, rule);
  context.lineTo(options.width, rule);
  for (const tick of ticks) {
    const x = Math.round(tick.x) + 0.5;
    context.moveTo(x, rule - TICK_LENGTH);
    context.lineTo(x, rule);
  }
  context.stroke();
  context.fillStyle = AXIS_INK;
  context.font = `11px ${options.fontFamily}`;
  context.textAlign = 'center';
  context.textBaseline = 'bottom';
  for (const tick of ticks) {
    // A label at either edge is moved in, whole ("965" was drawn for 1965 at the left edge).
    const half = (tick.label.length * AXIS_CHAR_WIDTH) / 2;
    const x = Math.max(half, Math.min(options.width - half, tick.x));
    context.fillText(tick.label, round(x), rule - TICK_LENGTH - 2);
  }
}

function drawShape(context: MarkContext, mark: Mark, theme: Pick<Theme, 'colour' | 'shape'>, state: { selected: boolean; focused: boolean; starred: boolean }, accent: string, g: Readonly<MarkGeometry>): void {
  const [x, y] = [round(mark.x), round(mark.y)];
  context.beginPath();
  if (mark.kind === 'span') {
    context.roundRect(x, y - g.spanHeight / 2, round(Math.max(mark.x2 - mark.x, 1)), g.spanHeight, g.spanCorner);
  } else if (mark.kind === 'cluster') {
    context.moveTo(x + g.clusterRadius, y);
    context.arc(x, y, g.clusterRadius, 0, 2 * Math.PI);
  } else {
    // d3's symbols are centred on 0,0: move there and back, cheaper than save() and restore().
    context.translate(x, y);
    traceThemeSymbol(context, theme.shape, g.pointArea);
    context.translate(-x, -y);
  }
  const starredCluster = mark.kind === 'cluster' && state.starred;
  context.fillStyle = mark.kind !== 'cluster' ? theme.colour : starredCluster ? STARRED_CLUSTER_FILL : '#ffffff';
  context.globalAlpha = mark.kind === 'cluster' ? 1 : mark.inferred ? (mark.kind === 'span' ? 0.25 : 0.35) : mark.kind === 'span' ? 0.35 : 1;
  context.fill();
  context.globalAlpha = 1;
  context.strokeStyle = state.focused ? accent : state.selected ? INK : starredCluster ? STAR : theme.colour;
  context.lineWidth = state.focused ? 3.5 : state.selected ? 3 : mark.kind === 'cluster' ? 2.5 : 1.5;
  if (mark.inferred) context.setLineDash([3, 2]);
  context.stroke();
  if (mark.inferred) context.setLineDash([]);
}

/** How a mark is shown: selected, under the keyboard focus, in the lesson. */
export function markState(mark: Mark, options: Pick<MarkDrawOptions, 'selectedId' | 'focusedId' | 'starredIds'>): { selected: boolean; focused: boolean; starred: boolean } {
  return {
    selected: options.selectedId !== undefined && mark.ids.includes(options.selectedId),
    focused: options.focusedId !== undefined && mark.ids.includes(options.focusedId),
    starred: options.starredIds?.size ? mark.ids.some((id) => options.starredIds!.has(id)) : false,
  };
}

const centreOf = (m: Mark) => (m.kind === 'span' ? (m.x + m.x2) / 2 : m.x);
const round = (n: number) => Math.round(n * 10) / 10;
