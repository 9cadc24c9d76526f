import type { FullDate, WorkMeter } from './date-mention.ts';
import type { PartialDate } from './partial-date.ts';

// A page's date may be a little later than the writing (an archive's stamp, a late update): a
// date "to come" up to a week before it is still this year's ("is expected to arrive on April 29").
const UPCOMING_SLACK_DAYS = 7;

/**
 * The year of a date written without one. News reports what has happened: with a publication
 * date, the latest such date not after it; with `upcoming`, the first one from it (give or
 * take the slack above).
 */
export function yearFromPublished(date: PartialDate, published: FullDate, upcoming = false): number {
  const month = date.month ?? 1;
  const day = date.day ?? 1;
  const pubMonth = published.month ?? 12;
  const pubDay = published.day ?? 31;
  if (upcoming) {
    // The date's last day (a month's whole span) against publication less the slack.
    const last = Date.UTC(published.year, month - 1, date.day ?? new Date(Date.UTC(published.year, month, 0)).getUTCDate());
    const from = Date.UTC(published.year, pubMonth - 1, published.day ?? 1) - UPCOMING_SLACK_DAYS * 86_400_000;
    return last < from ? published.year + 1 : published.year;
  }
  const after = month > pubMonth || (month === pubMonth && day > pubDay);
  return after ? published.year - 1 : published.year;
}

const weekdayOf = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();
const exists = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
// A day and month fall on each weekday within 11 years (6, leap years aside).
const WEEKDAY_SPAN = 11;

/**
 * The year in which day/month falls on `weekday` ("thứ Sáu 9/6"): with a publication date, the
 * one nearest it on either side (a weekday that disagrees with the usual year means the writer
 * meant another, and the nearest is likeliest); without, the one nearest `around`, earlier first on a tie.
 */
export function yearForWeekday(date: { month: number; day: number }, weekday: number, around: number, published?: FullDate, meter?: WorkMeter): number | undefined {
  const target = published ? Date.UTC(published.year, (published.month ?? 6) - 1, published.day ?? 15) : undefined;
  const centre = published?.year ?? around;
  let best: { year: number; distance: number } | undefined;
  for (let year = centre - WEEKDAY_SPAN; year <= centre + WEEKDAY_SPAN; year++) {
    if (meter) meter.steps++;
    if (!fallsOn(year, date, weekday)) continue;
    const distance = target === undefined ? Math.abs(year - around) : Math.abs(Date.UTC(year, date.month - 1, date.day) - target);
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best?.year;
}

/** True when day/month of `year` falls on `weekday`. */
export const fallsOn = (year: number, date: { month: number; day: number }, weekday: number): boolean =>
  exists(year, date.month, date.day) && weekdayOf(year, date.month, date.day) === weekday;

/** A year the article itself writes, with the words that write it. */
export interface YearClue {
  year: number;
  text: string;
}

/** The article's own year, when its written years decide one; else why not. */
export type ArticleYear = { year: number; evidence: string } | { reason: string };

/**
 * Without a publication date, the year a report is about is the one it writes most often.
 * One pass over the clues (an article's worth of dates costs as much again, not its square).
 * A tie decides nothing: better undated with the reason than a wrong year.
 */
export function articleYear(clues: readonly YearClue[], meter?: WorkMeter): ArticleYear {
  const counts = new Map<number, { n: number; text: string }>();
  for (const clue of clues) {
    if (meter) meter.steps++;
    const seen = counts.get(clue.year);
    if (seen) seen.n++;
    else counts.set(clue.year, { n: 1, text: clue.text });
  }
  if (counts.size === 0) return { reason: 'no year in the text and no `published` date to infer it from' };
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0] - b[0]);
  const [first, second] = ranked;
  if (second && second[1].n === first![1].n) {
    const tied = ranked.filter(([, c]) => c.n === first![1].n).map(([y]) => y);
    return { reason: `no year in the text and no \`published\` date; the article writes ${tied.join(', ')} equally often` };
  }
  return { year: first![0], evidence: first![1].text };
}
