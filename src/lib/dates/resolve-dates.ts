import type { YearInferenceData as DateInference } from '../schemas/event.ts';
import type { DateMention, FullDate, WorkMeter } from './date-mention.ts';
import type { DateOrderChoice } from './date-order.ts';
import { articleYear, fallsOn, yearForWeekday, yearFromPublished, type ArticleYear, type YearClue } from './infer-year.ts';
import { fromIsoDate, impossibility, type PartialDate } from './partial-date.ts';
import { speaksOfFuture } from './tense-cues.ts';

/**
 * The resolution step, the same for both languages: each mention of an article, in reading
 * order, becomes a placed date (with the reason for any part not written) or stays unplaced
 * with the reason. It walks the article once, keeping only what later dates may need: the
 * paragraph's year, the last day placed, and the article's own year (worked out once).
 */

/** A mention as it stands in an article. */
export interface ArticleMention extends DateMention {
  paragraph: number;
  sentence: string;
  /** Offset of the mention in `sentence`. */
  offset: number;
}

export interface PlacedDate {
  start: FullDate;
  end?: FullDate;
  inference?: DateInference;
}

/** A date placed, one left unplaced (and why), or a year that is only evidence ("APEC 2017"). */
export type Resolution = { placed: PlacedDate } | { unplaced: string; impossible: boolean } | { clue: true };

export interface ResolveContext {
  /** The article's `published` (YYYY-MM-DD, or YYYY-MM). */
  published?: string | undefined;
  /** How the article's numerals were read, for dates whose numerals read either way. */
  order?: DateOrderChoice | undefined;
}

// A phrase opening its sentence ("Ngay từ đầu năm 2019, …") frames the paragraph that follows.
const FRAME_OFFSET = 24;
const ANNIVERSARY = /\(|kỷ\s+niệm|anniversary|năm\s+thành\s+lập|years\s+of/iu;
const PLAN = /giai\s+đoạn|kế\s+hoạch|chương\s+trình|chiến\s+lược|nhiệm\s+kỳ|period|plan|programme|program|strategy|term/iu;

export function resolveDates(mentions: readonly ArticleMention[], context: ResolveContext, meter?: WorkMeter): Resolution[] {
  const published = context.published ? fromIsoDate(context.published) : undefined;
  const publishedDay = published?.day !== undefined ? published : undefined;
  let ownYear: ArticleYear | undefined;
  const articleYearOnce = () => (ownYear ??= articleYear(yearClues(mentions, meter), meter));
  let paragraph = -1;
  // The paragraph's framing year (written where a sentence opens), and the last year written in the current sentence.
  let frame: { year: number; text: string } | undefined;
  let sentenceYear: { year: number; text: string; sentence: string } | undefined;
  let previous: { date: FullDate; text: string } | undefined;
  // Any date placed before, for years counted from it ("In 2019 … a year earlier").
  let previousYear: { year: number; text: string } | undefined;
  const out: Resolution[] = [];

  for (const m of mentions) {
    if (meter) meter.steps++;
    if (m.paragraph !== paragraph) [paragraph, frame, sentenceYear] = [m.paragraph, undefined, undefined];
    const resolution: Resolution = m.clue ? { clue: true } : resolveOne(m);
    out.push(resolution);
    if ('placed' in resolution && resolution.placed.start.day !== undefined && !resolution.placed.end) previous = { date: resolution.placed.start, text: m.text };
    if ('placed' in resolution) previousYear = { year: resolution.placed.start.year, text: m.text };
    const year = m.start.year;
    if (year !== undefined && !m.end && !m.anchor && !m.clue && m.tense !== 'coming' && (!published || year <= published.year)) {
      sentenceYear = { year, text: m.text, sentence: m.sentence };
      if (m.offset <= FRAME_OFFSET) frame = { year, text: m.text };
    }
  }
  return out;

  function resolveOne(m: ArticleMention): Resolution {
    const anchor = m.anchor;
    if (anchor?.to === 'previous') {
      if (!previous) return { unplaced: 'it counts from the date mentioned before it, and none comes before', impossible: false };
      return { placed: { start: addDays(previous.date, anchor.days), inference: { from: 'previous-date', phrase: m.text, evidence: previous.text } } };
    }
    if (anchor?.to === 'previous-year') {
      if (!previousYear) return { unplaced: 'it counts years from the date mentioned before it, and none comes before', impossible: false };
      return { placed: { start: { year: previousYear.year + anchor.years }, inference: { from: 'previous-date', phrase: m.text, evidence: previousYear.text } } };
    }
    if (anchor) {
      if (!publishedDay) {
        const why = published ? '`published` gives only the month' : 'the article has no `published` date';
        return { unplaced: `"${m.text}" is counted from the day of publication, and ${why}`, impossible: false };
      }
      const inference: DateInference = { from: 'relative', phrase: m.text, published: context.published! };
      if (anchor.to === 'weekday') {
        const start = weekdayNear(publishedDay, m.weekday!, m.tense === 'coming');
        // "Friday to Monday": the end is the first such weekday after the start.
        if (anchor.endWeekday === undefined) return { placed: { start, inference } };
        return { placed: { start, end: addDays(start, (anchor.endWeekday - m.weekday! + 7) % 7 || 7), inference } };
      }
      const placed: PlacedDate = { start: anchor.start!, inference };
      if (anchor.end) placed.end = anchor.end;
      return { placed };
    }
    return resolveWritten(m);
  }

  function resolveWritten(m: ArticleMention): Resolution {
    let start = m.start;
    let end = m.end;
    let inference: DateInference | undefined;
    if (start.year === undefined && end?.year !== undefined) {
      // "từ 20/10 đến 25/10/2021", "August 10 - November 12, 2013": the year written once serves both.
      start = { ...start, year: before(start, end) ? end.year : end.year - 1 };
    } else if (start.year === undefined) {
      const year = yearOf(m, start);
      if ('reason' in year) return { unplaced: year.reason, impossible: false };
      [start, inference] = [{ ...start, year: year.year }, year.inference];
    }
    if (end && end.year === undefined) end = { ...end, month: end.month ?? start.month, year: before(start, end) ? start.year! : start.year! + 1 };
    for (const date of [start, end]) {
      const reason = date && impossibility(date);
      if (reason) return { unplaced: inference ? `${reason} (year ${start.year} inferred)` : reason, impossible: true };
    }
    if (m.order && context.order) {
      inference = inference ? { ...inference, order: m.order } as DateInference : { from: 'date-order', order: m.order, basis: context.order.from };
    }
    const placed: PlacedDate = { start: start as FullDate };
    if (end) placed.end = end as FullDate;
    if (inference) placed.inference = inference;
    return { placed };
  }

  function yearOf(m: ArticleMention, date: PartialDate): { year: number; inference: DateInference } | { reason: string } {
    const upcoming = m.tense === 'coming';
    let choice: { year: number; inference: DateInference } | { reason: string };
    const governing = sentenceYear?.sentence === m.sentence ? sentenceYear : frame;
    if (published && upcoming) {
      const year = yearFromPublished(date, published, true);
      choice = { year, inference: { from: 'published', year, published: context.published!, upcoming: true } };
    } else if (governing) {
      choice = { year: governing.year, inference: { from: 'context-year', year: governing.year, evidence: governing.text } };
    } else if (published) {
      const year = yearFromPublished(date, published);
      choice = { year, inference: { from: 'published', year, published: context.published! } };
    } else {
      const own = articleYearOnce();
      if ('reason' in own) return own;
      choice = { year: own.year, inference: { from: 'article-years', year: own.year, evidence: own.evidence } };
    }
    // A weekday written with the date decides between years: "hôm thứ Sáu 9/6" is a 9 June that fell on a Friday.
    if ('year' in choice && m.weekday !== undefined && date.month !== undefined && date.day !== undefined) {
      const dayMonth = { month: date.month, day: date.day };
      if (!fallsOn(choice.year, dayMonth, m.weekday)) {
        const year = yearForWeekday(dayMonth, m.weekday, choice.year, published, meter);
        if (year !== undefined) {
          const inference: DateInference = { from: 'weekday', year, evidence: m.text };
          if (context.published) inference.published = context.published;
          return { year, inference };
        }
      }
    }
    return choice;
  }
}

/** The clues to the article's own year, for articles without a publication date. */
function yearClues(mentions: readonly ArticleMention[], meter?: WorkMeter): YearClue[] {
  const clues: YearClue[] = [];
  for (const m of mentions) {
    if (meter) meter.steps++;
    if (m.start.year === undefined || m.anchor) continue;
    // A year alone that the sentence looks forward to ("năm 2022 là Năm …, sẽ phối hợp") is a plan, not the report's present.
    if (m.precision === 'year' && !m.clue && speaksOfFuture(m.sentence)) continue;
    if (!m.end) clues.push({ year: m.start.year, text: m.text });
    // An anniversary span "(1977-2017)" is dated by its end, a plan period "giai đoạn 2021-2025" by its start.
    else if (ANNIVERSARY.test(m.sentence.slice(Math.max(0, m.offset - 40), m.offset + m.text.length))) clues.push({ year: m.end.year ?? m.start.year, text: m.text });
    else if (PLAN.test(m.sentence.slice(Math.max(0, m.offset - 40), m.offset + m.text.length))) clues.push({ year: m.start.year, text: m.text });
    // A span of days or months ("từ ngày 3 – 6/8/2013") is as much the article's year as a single day.
    else if (m.precision !== 'year') clues.push({ year: m.start.year, text: m.text });
  }
  return clues;
}

const before = (a: PartialDate, b: PartialDate) => (a.month ?? 1) < (b.month ?? 1) || ((a.month ?? 1) === (b.month ?? 1) && (a.day ?? 1) <= (b.day ?? 1));

function addDays(date: FullDate, days: number): FullDate {
  const d = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A weekday alone: the latest such day not after publication, or for a day to come the first from it. */
function weekdayNear(published: FullDate, weekday: number, upcoming: boolean): FullDate {
  const day = new Date(Date.UTC(published.year, published.month! - 1, published.day!)).getUTCDay();
  return addDays(published, upcoming ? (weekday - day + 7) % 7 : -((day - weekday + 7) % 7));
}
