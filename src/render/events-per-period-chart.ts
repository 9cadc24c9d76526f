import type * as PlotModule from '@observablehq/plot';
import { allPeriods, type Period, type PeriodCount } from '../lib/charts/events-per-period.ts';
import type { Language } from '../lib/dates/format-date.ts';
import type { Theme } from '../lib/schemas/theme.ts';

export interface ChartOptions {
  document: Document;
  themes: ReadonlyArray<Pick<Theme, 'id' | 'label' | 'colour'>>;
  language: Language;
  period: Period;
  width: number;
  title: string;
  yLabel: string;
}

/** The parts of Plot the chart uses: the browser bundle imports only these, so the rest of Plot is left out of it. */
export type PlotParts = Pick<typeof PlotModule, 'plot' | 'barY' | 'ruleY'>;

/**
 * The overview chart: stacked bars of events per period, coloured by theme. Plot is passed in
 * so this runs at build time (jsdom's document) and in the browser alike. Each bar carries
 * data-period, so a click can zoom the timeline to it.
 */
export function eventsPerPeriodChart(Plot: PlotParts, counts: readonly PeriodCount[], o: ChartOptions): SVGSVGElement | HTMLElement {
  const label = new Map(o.themes.map((t) => [t.id, t.label[o.language]]));
  const domain = allPeriods(counts, o.period);
  const every = Math.max(1, Math.ceil(domain.length / Math.max(1, Math.floor(o.width / 48))));
  return Plot.plot({
    document: o.document,
    width: o.width,
    height: 110,
    marginLeft: 36,
    ariaLabel: o.title,
    ariaDescription: domain.length ? `${domain[0]}–${domain[domain.length - 1]}` : '',
    x: { domain, label: null, tickFormat: (p: string, i: number) => (i % every === 0 ? p : '') },
    // Counts are whole numbers: no tick between them.
    y: { label: o.yLabel, grid: true, tickFormat: (n: number) => (Number.isInteger(n) ? String(n) : '') },
    color: { domain: o.themes.map((t) => t.id), range: o.themes.map((t) => t.colour) },
    marks: [
      Plot.barY(counts as PeriodCount[], {
        x: 'period',
        y: 'count',
        fill: 'theme',
        title: (d: PeriodCount) => `${d.period} · ${label.get(d.theme) ?? d.theme}: ${d.count}`,
        render(index, scales, values, dimensions, context, next) {
          const g = next!(index, scales, values, dimensions, context) as SVGGElement;
          g.querySelectorAll('rect').forEach((rect, i) => {
            const d = counts[index[i]!]!;
            rect.setAttribute('data-period', d.period);
            rect.setAttribute('data-theme', d.theme);
          });
          return g;
        },
      }),
      Plot.ruleY([0]),
    ],
  });
}
