import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Language } from '../../lib/dates/format-date.ts';
import { layoutTimeline, type Mark, type TimelineLayout } from '../../lib/timeline/layout.ts';
import { markGeometry, timelineHeight, WIDE, type MarkGeometry } from '../../lib/timeline/mark-geometry.ts';
import { nextInDateOrder, nextInLane } from '../../lib/timeline/keyboard-navigation.ts';
import { fullExtent, type TimelineItem } from '../../lib/timeline/timeline-item.ts';
import { firstWindow } from '../../lib/timeline/first-window.ts';
import type { TimelineData } from '../../lib/site/client-data.ts';
import { axisTicks, type AxisTick } from '../../lib/timeline/axis-ticks.ts';
import { renderTimelineSvg } from '../../render/timeline-svg.ts';
import { drawTimelineAxis, drawTimelineMarks, markState } from '../../render/timeline-canvas.ts';
import { markAt } from '../../lib/timeline/hit-test.ts';
import { OverviewStrip } from './overview-strip.ts';

const DAY = 86_400_000;
/** The margins around all events' time: more after the last than before the first, as labels run to the right of their marks. */
const EXTENT_PAD = [0.05, 0.15] as const;

export interface TimelineViewOptions {
  themes: TimelineData['themes'];
  language: Language;
  /** A user picked an event (click, tap, Enter). */
  onOpen: (id: string) => void;
  /** Escape inside the timeline. */
  onClose: () => void;
  /** The visible window settled after a zoom or pan. */
  onWindowChange: (window: [number, number]) => void;
  /** Text for the live region when the keyboard moves to an event. */
  describe: (id: string) => string;
  /** What a cluster holds: its count, and how many of them are in the lesson. */
  clusterLabel: (count: number, starred: number) => string;
}

/**
 * The D3 timeline: lanes per theme, zoom and pan (wheel, drag, pinch, buttons, keys),
 * an overview strip with a brush, clusters that zoom in on click, and arrow-key navigation.
 * Layout is the pure layoutTimeline(); this class only wires DOM events to it.
 */
export class TimelineView {
  readonly #container: HTMLElement;
  readonly #svg: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly #canvas: HTMLCanvasElement;
  readonly #strip: OverviewStrip;
  readonly #live: HTMLElement;
  readonly #options: TimelineViewOptions;
  readonly #zoom: ZoomBehavior<SVGSVGElement, unknown>;
  #all: readonly TimelineItem[];
  /** The lanes and the names drawn at their top left, which marks keep clear of. */
  readonly #lanes: ReadonlyArray<{ id: string; label: string }>;
  #shown: readonly TimelineItem[] = [];
  #width = 0;
  /** The marks' sizes for the current width. */
  #geometry: Readonly<MarkGeometry> = WIDE;
  #x0: ScaleTime<number, number> = scaleUtc();
  #x: ScaleTime<number, number> = scaleUtc();
  #layout: TimelineLayout | undefined;
  #selected: string | undefined;
  #starred: ReadonlySet<string> = new Set();
  #focused: { id: string; lane: string } | undefined;
  #frame = 0;
  /** The page's font and accent colour, read once: reading styles every frame costs a style pass. */
  #pageStyle = { fontFamily: 'sans-serif', accent: '#0b57d0' };
  /** Whether the lanes are drawn for the current size. */
  #framed = false;
  /** The axis's ticks, and the window they were worked out for. */
  #axis: { window: string; ticks: AxisTick[] } = { window: '', ticks: [] };
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  constructor(frame: HTMLElement, items: readonly TimelineItem[], options: TimelineViewOptions) {
    this.#container = frame.querySelector<HTMLElement>('[data-timeline-view]')!;
    this.#svg = select(this.#container.querySelector('svg')!);
    this.#canvas = this.#container.querySelector('canvas')!;
    this.#strip = new OverviewStrip(frame.querySelector<SVGSVGElement>('[data-overview-strip] svg')!, (window) => this.showWindow(window, false));
    this.#live = frame.querySelector<HTMLElement>('[data-live]')!;
    this.#options = options;
    this.#all = items;
    this.#shown = items;
    this.#lanes = options.themes.map((theme) => ({ id: theme.id, label: theme.label[options.language] }));

    this.#zoom = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 1])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.#x = event.transform.rescaleX(this.#x0);
        this.#strip.move(this.window);
        this.#scheduleRender();
        this.#scheduleSettle();
      });
    this.#svg.call(this.#zoom).on('dblclick.zoom', null);
    this.#svg.on('click', (event: MouseEvent) => this.#onClick(event));
    this.#svg.on('pointermove', (event: PointerEvent) => {
      const mark = this.#markAt(event);
      this.#svg.node()!.style.cursor = mark ? 'pointer' : '';
      // The full title of a shortened label, or what a cluster holds, as the pointer's tooltip.
      const tip = !mark ? '' : mark.kind === 'cluster' ? options.clusterLabel(mark.ids.length, mark.ids.filter((id) => this.#starred.has(id)).length) : options.describe(mark.ids[0]!);
      if (this.#container.title !== tip) this.#container.title = tip;
    });
    // Labels are drawn in the page's font, whose stylesheet comes after the first drawing
    // (js/site.js): draw again whenever fonts finish loading.
    document.fonts?.addEventListener('loadingdone', () => this.#scheduleRender());
    this.#container.addEventListener('keydown', (event) => this.#onKey(event));
    new ResizeObserver(() => this.#resize()).observe(this.#container);
    this.#resize();
  }

  /** Every event the view can draw. */
  get items(): readonly TimelineItem[] {
    return this.#all;
  }

  /** The events to draw (after search and filters), in date order. */
  setShown(items: readonly TimelineItem[]): void {
    // Kept as given, not copied: the layout knows a list it has seen before by its identity.
    this.#shown = items;
    // A filter or a search whose events all lie outside the window: show where they are (the page
    // opens on a window of the latest events, not on all of them).
    const [from, to] = this.window;
    if (this.#width && items.length > 0 && !items.some((item) => item.end >= from && item.start <= to)) {
      this.showWindow(firstWindow(items, this.#width, fullExtent(items, ...EXTENT_PAD), this.#geometry), false);
    }
    this.#scheduleRender();
  }

  /** Events in the teacher's lesson, marked with a star. */
  setStarred(ids: ReadonlySet<string>): void {
    this.#starred = ids;
    this.#scheduleRender();
  }

  setSelected(id: string | undefined): void {
    this.#selected = id;
    if (id) {
      const item = this.#all.find((i) => i.id === id);
      if (item) {
        this.#focused = { id, lane: this.#focused?.id === id ? this.#focused.lane : item.themes[0]! };
        this.reveal(item);
      }
    }
    this.#scheduleRender();
  }

  /** The visible window, in ms. */
  get window(): [number, number] {
    return [this.#x.domain()[0]!.getTime(), this.#x.domain()[1]!.getTime()];
  }

  /** Zooms and pans to show [from, to]. */
  showWindow([from, to]: [number, number], animate = true): void {
    const [a, b] = [this.#x0(from), this.#x0(to)];
    const k = Math.max(1, Math.min(this.#maxScale(), this.#width / Math.max(b - a, 1)));
    const transform = zoomIdentity.scale(k).translate(-a, 0);
    const target = animate && !this.#reducedMotion.matches ? this.#svg.transition().duration(400) : this.#svg;
    (target as Selection<SVGSVGElement, unknown, null, undefined>).call(this.#zoom.transform, transform);
  }

  /** The window that shows every event ('Xem toàn bộ'). */
  get extent(): [number, number] {
    const [from, to] = this.#x0.domain();
    return [from!.getTime(), to!.getTime()];
  }

  zoomBy(how: 'in' | 'out' | 'fit'): void {
    if (how === 'fit') {
      this.showWindow(this.extent);
      return;
    }
    const target = this.#reducedMotion.matches ? this.#svg : this.#svg.transition().duration(250);
    (target as Selection<SVGSVGElement, unknown, null, undefined>).call(this.#zoom.scaleBy, how === 'in' ? 2 : 0.5);
  }

  /** Pans so an item is in view, keeping the zoom; zooms in if it is inside a cluster. */
  reveal(item: TimelineItem): void {
    const [from, to] = this.window;
    const span = to - from;
    const inView = item.start >= from && item.end <= to;
    const mark = this.#layout?.marks.find((m) => m.ids.includes(item.id));
    if (inView && mark?.kind !== 'cluster') return;
    if (mark?.kind === 'cluster') {
      this.showWindow(padded(mark.extent));
      return;
    }
    const centre = (item.start + item.end) / 2;
    this.showWindow([centre - span / 2, centre + span / 2]);
  }

  focus(options?: FocusOptions): void {
    this.#container.focus(options);
  }

  /** The marks as drawn now, for tests and the accessible description. */
  get layout(): TimelineLayout | undefined {
    return this.#layout;
  }

  /** The axis's labels as drawn now, left to right (tests ask this: the canvas cannot be read). */
  get axisLabels(): string[] {
    return this.#axis.ticks.map((tick) => tick.label);
  }

  /** What the canvas shows, mark by mark: the pixels cannot be asked (the benchmark and tests ask this). */
  get drawn(): Array<Mark & ReturnType<typeof markState>> {
    const state = { selectedId: this.#selected, focusedId: this.#focused?.id, starredIds: this.#starred };
    return (this.#layout?.marks ?? []).map((mark) => ({ ...mark, ...markState(mark, state) }));
  }

  /**
   * Draws the current window, as the screen shows it, at another width: the lanes into `svg`, the
   * marks and the axis into `canvas` at `ratio` pixels per CSS pixel (the printed handout's picture:
   * labels at their own size, sharp on paper). The screen's drawing is left as it is.
   */
  drawWindowInto(svg: SVGSVGElement, canvas: HTMLCanvasElement, width: number, ratio: number): void {
    const geometry = markGeometry(width);
    const window = this.window;
    [canvas.width, canvas.height] = [Math.round(width * ratio), Math.round(timelineHeight(this.#lanes.length, geometry) * ratio)];
    const context = canvas.getContext('2d')!;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.#drawWindow({ svg, context, width, geometry, window, ticks: axisTicks(window, width, this.#options.language) });
  }

  #maxScale(): number {
    const [from, to] = this.#x0.domain();
    // Zoom in until about a week fills the view.
    return Math.max(1, (to!.getTime() - from!.getTime()) / (7 * DAY));
  }

  #resize(): void {
    const width = Math.max(280, this.#container.clientWidth);
    if (width === this.#width) return;
    const window = this.#width ? this.window : undefined;
    this.#width = width;
    this.#geometry = markGeometry(width);
    const extent = fullExtent(this.#all, ...EXTENT_PAD);
    this.#x0 = scaleUtc().domain(extent).range([0, width]);
    const height = timelineHeight(this.#options.themes.length, this.#geometry);
    this.#zoom
      .scaleExtent([1, this.#maxScale()])
      .extent([[0, 0], [width, height]])
      .translateExtent([[0, 0], [width, height]]);
    this.#strip.draw(this.#all, this.#x0, width);
    this.#sizeCanvas(width, height);
    const style = getComputedStyle(this.#container);
    this.#pageStyle = { fontFamily: style.fontFamily, accent: style.getPropertyValue('--accent').trim() || '#0b57d0' };
    this.#framed = false;
    // Opened with no window in the address: a window where the marks get their titles (the page's address window, if any, comes next and wins).
    this.showWindow(window ?? firstWindow(this.#all, width, extent, this.#geometry), false);
    this.#render();
  }

  /** A canvas as sharp as the screen: its pixels are the CSS size times the device pixel ratio. */
  #sizeCanvas(width: number, height: number): void {
    const ratio = window.devicePixelRatio || 1;
    this.#canvas.width = Math.round(width * ratio);
    this.#canvas.height = Math.round(height * ratio);
    this.#canvas.style.width = `${width}px`;
    this.#canvas.style.height = `${height}px`;
    this.#canvas.getContext('2d')!.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  #scheduleRender(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#render();
    });
  }

  /** Draws a pending change now, not at the next frame: a keystroke's results then reach the screen a frame sooner. */
  flush(): void {
    if (!this.#frame) return;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#render();
  }

  #scheduleSettle(): void {
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => this.settle(), 350);
  }

  /** Reports a window change still waiting for the view to settle now (a printout's link must name the window on paper). */
  settle(): void {
    if (this.#settleTimer === undefined) return;
    clearTimeout(this.#settleTimer);
    this.#settleTimer = undefined;
    this.#options.onWindowChange(this.window);
  }

  #render(): void {
    const window = this.window;
    // Lanes change only with the size; the axis's ticks with the window (not with a search or a filter).
    const axisWindow = `${window[0]}:${window[1]}:${this.#width}`;
    if (axisWindow !== this.#axis.window) this.#axis = { window: axisWindow, ticks: axisTicks(window, this.#width, this.#options.language) };
    this.#layout = this.#drawWindow({
      svg: this.#framed ? undefined : this.#svg.node()!,
      context: this.#canvas.getContext('2d')!,
      width: this.#width,
      geometry: this.#geometry,
      window,
      ticks: this.#axis.ticks,
      focusedId: this.#focused?.id,
    });
    this.#framed = true;
    // For the benchmark (and anyone profiling): when the timeline was first drawn.
    if (performance.getEntriesByName('bien-nien:timeline-drawn').length === 0) performance.mark('bien-nien:timeline-drawn');
  }

  /**
   * Lays out the shown events in `window` at `width` and draws them: the lanes into `svg` when
   * given (they change only with the size), the marks and the axis onto `context`. The screen and
   * the printed handout both draw through here.
   */
  #drawWindow(target: { svg: SVGSVGElement | undefined; context: CanvasRenderingContext2D; width: number; geometry: Readonly<MarkGeometry>; window: [number, number]; ticks: readonly AxisTick[]; focusedId?: string | undefined }): TimelineLayout {
    const { width, geometry, context } = target;
    const [d0, d1] = target.window;
    // The scale is linear in time: the same mapping without d3's per-call work, for 10,000 items a frame.
    const k = width / (d1 - d0);
    const layout = layoutTimeline(this.#shown, (ms) => (ms - d0) * k, { lanes: this.#lanes, width, geometry, starred: this.#starred }, this.#all);
    const { themes, language } = this.#options;
    if (target.svg) renderTimelineSvg(target.svg, layout, { width, themes, language, geometry });
    drawTimelineMarks(context, layout, {
      width,
      height: layout.height,
      geometry,
      themes,
      selectedId: this.#selected,
      focusedId: target.focusedId,
      starredIds: this.#starred,
      ...this.#pageStyle,
    });
    drawTimelineAxis(context, target.ticks, { height: geometry.axisHeight, width, fontFamily: this.#pageStyle.fontFamily });
    return layout;
  }

  /** The mark under the pointer, found in the layout (the canvas has no elements to ask). */
  #markAt(event: MouseEvent): Mark | undefined {
    if (!this.#layout) return undefined;
    const box = this.#canvas.getBoundingClientRect();
    return markAt(this.#layout, event.clientX - box.left, event.clientY - box.top, this.#geometry);
  }

  #onClick(event: MouseEvent): void {
    const mark = this.#markAt(event);
    if (!mark) return;
    if (mark.kind === 'cluster') {
      this.showWindow(padded(mark.extent));
      return;
    }
    this.#focused = { id: mark.ids[0]!, lane: mark.lane };
    this.#options.onOpen(mark.ids[0]!);
  }

  #onKey(event: KeyboardEvent): void {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 1, ArrowUp: -1 }[event.key] as 1 | -1 | undefined;
    const lanes = this.#options.themes.map((t) => t.id);
    let handled = true;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const id = nextInDateOrder(this.#shown, this.#focused?.id, step!);
      const item = this.#shown.find((i) => i.id === id);
      if (item) this.#moveFocus({ id: item.id, lane: item.themes.includes(this.#focused?.lane ?? '') ? this.#focused!.lane : item.themes[0]! });
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = nextInLane(this.#shown, lanes, this.#focused, step!);
      if (next) this.#moveFocus(next);
    } else if (event.key === 'Home' || event.key === 'End') {
      const item = event.key === 'Home' ? this.#shown[0] : this.#shown[this.#shown.length - 1];
      if (item) this.#moveFocus({ id: item.id, lane: item.themes[0]! });
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (this.#focused) this.#options.onOpen(this.#focused.id);
    } else if (event.key === 'Escape') {
      this.#options.onClose();
    } else if (event.key === '+' || event.key === '=') {
      this.zoomBy('in');
    } else if (event.key === '-' || event.key === '_') {
      this.zoomBy('out');
    } else if (event.key === '0') {
      this.zoomBy('fit');
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  }

  #moveFocus(next: { id: string; lane: string }): void {
    this.#focused = next;
    const item = this.#shown.find((i) => i.id === next.id);
    if (item) this.reveal(item);
    this.#live.textContent = this.#options.describe(next.id);
    this.#scheduleRender();
  }
}

/** A cluster's span with a margin, at least two days wide, to zoom into. */
function padded([from, to]: [number, number]): [number, number] {
  const span = Math.max(to - from, 2 * DAY);
  return [from - span * 0.15, from + span * 1.15];
}
