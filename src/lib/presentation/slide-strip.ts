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

const stripScale = (items: readonly TimelineItem[]) => scaleUtc().domain(fullExtent(items)).range([SLIDE_STRIP.padding, SLIDE_STRIP.width - SLIDE_STRIP.padding]);

/** Each slide's event as a tick along one time axis across the strip: at least tickWidth wide, centred on its start. */
export function slideStripTicks(items: readonly TimelineItem[]): StripTick[] {
  const { height, tickWidth, tickHeight } = SLIDE_STRIP;
  const x = stripScale(items);
  return items.map((item) => {
    const x0 = x(item.start);
    return { x: x0 - tickWidth / 2, width: Math.max(tickWidth, x(item.end) - x0), y: height / 2 - tickHeight / 2, height: tickHeight };
  });
}

/**
 * The years to label along the strip, as shares of its width (0–1): at most `max`, whole years
 * only, so a class reads when each slide's event happened.
 */
export function slideStripYears(items: readonly TimelineItem[], max = 8): Array<{ at: number; label: string }> {
  const x = stripScale(items);
  const years = x.ticks(max).filter((tick) => tick.getUTCMonth() === 0 && tick.getUTCDate() === 1);
  return years.map((tick) => ({ at: x(tick) / SLIDE_STRIP.width, label: String(tick.getUTCFullYear()) }));
}
