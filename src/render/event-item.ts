import { formatEventDate, type Language } from '../lib/dates/format-date.ts';
import type { ClientEvent, TimelineData } from '../lib/site/client-data.ts';
import type { EventTexts } from '../lib/site/event-texts.ts';
import type { Translate } from '../i18n/index.ts';
import type { ElementTree } from './element-tree.ts';

export interface EventItemContext {
  t: Translate;
  language: Language;
  themes: ReadonlyMap<string, TimelineData['themes'][number]>;
  /** Link to a passage: the article page's paragraph anchor, relative to the page. */
  passageHref: (article: string, paragraph: number) => string;
  /** On a page without the timeline, "show on the timeline" is a link there, not a button. */
  timelineHref?: (id: string) => string;
}

/** Why a date's unwritten parts are what they are, in words, or '' when the date was written in full. */
export function inferenceNote(event: Pick<ClientEvent, 'inference'>, t: Translate): string {
  const inference = event.inference;
  if (!inference) return '';
  switch (inference.from) {
    case 'published':
      return t(inference.upcoming ? 'events.inferredUpcoming' : 'events.inferredFromPublished', { published: inference.published });
    case 'article-years':
      return t('events.inferredFromArticle', { evidence: inference.evidence });
    case 'context-year':
      return t('events.inferredFromParagraph', { evidence: inference.evidence });
    case 'weekday':
      return t('events.inferredFromWeekday', { evidence: inference.evidence });
    case 'relative':
      return t('events.inferredRelative', { phrase: inference.phrase, published: inference.published });
    case 'previous-date':
      return t('events.inferredFromPrevious', { phrase: inference.phrase, evidence: inference.evidence });
    case 'date-order':
      return t(inference.order === 'dmy' ? 'events.inferredDayFirst' : 'events.inferredMonthFirst');
  }
}

const node = (tag: string, attrs: Record<string, string>, ...children: Array<ElementTree | string | false>): ElementTree => ({
  tag,
  attrs,
  children: children.filter((c): c is ElementTree | string => c !== false),
});

/**
 * One item of the event list, as data: the static list page renders it on the server, the home
 * page builds the items it shows in the browser. One description, so the two never drift.
 */
export function eventItemTree(event: ClientEvent, texts: EventTexts, ctx: EventItemContext): ElementTree {
  const { t } = ctx;
  const note = inferenceNote(event, t);
  const show = ctx.timelineHref
    ? node('a', { class: 'show-on-timeline', href: ctx.timelineHref(event.id) }, t('list.show'))
    : node('button', { type: 'button', class: 'show-on-timeline', 'data-show-event': '' }, t('list.show'));
  return node('li', { class: 'event-item', id: `event-${event.id}`, 'data-themes': event.themes.join(' ') },
    node('p', { class: 'event-date' },
      node('time', { datetime: event.start }, formatEventDate(event, ctx.language)),
      event.dateInferred && node('span', { class: 'inferred-mark', title: note }, `(${t('events.inferred')})`),
    ),
    node('h3', { class: 'event-title', lang: event.language }, event.title),
    node('p', { class: 'event-actions', ...(ctx.timelineHref ? {} : { 'data-requires-js': '' }) },
      show,
      !ctx.timelineHref && node('button', { type: 'button', class: 'star', 'data-star': '', 'aria-pressed': 'false', 'aria-label': t('lesson.star', { title: event.title }) }, '☆'),
    ),
    node('p', { class: 'event-summary', lang: event.language }, texts.summary),
    node('p', { class: 'event-themes' },
      node('span', { class: 'visually-hidden' }, `${t('events.themes')}: `),
      ...event.themes.flatMap((id) => {
        const theme = ctx.themes.get(id);
        return theme ? [themeBadge(theme, ctx.language)] : [];
      }),
    ),
    event.dateInferred && node('p', { class: 'event-inference' }, note),
    node('ul', { class: 'event-sources' },
      ...event.sources.map((source, i) => {
        const sentence = texts.sentences[i] ?? '';
        return node('li', { 'data-article': source.article, 'data-paragraph': String(source.paragraph) },
          node('a', { href: ctx.passageHref(source.article, source.paragraph), 'data-source-link': '' }, t('events.readPassage')),
          // A sentence the same as the summary is written once, as the summary.
          sentence !== texts.summary && node('span', { class: 'source-sentence', lang: event.language, 'data-sentence': String(i) }, sentence),
        );
      }),
    ),
  );
}

/** A theme's label with its symbol (the symbol is drawn once per page by ThemeSymbols). */
export function themeBadge(theme: Pick<TimelineData['themes'][number], 'id' | 'label'>, language: Language): ElementTree {
  return node('span', { class: 'theme-badge', 'data-theme': theme.id },
    node('svg', { class: 'theme-symbol', width: '14', height: '14', 'aria-hidden': 'true', focusable: 'false' },
      node('use', { href: `#theme-symbol-${theme.id}` })),
    theme.label[language]);
}
