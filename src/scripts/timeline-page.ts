import { formatEventDate, type Language } from '../lib/dates/format-date.ts';
import { filterEvents } from '../lib/filter/filter-events.ts';
import type { TimelineData } from '../lib/site/client-data.ts';
import type { EventTexts } from '../lib/site/event-item.ts';
import { toTimelineItem } from '../lib/timeline/timeline-item.ts';
import { readViewState, writeViewState, type ViewState } from '../lib/url-state/url-state.ts';
import { DetailsPanel } from './timeline/details-panel.ts';
import { EventList, eventIdOf, type ListTiming } from './timeline/event-list.ts';
import { EventSearch, type SearchResults } from './timeline/search.ts';
import { stringsFrom } from './timeline/strings.ts';
import { folderUrl } from './folder-url.ts';
import { loadScript } from './load-script.ts';
import { Lesson } from './timeline/lesson.ts';
import { MonthChart } from './timeline/month-chart.ts';
import { Presentation } from './timeline/presentation.ts';
import { TimelineView } from './timeline/timeline-view.ts';

declare global {
  interface Window {
    BIEN_NIEN_DATA?: TimelineData;
    BIEN_NIEN_TEXTS?: EventTexts[];
  }
}

const DAY = 86_400_000;

/** What both stages of the page's start share: the data and the words of its language. */
interface PageBasics {
  data: TimelineData;
  language: Language;
  t: ReturnType<typeof stringsFrom>;
  byId: Map<string, TimelineData['events'][number]>;
  themeLabel: Map<string, string>;
}

/** The timeline view's callbacks, filled in once the page is wired. */
interface Later {
  open: (id: string) => void;
  close: () => void;
  windowChange: (window: [number, number]) => void;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * <bn-timeline>: the home page's timeline, search, filters, details and list, wired to the URL.
 * The server rendered the controls; this element brings them to life. The timeline is drawn
 * first, from the slim data; the rest is wired once the texts file (the next script) has run.
 */
class TimelineElement extends HTMLElement {
  /** The timeline view, for scripted zooming (the benchmark drives it). */
  view: TimelineView | undefined;
  #state: ViewState = { query: '', themes: [] };
  #results: SearchResults | undefined;
  #shown: TimelineData['events'] = [];
  #restoring = false;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const data = window.BIEN_NIEN_DATA;
    if (!data) return;
    const language = (this.dataset['lang'] ?? 'vi') as Language;
    const t = stringsFrom(this);
    const byId = new Map(data.events.map((e) => [e.id, e]));
    const items = data.events.map(toTimelineItem);
    const themeLabel = new Map(data.themes.map((theme) => [theme.id, theme.label[language]]));

    // What the timeline's callbacks do once the rest of the page is wired.
    const later: Later = { open: () => {}, close: () => {}, windowChange: () => {} };
    const view = (this.view = new TimelineView(this.querySelector<HTMLElement>('.timeline-frame')!, items, {
      themes: data.themes,
      language,
      onOpen: (id) => later.open(id),
      onClose: () => later.close(),
      onWindowChange: (window) => later.windowChange(window),
      describe: (id) => {
        const e = byId.get(id)!;
        return `${formatEventDate(e, language)}: ${e.title} (${e.themes.map((th) => themeLabel.get(th)).join(', ')})`;
      },
      clusterLabel: (n) => t('timeline.cluster', { n }),
    }));
    const initial = readViewState(location.search);
    if (initial.window) view.showWindow([Date.parse(initial.window[0]), Date.parse(initial.window[1]) + DAY], false);
    // The texts script comes next; without it (a failed load) the page still works, without summaries.
    const wire = () => this.#wire({ data, language, t, byId, themeLabel }, view, later);
    const textsScript = document.querySelector('script[data-texts]');
    if (window.BIEN_NIEN_TEXTS || !textsScript) wire();
    else {
      const once = () => {
        textsScript.removeEventListener('error', once);
        textsScript.removeEventListener('load', once);
        wire();
      };
      textsScript.addEventListener('load', once);
      textsScript.addEventListener('error', once);
    }
  }

  #wire(page: PageBasics, view: TimelineView, later: Later): void {
    const { data, language, t, byId, themeLabel } = page;
    const events = data.events;
    const texts = window.BIEN_NIEN_TEXTS ?? [];
    const position = new Map(events.map((e, i) => [e.id, i]));
    const itemById = new Map(view.items.map((i) => [i.id, i]));
    const textOf = (id: string) => {
      const event = byId.get(id);
      const text = texts[position.get(id) ?? -1];
      return {
        summary: text?.summary ?? '',
        sentences: new Map((event?.sources ?? []).map((source, i) => [source.article, text?.sentences[i] ?? ''])),
      };
    };

    const searchBox = this.querySelector<HTMLInputElement>('[data-search]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const empty = this.querySelector<HTMLElement>('[data-empty]')!;
    const toggles = [...this.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
    const search = new EventSearch(events, texts, () => loadScript(this.dataset['fuzzySrc']!).then(() => window.BIEN_NIEN_FUZZY!));
    const articlesRoot = this.dataset['articlesRoot']!;
    const list = new EventList(this.querySelector<HTMLElement>('[data-event-list]')!, this.querySelector<HTMLButtonElement>('[data-list-more]')!, events, texts, {
      context: {
        t, language,
        themes: new Map(data.themes.map((theme) => [theme.id, theme])),
        passageHref: (article, paragraph) => `${folderUrl(`${articlesRoot}${article}/`)}#p-${paragraph}`,
      },
      isStarred: (id) => lesson.has(id),
    });

    let monthChart: MonthChart | undefined;
    later.open = (id) => select(id, { focusPanel: true });
    later.close = () => select(undefined);
    later.windowChange = (window) => {
      this.#state.window = [isoDay(window[0]), isoDay(window[1])];
      void monthChart?.update(window, this.#shown);
      commit(this.#restoring ? 'replace' : 'push');
    };
    const details = new DetailsPanel(this.querySelector<HTMLElement>('[data-details]')!, data, {
      t, language, articlesRoot: this.dataset['articlesRoot']!,
      isStarred: (id) => lesson.has(id),
      onStep: (step) => {
        const index = this.#shown.findIndex((e) => e.id === this.#state.event);
        const next = this.#shown[index + step];
        if (next) select(next.id, { focusPanel: true });
      },
      onClose: () => {
        select(undefined);
        view.focus();
      },
    });

    const languageLink = document.querySelector<HTMLAnchorElement>('a[data-language-switch]');
    const languageBase = languageLink?.getAttribute('href') ?? '';
    const commit = (mode: 'push' | 'replace') => {
      const search = writeViewState(this.#state, location.search);
      if (search !== location.search) {
        const url = `${location.pathname}${search}${location.hash}`;
        if (mode === 'push') history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      // The other language opens on the same view.
      languageLink?.setAttribute('href', `${languageBase}${location.search}`);
    };

    const lesson = new Lesson(this, events, {
      t,
      onChange: () => {
        this.#state.lesson = lesson.param;
        view.setStarred(new Set(lesson.items.map((i) => i.id)));
        commit('replace');
      },
      onPresent: () => startPresentation('lesson'),
      onPresenter: () => presentation.openPresenter(this.dataset['presenterSrc']!),
    });
    const presentation = new Presentation(this.querySelector<HTMLElement>('[data-presentation]')!, data, {
      t, language,
      summaryOf: (id) => textOf(id).summary,
      onSlide: (id) => {
        this.#state.present = id;
        this.#state.contrast = presentation.contrast === 'dark' ? 'dark' : undefined;
        commit('replace');
      },
      onExit: (last) => {
        this.#state.present = undefined;
        this.#state.slides = undefined;
        this.#state.contrast = undefined;
        select(last, { history: false });
        commit('replace');
        view.focus();
      },
    });
    const slidesFor = (mode: 'lesson' | undefined) =>
      mode === 'lesson' ? lesson.items.map((i) => byId.get(i.id)!) : this.#shown;
    const startPresentation = (mode: 'lesson' | undefined) => {
      const slides = slidesFor(mode);
      if (slides.length === 0) return;
      const start = mode === 'lesson' ? slides[0]!.id : slides.find((e) => e.id === this.#state.event)?.id ?? slides[0]!.id;
      this.#state.present = start;
      this.#state.slides = mode;
      commit('push');
      presentation.open(slides, start, lesson.notes);
      presentation.toggleFullscreen();
    };
    const preparePrint = () => {
      const filters = [
        this.#state.query ? t('print.query', { q: this.#state.query }) : '',
        this.#state.themes.length ? t('print.themes', { themes: this.#state.themes.map((id) => themeLabel.get(id)).join(', ') }) : '',
      ].filter(Boolean).join('; ');
      this.querySelector('[data-print-filters]')!.textContent = t('print.filters', { filters: filters || t('print.all') });
      list.renderAll();
      this.querySelectorAll<HTMLAnchorElement>('[data-event-list] a[data-source-link]').forEach((a) => (a.dataset['fullUrl'] = a.href));
    };
    this.querySelector('[data-present]')!.addEventListener('click', () => startPresentation(undefined));
    this.querySelector('[data-print]')!.addEventListener('click', () => {
      preparePrint();
      window.print();
    });
    window.addEventListener('beforeprint', preparePrint);
    document.addEventListener('keydown', (event) => {
      const typing = (event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]');
      if ((event.key === 'p' || event.key === 'P') && !typing && !presentation.isOpen && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        startPresentation(undefined);
      }
    });

    /** Shows what the search and the filters leave; the list at once, or once typing pauses. */
    const apply = (listTiming: ListTiming = 'now') => {
      const { shown, counts } = filterEvents(events, { matches: this.#results?.positions, themes: new Set(this.#state.themes) });
      this.#shown = shown;
      // All shown: the view's own list, whose lane orders it already knows.
      view.setShown(shown.length === events.length ? view.items : shown.map((e) => itemById.get(e.id)!));
      view.flush();
      list.update(shown, this.#results, listTiming);
      for (const toggle of toggles) {
        const id = toggle.dataset['themeToggle']!;
        toggle.setAttribute('aria-pressed', String(this.#state.themes.includes(id)));
        setText(toggle.querySelector<HTMLElement>('[data-theme-count]')!, String(counts.get(id) ?? 0));
      }
      setText(status, t('status.shown', { n: shown.length, total: events.length }));
      empty.hidden = shown.length > 0;
      this.dispatchEvent(new CustomEvent('bn:applied'));
    };

    const select = (id: string | undefined, options: { focusPanel?: boolean; history?: boolean } = {}) => {
      const event = id ? byId.get(id) : undefined;
      this.#state.event = event?.id;
      view.setSelected(event?.id);
      list.setSelected(event?.id);
      if (event) {
        details.show(event, textOf(event.id), { index: this.#shown.indexOf(event), total: this.#shown.length });
        if (options.focusPanel) details.focus();
      } else details.hide();
      if (options.history !== false) commit('push');
    };

    /** Searches for the current query and shows the results; the address is updated if `mode` says so. */
    const runSearch = async (mode: 'push' | 'replace' | undefined, listTiming: ListTiming = 'now') => {
      const query = this.#state.query;
      const results = await search.search(query);
      if (query !== this.#state.query) return; // a newer keystroke won
      this.#results = results;
      apply(listTiming);
      if (mode) commit(mode);
    };

    const restore = async (state: ViewState) => {
      this.#restoring = true;
      this.#state = { ...state, themes: state.themes.filter((id) => themeLabel.has(id)) };
      searchBox.value = state.query;
      if (state.lesson !== lesson.param) {
        lesson.load(state.lesson);
        view.setStarred(new Set(lesson.items.map((i) => i.id)));
      }
      await runSearch('replace');
      if (state.window) view.showWindow([Date.parse(state.window[0]), Date.parse(state.window[1]) + DAY], false);
      select(state.event && byId.has(state.event) ? state.event : undefined, { history: false });
      if (state.present && byId.has(state.present)) {
        presentation.setContrast(state.contrast ?? 'light');
        presentation.open(slidesFor(state.slides), state.present, lesson.notes);
      } else presentation.close();
      setTimeout(() => (this.#restoring = false), 500);
    };

    searchBox.addEventListener('focus', () => search.prepare(), { once: true });
    searchBox.addEventListener('input', () => {
      this.#state.query = searchBox.value;
      // Below two letters there is nothing to search: with no search shown, nothing changes.
      if (this.#state.query.trim().length < 2 && !this.#results) this.dispatchEvent(new CustomEvent('bn:applied'));
      else void runSearch(undefined, 'when typing pauses');
      // The address follows once typing pauses: one history entry per search, not per keystroke.
      clearTimeout(this.#searchTimer);
      this.#searchTimer = setTimeout(() => commit('push'), 800);
    });
    for (const toggle of toggles) {
      toggle.addEventListener('click', () => {
        const id = toggle.dataset['themeToggle']!;
        const themes = new Set(this.#state.themes);
        if (themes.has(id)) themes.delete(id);
        else themes.add(id);
        this.#state.themes = [...themes];
        apply();
        commit('push');
      });
    }
    this.querySelectorAll<HTMLButtonElement>('[data-clear]').forEach((button) =>
      button.addEventListener('click', () => {
        this.#state = { ...this.#state, query: '', themes: [] };
        searchBox.value = '';
        this.#results = undefined;
        apply();
        commit('push');
        searchBox.focus();
      }),
    );
    // One listener for every "show on the timeline" button of the list.
    this.querySelector('[data-event-list]')!.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('[data-show-event]');
      const id = button && eventIdOf(button);
      if (!id) return;
      select(id);
      this.querySelector('.timeline-frame')!.scrollIntoView({ block: 'start' });
      view.focus();
    });
    const chart = this.querySelector<HTMLElement>('[data-overview-chart]');
    chart?.addEventListener('click', (event) => {
      const period = (event.target as Element).closest<SVGRectElement>('rect[data-period]')?.dataset['period'];
      if (period) view.showWindow(periodSpan(period));
    });
    monthChart = new MonthChart(chart, this.dataset['chartsSrc']!, {
      themes: data.themes, language, title: t('chart.titleMonth'), yLabel: t('chart.y'),
    });
    window.addEventListener('popstate', () => void restore(readViewState(location.search)));

    // Restoring the view from the address also shows the events for the first time.
    // Words typed while the texts were loading are newer than the address: they are searched, not wiped.
    const initial = readViewState(location.search);
    if (searchBox.value.trim() && !initial.query) initial.query = searchBox.value;
    void restore(initial);
    if ('requestIdleCallback' in window) requestIdleCallback(() => search.prepare(), { timeout: 4000 });
    this.dataset['ready'] = 'true';
  }
}

/** Writes text only when it changes: the same text written again still costs a layout. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** The time a chart bar stands for: a year ("2021") or a month ("2021-10"). */
function periodSpan(period: string): [number, number] {
  const [year, month] = period.split('-').map(Number) as [number, number | undefined];
  return month ? [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)] : [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

customElements.define('bn-timeline', TimelineElement);
