import { fromIsoDate } from '../dates/partial-date.ts';
import type { ExportContext, ExportEvent } from './export-event.ts';
import { themeLabel } from './export-event.ts';

/** A TimelineJS date: its parts down to the precision of ours. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
  /** Ours, ignored by TimelineJS: every theme, so an import back loses nothing. */
  bien_nien?: { id: string; themes: string[]; precision: string };
}

export interface TimelineJsFile {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
  eras?: Array<{ start_date: TimelineJsDate; end_date: TimelineJsDate; text?: { headline: string; text?: string } }>;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toTimelineJsDate(iso: string, displayDate?: string): TimelineJsDate {
  const { year, month, day } = fromIsoDate(iso)!;
  const date: TimelineJsDate = { year };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  if (displayDate) date.display_date = displayDate;
  return date;
}

/**
 * timeline3.json in TimelineJS's format: dates to the precision we know, headline, text with
 * the source links, and the first theme as the group. TimelineJS renders `text` as HTML, so
 * every piece of article text is escaped into it.
 */
export function toTimelineJs(events: readonly ExportEvent[], context: ExportContext, title: { headline: string; text: string }): TimelineJsFile {
  return {
    title: { text: { headline: escapeHtml(title.headline), text: escapeHtml(title.text) } },
    events: events.map((e) => {
      const links = e.sources.map((s) => `<a href="${escapeHtml(context.passageUrl(s.article, s.paragraph))}">${escapeHtml(s.sentence)}</a>`);
      const event: TimelineJsEvent = {
        start_date: toTimelineJsDate(e.start, e.dateText),
        text: { headline: escapeHtml(e.title), text: `<p>${escapeHtml(e.summary)}</p><p>${links.join('<br>')}</p>` },
        group: themeLabel(context, e.themes[0]!),
        unique_id: e.id,
        bien_nien: { id: e.id, themes: [...e.themes], precision: e.precision },
      };
      if (e.end) event.end_date = toTimelineJsDate(e.end);
      return event;
    }),
  };
}
