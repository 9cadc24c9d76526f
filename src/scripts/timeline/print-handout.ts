import { formatIsoDate, type Language } from '../../lib/dates/format-date.ts';
import type { TimelineData } from '../../lib/site/client-data.ts';
import type { PageState } from '../../lib/url-state/page-store.ts';
import { toDayWindow } from '../../lib/url-state/url-state.ts';
import type { Translate } from '../../i18n/index.ts';
import type { qrCodeSvg } from '../../render/qr-code.ts';
import type { TimelineView } from './timeline-view.ts';

/**
 * The width the printed timeline is laid out at, in CSS px: an A4 page's text width at the print
 * stylesheet's 14 mm margins (182 mm); on US Letter (188 mm) it is scaled up by 3 %.
 */
const PRINT_WIDTH = 688;
/** Canvas pixels per CSS px of the printed marks: about 290 dpi on paper. */
const PRINT_RATIO = 3;

export interface HandoutContext {
  t: Translate;
  language: Language;
  view: TimelineView;
  state: Pick<PageState, 'query' | 'themes'>;
  themeLabel: ReadonlyMap<string, string>;
  articles: TimelineData['articles'];
  /** The QR code's encoder, a bundle of its own (js/qr-code.js): the one loaded, if it is, and how to load it. */
  qrCode: { loaded: () => typeof qrCodeSvg | undefined; load: () => Promise<typeof qrCodeSvg> };
}

/**
 * Makes the page ready for paper (the Print button, or the browser's own print): the filters in
 * force, the timeline's current window as a picture, a short reference to each passage (article,
 * paragraph) and one code to scan for the view itself. The event list is rendered whole before this.
 * Resolves once the picture can be printed.
 */
export async function prepareHandout(root: HTMLElement, { t, language, view, state, themeLabel, articles, qrCode }: HandoutContext): Promise<void> {
  const filters = [
    state.query ? t('print.query', { q: state.query }) : '',
    state.themes.length ? t('print.themes', { themes: state.themes.map((id) => themeLabel.get(id)).join(', ') }) : '',
  ].filter(Boolean).join('; ');
  root.querySelector('[data-print-filters]')!.textContent = t('print.filters', { filters: filters || t('print.all') });
  const figure = root.querySelector<HTMLElement>('[data-print-timeline]')!;
  // The marks as an image over the lanes: a printed canvas is replayed as drawing commands, and
  // its clearing comes out as white paint over the lanes. The image's data address loads in the
  // microtasks after this script: in time for the browser's own print, which lays the page out
  // once the beforeprint listeners have run (classroom.test.ts); the Print button awaits it.
  const picture = figure.querySelector<HTMLElement>('[data-print-timeline-picture]')!;
  const drawing = document.createElement('canvas');
  view.drawWindowInto(picture.querySelector('svg')!, drawing, PRINT_WIDTH, PRINT_RATIO);
  const marks = picture.querySelector('img') ?? picture.appendChild(Object.assign(document.createElement('img'), { alt: '' }));
  const src = drawing.toDataURL('image/png');
  // The same picture again (the Print button's print() fires beforeprint) is left as it is, loaded.
  if (marks.src !== src) marks.src = src;
  // The days shown: a window to midnight ends on the day before it.
  const [from, to] = toDayWindow([view.window[0], view.window[1] - 1]);
  figure.hidden = false;
  figure.querySelector('figcaption')!.textContent = t('print.timeline', { from: formatIsoDate(from, language), to: formatIsoDate(to, language) });
  root.querySelectorAll<HTMLAnchorElement>('[data-event-list] a[data-source-link]').forEach((a) => {
    const { article = '', paragraph = '' } = a.closest<HTMLElement>('[data-article]')?.dataset ?? {};
    a.dataset['printRef'] = `${articles[article]?.title ?? article}, §${paragraph}`;
  });
  // The page loads the encoder once idle, so the browser's own print finds it there; the Print button also waits for it.
  const drawCode = (encode: typeof qrCodeSvg) => root.querySelector('[data-print-qr-code]')!.replaceChildren(encode(document, location.href, t('print.qr')));
  const encoder = qrCode.loaded();
  if (encoder) drawCode(encoder);
  await Promise.all([marks.decode().catch(() => undefined), encoder ? undefined : qrCode.load().then(drawCode, () => undefined)]);
}
