// Named imports: Plot's index has side effects, so `import *` would bundle every mark and projection.
import { barY, plot, ruleY } from '@observablehq/plot';
import { countByPeriod } from '../lib/charts/events-per-period.ts';
import { eventsPerPeriodChart, type ChartOptions } from '../render/events-per-period-chart.ts';
import { cleanPlotSvg } from '../render/clean-plot-svg.ts';

/**
 * Loaded only when the timeline is zoomed in past a few years: Plot redraws the overview
 * chart by month for the visible window. The year chart rendered at build time stays for
 * the wider views and for pages without JavaScript.
 */
function renderMonthChart(events: ReadonlyArray<{ start: string; themes: readonly string[] }>, options: Omit<ChartOptions, 'document' | 'period'>): Element {
  const chart = eventsPerPeriodChart({ plot, barY, ruleY }, countByPeriod(events, 'month'), { ...options, document, period: 'month' });
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg')!;
  return cleanPlotSvg(svg);
}

(window as unknown as { BienNienCharts: unknown }).BienNienCharts = { renderMonthChart };
