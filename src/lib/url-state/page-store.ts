import { readViewState, writeViewState, type ViewState } from './url-state.ts';

/** The home page's state: the view a link reproduces (search, themes, window, selected event, lesson, slide). */
export type PageState = Readonly<ViewState>;

/** What the page's parts ask for. Each names what happened, not how the address follows: that is ADDRESS's to say. */
export type PageAction =
  /** A keystroke in the search box. */
  | { type: 'type'; query: string }
  | { type: 'toggle-theme'; theme: string }
  /** "Clear": no search, no theme filter. */
  | { type: 'clear-filters' }
  /** An event picked (or none: the details closed). */
  | { type: 'select'; event: string | undefined }
  /** The timeline's visible window settled, as ISO days. */
  | { type: 'window'; window: [string, string] }
  /** The lesson changed: a star, a note, an order (its link parameter, encodeLesson's). */
  | { type: 'lesson'; lesson: string | undefined }
  /** Presenting begins: the events shown or the lesson's, on this event. */
  | { type: 'present'; event: string; slides: 'lesson' | undefined }
  /** Another slide, or the projector theme changed. */
  | { type: 'slide'; event: string; contrast: 'dark' | undefined }
  /** Presenting ends, on the event last shown. */
  | { type: 'stop-presenting'; event: string | undefined }
  /** The whole state from an address: the page opening, Back and Forward. */
  | { type: 'restore'; state: ViewState };

/**
 * How the address follows a change. `push`: a new history entry, which Back undoes (a step the
 * reader took). `replace`: the entry rewritten (an adjustment: a slide, a lesson's note, the state
 * read back from the address). `pause`: pushed once typing pauses, one entry per search, not per keystroke.
 */
export type AddressMode = 'push' | 'replace' | 'pause';

export const ADDRESS: Readonly<Record<PageAction['type'], AddressMode>> = Object.freeze({
  type: 'pause',
  'toggle-theme': 'push',
  'clear-filters': 'push',
  select: 'push',
  // Replaced instead while the view settles after a restore (RESTORE_SETTLE_MS).
  window: 'push',
  lesson: 'replace',
  present: 'push',
  slide: 'replace',
  'stop-presenting': 'replace',
  restore: 'replace',
});

/** A pause in typing this long (ms) and the address follows the search. */
export const TYPING_PAUSE_MS = 800;
/** For this long (ms) after a restore, the window the view settles on rewrites the address instead of adding to it. */
export const RESTORE_SETTLE_MS = 500;

/** What the state may name: the events and themes this build has. */
export interface Known {
  event: (id: string) => boolean;
  theme: (id: string) => boolean;
}

/** The state after an action. Pure: ids this build lacks are left out (a theme, a picked event) where the page could not show them. */
export function reducePage(state: PageState, action: PageAction, known: Known): PageState {
  switch (action.type) {
    case 'type':
      return { ...state, query: action.query };
    case 'toggle-theme': {
      const themes = state.themes.includes(action.theme) ? state.themes.filter((id) => id !== action.theme) : [...state.themes, action.theme];
      return { ...state, themes };
    }
    case 'clear-filters':
      return { ...state, query: '', themes: [] };
    case 'select':
    case 'stop-presenting': {
      const event = action.event !== undefined && known.event(action.event) ? action.event : undefined;
      return action.type === 'select' ? { ...state, event } : { ...state, event, present: undefined, slides: undefined, contrast: undefined };
    }
    case 'window':
      return { ...state, window: action.window };
    case 'lesson':
      return { ...state, lesson: action.lesson };
    case 'present':
      return { ...state, present: action.event, slides: action.slides };
    case 'slide':
      return { ...state, present: action.event, contrast: action.contrast };
    case 'restore': {
      const restored: ViewState = { ...action.state, themes: action.state.themes.filter(known.theme) };
      if (restored.event !== undefined && !known.event(restored.event)) restored.event = undefined;
      return restored;
    }
  }
}

/** Where the state is kept between visits: the page's address. */
export interface Address {
  /** The address's query string now ("?q=…", or ""). */
  read(): string;
  /**
   * Makes the query string `search`: a new history entry, or the current one rewritten. Called
   * after every change the address follows, also when `search` is what it holds already (then
   * nothing is to be written to the history, but what copies the address, the other language's
   * link, may follow Back and Forward).
   */
  write(search: string, mode: 'push' | 'replace'): void;
}

export type PageListener = (state: PageState, previous: PageState, action: PageAction) => void;

export interface PageStoreOptions {
  address: Address;
  known: Known;
  /** The clock and the timer, given so that tests control time (performance.now and setTimeout in the page). */
  now: () => number;
  setTimer: (task: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

/**
 * The page's state in one place. Parts of the page read `state` and ask for changes with
 * dispatch(); the store applies each, writes the address as ADDRESS says, then tells the
 * listeners, which bring the page in line. A dispatch made while listeners run (a slide shown
 * because presenting began) is applied at once; the address is always written before listeners
 * hear, so it ends on the latest state.
 */
export class PageStore {
  #state: PageState;
  readonly #options: PageStoreOptions;
  readonly #listeners: PageListener[] = [];
  #restoredAt: number;
  #pauseTimer: unknown;

  /** The state the address holds now; opening the page counts as a restore. */
  constructor(options: PageStoreOptions) {
    this.#options = options;
    this.#state = reducePage({ query: '', themes: [] }, { type: 'restore', state: readViewState(options.address.read()) }, options.known);
    this.#restoredAt = options.now();
  }

  get state(): PageState {
    return this.#state;
  }

  subscribe(listener: PageListener): void {
    this.#listeners.push(listener);
  }

  dispatch(action: PageAction): void {
    const previous = this.#state;
    this.#state = reducePage(previous, action, this.#options.known);
    if (action.type === 'restore') this.#restoredAt = this.#options.now();
    this.#follow(action);
    for (const listener of this.#listeners) listener(this.#state, previous, action);
  }

  #follow(action: PageAction): void {
    let mode = ADDRESS[action.type];
    if (action.type === 'window' && this.#options.now() - this.#restoredAt < RESTORE_SETTLE_MS) mode = 'replace';
    if (mode === 'pause') {
      // The address follows the latest state once typing pauses.
      this.#options.clearTimer(this.#pauseTimer);
      this.#pauseTimer = this.#options.setTimer(() => this.#write('push'), TYPING_PAUSE_MS);
    } else this.#write(mode);
  }

  #write(mode: 'push' | 'replace'): void {
    const { address } = this.#options;
    address.write(writeViewState(this.#state, address.read()), mode);
  }
}
