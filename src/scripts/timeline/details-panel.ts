import { formatEventDate, type Language } from '../../lib/dates/format-date.ts';
import { shownSummary } from '../../lib/events/shown-summary.ts';
import type { ClientEvent, TimelineData } from '../../lib/site/client-data.ts';
import type { EventTexts } from '../../lib/site/event-texts.ts';
import type { Translate } from '../../i18n/index.ts';
import { inferenceNote } from '../../render/event-item.ts';

/**
 * The details of the selected event: date as written and normalised, themes, summary, and each
 * source sentence linking to its passage. Filled with textContent only: article text is data.
 */
export class DetailsPanel {
  readonly #panel: HTMLElement;
  readonly #data: TimelineData;
  readonly #t: Translate;
  readonly #language: Language;
  readonly #passageHref: (article: string, paragraph: number) => string;
  readonly #isStarred: (id: string) => boolean;

  /** `passageHref`: the address of a source's passage, as the event list links it. */
  constructor(panel: HTMLElement, data: TimelineData, options: { t: Translate; language: Language; passageHref: (article: string, paragraph: number) => string; isStarred: (id: string) => boolean; onStep: (step: 1 | -1) => void; onClose: () => void }) {
    this.#isStarred = options.isStarred;
    this.#panel = panel;
    this.#data = data;
    this.#t = options.t;
    this.#language = options.language;
    this.#passageHref = options.passageHref;
    panel.querySelector('[data-details-close]')!.addEventListener('click', options.onClose);
    panel.querySelectorAll<HTMLButtonElement>('[data-details-step]').forEach((button) =>
      button.addEventListener('click', () => options.onStep(Number(button.dataset['detailsStep']) as 1 | -1)),
    );
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') options.onClose();
    });
  }

  /** Shows an event: its texts (each source's sentence at the source's place), and where it is among the events shown. */
  show(event: ClientEvent, texts: EventTexts, position: { index: number; total: number }): void {
    const t = this.#t;
    const themes = new Map(this.#data.themes.map((theme) => [theme.id, theme]));
    this.#panel.dataset['eventId'] = event.id;
    const star = this.#panel.querySelector<HTMLButtonElement>('[data-details-star]')!;
    star.dataset['star'] = event.id;
    star.setAttribute('aria-label', t('lesson.star', { title: event.title }));
    star.setAttribute('aria-pressed', String(this.#isStarred(event.id)));
    star.textContent = this.#isStarred(event.id) ? '★' : '☆';
    this.#set('[data-details-date]', formatEventDate(event, this.#language));
    const title = this.#set('[data-details-title]', event.title);
    title.lang = event.language;
    this.#set('[data-details-written]', `${t('details.dateAsWritten')}: “${event.dateText}”`);
    const inferred = this.#panel.querySelector<HTMLElement>('[data-details-inferred]')!;
    inferred.hidden = !event.inference;
    if (event.inference) {
      inferred.textContent = inferenceNote(event, t);
    }
    const themeList = this.#panel.querySelector('[data-details-themes]')!;
    themeList.replaceChildren(...event.themes.map((id) => {
      const li = document.createElement('li');
      li.className = 'theme-badge';
      li.dataset['theme'] = id;
      li.textContent = themes.get(id)?.label[this.#language] ?? id;
      return li;
    }));
    // A summary that only repeats a source sentence (most events' summary is their sentence) is shown once, as the quote.
    const shown = shownSummary(texts.summary, texts.sentences);
    const summary = this.#set('[data-details-summary]', shown ?? '');
    summary.hidden = shown === undefined;
    summary.lang = event.language;
    const sources = this.#panel.querySelector('[data-details-sources]')!;
    sources.replaceChildren(...event.sources.map((source, i) => {
      const li = document.createElement('li');
      const quote = document.createElement('q');
      quote.lang = event.language;
      quote.textContent = texts.sentences[i] ?? '';
      const link = document.createElement('a');
      link.href = this.#passageHref(source.article, source.paragraph);
      link.dataset['sourceLink'] = '';
      const article = this.#data.articles[source.article];
      link.textContent = `${article?.title ?? source.article}${article?.source ? ` — ${article.source}` : ''} (§${source.paragraph})`;
      li.append(quote, document.createElement('br'), link);
      return li;
    }));
    const [previous, next] = this.#panel.querySelectorAll<HTMLButtonElement>('[data-details-step]');
    previous!.disabled = position.index <= 0;
    next!.disabled = position.index >= position.total - 1;
    this.#panel.hidden = false;
    this.#panel.scrollIntoView({ block: 'nearest' });
  }

  hide(): void {
    this.#panel.hidden = true;
    delete this.#panel.dataset['eventId'];
  }

  focus(): void {
    this.#panel.focus();
  }

  #set(selector: string, text: string): HTMLElement {
    const element = this.#panel.querySelector<HTMLElement>(selector)!;
    element.textContent = text;
    return element;
  }
}
