import type { DateMention } from './find-dates.ts';
import { fromIsoDate, type PartialDate } from './partial-date.ts';

/** How a missing year was filled in, for the reader and the editor to check. */
export type YearInference =
  | { from: 'published'; year: number; published: string }
  | { from: 'article-years'; year: number; evidence: string };

/** A year the article itself writes, with the words that write it. */
export interface YearClue {
  year: number;
  text: string;
}

/** The years an article writes out, one clue per written date (a range counts by its first year). */
export function yearClues(mentions: readonly DateMention[]): YearClue[] {
  return mentions
    .filter((m) => m.start.year !== undefined)
    .map((m) => ({ year: m.start.year!, text: m.text }));
}

/**
 * Picks the year for a date written without one ("Chiều 28/10").
 * With a publication date: the latest year that does not put the date after publication
 * ("31/12" published 1 January 2022 is 31 December 2021).
 * Without one: the year the article writes most often (earliest on a tie), since a news
 * report's undated days fall in the year it is about. Undefined when there is nothing to go on.
 */
export function inferYear(
  date: PartialDate,
  context: { published?: string | undefined; clues: readonly YearClue[] },
): YearInference | undefined {
  const published = context.published ? fromIsoDate(context.published) : undefined;
  if (published) {
    const pubMonth = published.month ?? 12;
    const pubDay = published.day ?? 31;
    const month = date.month ?? 1;
    const day = date.day ?? 1;
    const afterPublication = month > pubMonth || (month === pubMonth && day > pubDay);
    return { from: 'published', year: afterPublication ? published.year - 1 : published.year, published: context.published! };
  }
  if (context.clues.length === 0) return undefined;
  const counts = new Map<number, YearClue[]>();
  for (const clue of context.clues) counts.set(clue.year, [...(counts.get(clue.year) ?? []), clue]);
  const [year, clues] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])[0]!;
  return { from: 'article-years', year, evidence: clues[0]!.text };
}
