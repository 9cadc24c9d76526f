import { decodeHTML } from 'entities';
import { impossibility, precisionOf, toIsoDate, type PartialDate, type Precision } from '../dates/partial-date.ts';
import type { Theme } from '../schemas/theme.ts';
import { fold } from '../text/fold.ts';
import { stripControls } from '../text/control-chars.ts';
import { normalizeText, tidySpaces } from '../text/normalize-text.ts';

/** A TimelineJS date as files write it: numbers or numeric strings. */
type RawDate = { year?: unknown; month?: unknown; day?: unknown } | undefined;

/** One curated event read from a TimelineJS file, ready to become an `events:` entry. */
export interface CuratedEvent {
  title: string;
  text: string;
  start: string;
  end?: string;
  precision: Precision;
  themes: string[];
  /** Kept from our own exports, so a round trip keeps ids. */
  id?: string;
}

export interface TimelineJsImport {
  title?: string;
  intro?: string;
  events: CuratedEvent[];
  /** What could not be imported, and why; nothing is skipped silently. */
  problems: string[];
  notes: string[];
}

/** TimelineJS text is HTML: keep the words, drop the markup, decode the entities (and no control characters, "\u0000" in JSON or "&#27;"). */
export function htmlToText(html: string): string {
  return tidySpaces(
    stripControls(
      decodeHTML(
        normalizeText(html)
          .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, ' ')
          .replace(/<[^>]*>/g, ''),
      ),
    ).text,
  );
}

const num = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : NaN;
};

/** A TimelineJS date as one of ours, or why it cannot be. */
export function readDate(raw: RawDate): { date: PartialDate & { year: number } } | { problem: string } {
  const year = num(raw?.year);
  if (year === undefined) return { problem: 'it has no year' };
  if (Number.isNaN(year)) return { problem: `year "${String(raw?.year)}" is not a whole number` };
  if (year <= 0) return { problem: `year ${year} is before the common era, which this timeline does not place (years 1–9999)` };
  const date: PartialDate & { year: number } = { year };
  const month = num(raw?.month);
  const day = num(raw?.day);
  if (month !== undefined) date.month = month;
  if (month !== undefined && day !== undefined) date.day = day;
  const reason = impossibility(date);
  return reason ? { problem: reason } : { date };
}

/** Group names to theme ids: an explicit mapping, then a theme's id or label, then its keywords. */
export function themeForGroup(group: string | undefined, themes: readonly Theme[], mapping: Readonly<Record<string, string>> = {}): string | undefined {
  if (!group) return undefined;
  if (mapping[group]) return mapping[group];
  const folded = fold(group).trim();
  const byName = themes.find((t) => t.id === folded || fold(t.label.vi) === folded || fold(t.label.en) === folded);
  if (byName) return byName.id;
  return themes.find((t) => t.keywords.some((k) => folded.includes(fold(k))))?.id;
}

interface Slide {
  start_date?: RawDate;
  end_date?: RawDate;
  text?: { headline?: unknown; text?: unknown };
  media?: { caption?: unknown };
  group?: unknown;
  bien_nien?: { id?: unknown; themes?: unknown };
}

/** Reads a TimelineJS JSON file (events, eras, title slide). */
export function fromTimelineJsJson(json: unknown, themes: readonly Theme[], mapping: Readonly<Record<string, string>> = {}): TimelineJsImport {
  const file = (json ?? {}) as { title?: Slide; events?: Slide[]; eras?: Slide[] };
  const result: TimelineJsImport = { events: [], problems: [], notes: [] };
  if (!Array.isArray(file.events)) {
    result.problems.push('no "events" list: this is not a TimelineJS file');
    return result;
  }
  if (file.title?.text) {
    result.title = htmlToText(String(file.title.text.headline ?? ''));
    result.intro = htmlToText(String(file.title.text.text ?? ''));
  }
  file.events.forEach((slide, i) => addSlide(slide, `events[${i}]`, result, themes, mapping));
  (file.eras ?? []).forEach((slide, i) => addSlide(slide, `eras[${i}]`, result, themes, mapping, true));
  return result;
}

/** Reads rows of TimelineJS's spreadsheet template (Year, Month, Day, … Headline, Text, Type, Group). */
export function fromTimelineJsRows(rows: ReadonlyArray<Record<string, string>>, themes: readonly Theme[], mapping: Readonly<Record<string, string>> = {}): TimelineJsImport {
  const result: TimelineJsImport = { events: [], problems: [], notes: [] };
  rows.forEach((row, i) => {
    const cell = (name: string) => (row[name] ?? '').trim();
    if (!cell('Year') && !cell('Headline') && !cell('Text')) {
      // An empty row says nothing; one with only media or a group is a slide that cannot be kept.
      const filled = Object.keys(row).filter((name) => cell(name));
      if (filled.length) result.problems.push(`row ${i + 2}: it has ${filled.join(', ')} but no Year, Headline or Text, so it cannot be placed`);
      return;
    }
    const type = cell('Type').toLowerCase();
    if (type === 'title') {
      result.title = htmlToText(cell('Headline'));
      result.intro = htmlToText(cell('Text'));
      return;
    }
    const slide: Slide = {
      start_date: { year: cell('Year'), month: cell('Month'), day: cell('Day') },
      text: { headline: cell('Headline'), text: cell('Text') },
      group: cell('Group'),
      media: { caption: cell('Media Caption') },
    };
    if (cell('End Year')) slide.end_date = { year: cell('End Year'), month: cell('End Month'), day: cell('End Day') };
    addSlide(slide, `row ${i + 2}`, result, themes, mapping, type === 'era');
  });
  return result;
}

/**
 * One slide becomes one event, always its own: slides alike in title and date stay apart (the
 * build never joins two events of one article). A slide that cannot be kept is a problem, named.
 */
function addSlide(slide: Slide, where: string, into: TimelineJsImport, themes: readonly Theme[], mapping: Readonly<Record<string, string>>, era = false): void {
  const title =
    htmlToText(String(slide.text?.headline ?? '')) ||
    htmlToText(String(slide.text?.text ?? '')).slice(0, 80) ||
    htmlToText(String(slide.media?.caption ?? '')).slice(0, 80);
  const label = `${where}${title ? ` "${title}"` : ''}`;
  const start = readDate(slide.start_date);
  if ('problem' in start) {
    into.problems.push(`${label}: the start date cannot be read: ${start.problem}`);
    return;
  }
  const event: CuratedEvent = {
    title: title || (era ? 'Era' : 'Untitled'),
    text: htmlToText(String(slide.text?.text ?? '')),
    start: toIsoDate(start.date),
    precision: precisionOf(start.date),
    themes: [],
  };
  if (slide.end_date) {
    const end = readDate(slide.end_date);
    if ('problem' in end) {
      into.problems.push(`${label}: the end date cannot be read: ${end.problem}`);
      return;
    }
    const endIso = toIsoDate(end.date);
    if (endIso < event.start) {
      into.problems.push(`${label}: it ends (${endIso}) before it starts (${event.start})`);
      return;
    }
    if (endIso !== event.start) event.end = endIso;
  }
  const ours = slide.bien_nien;
  const known = Array.isArray(ours?.themes) ? (ours!.themes as unknown[]).filter((t): t is string => typeof t === 'string' && themes.some((th) => th.id === t)) : [];
  if (known.length) event.themes = known;
  else {
    const group = typeof slide.group === 'string' ? slide.group : undefined;
    const theme = themeForGroup(group, themes, mapping);
    if (theme) event.themes = [theme];
    else if (group) into.notes.push(`${label}: group "${group}" matches no theme; it gets the default theme (map it with --map "${group}=<theme>")`);
  }
  if (typeof ours?.id === 'string' && /^[a-z0-9-]+$/.test(ours.id)) {
    // One id names one event: a second slide with it would be joined to the first.
    if (into.events.some((e) => e.id === ours.id)) into.notes.push(`${label}: id "${ours.id}" is already another slide's; this slide gets its own`);
    else event.id = ours.id;
  }
  into.events.push(event);
}
