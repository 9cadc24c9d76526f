import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

/** The parts of a date that words write; what they leave out stays unknown to chrono (implied). */
export interface WrittenParts {
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
  weekday?: number | undefined;
}

export const DAY = '(\\d{1,2})';
export const YEAR = '(\\d{4})';
/** Not followed by more of a word, number or date ("28/10" in "28/10/2021", "9.15am"). */
export const END = '(?![\\p{L}\\p{N}]|[/.\\-]\\d)';

// A letter, digit or date punctuation just before a match means it sits inside a longer
// word or number ("1.000", "0912.34.56.78", "12/10/2021" read from its second digit).
const INSIDE = /[\p{L}\p{N}/.\-−–]$/u;

/** Tags our parsers put on results, read back when results become mentions. */
export const TAG = Object.freeze({
  /** "cùng ngày", "một ngày trước đó": `${TAG.previous}${days}` counts from the date mentioned before. */
  previous: 'bien-nien/previous:',
  /** "a year earlier", "hai năm sau đó": `${TAG.previousYears}${years}` counts years from the date mentioned before. */
  previousYears: 'bien-nien/previous-years:',
  /** "APEC 2017", "(EEF) 2021": a year that names an event's edition, evidence of the article's years only. */
  nameYear: 'bien-nien/name-year',
});

/**
 * A chrono parser from a pattern (not global: chrono runs it again from each result's end)
 * and a reader. Chrono hands the pattern only the text after the last result, so a lookbehind
 * cannot see what precedes; the boundary is checked here against the whole text instead.
 */
export function rule(pattern: RegExp, read: (match: RegExpMatchArray, context: ParsingContext) => ParsingResult | null): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const index = match.index ?? 0;
      if (INSIDE.test(context.text.slice(Math.max(0, index - 1), index))) return null;
      return read(match, context);
    },
  };
}

const defined = (parts: WrittenParts) =>
  Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)) as Record<string, number>;

/** A result whose written parts are known to chrono (the rest it implies from the reference); `end` for a range. */
export function writtenResult(context: ParsingContext, match: RegExpMatchArray, start: WrittenParts, end?: WrittenParts): ParsingResult {
  return context.createParsingResult(match.index ?? 0, match[0], defined(start), end ? defined(end) : undefined);
}

/** Text just before a match, for guards that look back ("3 tháng", "mỗi tháng"). */
export const before = (context: ParsingContext, match: RegExpMatchArray, length = 24): string =>
  context.text.slice(Math.max(0, (match.index ?? 0) - length), match.index ?? 0);

export const num = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));
