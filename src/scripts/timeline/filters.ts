import type { PageAction } from '../../lib/url-state/page-store.ts';
import type { Translate } from '../../i18n/index.ts';

/**
 * The search box, the theme toggles, the clear buttons and the count of events shown. They ask
 * for changes (a keystroke, a toggle, clear); show() says what the page then shows. Words typed
 * before the rest of the page is wired are asked for too, so none is lost.
 */
export class Filters {
  readonly #box: HTMLInputElement;
  readonly #toggles: HTMLButtonElement[];
  readonly #status: HTMLElement;
  readonly #empty: HTMLElement;
  readonly #t: Translate;

  /** `prepare`: the search box has the focus, a search is likely: its index can be built. */
  constructor(root: HTMLElement, options: { t: Translate; dispatch: (action: PageAction) => void; prepare: () => void }) {
    const { dispatch } = options;
    this.#box = root.querySelector<HTMLInputElement>('[data-search]')!;
    this.#toggles = [...root.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
    this.#status = root.querySelector<HTMLElement>('[data-status]')!;
    this.#empty = root.querySelector<HTMLElement>('[data-empty]')!;
    this.#t = options.t;
    this.#box.addEventListener('focus', () => options.prepare());
    this.#box.addEventListener('input', () => dispatch({ type: 'type', query: this.#box.value }));
    for (const toggle of this.#toggles) toggle.addEventListener('click', () => dispatch({ type: 'toggle-theme', theme: toggle.dataset['themeToggle']! }));
    root.querySelectorAll<HTMLButtonElement>('[data-clear]').forEach((button) =>
      button.addEventListener('click', () => {
        dispatch({ type: 'clear-filters' });
        this.#box.focus();
      }),
    );
  }

  /** The words in the box: set from the address, or cleared (while typing they are the box's own already). */
  set query(query: string) {
    if (this.#box.value !== query) this.#box.value = query;
  }

  /** The toggles pressed, each theme's count of events shown, how many are shown of all, or that none is. */
  show(themes: readonly string[], counts: ReadonlyMap<string, number>, shown: number, total: number): void {
    for (const toggle of this.#toggles) {
      const id = toggle.dataset['themeToggle']!;
      toggle.setAttribute('aria-pressed', String(themes.includes(id)));
      setText(toggle.querySelector<HTMLElement>('[data-theme-count]')!, String(counts.get(id) ?? 0));
    }
    setText(this.#status, this.#t('status.shown', { n: shown, total }));
    this.#empty.hidden = shown > 0;
  }
}

/** Writes text only when it changes: the same text written again still costs a layout. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
