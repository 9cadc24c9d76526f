import { highlight } from '../../lib/search/highlight.ts';
import { joinSentences } from '../../lib/search/search-options.ts';
import type { ClientEvent } from '../../lib/site/client-data.ts';
import { NO_TEXTS, type EventTexts } from '../../lib/site/event-texts.ts';
import { eventItemTree, type EventItemContext } from '../../render/event-item.ts';
import { buildElement } from '../build-element.ts';
import { fontsSettled } from '../fonts-ready.ts';
import type { SearchResults } from './search.ts';

/** Items added per "show more": enough to read on, few enough that a keystroke stays instant. */
export const LIST_PAGE = 100;
/** Items whose matches are marked in the same frame as the results; more would slow typing. */
const MARK_AT_ONCE = 12;
/**
 * Items built new in the same frame as the results (items built before are only put back):
 * more than a screenful, while the rest of the page is built when the page is idle.
 */
const BUILD_AT_ONCE = 20;
/**
 * Items built in each idle moment after that: with their style and layout, about 3 ms on a
 * computer, so on a phone (four times slower) no piece of the page's filling is a long task.
 */
const BUILD_WHEN_IDLE = 5;
/** While keys come faster than this (ms), the list waits: each keystroke then only redraws the timeline and the counts. */
const TYPING_PAUSE = 150;

// requestIdleCallback where there is one (not in every browser), else a task a moment later.
const hasIdle = typeof requestIdleCallback === 'function';
const whenIdle = (task: () => void): number => (hasIdle ? requestIdleCallback(task, { timeout: 500 }) : window.setTimeout(task, 50));
const cancelIdle = (id: number) => (hasIdle ? cancelIdleCallback(id) : clearTimeout(id));

/**
 * When the list follows a change: at once, or (for a search being typed) once typing pauses; as
 * the page opens, a few items at once and the rest in idle moments (the list is below the first
 * screen, and the page's first moments are a phone's busiest).
 */
export type ListTiming = 'now' | 'when typing pauses' | 'as the page opens';

interface Built {
  id: string;
  li: HTMLElement;
  title: HTMLElement;
  summary: HTMLElement;
  /** The source sentences shown, each with where it begins in the searched text of all sentences. */
  sentences: Array<{ element: HTMLElement; offset: number }>;
  /** What is marked now, to skip rewriting text that would not change. */
  markedKey: string;
  /** The search whose matches to mark (worked out when marked: at once, or when the page is idle)… */
  results: SearchResults | undefined;
  /** …and the search they were last marked for (null: never), so a later showing skips the work. */
  markedFor: SearchResults | undefined | null;
}

/**
 * The accessible list of the events shown, in date order, a page at a time: with 10,000 events
 * a full list would cost seconds a keystroke. Items are built from data (text only, never
 * markup): the first page (its first items with the results, the rest when the page is idle),
 * more on request; printing builds them all.
 */
export class EventList {
  readonly #list: HTMLElement;
  readonly #more: HTMLButtonElement;
  readonly #texts: ReadonlyMap<string, EventTexts>;
  readonly #context: EventItemContext;
  readonly #isStarred: (id: string) => boolean;
  readonly #built = new Map<string, Built>();
  #shown: readonly ClientEvent[] = [];
  #results: SearchResults | undefined;
  #limit = LIST_PAGE;
  #selected: string | undefined;
  /** Items whose matches are still to be marked, when the page is idle. */
  #toMark: Built[] = [];
  #markTask = 0;
  /** The rest of the page, built when the page is idle. */
  #fillTask = 0;
  /** A list to show once typing pauses. */
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;

  /** `onShow`: an item's "show on the timeline" was pressed. */
  constructor(list: HTMLElement, more: HTMLButtonElement, texts: ReadonlyMap<string, EventTexts>, options: { context: EventItemContext; isStarred: (id: string) => boolean; onShow: (id: string) => void }) {
    this.#list = list;
    this.#more = more;
    this.#texts = texts;
    this.#context = options.context;
    this.#isStarred = options.isStarred;
    // One listener for every "show on the timeline" button of the list.
    list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('[data-show-event]');
      const id = button && eventIdOf(button);
      if (id) options.onShow(id);
    });
    more.addEventListener('click', () => {
      const first = this.#limit;
      this.#limit += LIST_PAGE;
      this.#render();
      // Keyboard and screen-reader users go on reading where the new items begin.
      const next = this.#list.children[first] as HTMLElement | undefined;
      if (next) {
        next.tabIndex = -1;
        next.focus();
      }
    });
  }

  /**
   * Shows these events (already filtered, in date order), from the first page: now, or, for a
   * search being typed, once typing pauses (the list is below the timeline, the results show there first).
   */
  update(shown: readonly ClientEvent[], results: SearchResults | undefined, when: ListTiming = 'now'): void {
    this.#shown = shown;
    this.#results = results;
    this.#limit = LIST_PAGE;
    clearTimeout(this.#pauseTimer);
    // Until the list shows these events in full (tests and scripts wait for data-filled).
    this.#list.removeAttribute('data-filled');
    if (when === 'now') this.#render(BUILD_AT_ONCE);
    // Laid out once, in the web font: not first in the system font and again when the font comes.
    else if (when === 'as the page opens') void fontsSettled().then(() => this.#render(BUILD_WHEN_IDLE));
    else this.#pauseTimer = setTimeout(() => this.#render(BUILD_AT_ONCE), TYPING_PAUSE);
  }

  /** Every shown event, for printing. */
  renderAll(): void {
    clearTimeout(this.#pauseTimer);
    this.#limit = this.#shown.length;
    this.#render();
  }

  setSelected(id: string | undefined): void {
    if (this.#selected) this.#built.get(this.#selected)?.li.classList.remove('is-selected');
    this.#selected = id;
    if (id) this.#built.get(id)?.li.classList.add('is-selected');
  }

  /** Shows the page up to #limit, building at most `toBuild` new items now and the rest when idle. */
  #render(toBuild = Infinity): void {
    const startedAt = performance.now();
    const results = this.#results;
    const page = this.#shown.slice(0, this.#limit);
    const built: Built[] = [];
    for (const event of page) {
      if (!this.#built.has(event.id) && toBuild-- <= 0) break;
      const item = this.#item(event);
      item.results = results;
      setStar(item.li, this.#isStarred(event.id));
      item.li.classList.toggle('is-selected', event.id === this.#selected);
      built.push(item);
    }
    reconcile(this.#list, built.map((item) => item.li));
    cancelIdle(this.#fillTask);
    if (built.length < page.length) this.#fillTask = whenIdle(() => this.#render(BUILD_WHEN_IDLE));
    this.#list.toggleAttribute('data-filled', built.length === page.length);
    // The first items are marked at once; the rest when the page is idle: rewriting a hundred
    // items' text on each keystroke would cost more than the search.
    built.slice(0, MARK_AT_ONCE).forEach(applyMarks);
    this.#toMark = built.slice(MARK_AT_ONCE);
    cancelIdle(this.#markTask);
    this.#markTask = whenIdle(() => this.#markRest());
    const remaining = this.#shown.length - page.length;
    this.#more.hidden = remaining <= 0;
    this.#more.textContent = this.#context.t('list.more', { n: Math.min(LIST_PAGE, remaining), remaining });
    // For the benchmark (and anyone profiling): what each showing of the list cost. Only the
    // latest is kept in the page's timeline (a PerformanceObserver sees them all).
    performance.clearMeasures('bien-nien:list');
    performance.measure('bien-nien:list', { start: startedAt });
  }

  #markRest(): void {
    for (const item of this.#toMark.splice(0, MARK_AT_ONCE)) applyMarks(item);
    if (this.#toMark.length) this.#markTask = whenIdle(() => this.#markRest());
  }

  #item(event: ClientEvent): Built {
    let built = this.#built.get(event.id);
    if (!built) {
      const texts = this.#texts.get(event.id) ?? NO_TEXTS;
      const li = buildElement(eventItemTree(event, texts, this.#context)) as HTMLElement;
      // Where each sentence begins in the text search matched (toSearchDocument joins them so).
      const { starts } = joinSentences(texts.sentences);
      const sentences = [...li.querySelectorAll<HTMLElement>('[data-sentence]')].map((element) => ({ element, offset: starts[Number(element.dataset['sentence'])] ?? 0 }));
      built = { id: event.id, li, title: li.querySelector<HTMLElement>('.event-title')!, summary: li.querySelector<HTMLElement>('.event-summary')!, sentences, markedKey: '', results: undefined, markedFor: null };
      this.#built.set(event.id, built);
    }
    return built;
  }
}

/** The event a list item (or anything inside one) stands for: its id is the item's, less "event-". */
export function eventIdOf(element: Element): string | undefined {
  return element.closest<HTMLElement>('li.event-item')?.id.replace(/^event-/, '');
}

function setStar(li: HTMLElement, on: boolean): void {
  const star = li.querySelector<HTMLButtonElement>('[data-star]');
  if (!star || star.getAttribute('aria-pressed') === String(on)) return;
  star.setAttribute('aria-pressed', String(on));
  star.textContent = on ? '★' : '☆';
}

/**
 * Makes the list's children these items, in order, moving as little as possible: while typing,
 * most items stay where they are, and an item left in place costs no style or layout.
 */
function reconcile(list: HTMLElement, items: readonly HTMLElement[]): void {
  const keep = new Set<Element>(items);
  for (const child of [...list.children]) if (!keep.has(child)) child.remove();
  let next = list.firstElementChild;
  for (const item of items) {
    if (item === next) next = next.nextElementSibling;
    else list.insertBefore(item, next);
  }
}

function applyMarks(built: Built): void {
  if (built.markedFor === built.results) return;
  built.markedFor = built.results;
  const ranges = built.results?.rangesOf(built.id);
  const key = JSON.stringify(ranges ?? null);
  if (key === built.markedKey) return;
  built.markedKey = key;
  markText(built.title, ranges?.title);
  markText(built.summary, ranges?.summary);
  for (const { element, offset } of built.sentences) {
    const end = offset + (element.textContent ?? '').length;
    const inside = ranges?.sentences?.filter(([a, b]) => a >= offset && b < end).map(([a, b]) => [a - offset, b - offset] as [number, number]);
    markText(element, inside);
  }
}

/** Rewrites an element's text with <mark> around the ranges; text nodes only, never markup. */
function markText(element: HTMLElement, ranges: ReadonlyArray<[number, number]> | undefined): void {
  const text = element.textContent ?? '';
  if (!ranges?.length) {
    if (element.childElementCount) element.textContent = text;
    return;
  }
  element.replaceChildren(...highlight(text, ranges).map((piece) => {
    if (!piece.match) return document.createTextNode(piece.text);
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    return mark;
  }));
}
