import type { ChartOptions } from '../../render/events-per-period-chart.ts';
import { loadScript } from '../load-script.ts';

const YEAR = 365.25 * 86_400_000;
// Narrower windows than this show months instead of years.
const MONTHS_BELOW = 3 * YEAR;
// Drawn a little before it scrolls into view, so it is there when it arrives.
const NEAR = '300px';

type MonthChartOptions = Pick<ChartOptions, 'themes' | 'language' | 'title' | 'yLabel'>;
type Shown = ReadonlyArray<{ start: string; end?: string | undefined; themes: readonly string[] }>;

interface ChartsGlobal {
  renderMonthChart: (events: ReadonlyArray<{ start: string; themes: readonly string[] }>, options: Omit<ChartOptions, 'document' | 'period'>) => Element;
}

/**
 * Swaps the build-time year chart for a month chart of the visible window when zoomed in. The
 * chart's script (Observable Plot) and its drawing are a phone's longest piece of work: they wait
 * until the chart is near the screen and the browser is idle, never as the page opens.
 */
export class MonthChart {
  readonly #figure: HTMLElement | null;
  readonly #src: string;
  readonly #options: MonthChartOptions;
  #month: Element | undefined;
  /** The latest window and events asked for, drawn once the chart is near the screen. */
  #wanted: { window: [number, number]; shown: Shown } | undefined;
  #near = false;
  #idle: Promise<void> | undefined;

  constructor(figure: HTMLElement | null, src: string, options: MonthChartOptions) {
    this.#figure = figure;
    this.#src = src;
    this.#options = options;
    if (figure && 'IntersectionObserver' in window) {
      new IntersectionObserver((entries) => {
        this.#near = entries.some((entry) => entry.isIntersecting);
        if (this.#near) void this.#draw();
      }, { rootMargin: NEAR }).observe(figure);
    } else this.#near = true;
  }

  /** Shows months for this window (years for a wide one): now if the chart is near the screen, else once it is. */
  update(window: [number, number], shown: Shown): Promise<void> {
    this.#wanted = { window, shown };
    return this.#near ? this.#draw() : Promise.resolve();
  }

  async #draw(): Promise<void> {
    const figure = this.#figure;
    const wanted = this.#wanted;
    if (!figure || !wanted) return;
    const year = figure.querySelector<SVGSVGElement>('svg:not([data-month-chart])');
    if (wanted.window[1] - wanted.window[0] >= MONTHS_BELOW) {
      this.#month?.remove();
      this.#month = undefined;
      year?.classList.remove('is-replaced');
      return;
    }
    // The first time only: the script loads and runs when the browser has nothing else to do.
    await (this.#idle ??= idle().then(() => loadScript(this.#src)));
    if (wanted !== this.#wanted) return; // a newer window is drawn instead
    const charts = (globalThis as unknown as { BienNienCharts: ChartsGlobal }).BienNienCharts;
    const from = new Date(wanted.window[0]).toISOString().slice(0, 7);
    const to = new Date(wanted.window[1]).toISOString().slice(0, 7);
    const inWindow = wanted.shown.filter((e) => e.start.length >= 7 && e.start.slice(0, 7) >= from && e.start.slice(0, 7) <= to);
    const chart = charts.renderMonthChart(inWindow, { ...this.#options, width: figure.clientWidth || 900 });
    chart.setAttribute('data-month-chart', '');
    if (this.#month) this.#month.replaceWith(chart);
    else figure.prepend(chart);
    this.#month = chart;
    year?.classList.add('is-replaced');
  }
}

function idle(): Promise<void> {
  return new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 0)));
}
