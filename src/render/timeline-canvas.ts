import type { Mark, TimelineLayout } from '../lib/timeline/layout.ts';
import { traceThemeSymbol } from '../lib/themes/theme-symbol.ts';
import type { Theme } from '../lib/schemas/theme.ts';

/** The part of a 2D canvas context the marks are drawn with. */
export type MarkContext = CanvasPath & CanvasPathDrawingStyles & CanvasFillStrokeStyles & CanvasTextDrawingStyles &
  CanvasText & CanvasDrawPath & CanvasState & CanvasTransform & CanvasCompositing & CanvasRect;

export interface MarkDrawOptions {
  width: number;
  height: number;
  themes: ReadonlyArray<Pick<Theme, 'id' | 'colour' | 'shape'>>;
  selectedId?: string | undefined;
  focusedId?: string | undefined;
  /** Events in a lesson: drawn with a star. */
  starredIds?: ReadonlySet<string> | undefined;
  /** The page's font family, so labels read like the rest of the page. */
  fontFamily: string;
  /** Colour of the keyboard focus ring (the page's accent). */
  accent: string;
}

const INK = '#111827';
const STAR = '#92400e';
export const CLUSTER_RADIUS = 11;
export const POINT_AREA = 110;

/**
 * Draws the marks of a timeline layout (points, spans, clusters, labels, stars, the link
 * between a selected event's lanes) on a canvas. A canvas, not SVG: at 10,000 events a frame
 * of moved SVG elements costs more in style and layout than the whole frame budget.
 */
export function drawTimelineMarks(context: MarkContext, layout: TimelineLayout, options: MarkDrawOptions): void {
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
  for (const mark of layout.marks) {
    const theme = themeById.get(mark.lane);
    if (!theme) continue;
    const state = {
      selected: options.selectedId !== undefined && mark.ids.includes(options.selectedId),
      focused: options.focusedId !== undefined && mark.ids.includes(options.focusedId),
      starred: options.starredIds?.size ? mark.ids.some((id) => options.starredIds!.has(id)) : false,
    };
    context.save();
    context.translate(round(mark.x), round(mark.y));
    drawShape(context, mark, theme, state, options.accent);
    drawTexts(context, mark, state.starred, options.fontFamily);
    context.restore();
  }
}

function drawShape(context: MarkContext, mark: Mark, theme: Pick<Theme, 'colour' | 'shape'>, state: { selected: boolean; focused: boolean }, accent: string): void {
  context.beginPath();
  if (mark.kind === 'span') {
    const width = round(Math.max(mark.x2 - mark.x, 1));
    context.roundRect(0, -5, width, 10, 3);
  } else if (mark.kind === 'cluster') {
    context.arc(0, 0, CLUSTER_RADIUS, 0, 2 * Math.PI);
  } else {
    traceThemeSymbol(context, theme.shape, POINT_AREA);
  }
  context.fillStyle = mark.kind === 'cluster' ? '#ffffff' : theme.colour;
  context.globalAlpha = mark.kind === 'cluster' ? 1 : mark.inferred ? (mark.kind === 'span' ? 0.25 : 0.35) : mark.kind === 'span' ? 0.35 : 1;
  context.fill();
  context.globalAlpha = 1;
  context.strokeStyle = state.focused ? accent : state.selected ? INK : theme.colour;
  context.lineWidth = state.focused ? 3.5 : state.selected ? 3 : mark.kind === 'cluster' ? 2.5 : 1.5;
  context.setLineDash(mark.inferred ? [3, 2] : []);
  context.stroke();
  context.setLineDash([]);
}

function drawTexts(context: MarkContext, mark: Mark, starred: boolean, fontFamily: string): void {
  context.textBaseline = 'middle';
  if (mark.kind === 'cluster') {
    context.fillStyle = INK;
    context.font = `700 11px ${fontFamily}`;
    context.textAlign = 'center';
    context.fillText(String(mark.ids.length), 0, 0);
  }
  if (starred) {
    context.fillStyle = STAR;
    context.font = `13px ${fontFamily}`;
    context.textAlign = 'center';
    context.fillText('★', mark.kind === 'span' ? -4 : 0, mark.kind === 'cluster' ? -18 : -14);
  }
  if (mark.label) {
    context.fillStyle = INK;
    context.font = `11.5px ${fontFamily}`;
    context.textAlign = 'left';
    // Labels are text drawn as pixels: nothing in them is ever read as markup.
    context.fillText(mark.label.text, round(mark.label.x - mark.x), mark.kind === 'span' ? -12 : 0);
  }
}

const centreOf = (m: Mark) => (m.kind === 'span' ? (m.x + m.x2) / 2 : m.x);
const round = (n: number) => Math.round(n * 10) / 10;
