import type { ChartOptions } from '../../render/events-per-period-chart.ts';
import { loadScript } from '../load-script.ts';

const YEAR = 365.25 * 86_400_000;
// Narrower windows than this show months instead of years.
const MONTHS_BELOW = 3 * YEAR;

type MonthChartOptions = Pick<ChartOptions, 'themes' | 'language' | 'title' | 'yLabel'>;

interface ChartsGlobal {
  renderMonthChart: (events: ReadonlyArray<{ start: string; themes: readonly string[] }>, options: Omit<ChartOptions, 'document' | 'period'>) => Element;
}

/** Swaps the build-time year chart for a month chart of the visible window when zoomed in. */
export class MonthChart {
  readonly #figure: HTMLElement | null;
  readonly #src: string;
  readonly #options: MonthChartOptions;
  #month: Element | undefined;

  constructor(figure: HTMLElement | null, src: string, options: MonthChartOptions) {
    this.#figure = figure;
    this.#src = src;
    this.#options = options;
  }

  async update(window: [number, number], shown: ReadonlyArray<{ start: string; end?: string | undefined; themes: readonly string[] }>): Promise<void> {
    const figure = this.#figure;
    if (!figure) return;
    const year = figure.querySelector<SVGSVGElement>('svg:not([data-month-chart])');
    if (window[1] - window[0] >= MONTHS_BELOW) {
      this.#month?.remove();
      this.#month = undefined;
      year?.classList.remove('is-replaced');
      return;
    }
    await loadScript(this.#src);
    const charts = (globalThis as unknown as { BienNienCharts: ChartsGlobal }).BienNienCharts;
    const from = new Date(window[0]).toISOString().slice(0, 7);
    const to = new Date(window[1]).toISOString().slice(0, 7);
    const inWindow = shown.filter((e) => e.start.length >= 7 && e.start.slice(0, 7) >= from && e.start.slice(0, 7) <= to);
    const chart = charts.renderMonthChart(inWindow, { ...this.#options, width: figure.clientWidth || 900 });
    chart.setAttribute('data-month-chart', '');
    if (this.#month) this.#month.replaceWith(chart);
    else figure.prepend(chart);
    this.#month = chart;
    year?.classList.add('is-replaced');
  }
}
