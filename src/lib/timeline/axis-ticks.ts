import { scaleUtc } from 'd3-scale';
import type { Language } from '../dates/format-date.ts';
import { axisTickFormat } from './time-format.ts';

/** One tick of the time axis: where it is (px from the left) and what it says. */
export interface AxisTick {
  x: number;
  label: string;
}

/** Pixels per tick: room for the longest label ("28 Th10") and a gap. */
const TICK_SPACING = 110;

/**
 * The time axis's ticks for the visible window [from, to] (ms) drawn across `width` px: round
 * dates (years, months, days, as the zoom allows), about one per 110 px, labelled by axisTickFormat.
 */
export function axisTicks([from, to]: readonly [number, number], width: number, language: Language): AxisTick[] {
  const x = scaleUtc().domain([from, to]).range([0, width]);
  const format = axisTickFormat(language);
  return x.ticks(Math.max(2, Math.floor(width / TICK_SPACING))).map((date) => ({ x: x(date), label: format(date) }));
}
