import { brushX, type BrushBehavior } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { densityBins, densityPath } from '../../lib/timeline/density.ts';
import { OVERVIEW_STRIP } from '../../lib/timeline/mark-geometry.ts';
import type { TimelineItem } from '../../lib/timeline/timeline-item.ts';

const { height: STRIP_HEIGHT, binWidth: BIN_WIDTH } = OVERVIEW_STRIP;

/**
 * The overview strip under the timeline: where all events are, as a density profile, and a
 * brush showing the visible window; dragging the brush moves the timeline.
 */
export class OverviewStrip {
  readonly #svg: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly #brush: BrushBehavior<unknown>;
  #x: ScaleTime<number, number> | undefined;
  #width = 0;
  #brushing = false;

  constructor(svg: SVGSVGElement, onBrush: (window: [number, number]) => void) {
    this.#svg = select(svg);
    this.#brush = brushX().on('brush end', (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
      if (!event.sourceEvent || !event.selection || !this.#x) return;
      const [a, b] = event.selection;
      this.#brushing = true;
      onBrush([this.#x.invert(a).getTime(), this.#x.invert(b).getTime()]);
      this.#brushing = false;
    });
  }

  /** Draws the density of all events for the full-extent scale `x` (range [0, width]). */
  draw(items: readonly TimelineItem[], x: ScaleTime<number, number>, width: number): void {
    this.#x = x;
    this.#width = width;
    this.#svg.attr('width', width).attr('height', STRIP_HEIGHT).attr('viewBox', `0 0 ${width} ${STRIP_HEIGHT}`);
    // One bar per few pixels, whatever the number of events.
    const bins = densityBins(items, x, width, BIN_WIDTH);
    this.#child('path', 'density').attr('d', densityPath(bins, { binWidth: BIN_WIDTH, barWidth: BIN_WIDTH - 0.5, baseline: STRIP_HEIGHT - 4, height: STRIP_HEIGHT - 8 }));
    this.#brush.extent([[0, 0], [width, STRIP_HEIGHT]]);
    this.#child('g', 'brush').call(this.#brush);
  }

  /** Moves the brush to the visible window, unless the brush is what moved it. */
  move([from, to]: [number, number]): void {
    if (this.#brushing || !this.#x) return;
    this.#child('g', 'brush').call(this.#brush.move, [Math.max(0, this.#x(from)), Math.min(this.#width, this.#x(to))]);
  }

  /** The strip's element of that class, made on first use (the profile first, the brush above it). */
  #child<K extends 'g' | 'path'>(tag: K, name: string): Selection<SVGElementTagNameMap[K], unknown, null, undefined> {
    const child = this.#svg.select<SVGElementTagNameMap[K]>(`${tag}.${name}`);
    return child.empty() ? this.#svg.append<SVGElementTagNameMap[K]>(tag).attr('class', name) : child;
  }
}
