import type { ParsedArticle } from '../articles/parse-article-file.ts';
import { lineOfField } from '../articles/parse-article-file.ts';
import { HINTS, type ContentProblem } from '../errors.ts';
import { fromIsoDate, precisionOf } from '../dates/partial-date.ts';
import type { EventOverride } from '../schemas/article.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import { tidySpaces } from '../text/normalize-text.ts';
import { eventId, hasChosenId } from './event-id.ts';

/**
 * Applies the editor's `events:` corrections in an article's frontmatter to its extracted events.
 * Corrections win: they change, drop or add events. One that matches nothing, cites a paragraph
 * the article does not have, or gives an id another event of the article has is a problem,
 * never silently ignored or merged.
 */
export function applyOverrides(
  article: ParsedArticle,
  extracted: readonly TimelineEvent[],
  themeIds: readonly string[],
): { events: TimelineEvent[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  let events = [...extracted];
  // Which entry of `events:` gave each event its id, to name both sides of a clash.
  const idFrom = new Map<TimelineEvent, number>();
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
      const count = article.paragraphs.length;
      if (override.paragraph !== undefined && !article.paragraphs.some((p) => p.n === override.paragraph)) {
        problems.push({ ...at('paragraph'), message: `paragraph ${override.paragraph} does not exist: the article has ${count} paragraph(s)`, hint: HINTS.paragraphNumber(count) });
        return;
      }
      const added = addedEvent(article, override);
      if (override.id) idFrom.set(added, i);
      events.push(added);
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
    if (override.id) idFrom.set(events[index]!, i);
  });
  problems.push(...idClashes(article, events, idFrom));
  return { events, problems };
}

/**
 * An id an editor gave that another event of the same article also has would join two
 * different events silently: each such clash is a problem naming both.
 */
function idClashes(article: ParsedArticle, events: readonly TimelineEvent[], idFrom: ReadonlyMap<TimelineEvent, number>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const first = new Map<string, TimelineEvent>();
  for (const event of events) {
    const earlier = first.get(event.id);
    if (!earlier) {
      first.set(event.id, event);
      continue;
    }
    // Two ids that only their dates and titles made alike are two events: they get -2, -3 later.
    if (!hasChosenId(event) && !hasChosenId(earlier)) continue;
    const entry = idFrom.get(event) ?? idFrom.get(earlier);
    if (entry === undefined) continue;
    const other = entry === idFrom.get(event) ? earlier : event;
    const otherEntry = idFrom.get(other);
    const described = otherEntry !== undefined ? `events[${otherEntry}] ("${other.title}")` : `the event "${other.title}" read from paragraph ${other.sources[0]!.paragraph}`;
    problems.push({
      file: article.file,
      line: lineOfField(article.fieldLines, ['events', entry, 'id']),
      field: `events[${entry}].id`,
      message: `id "${event.id}" is also the id of ${described} in this article: the two would become one event`,
      hint: HINTS.sameIdInArticle,
    });
  }
  return problems;
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
