import { scaleUtc } from 'd3-scale';
import { fullExtent, type TimelineItem } from '../timeline/timeline-item.ts';

/** The strip under a slide, in its own units (the SVG is stretched to the screen's width). */
export const SLIDE_STRIP = Object.freeze({ width: 1000, height: 60, padding: 10, tickWidth: 6, tickHeight: 24 });

export interface StripTick {
  x: number;
  width: number;
  y: number;
  height: number;
}

/** Each slide's event as a tick along one time axis across the strip: at least tickWidth wide, centred on its start. */
export function slideStripTicks(items: readonly TimelineItem[]): StripTick[] {
  const { width, height, padding, tickWidth, tickHeight } = SLIDE_STRIP;
  const x = scaleUtc().domain(fullExtent(items)).range([padding, width - padding]);
  return items.map((item) => {
    const x0 = x(item.start);
    return { x: x0 - tickWidth / 2, width: Math.max(tickWidth, x(item.end) - x0), y: height / 2 - tickHeight / 2, height: tickHeight };
  });
}
