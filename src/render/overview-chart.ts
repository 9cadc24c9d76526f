import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { countByPeriod } from '../lib/charts/events-per-period.ts';
import { eventsPerPeriodChart, type ChartOptions } from './events-per-period-chart.ts';
import { cleanPlotSvg } from './clean-plot-svg.ts';
import { toElementTree, type ElementTree } from './element-tree.ts';

/** The overview chart rendered at build time: no chart code is sent to the browser for it. */
export function renderOverviewChart(
  events: ReadonlyArray<{ start: string; themes: readonly string[] }>,
  options: Omit<ChartOptions, 'document' | 'period'>,
): ElementTree {
  const { document } = new JSDOM('<!doctype html>').window;
  const chart = eventsPerPeriodChart(Plot, countByPeriod(events, 'year'), { ...options, document, period: 'year' });
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg')!;
  return toElementTree(cleanPlotSvg(svg));
}
