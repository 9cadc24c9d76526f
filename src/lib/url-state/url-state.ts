/** The view a link reproduces: search, themes, selected event, visible time window. */
export interface ViewState {
  query: string;
  themes: string[];
  event?: string | undefined;
  /** Visible window as ISO days, [from, to]. */
  window?: [string, string] | undefined;
  /** The event on screen in presentation mode; absent when not presenting. */
  present?: string | undefined;
  /** Present the lesson's events, in its order, rather than the events shown. */
  slides?: 'lesson' | undefined;
  /** Projector theme: light on dark instead of dark on light. */
  contrast?: 'dark' | undefined;
  /** A lesson, as encodeLesson() writes it. */
  lesson?: string | undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Reads the view from a URL's query ("?q=vac+xin&themes=vaccines,security&event=…&from=…&to=…"). */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view: ViewState = {
    query: params.get('q') ?? '',
    themes: (params.get('themes') ?? '').split(',').filter((t) => /^[a-z][a-z0-9-]*$/.test(t)),
  };
  const event = params.get('event');
  if (event) view.event = event;
  for (const key of ['present', 'lesson'] as const) {
    const value = params.get(key);
    if (value) view[key] = value;
  }
  if (params.get('slides') === 'lesson') view.slides = 'lesson';
  if (params.get('contrast') === 'dark') view.contrast = 'dark';
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && ISO_DAY.test(from) && ISO_DAY.test(to) && from < to) view.window = [from, to];
  return view;
}

/** Writes the view as a query string, leaving out what is at its default; keeps unrelated parameters. */
export function writeViewState(view: ViewState, previous = ''): string {
  const params = new URLSearchParams(previous);
  for (const key of ['q', 'themes', 'event', 'from', 'to', 'present', 'slides', 'contrast', 'lesson']) params.delete(key);
  if (view.query) params.set('q', view.query);
  if (view.themes.length) params.set('themes', [...view.themes].sort().join(','));
  if (view.event) params.set('event', view.event);
  if (view.window) {
    params.set('from', view.window[0]);
    params.set('to', view.window[1]);
  }
  if (view.present) params.set('present', view.present);
  if (view.present && view.slides) params.set('slides', view.slides);
  if (view.present && view.contrast) params.set('contrast', view.contrast);
  if (view.lesson) params.set('lesson', view.lesson);
  // ",", "|" and "~" need no escaping in a query: a link stays short and readable.
  const text = params.toString().replace(/%2C/g, ',').replace(/%7C/g, '|').replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}

/** A visible window (ms) as the ISO days the address holds: the days its ends fall on, in UTC. */
export function toDayWindow([from, to]: readonly [number, number]): [string, string] {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [day(from), day(to)];
}

/** The window (ms) the address's days stand for: from the first day's start to the last day's end. */
export function fromDayWindow([from, to]: readonly [string, string]): [number, number] {
  return [Date.parse(from), Date.parse(to) + DAY_MS];
}
