import type { ArticleRecord } from '../schemas/article.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Theme } from '../schemas/theme.ts';
import { prepareTimeline, type PreparedTimeline } from '../timeline/prepared-timeline.ts';

/**
 * What the timeline needs before it is interactive: the events in date order without their
 * long texts (summaries and source sentences are in the texts file, which loads next: the
 * timeline is drawn without them), themes and article titles.
 */
export interface TimelineData {
  /** With their keywords: search finds an event by its themes' words. */
  themes: Array<Pick<Theme, 'id' | 'label' | 'colour' | 'shape'> & { keywords?: readonly string[] }>;
  events: Array<Omit<TimelineEvent, 'main' | 'edited' | 'sources' | 'summary'> & { sources: Array<{ article: string; paragraph: number }> }>;
  articles: Record<string, { title: string; source?: string | undefined; published?: string | undefined; language: 'vi' | 'en' }>;
  /** The events' spans and lane orders, worked out at build time (none if a span is not whole days). */
  prepared?: PreparedTimeline | undefined;
}

/** One event as the browser has it (not the DOM's Event). */
export type ClientEvent = TimelineData['events'][number];

export const DATA_GLOBAL = 'BIEN_NIEN_DATA';
export const TEXTS_GLOBAL = 'BIEN_NIEN_TEXTS';

export function toTimelineData(events: readonly TimelineEvent[], themes: readonly Theme[], articles: readonly ArticleRecord[]): TimelineData {
  return {
    themes: themes.map(({ id, label, colour, shape, keywords }) => ({ id, label, colour, shape, keywords })),
    events: events.map(({ main: _main, edited: _edited, summary: _summary, sources, ...event }) => ({
      ...event,
      sources: sources.map(({ article, paragraph }) => ({ article, paragraph })),
    })),
    articles: Object.fromEntries(articles.map((a) => [a.slug, { title: a.title, source: a.source, published: a.published, language: a.language }])),
    prepared: prepareTimeline(events),
  };
}

/**
 * A data file as a classic script that sets one global: unlike fetch() of JSON, a
 * <script src> also loads from file://, and as a separate file no article text can end a
 * <script> element early. The value is JSON in a string, parsed when the global is first read:
 * the browser reads a string literal off the main thread while the page loads, and JSON.parse
 * is several times faster than running the same object literal (818 KB at 1,000 events).
 */
export function asScript(global: string, value: unknown): string {
  // In single quotes: JSON has a backslash only in its own escapes, a quote only in text.
  const json = JSON.stringify(value).replace(/[\\']/g, '\\$&');
  return `(function(){var v,s='${json}';Object.defineProperty(window,'${global}',{configurable:true,enumerable:true,get:function(){return v===undefined?(v=JSON.parse(s)):v;}});})();\n`;
}
