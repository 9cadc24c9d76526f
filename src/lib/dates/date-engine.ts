import { Chrono, en, type ParsedComponents, type ParsedResult, type Parser } from 'chrono-node';
import type { DateMention, FullDate } from './date-mention.ts';
import type { DateOrder } from './date-order.ts';
import { TAG } from './date-rule.ts';
import type { PartialDate, Precision } from './partial-date.ts';
import { dropGlued, dropNonDates, keepLongest, yearsFromBefore, mergeBracketedDate, mergeRanges, monthAndTwoDigits, monthNameNeedsYear } from './refiners.ts';
import { EN_PREVIOUS_DATE_PARSERS, VI_RELATIVE_PARSERS } from './relative-parsers.ts';
import { VI_PARSERS } from './vi-parsers.ts';
import { YEAR_PARSERS } from './year-parsers.ts';

/**
 * One date engine for both languages: chrono with its English parsers, or with ours for
 * Vietnamese, and the same custom parsers and refiners for years, ranges and dates that
 * count from another. Its results become mentions that say which parts the words write;
 * the resolution step (resolve-dates.ts) decides the rest, the same way for both languages.
 */

export type EngineLanguage = 'vi' | 'en';

// Chrono's English month-name parsers, which the Vietnamese engine runs too: pasted Vietnamese
// pages carry English bylines ("June 18, 2020"). Its weekday and casual parsers would read
// "Sun" in "Sun Group" as a Sunday, so they stay out.
const ENGLISH_MONTH_NAME_PARSERS = new Set(['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthDayParser', 'ENMonthNameParser']);

const engines = new Map<string, Chrono>();

function engine(language: EngineLanguage, order: DateOrder): Chrono {
  const key = `${language}/${order}`;
  let chrono = engines.get(key);
  if (chrono) return chrono;
  if (language === 'en') {
    // Day first changes only how numerals read: chrono's GB mode would also take "June 17" for June 2017.
    const config = en.configuration.createCasualConfiguration(false);
    if (order === 'dmy') config.parsers = config.parsers.map((p) => (p.constructor.name === 'SlashDateFormatParser' ? dayFirstSlashParser() : p));
    config.parsers.push(...YEAR_PARSERS, ...EN_PREVIOUS_DATE_PARSERS);
    config.refiners.unshift(yearsFromBefore, dropGlued, monthAndTwoDigits);
    config.refiners.push(mergeBracketedDate, dropNonDates, keepLongest);
    chrono = new Chrono(config);
  } else {
    chrono = new Chrono({
      parsers: [...VI_PARSERS, ...VI_RELATIVE_PARSERS, ...YEAR_PARSERS, ...englishMonthNameParsers()],
      refiners: [dropGlued, monthAndTwoDigits, monthNameNeedsYear, keepLongest, mergeRanges, mergeBracketedDate, keepLongest],
    });
  }
  engines.set(key, chrono);
  return chrono;
}

/** Picked by class name, which chrono does not export; a missing one fails loudly (see date-engine.test.ts). */
export function englishMonthNameParsers(): Parser[] {
  const parsers = en.configuration.createCasualConfiguration(false).parsers.filter((p) => ENGLISH_MONTH_NAME_PARSERS.has(p.constructor.name));
  if (parsers.length !== ENGLISH_MONTH_NAME_PARSERS.size) throw new Error(`chrono-node no longer has ${[...ENGLISH_MONTH_NAME_PARSERS].join(', ')}`);
  return parsers;
}

function dayFirstSlashParser(): Parser {
  const parser = en.configuration.createCasualConfiguration(true).parsers.find((p) => p.constructor.name === 'SlashDateFormatParser');
  if (!parser) throw new Error('chrono-node no longer has SlashDateFormatParser');
  return parser;
}

// A fixed reference when the publication day is unknown: dates counted from it are not kept.
const NO_REFERENCE = new Date(2000, 6, 1, 12);
// A second reading this far later tells the words that hang on the reference from those that do not.
const SHIFT_MS = 400 * 86_400_000;
const MODIFIED_WEEKDAY = /\b(?:last|past|next|this|coming|previous|following)\b/i;

/**
 * The dates chrono finds in `text`, as mentions. `reference` is the publication day at local
 * noon (chrono reads dates in the machine's zone; noon keeps the day whatever the zone).
 * `cost` receives the work done, for the meter.
 */
export function chronoMentions(text: string, options: { language: EngineLanguage; order: DateOrder; reference?: Date | undefined }, cost?: (work: number) => void): DateMention[] {
  const chrono = engine(options.language, options.order);
  const reference = options.reference ?? NO_REFERENCE;
  const results = chrono.parse(text, reference);
  cost?.(text.length * (1 + results.length));
  if (results.length === 0) return [];
  const again = chrono.parse(text, new Date(reference.getTime() + SHIFT_MS));
  cost?.(text.length * (1 + again.length));
  const later = new Map(again.map((r) => [`${r.index}/${r.text}`, r]));
  const mentions: DateMention[] = [];
  for (const result of results) {
    const mention = toMention(result, later.get(`${result.index}/${result.text}`), options);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

const PARTS = ['year', 'month', 'day'] as const;

// Chrono keeps an English "on" with some dates ("on 17 June 2020"); the date words are what follows.
const LEADING_ON = /^on\s+/i;
const TRAILING_MARK = /(?<=\p{L})\s*[,，)）]+$/u;

function toMention(result: ParsedResult, later: ParsedResult | undefined, options: { order: DateOrder; reference?: Date | undefined }): DateMention | undefined {
  const on = LEADING_ON.exec(result.text)?.[0].length ?? 0;
  // ... and a comma or a closing bracket after some ("Tuesday,", "July,"): not the date's words either.
  const base = { text: result.text.slice(on).replace(TRAILING_MARK, ''), index: result.index + on };
  const previous = [...result.tags()].find((t) => t.startsWith(TAG.previous));
  if (previous) return { ...base, start: {}, precision: 'day', anchor: { to: 'previous', days: Number(previous.slice(TAG.previous.length)) } };
  const years = [...result.tags()].find((t) => t.startsWith(TAG.previousYears));
  if (years) return { ...base, start: {}, precision: 'year', anchor: { to: 'previous-year', years: Number(years.slice(TAG.previousYears.length)) } };
  const { start, end } = result;
  const weekday = start.isCertain('weekday') ? start.get('weekday') ?? undefined : undefined;
  const withWeekday = <T extends object>(m: T) => (weekday === undefined ? m : { ...m, weekday });
  if (!PARTS.some((c) => start.isCertain(c))) {
    if (weekday === undefined) return undefined; // a clock time alone
    if (!MODIFIED_WEEKDAY.test(result.text)) {
      const endWeekday = end?.isCertain('weekday') && !PARTS.some((c) => end.isCertain(c)) ? end.get('weekday') ?? undefined : undefined;
      return { ...base, start: {}, precision: 'day', weekday, anchor: endWeekday === undefined ? { to: 'weekday' } : { to: 'weekday', endWeekday } };
    }
    return { ...base, start: {}, precision: 'day', weekday, anchor: referenceAnchor(start, undefined, 'day', options) };
  }
  const precision: Precision = start.isCertain('day') ? 'day' : start.isCertain('month') ? 'month' : 'year';
  if (movesWithReference(start, later?.start) || (end && movesWithReference(end, later?.end))) {
    return withWeekday({ ...base, start: {}, precision, anchor: referenceAnchor(start, end, precision, options) });
  }
  const mention: DateMention = withWeekday({ ...base, start: written(start), precision });
  const endParts = end && !isSpanOfHours(start, end) ? written(end) : undefined;
  if (endParts && Object.keys(endParts).length > 0 && !sameParts(endParts, mention.start)) mention.end = endParts;
  if (isAmbiguousNumeral(result, mention.start)) mention.order = options.order;
  if (result.tags().has(TAG.nameYear)) mention.clue = true;
  return mention;
}

/** A part the words write reads the same from any reference; one that changes was counted from it. */
function movesWithReference(now: ParsedComponents, later: ParsedComponents | undefined): boolean {
  if (!later) return false;
  return PARTS.some((c) => now.isCertain(c) && now.get(c) !== later.get(c));
}

function referenceAnchor(start: ParsedComponents, end: ParsedComponents | undefined, precision: Precision, options: { reference?: Date | undefined }) {
  if (!options.reference) return { to: 'reference' as const };
  const anchor: { to: 'reference'; start?: FullDate; end?: FullDate } = { to: 'reference', start: cut(start, precision) };
  if (end) anchor.end = cut(end, precision);
  return anchor;
}

function cut(c: ParsedComponents, precision: Precision): FullDate {
  const date: FullDate = { year: c.get('year')! };
  if (precision !== 'year') date.month = c.get('month')!;
  if (precision === 'day') date.day = c.get('day')!;
  return date;
}

function written(c: ParsedComponents): PartialDate {
  const parts: PartialDate = {};
  for (const part of PARTS) if (c.isCertain(part)) parts[part] = c.get(part)!;
  return parts;
}

/** "10:00 pm - 1:00 am": an end with no date of its own, or only the next day that its hour carries it into. */
function isSpanOfHours(start: ParsedComponents, end: ParsedComponents): boolean {
  if (!PARTS.some((c) => end.isCertain(c))) return true;
  if (!start.isCertain('hour') || !end.isCertain('hour')) return false;
  const next = new Date(Date.UTC(start.get('year')!, start.get('month')! - 1, start.get('day')! + 1));
  return end.get('hour')! < start.get('hour')! && end.get('day') === next.getUTCDate() && end.get('month') === next.getUTCMonth() + 1;
}

const sameParts = (a: PartialDate, b: PartialDate) => a.year === b.year && a.month === b.month && a.day === b.day;

/** "03/04/2021" reads as 3 April or 4 March; "25/05/2015" and "2012/8/10" only one way. */
function isAmbiguousNumeral(result: ParsedResult, start: PartialDate): boolean {
  return result.tags().has('parser/SlashDateFormatParser') && start.day !== undefined && start.month !== undefined && start.day <= 12 && start.day !== start.month;
}
