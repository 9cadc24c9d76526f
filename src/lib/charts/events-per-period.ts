import type * as PlotModule from '@observablehq/plot';
import type { Language } from '../dates/format-date.ts';
import type { Theme } from '../schemas/theme.ts';

export type Period = 'year' | 'month';

/** One bar segment: how many events of a theme fall in a period ("2021" or "2021-10"). */
export interface PeriodCount {
  period: string;
  theme: string;
  count: number;
}

/**
 * Events per year or month, by each event's first (most relevant) theme, so the stacked bars
 * add up to the number of events. Periods with no event are kept at zero to show gaps.
 */
export function countByPeriod(
  events: ReadonlyArray<{ start: string; themes: readonly string[] }>,
  period: Period,
): PeriodCount[] {
  const width = period === 'year' ? 4 : 7;
  const counts = new Map<string, number>();
  for (const event of events) {
    if (period === 'month' && event.start.length < 7) continue; // a year-only date has no month
    const key = `${event.start.slice(0, width)}|${event.themes[0]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([key, count]) => {
      const [p, theme] = key.split('|') as [string, string];
      return { period: p, theme, count };
    })
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.theme < b.theme ? -1 : 1));
}

/** Every period from the first to the last, so an empty year still has its place on the axis. */
export function allPeriods(counts: readonly PeriodCount[], period: Period): string[] {
  if (counts.length === 0) return [];
  const first = counts[0]!.period;
  const last = counts[counts.length - 1]!.period;
  const out: string[] = [];
  if (period === 'year') {
    for (let y = Number(first); y <= Number(last); y++) out.push(String(y).padStart(4, '0'));
    return out;
  }
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export interface ChartOptions {
  document: Document;
  themes: ReadonlyArray<Pick<Theme, 'id' | 'label' | 'colour'>>;
  language: Language;
  period: Period;
  width: number;
  title: string;
  yLabel: string;
}

/**
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
