import { formatEventDate, type Language } from '../lib/dates/format-date.ts';
import { filterEvents } from '../lib/filter/filter-events.ts';
import type { ClientEvent, TimelineData } from '../lib/site/client-data.ts';
import { NO_TEXTS, textsById, type EventTexts } from '../lib/site/event-texts.ts';
import { passageHref } from '../lib/site/passage-href.ts';
import { preparedItems } from '../lib/timeline/prepared-timeline.ts';
import { toTimelineItem, type TimelineItem } from '../lib/timeline/timeline-item.ts';
import { PageStore, type Address, type PageAction, type PageState } from '../lib/url-state/page-store.ts';
import { fromDayWindow, readViewState, toDayWindow } from '../lib/url-state/url-state.ts';
import type { Translate } from '../i18n/index.ts';
import { DetailsPanel } from './timeline/details-panel.ts';
import { EventList, type ListTiming } from './timeline/event-list.ts';
import { Filters } from './timeline/filters.ts';
import { EventSearch, type SearchResults } from './timeline/search.ts';
import { stringsFrom } from './timeline/strings.ts';
import { folderUrl } from './folder-url.ts';
import { loadScript } from './load-script.ts';
import { nextTurn } from './next-turn.ts';
import { Lesson } from './timeline/lesson.ts';
import { MonthChart } from './timeline/month-chart.ts';
import { Presentation } from './timeline/presentation.ts';
import { prepareHandout } from './timeline/print-handout.ts';
import { TimelineView } from './timeline/timeline-view.ts';

declare global {
  interface Window {
    BIEN_NIEN_DATA?: TimelineData;
    BIEN_NIEN_TEXTS?: EventTexts[];
  }
}

/** The page's parts that need the texts (summaries and sentences), made once the texts file has run. */
interface Parts {
  texts: ReadonlyMap<string, EventTexts>;
  search: EventSearch;
  list: EventList;
  details: DetailsPanel;
  lesson: Lesson;
  presentation: Presentation;
  monthChart: MonthChart;
}

/**
 * <bn-timeline>: the home page's timeline, search, filters, details, list, lesson and
 * presentation. The server rendered the controls; this element brings them to life. Their state
 * is one PageStore, kept in the address: the parts ask it for changes, and #sync brings every
 * part in line after each. The timeline is drawn first, from the slim data; the parts that need
 * the texts are made once the texts file (the next script) has run.
 */
class TimelineElement extends HTMLElement {
  /** The timeline view, for scripted zooming (the benchmark drives it). */
  view: TimelineView | undefined;
  #data!: TimelineData;
  #language: Language = 'vi';
  #t!: Translate;
  #byId = new Map<string, ClientEvent>();
  #itemById = new Map<string, TimelineItem>();
  #themeLabel = new Map<string, string>();
  #store!: PageStore;
  #filters!: Filters;
  #parts: Parts | undefined;
  #results: SearchResults | undefined;
  #shown: readonly ClientEvent[] = [];
  /** Whether the page has shown its state once (the list is then made as the page opens). */
  #opened = false;
  /** The items the view was last given to draw: at first, all of them. */
  #drawnItems: readonly TimelineItem[] | undefined;

  connectedCallback(): void {
    void this.#start();
  }

  /** The data read, then the timeline drawn (each its own task: on a phone, together they are a long one), then the rest. */
  async #start(): Promise<void> {
    const data = window.BIEN_NIEN_DATA;
    if (!data) return;
    this.#data = data;
    this.#language = (this.dataset['lang'] ?? 'vi') as Language;
    this.#t = stringsFrom(this);
    this.#byId = new Map(data.events.map((e) => [e.id, e]));
    const themeLabel = (this.#themeLabel = new Map(data.themes.map((theme) => [theme.id, theme.label[this.#language]])));
    const store = (this.#store = new PageStore({
      address: historyAddress(document.querySelector<HTMLAnchorElement>('a[data-language-switch]')),
      known: { event: (id) => this.#byId.has(id), theme: (id) => themeLabel.has(id) },
      now: () => performance.now(),
      setTimer: (task, ms) => setTimeout(task, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    }));
    await nextTurn();
    // From the spans and lane orders prepared at build time when there are: no dates to parse,
    // nothing to sort, so no task of their own (each turn can cost the desktop's first drawing a frame).
    const items = data.prepared ? preparedItems(data.events, data.prepared) : data.events.map(toTimelineItem);
    // For anyone profiling: the timeline's making and first drawing, the page's longest piece of work.
    const viewStart = performance.now();
    const view = (this.view = new TimelineView(this.querySelector<HTMLElement>('.timeline-frame')!, items, {
      themes: data.themes,
      language: this.#language,
      onOpen: (id) => this.#select(id, 'details'),
      onClose: () => this.#select(undefined),
      onWindowChange: (window) => store.dispatch({ type: 'window', window: toDayWindow(window) }),
      describe: (id) => {
        const e = this.#byId.get(id)!;
        return `${formatEventDate(e, this.#language)}: ${e.title} (${e.themes.map((th) => themeLabel.get(th)).join(', ')})`;
      },
      clusterLabel: (n, starred) => this.#t(starred ? 'timeline.clusterStarred' : 'timeline.cluster', { n, starred }),
    }));
    performance.measure('bien-nien:timeline-first-draw', { start: viewStart });
    this.#itemById = new Map(view.items.map((i) => [i.id, i]));
    this.#drawnItems = view.items;
    this.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) =>
      button.addEventListener('click', () => view.zoomBy(button.dataset['zoom'] as 'in' | 'out' | 'fit')),
    );
    if (store.state.window) view.showWindow(fromDayWindow(store.state.window), false);
    // Words typed and Back pressed while the texts load are kept in the store, and shown once wired.
    this.#filters = new Filters(this, { t: this.#t, dispatch: (action) => store.dispatch(action), prepare: () => void this.#parts?.search.prepare() });
    window.addEventListener('popstate', () => store.dispatch({ type: 'restore', state: readViewState(location.search) }));
    // The texts script comes next; without it (a failed load) the page still works, without summaries.
    const textsScript = document.querySelector('script[data-texts]');
    // Asked whether it has run, not read: reading the texts parses them, which #wire does in a task of its own.
    if ('BIEN_NIEN_TEXTS' in window || !textsScript) void this.#wire();
    else {
      const once = () => {
        textsScript.removeEventListener('error', once);
        textsScript.removeEventListener('load', once);
        void this.#wire();
      };
      textsScript.addEventListener('load', once);
      textsScript.addEventListener('error', once);
    }
  }

  /**
   * Makes the parts that need the texts, a part at a time with the browser free in between (on a
   * phone, one piece of 50 ms holds up a tap): the timeline is on screen already.
   */
  async #wire(): Promise<void> {
    const [data, t, language, store, view] = [this.#data, this.#t, this.#language, this.#store, this.view!];
    await nextTurn();
    const texts = textsById(data.events, window.BIEN_NIEN_TEXTS ?? []);
    await nextTurn();
    const articlesRoot = this.dataset['articlesRoot']!;
    const linkToPassage = (article: string, paragraph: number) => folderUrl(passageHref(articlesRoot, article, paragraph));
    const lesson = new Lesson(this, data.events, {
      t,
      language,
      onChange: () => store.dispatch({ type: 'lesson', lesson: lesson.param }),
      onPresent: () => this.#present('lesson'),
      onPresenter: () => this.#parts?.presentation.openPresenter(this.dataset['presenterSrc']!),
    });
    const isStarred = (id: string) => lesson.has(id);
    const chart = this.querySelector<HTMLElement>('[data-overview-chart]');
    await nextTurn();
    const search = new EventSearch(data.events, texts, () => loadScript(this.dataset['fuzzySrc']!).then(() => window.BIEN_NIEN_FUZZY!), data.themes);
    const list = new EventList(this.querySelector<HTMLElement>('[data-event-list]')!, this.querySelector<HTMLButtonElement>('[data-list-more]')!, texts, {
      context: { t, language, themes: new Map(data.themes.map((theme) => [theme.id, theme])), passageHref: linkToPassage },
      isStarred,
      onShow: (id) => {
        this.#select(id);
        this.#scrollToLane(id);
        // Focused where it was scrolled to: focus() alone scrolls the whole view's top back in.
        view.focus({ preventScroll: true });
      },
    });
    await nextTurn();
    const details = new DetailsPanel(this.querySelector<HTMLElement>('[data-details]')!, data, {
      t, language, passageHref: linkToPassage, isStarred,
      onStep: (step) => {
        const next = this.#shown[this.#shown.findIndex((e) => e.id === store.state.event) + step];
        if (next) this.#select(next.id, 'details');
      },
      onClose: () => {
        this.#select(undefined);
        view.focus();
      },
    });
    await nextTurn();
    const presentation = new Presentation(this.querySelector<HTMLElement>('[data-presentation]')!, data, {
      t, language,
      summaryOf: (id) => (texts.get(id) ?? NO_TEXTS).summary,
      onSlide: (id, contrast) => store.dispatch({ type: 'slide', event: id, contrast: contrast === 'dark' ? 'dark' : undefined }),
      onExit: (last) => {
        store.dispatch({ type: 'stop-presenting', event: last });
        view.focus();
      },
    });
    const monthChart = new MonthChart(chart, this.dataset['chartsSrc']!, { themes: data.themes, language, title: t('chart.titleMonth'), yLabel: t('chart.y') });
    await nextTurn();
    this.#parts = { texts, search, list, details, lesson, presentation, monthChart };
    chart?.addEventListener('click', (event) => {
      const period = (event.target as Element).closest<SVGRectElement>('rect[data-period]')?.dataset['period'];
      if (period) view.showWindow(periodSpan(period));
    });
    this.querySelector('[data-present]')!.addEventListener('click', () => this.#present(undefined));
    // Printed once the timeline's picture has loaded; the browser's own print waits for it itself.
    this.querySelector('[data-print]')!.addEventListener('click', () => void this.#preparePrint().then(() => window.print()));
    window.addEventListener('beforeprint', () => void this.#preparePrint());
    document.addEventListener('keydown', (event) => {
      const typing = (event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]');
      if ((event.key === 'p' || event.key === 'P') && !typing && !this.#parts?.presentation.isOpen && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        this.#present(undefined);
      }
    });
    store.subscribe((state, previous, action) => void this.#sync(state, previous, action));
    // Restoring the state (the address's, and what was asked for while the texts loaded) also shows the events for the first time.
    store.dispatch({ type: 'restore', state: store.state });
    if ('requestIdleCallback' in window) {
      requestIdleCallback(() => void search.prepare(), { timeout: 4000 });
      requestIdleCallback(() => void this.#qrCode.load().catch(() => undefined));
    }
    this.dataset['ready'] = 'true';
  }

  /**
   * Brings every part of the page in line with the state after a change: the one place a change
   * is applied. A restore (the page opening, Back, Forward) applies all of it, in order: what is
   * shown first, as the selected event and the slides are found among it.
   */
  async #sync(state: PageState, previous: PageState, action: PageAction): Promise<void> {
    const { lesson, presentation, monthChart } = this.#parts!;
    const view = this.view!;
    const restoring = action.type === 'restore';
    // The first restore is the page opening.
    const opening = restoring && !this.#opened;
    this.#opened = true;
    // A lesson from the address; one the page changed is the lesson's own already.
    if (restoring && state.lesson !== lesson.param) lesson.load(state.lesson);
    // The timeline is drawn already as the page opens: drawn again only for what it does not show yet.
    if ((restoring && !(opening && lesson.ids.size === 0)) || state.lesson !== previous.lesson) view.setStarred(lesson.ids);
    this.#filters.query = state.query;
    // Every keystroke is answered (bn:applied), even one that leaves the words as they were.
    if (restoring || action.type === 'type' || state.query !== previous.query) {
      // Below two letters there is nothing to search: with no search shown, nothing changes.
      if (action.type === 'type' && state.query.trim().length < 2 && !this.#results) this.dispatchEvent(new CustomEvent('bn:applied'));
      // As the page opens, the whole list can wait a moment; a search's results (from the address, or typed already) cannot.
      else await this.#search(action.type === 'type' ? 'when typing pauses' : opening && state.query.trim().length < 2 ? 'as the page opens' : 'now');
    } else if (state.themes !== previous.themes) this.#showFiltered();
    if (restoring && !opening && state.window) view.showWindow(fromDayWindow(state.window), false);
    if (action.type === 'window') void monthChart.update(view.window, this.#shown);
    if ((restoring && !(opening && state.event === undefined)) || action.type === 'select' || action.type === 'stop-presenting') this.#showSelected(state.event);
    if (restoring || action.type === 'present') {
      if (state.present && this.#byId.has(state.present)) {
        if (restoring) presentation.setContrast(state.contrast ?? 'light');
        presentation.open(this.#slidesFor(state.slides), state.present, lesson.notes);
      } else presentation.close();
    }
  }

  /** Searches for the current words and shows the results: the list at once, or once typing pauses. */
  async #search(listTiming: ListTiming): Promise<void> {
    const query = this.#store.state.query;
    const results = await this.#parts!.search.search(query);
    if (query !== this.#store.state.query) return; // a newer keystroke won
    this.#results = results;
    this.#showFiltered(listTiming);
  }

  /** Shows what the search and the theme filters leave. */
  #showFiltered(listTiming: ListTiming = 'now'): void {
    const { themes } = this.#store.state;
    const events = this.#data.events;
    const view = this.view!;
    const { shown, counts } = filterEvents(events, { matches: this.#results?.positions, themes: new Set(themes) });
    this.#shown = shown;
    // All shown: the view's own list, whose lane orders it already knows (and, as when the page
    // opens, already drawn: not drawn again).
    const items = shown.length === events.length ? view.items : shown.map((e) => this.#itemById.get(e.id)!);
    if (items !== this.#drawnItems) {
      this.#drawnItems = items;
      view.setShown(items);
      view.flush();
    }
    this.#parts!.list.update(shown, this.#results, listTiming);
    this.#filters.show(themes, counts, shown.length, events.length);
    this.dispatchEvent(new CustomEvent('bn:applied'));
  }

  #showSelected(id: string | undefined): void {
    const { list, details, texts } = this.#parts!;
    this.view!.setSelected(id);
    list.setSelected(id);
    const event = id === undefined ? undefined : this.#byId.get(id);
    if (event) details.show(event, texts.get(event.id) ?? NO_TEXTS, { index: this.#shown.indexOf(event), total: this.#shown.length });
    else details.hide();
  }

  /** Picks an event (or none), and moves the focus to its details when asked. */
  #select(id: string | undefined, focus?: 'details'): void {
    this.#store.dispatch({ type: 'select', event: id });
    if (focus) this.#parts?.details.focus();
  }

  /**
   * Scrolls the timeline into view from its axis; or, when the event's first lane would be under
   * the details (a phone's sheet covers the screen's lower part), so that its lane is just above them.
   */
  #scrollToLane(id: string): void {
    const view = this.querySelector<HTMLElement>('[data-timeline-view]')!;
    const lane = this.view?.layout?.lanes.find((l) => l.id === this.#byId.get(id)?.themes[0]);
    // The sheet may not be laid out yet: the room above it at its tallest.
    const sheet = getComputedStyle(this.querySelector<HTMLElement>('[data-details]')!);
    const visible = sheet.position === 'fixed' ? innerHeight - (parseFloat(sheet.maxHeight) || 0) : innerHeight;
    const top = view.getBoundingClientRect().top + scrollY;
    const laneBottom = lane ? lane.y + lane.height : 0;
    window.scrollTo({ top: laneBottom <= visible ? top : top + laneBottom - visible });
  }

  /** The slides: the lesson's events in its order, or the events shown. */
  #slidesFor(slides: 'lesson' | undefined): ClientEvent[] {
    return slides === 'lesson' ? this.#parts!.lesson.items.map((i) => this.#byId.get(i.id)!) : [...this.#shown];
  }

  /** Presents the events shown, from the selected one, or the lesson from its start; full screen where the browser allows. */
  #present(slides: 'lesson' | undefined): void {
    const events = this.#slidesFor(slides);
    if (events.length === 0) return;
    const start = slides === 'lesson' ? events[0]!.id : events.find((e) => e.id === this.#store.state.event)?.id ?? events[0]!.id;
    this.#store.dispatch({ type: 'present', event: start, slides });
    this.#parts!.presentation.toggleFullscreen();
  }

  /** The printout's QR code encoder: js/qr-code.js, loaded when the page is idle, not with the first screen's scripts. */
  readonly #qrCode = {
    loaded: () => window.BIEN_NIEN_QR,
    load: () => loadScript(this.dataset['qrSrc']!).then(() => window.BIEN_NIEN_QR!),
  };

  /** The handout: the filters in force, the timeline's window as a picture, every shown event with short passage references. */
  #preparePrint(): Promise<void> {
    this.view?.settle();
    this.#parts?.list.renderAll();
    return prepareHandout(this, { t: this.#t, language: this.#language, view: this.view!, state: this.#store.state, themeLabel: this.#themeLabel, articles: this.#data.articles, qrCode: this.#qrCode });
  }
}

/** The page's address as the store's: the query string in the history; the other language's link opens the same view. */
function historyAddress(languageLink: HTMLAnchorElement | null): Address {
  const languageBase = languageLink?.getAttribute('href') ?? '';
  return {
    read: () => location.search,
    write: (search, mode) => {
      if (search !== location.search) {
        const url = `${location.pathname}${search}${location.hash}`;
        if (mode === 'push') history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      languageLink?.setAttribute('href', `${languageBase}${location.search}`);
    },
  };
}

/** The time a chart bar stands for: a year ("2021") or a month ("2021-10"). */
function periodSpan(period: string): [number, number] {
  const [year, month] = period.split('-').map(Number) as [number, number | undefined];
  return month ? [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)] : [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

customElements.define('bn-timeline', TimelineElement);
