import { highlight } from '../../lib/search/highlight.ts';
import type { SearchResults } from './search.ts';

/**
 * The server-rendered accessible list, filtered like the timeline: items not shown are hidden,
 * and the words the search matched are marked. The list is the page's own HTML; this only
 * toggles `hidden` and rewrites text nodes, never markup.
 */
export class EventList {
  readonly #items: Map<string, { li: HTMLElement; title: HTMLElement; summary: HTMLElement; titleText: string; summaryText: string }>;

  constructor(list: HTMLElement) {
    this.#items = new Map();
    for (const li of list.querySelectorAll<HTMLElement>('li.event-item')) {
      const title = li.querySelector<HTMLElement>('.event-title')!;
      const summary = li.querySelector<HTMLElement>('.event-summary')!;
      this.#items.set(eventIdOf(li)!, { li, title, summary, titleText: title.textContent ?? '', summaryText: summary.textContent ?? '' });
    }
  }

  update(shown: ReadonlySet<string>, results: SearchResults | undefined): void {
    for (const [id, item] of this.#items) {
      const visible = shown.has(id);
      if (item.li.hidden === visible) item.li.hidden = !visible;
      const fields = visible ? results?.matches.get(id) : undefined;
      markText(item.title, item.titleText, fields?.title);
      markText(item.summary, item.summaryText, fields?.summary);
    }
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
