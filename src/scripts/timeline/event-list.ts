import { highlight } from '../../lib/search/highlight.ts';
import type { SearchResults } from './search.ts';

type Fields = SearchResults['matches'] extends Map<string, infer F> ? F : never;

interface Item {
  li: HTMLElement;
  title: HTMLElement;
  summary: HTMLElement;
  titleText: string;
  summaryText: string;
  /** The matches to show, applied when the item is on screen. */
  fields: Fields | undefined;
  /** What is marked now, to skip rewriting text that would not change. */
  shownKey: string;
}

/**
 * The server-rendered accessible list, filtered like the timeline: items not shown are hidden,
 * and the words the search matched are marked. The list is the page's own HTML; this only
 * toggles `hidden` and rewrites text nodes, never markup.
 */
export class EventList {
  readonly #items = new Map<string, Item>();
  // Highlights are written only for items on screen: with thousands of results, rewriting every
  // item's text on each keystroke would cost more than the search.
  readonly #onScreen = new Set<Item>();
  readonly #observer: IntersectionObserver;

  constructor(list: HTMLElement) {
    this.#observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const item = this.#items.get(eventIdOf(entry.target)!)!;
        if (entry.isIntersecting) {
          this.#onScreen.add(item);
          applyMarks(item);
        } else this.#onScreen.delete(item);
      }
    }, { rootMargin: '400px 0px' });
    for (const li of list.querySelectorAll<HTMLElement>('li.event-item')) {
      const title = li.querySelector<HTMLElement>('.event-title')!;
      const summary = li.querySelector<HTMLElement>('.event-summary')!;
      this.#items.set(eventIdOf(li)!, { li, title, summary, titleText: title.textContent ?? '', summaryText: summary.textContent ?? '', fields: undefined, shownKey: '' });
      this.#observer.observe(li);
    }
  }

  update(shown: ReadonlySet<string>, results: SearchResults | undefined): void {
    for (const [id, item] of this.#items) {
      const visible = shown.has(id);
      if (item.li.hidden === visible) item.li.hidden = !visible;
      item.fields = visible ? results?.matches.get(id) : undefined;
    }
    for (const item of this.#onScreen) applyMarks(item);
  }

  /** An event's summary and source sentences, as the page wrote them. */
  textOf(id: string): { summary: string; sentences: Map<string, string> } {
    const item = this.#items.get(id);
    const sentences = new Map<string, string>();
    item?.li.querySelectorAll<HTMLElement>('.event-sources li[data-article]').forEach((li) => {
      // A sentence the same as the summary is written once, as the summary.
      sentences.set(li.dataset['article']!, li.querySelector('[data-sentence]')?.textContent ?? item.summaryText);
    });
    return { summary: item?.summaryText ?? '', sentences };
  }

  setSelected(id: string | undefined): void {
    for (const [itemId, item] of this.#items) item.li.classList.toggle('is-selected', itemId === id);
  }
}

function applyMarks(item: Item): void {
  const key = JSON.stringify(item.fields ?? null);
  if (key === item.shownKey) return;
  item.shownKey = key;
  markText(item.title, item.titleText, item.fields?.title);
  markText(item.summary, item.summaryText, item.fields?.summary);
}

/** The event a list item (or anything inside one) stands for: its id is the item's, less "event-". */
export function eventIdOf(element: Element): string | undefined {
  return element.closest<HTMLElement>('li.event-item')?.id.replace(/^event-/, '');
}

function markText(element: HTMLElement, text: string, indices: ReadonlyArray<[number, number]> | undefined): void {
  const marked = element.dataset['marked'] === 'true';
  if (!indices?.length) {
    if (marked) {
      element.textContent = text;
      delete element.dataset['marked'];
    }
    return;
  }
  element.replaceChildren(...highlight(text, indices).map((piece) => {
    if (!piece.match) return document.createTextNode(piece.text);
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    return mark;
  }));
  element.dataset['marked'] = 'true';
}
