import type { ParsedArticle } from '../articles/parse-article-file.ts';
import { lineOfField } from '../articles/parse-article-file.ts';
import { HINTS, type ContentProblem } from '../errors.ts';
import { fromIsoDate, precisionOf } from '../dates/partial-date.ts';
import type { EventOverride } from '../schemas/article.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import { tidySpaces } from '../text/normalize-text.ts';
import { eventId } from './event-id.ts';

/**
 * Applies the editor's `events:` corrections in an article's frontmatter to its extracted events.
 * Corrections win: they change, drop or add events. One that matches nothing is a problem,
 * never silently ignored.
 */
export function applyOverrides(
  article: ParsedArticle,
  extracted: readonly TimelineEvent[],
  themeIds: readonly string[],
): { events: TimelineEvent[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  let events = [...extracted];
  article.frontmatter.events.forEach((override, i) => {
    const at = (field?: string) => {
      const path = field ? ['events', i, field] : ['events', i];
      return { file: article.file, line: lineOfField(article.fieldLines, path), field: `events[${i}]${field ? `.${field}` : ''}` };
    };
    const unknownThemes = (override.themes ?? []).filter((t) => !themeIds.includes(t));
    if (unknownThemes.length) {
      problems.push({ ...at('themes'), message: `unknown theme "${unknownThemes.join('", "')}"`, hint: HINTS.unknownTheme(themeIds) });
      return;
    }
    const dateProblem = checkDates(override);
    if (dateProblem) {
      problems.push({ ...at(dateProblem.field), message: dateProblem.message, hint: HINTS.fieldValue });
      return;
    }
    if (override.match === undefined) {
      if (!override.title || override.start === undefined) {
        problems.push({ ...at(), message: 'an added event has no `title` or no `start`', hint: HINTS.overrideIncomplete });
        return;
      }
      events.push(addedEvent(article, override));
      return;
    }
    const wanted = tidySpaces(override.match).toLowerCase();
    const index = events.findIndex((e) => e.id === override.match || tidySpaces(e.dateText).toLowerCase() === wanted);
    if (index < 0) {
      problems.push({ ...at('match'), message: `no event of this article has the date text or id "${override.match}"`, hint: HINTS.overrideUnmatched });
      return;
    }
    if (override.drop) {
      events = events.filter((_, j) => j !== index);
      return;
    }
    events[index] = corrected(events[index]!, override);
  });
  return { events, problems };
}

function checkDates(override: EventOverride): { field: string; message: string } | undefined {
  for (const field of ['start', 'end'] as const) {
    const value = override[field];
    if (value !== undefined && !fromIsoDate(value)) return { field, message: `"${value}" is not a real date` };
  }
  if (override.start && override.end && override.end < override.start) return { field: 'end', message: `the range ends (${override.end}) before it starts (${override.start})` };
  return undefined;
}

function corrected(event: TimelineEvent, o: EventOverride): TimelineEvent {
  const next: TimelineEvent = { ...event, edited: true };
  if (o.title) next.title = o.title;
  if (o.summary !== undefined) next.summary = o.summary;
  if (o.themes) next.themes = o.themes;
  if (o.start !== undefined) {
    next.start = o.start;
    next.precision = o.precision ?? precisionOf(fromIsoDate(o.start)!);
    // The editor has written the date: nothing about it is inferred any more.
    next.dateInferred = false;
    delete next.inference;
  } else if (o.precision) next.precision = o.precision;
  if (o.end !== undefined) next.end = o.end;
  next.id = o.id ?? eventId(next);
  return next;
}

function addedEvent(article: ParsedArticle, o: EventOverride): TimelineEvent {
  const paragraph = article.paragraphs.find((p) => p.n === o.paragraph) ?? article.paragraphs[0];
  const event: TimelineEvent = {
    id: '',
    title: o.title!,
    summary: o.summary ?? '',
    start: o.start!,
    precision: o.precision ?? precisionOf(fromIsoDate(o.start!)!),
    dateText: o.start!,
    dateInferred: false,
    themes: o.themes ?? [],
    language: article.frontmatter.language,
    main: false,
    edited: true,
    sources: [{ article: article.slug, paragraph: paragraph?.n ?? 1, sentence: paragraph?.text ?? '' }],
  };
  if (o.end !== undefined) event.end = o.end;
  event.id = o.id ?? eventId(event);
  return event;
}
