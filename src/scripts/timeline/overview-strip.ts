import { brushX, type BrushBehavior } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { TimelineItem } from '../../lib/timeline/timeline-item.ts';

const STRIP_HEIGHT = 36;
const BIN_WIDTH = 3;

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
    const bins = new Array<number>(Math.ceil(width / BIN_WIDTH)).fill(0);
    for (const item of items) {
      const bin = Math.floor(x((item.start + item.end) / 2) / BIN_WIDTH);
      if (bin >= 0 && bin < bins.length) bins[bin]!++;
    }
    const max = Math.max(1, ...bins);
    this.#svg
      .selectAll('rect.density')
      .data(bins)
      .join('rect')
      .attr('class', 'density')
      .attr('x', (_, i) => i * BIN_WIDTH)
      .attr('width', BIN_WIDTH - 0.5)
      .attr('y', (n) => STRIP_HEIGHT - 4 - (n / max) * (STRIP_HEIGHT - 8))
      .attr('height', (n) => (n / max) * (STRIP_HEIGHT - 8));
    this.#brush.extent([[0, 0], [width, STRIP_HEIGHT]]);
    this.#layer().call(this.#brush);
  }

  /** Moves the brush to the visible window, unless the brush is what moved it. */
  move([from, to]: [number, number]): void {
    if (this.#brushing || !this.#x) return;
    this.#layer().call(this.#brush.move, [Math.max(0, this.#x(from)), Math.min(this.#width, this.#x(to))]);
  }

  #layer(): Selection<SVGGElement, unknown, null, undefined> {
    const layer = this.#svg.select<SVGGElement>('g.brush');
    return layer.empty() ? this.#svg.append('g').attr('class', 'brush') : layer;
  }
}
