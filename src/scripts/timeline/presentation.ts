import { formatEventDate, formatIsoDate, type Language } from '../../lib/dates/format-date.ts';
import { INITIAL_KEYS, presenterKey, type KeyState } from '../../lib/presentation/presenter-keys.ts';
import type { ClientEvent, TimelineData } from '../../lib/site/client-data.ts';
import { SLIDE_STRIP, slideStripTicks, slideStripYears } from '../../lib/presentation/slide-strip.ts';
import { toTimelineItem } from '../../lib/timeline/timeline-item.ts';
import type { Translate } from '../../i18n/index.ts';
import { folderUrl } from '../folder-url.ts';

type Contrast = 'light' | 'dark';
const SVG = 'http://www.w3.org/2000/svg';

/** What the presenter window is told at each slide. */
export interface SlideMessage {
  type: 'bien-nien-slide';
  index: number;
  count: number;
  date: string;
  title: string;
  next: string | null;
  note: string;
}

/**
 * Presentation mode: one event per slide, full screen, keys as presenters expect (see
 * presenterKey), swipes on touch screens, blanking, and a strip of the timeline marking
 * where the slide's event sits. Everything is set as text.
 */
export class Presentation {
  readonly #root: HTMLElement;
  readonly #data: TimelineData;
  readonly #t: Translate;
  readonly #language: Language;
  readonly #onSlide: (id: string, contrast: Contrast) => void;
  readonly #onExit: (lastId: string | undefined) => void;
  readonly #summaryOf: (id: string) => string;
  #slides: ClientEvent[] = [];
  #notes: ReadonlyMap<string, string> = new Map();
  #index = 0;
  #keys: KeyState = INITIAL_KEYS;
  #presenter: Window | null = null;
  #returnFocus: HTMLElement | null = null;
  /** Set while F leaves full screen, which must not end the presentation. */
  #leavingFullscreenOnly = false;

  /** `onSlide`: a slide is shown, or the projector theme changed; `onExit`: presenting ended on this event. */
  constructor(root: HTMLElement, data: TimelineData, options: { t: Translate; language: Language; summaryOf: (id: string) => string; onSlide: (id: string, contrast: Contrast) => void; onExit: (lastId: string | undefined) => void }) {
    this.#summaryOf = options.summaryOf;
    this.#root = root;
    this.#data = data;
    this.#t = options.t;
    this.#language = options.language;
    this.#onSlide = options.onSlide;
    this.#onExit = options.onExit;
    document.addEventListener('keydown', (event) => this.#onKey(event), true);
    // Firefox and Safari spend the first Escape on leaving full screen and never pass it on, so
    // leaving full screen by the browser's own key (or gesture) ends the presentation too; F only
    // toggles full screen and stays.
    document.addEventListener('fullscreenchange', () => {
      if (document.fullscreenElement || !this.isOpen) return;
      if (this.#leavingFullscreenOnly) this.#leavingFullscreenOnly = false;
      else this.exit();
    });
    root.querySelectorAll<HTMLButtonElement>('[data-slide-step]').forEach((b) => b.addEventListener('click', () => this.go(this.#index + Number(b.dataset['slideStep']))));
    root.querySelector('[data-slide-exit]')!.addEventListener('click', () => this.exit());
    root.querySelector('[data-slide-contrast]')!.addEventListener('click', () => this.setContrast(this.contrast === 'dark' ? 'light' : 'dark'));
    let startX: number | undefined;
    root.addEventListener('pointerdown', (e) => (startX = e.clientX));
    root.addEventListener('pointerup', (e) => {
      if (startX === undefined) return;
      const dx = e.clientX - startX;
      startX = undefined;
      if (Math.abs(dx) > 60) this.go(this.#index + (dx < 0 ? 1 : -1));
    });
    window.addEventListener('message', (event) => {
      const message = event.data as { type?: string; to?: number };
      if (event.source === this.#presenter && message?.type === 'bien-nien-go' && typeof message.to === 'number') this.go(message.to);
      if (event.source === this.#presenter && message?.type === 'bien-nien-ready') this.#tellPresenter();
    });
  }

  get isOpen(): boolean {
    return !this.#root.hidden;
  }

  get contrast(): Contrast {
    return this.#root.dataset['contrast'] === 'dark' ? 'dark' : 'light';
  }

  get currentId(): string | undefined {
    return this.isOpen ? this.#slides[this.#index]?.id : undefined;
  }

  setContrast(contrast: Contrast): void {
    this.#root.dataset['contrast'] = contrast;
    if (this.isOpen) this.#onSlide(this.currentId!, contrast);
  }

  /** Opens on `startId` (or the first slide); full screen when the browser allows it. */
  open(slides: ClientEvent[], startId: string | undefined, notes: ReadonlyMap<string, string> = new Map()): void {
    if (slides.length === 0) return;
    this.#slides = slides;
    this.#notes = notes;
    if (!this.isOpen) this.#returnFocus = document.activeElement as HTMLElement | null;
    this.#root.hidden = false;
    document.documentElement.classList.add('is-presenting');
    const start = Math.max(0, slides.findIndex((e) => e.id === startId));
    this.#drawStrip();
    this.go(start);
    this.#root.focus();
  }

  go(index: number): void {
    if (!this.isOpen) return;
    this.#index = Math.min(this.#slides.length - 1, Math.max(0, index));
    this.#setBlank(false);
    this.#render();
    this.#onSlide(this.#slides[this.#index]!.id, this.contrast);
    this.#tellPresenter();
  }

  /** Leaves: back to the timeline, on the event last shown. */
  exit(): void {
    const last = this.currentId;
    this.close();
    this.#onExit(last);
  }

  close(): void {
    if (!this.isOpen) return;
    this.#root.hidden = true;
    document.documentElement.classList.remove('is-presenting');
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    this.#returnFocus?.focus();
  }

  toggleFullscreen(): void {
    if (document.fullscreenElement) {
      this.#leavingFullscreenOnly = true;
      void document.exitFullscreen().catch(() => (this.#leavingFullscreenOnly = false));
    } else void this.#root.requestFullscreen?.().catch(() => undefined);
  }

  /** The presenter view: a second window that follows the slides and shows the notes. */
  openPresenter(url: string): void {
    this.#presenter = window.open(folderUrl(url), 'bien-nien-presenter', 'popup,width=960,height=720');
    this.#tellPresenter();
  }

  #tellPresenter(): void {
    const event = this.#slides[this.#index];
    if (!this.#presenter || this.#presenter.closed || !event) return;
    const message: SlideMessage = {
      type: 'bien-nien-slide',
      index: this.#index,
      count: this.#slides.length,
      date: formatEventDate(event, this.#language),
      title: event.title,
      next: this.#slides[this.#index + 1]?.title ?? null,
      note: this.#notes.get(event.id) ?? '',
    };
    this.#presenter.postMessage(message, '*');
  }

  #onKey(event: KeyboardEvent): void {
    if (!this.isOpen || event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.target as Element | null)?.closest?.('button') && (event.key === 'Enter' || event.key === ' ')) return;
    const { state, action } = presenterKey(this.#keys, event.key, this.#index, this.#slides.length);
    this.#keys = state;
    event.preventDefault();
    event.stopPropagation();
    if (action.type === 'go') this.go(action.to);
    else if (action.type === 'blank') this.#setBlank(true);
    else if (action.type === 'unblank') this.#setBlank(false);
    else if (action.type === 'fullscreen') this.toggleFullscreen();
    else if (action.type === 'exit') this.exit();
  }

  #setBlank(blank: boolean): void {
    this.#root.querySelector<HTMLElement>('[data-slide-blank]')!.hidden = !blank;
    if (!blank) this.#keys = { ...this.#keys, blank: false };
  }

  #render(): void {
    const event = this.#slides[this.#index]!;
    const themes = new Map(this.#data.themes.map((theme) => [theme.id, theme]));
    const set = (selector: string, text: string) => {
      const el = this.#root.querySelector<HTMLElement>(selector)!;
      el.textContent = text;
      return el;
    };
    set('[data-slide-progress]', this.#t('present.progress', { n: this.#index + 1, total: this.#slides.length }));
    set('[data-slide-date]', formatEventDate(event, this.#language));
    set('[data-slide-title]', event.title).lang = event.language;
    set('[data-slide-summary]', this.#summaryOf(event.id)).lang = event.language;
    this.#root.querySelector('[data-slide-themes]')!.replaceChildren(...event.themes.map((id) => {
      const li = document.createElement('li');
      li.dataset['theme'] = id;
      li.textContent = themes.get(id)?.label[this.#language] ?? id;
      return li;
    }));
    const citations = event.sources.map((s) => {
      const article = this.#data.articles[s.article];
      const published = article?.published ? formatIsoDate(article.published, this.#language) : '';
      return [article?.title ?? s.article, article?.source, published].filter(Boolean).join(' — ');
    });
    set('[data-slide-source]', `${this.#t('events.source')}: ${citations.join('; ')}`);
    const ticks = this.#root.querySelectorAll<SVGRectElement>('[data-slide-strip] .strip-event');
    ticks.forEach((tick, i) => tick.classList.toggle('is-current', i === this.#index));
    const current = ticks[this.#index];
    if (current) this.#root.querySelector('[data-slide-strip] .strip-pointer')?.setAttribute('x', current.getAttribute('x')!);
  }

  /** All slides' events along one axis; the current one is highlighted as the slides change. */
  #drawStrip(): void {
    const svg = this.#root.querySelector<SVGSVGElement>('[data-slide-strip]')!;
    const { width, height } = SLIDE_STRIP;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    const line = document.createElementNS(SVG, 'line');
    line.setAttribute('class', 'strip-axis');
    line.setAttribute('x1', '0');
    line.setAttribute('x2', String(width));
    line.setAttribute('y1', String(height / 2));
    line.setAttribute('y2', String(height / 2));
    const items = this.#slides.map(toTimelineItem);
    const ticks = slideStripTicks(items).map((tick) => {
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('class', 'strip-event');
      rect.setAttribute('x', String(tick.x));
      rect.setAttribute('width', String(tick.width));
      rect.setAttribute('y', String(tick.y));
      rect.setAttribute('height', String(tick.height));
      return rect;
    });
    // The current event is marked above the others by a pointer, so it is never lost inside a
    // long range's bar; the years are HTML under the strip, not text stretched with the SVG.
    const pointer = document.createElementNS(SVG, 'rect');
    pointer.setAttribute('class', 'strip-pointer');
    pointer.setAttribute('y', '0');
    pointer.setAttribute('height', String(height));
    pointer.setAttribute('width', String(SLIDE_STRIP.tickWidth));
    svg.replaceChildren(line, ...ticks, pointer);
    const years = this.#root.querySelector<HTMLElement>('[data-slide-strip-years]')!;
    years.replaceChildren(...slideStripYears(items).map((year) => {
      const label = document.createElement('span');
      label.style.left = `${(year.at * 100).toFixed(2)}%`;
      label.textContent = year.label;
      return label;
    }));
  }
}
