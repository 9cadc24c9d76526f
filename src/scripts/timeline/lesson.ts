import { decodeLesson, encodeLesson, moveItem, type LessonItem } from '../../lib/lesson/lesson-url.ts';
import { writeViewState } from '../../lib/url-state/url-state.ts';
import { formatEventDate, type Language } from '../../lib/dates/format-date.ts';
import type { TimelineData } from '../../lib/site/client-data.ts';
import type { Translate } from '../../i18n/index.ts';
import { eventIdOf } from './event-list.ts';

/**
 * A teacher's lesson: starred events in their order, with notes, kept in the URL so the link
 * is the whole lesson. No account, no server.
 */
export class Lesson {
  readonly #panel: HTMLElement;
  readonly #toggle: HTMLButtonElement;
  readonly #events: Map<string, TimelineData['events'][number]>;
  readonly #t: Translate;
  readonly #language: Language;
  readonly #onChange: () => void;
  #items: LessonItem[] = [];

  constructor(root: HTMLElement, events: TimelineData['events'], options: { t: Translate; language: Language; onChange: () => void; onPresent: () => void; onPresenter: () => void }) {
    this.#panel = root.querySelector<HTMLElement>('[data-lesson]')!;
    this.#toggle = root.querySelector<HTMLButtonElement>('[data-lesson-toggle]')!;
    this.#events = new Map(events.map((e) => [e.id, e]));
    this.#t = options.t;
    this.#language = options.language;
    this.#onChange = options.onChange;
    this.#toggle.addEventListener('click', () => this.setOpen(this.#panel.hidden !== false));
    root.addEventListener('click', (event) => {
      const star = (event.target as Element).closest<HTMLButtonElement>('[data-star]');
      const id = star && (star.dataset['star'] || eventIdOf(star));
      if (id) this.toggle(id);
    });
    this.#panel.querySelector('[data-lesson-copy]')!.addEventListener('click', () => void this.#copy());
    this.#panel.querySelector('[data-lesson-present]')!.addEventListener('click', options.onPresent);
    this.#panel.querySelector('[data-lesson-presenter]')!.addEventListener('click', options.onPresenter);
  }

  get items(): readonly LessonItem[] {
    return this.#items;
  }

  /** The events in the lesson, to mark with a star. */
  get ids(): Set<string> {
    return new Set(this.#items.map((i) => i.id));
  }

  get param(): string | undefined {
    return this.#items.length ? encodeLesson(this.#items) : undefined;
  }

  get notes(): Map<string, string> {
    return new Map(this.#items.map((i) => [i.id, i.note]));
  }

  has(id: string): boolean {
    return this.#items.some((i) => i.id === id);
  }

  /** Reads the lesson from a link; ids this build lacks are reported in the panel. */
  load(param: string | undefined): void {
    const { items, missing } = decodeLesson(param ?? '', new Set(this.#events.keys()));
    this.#items = items;
    const notice = this.#panel.querySelector<HTMLElement>('[data-lesson-missing]')!;
    notice.hidden = missing.length === 0;
    notice.textContent = missing.length ? this.#t('lesson.missing', { n: missing.length, ids: missing.join(', ') }) : '';
    if (items.length || missing.length) this.setOpen(true);
    this.#render();
  }

  toggle(id: string): void {
    this.#items = this.has(id) ? this.#items.filter((i) => i.id !== id) : [...this.#items, { id, note: '' }];
    this.#render();
    this.#onChange();
  }

  setOpen(open: boolean): void {
    this.#panel.hidden = !open;
    this.#toggle.setAttribute('aria-expanded', String(open));
  }

  #render(): void {
    document.querySelectorAll<HTMLButtonElement>('[data-star]').forEach((star) => {
      const on = this.has(star.dataset['star'] || eventIdOf(star) || '');
      star.setAttribute('aria-pressed', String(on));
      star.textContent = on ? '★' : '☆';
    });
    this.#toggle.querySelector('[data-lesson-count]')!.textContent = String(this.#items.length);
    this.#panel.querySelector<HTMLElement>('[data-lesson-empty]')!.hidden = this.#items.length > 0;
    const list = this.#panel.querySelector('[data-lesson-items]')!;
    list.replaceChildren(...this.#items.map((item, index) => this.#itemRow(item, index)));
    const link = this.#panel.querySelector<HTMLInputElement>('[data-lesson-link]')!;
    link.value = this.param ? `${location.origin === 'null' ? location.href.split('?')[0] : location.origin + location.pathname}${writeViewState({ query: '', themes: [], lesson: this.param })}` : '';
  }

  #itemRow(item: LessonItem, index: number): HTMLLIElement {
    const event = this.#events.get(item.id)!;
    const li = document.createElement('li');
    li.dataset['lessonItem'] = item.id;
    // Each starred event with its date, as the list and the slides write it.
    const date = document.createElement('span');
    date.className = 'lesson-date';
    date.textContent = formatEventDate(event, this.#language);
    const title = document.createElement('span');
    title.className = 'lesson-title';
    title.lang = event.language;
    title.textContent = event.title;
    const button = (label: string, action: () => void, disabled = false) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.disabled = disabled;
      b.setAttribute('aria-label', `${label}: ${event.title}`);
      b.addEventListener('click', action);
      return b;
    };
    const note = document.createElement('textarea');
    note.value = item.note;
    note.rows = 2;
    note.setAttribute('aria-label', `${this.#t('lesson.note')}: ${event.title}`);
    note.placeholder = this.#t('lesson.note');
    note.addEventListener('change', () => {
      this.#items = this.#items.map((i) => (i.id === item.id ? { ...i, note: note.value } : i));
      this.#onChange();
      this.#render();
    });
    li.append(
      date,
      title,
      button(this.#t('lesson.up'), () => this.#move(item.id, -1), index === 0),
      button(this.#t('lesson.down'), () => this.#move(item.id, 1), index === this.#items.length - 1),
      button(this.#t('lesson.remove'), () => this.toggle(item.id)),
      note,
    );
    return li;
  }

  #move(id: string, step: -1 | 1): void {
    this.#items = moveItem(this.#items, id, step);
    this.#render();
    this.#onChange();
    this.#panel.querySelector<HTMLButtonElement>(`[data-lesson-item="${CSS.escape(id)}"] button`)?.focus();
  }

  async #copy(): Promise<void> {
    const link = this.#panel.querySelector<HTMLInputElement>('[data-lesson-link]')!;
    const status = this.#panel.querySelector<HTMLElement>('[data-lesson-status]')!;
    link.select();
    try {
      await navigator.clipboard.writeText(link.value);
      status.textContent = this.#t('lesson.copied');
    } catch {
      status.textContent = link.value;
    }
  }
}
