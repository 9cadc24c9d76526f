import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from './date-rule.ts';

/** Chrono refiners of ours: they run after every parser, over the results of one text. */

const hasDate = (r: ParsingResult) => (['day', 'month', 'year'] as const).some((c) => r.start.isCertain(c));
const isPlain = (r: ParsingResult) => !r.end && ![...r.tags()].some((t) => t.startsWith(TAG.previous));
const endOf = (r: ParsingResult) => r.index + r.text.length;

/** "từ 20/10 đến 25/10/2021", "từ tháng 3 đến tháng 5": two dates joined by "đến", "tới" or a dash are one range. */
export const mergeRanges: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const last = out[out.length - 1];
      if (last && joins(context, last, result)) {
        const merged = last.clone();
        merged.text = context.text.slice(last.index, endOf(result));
        merged.end = result.start.clone();
        out[out.length - 1] = merged;
      } else out.push(result);
    }
    return out;
  },
};

function joins(context: ParsingContext, a: ParsingResult, b: ParsingResult): boolean {
  if (!isPlain(a) || !isPlain(b) || !hasDate(a) || !hasDate(b)) return false;
  if (a.start.isCertain('day') !== b.start.isCertain('day')) return false;
  const gap = context.text.slice(endOf(a), b.index);
  return /^\s*(?:[-–—]|đến|tới)\s*$/iu.test(gap) || (/^\s+$/.test(gap) && /^(?:đến|tới)\s/iu.test(b.text));
}

/** "on Friday (Mar 10)", "thứ Sáu (9/6)": the weekday and the date in brackets after it are one date. */
export const mergeBracketedDate: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const last = out[out.length - 1];
      const gap = last ? context.text.slice(endOf(last), result.index) : '';
      const onlyWeekday = last && last.start.isCertain('weekday') && !hasDate(last);
      if (last && onlyWeekday && /^\s*\(\s*$/.test(gap) && hasDate(result) && !result.start.isCertain('weekday')) {
        const merged = result.clone();
        const close = /^\s*\)/.exec(context.text.slice(endOf(result)));
        merged.index = last.index;
        merged.text = context.text.slice(last.index, endOf(result) + (close ? close[0].length : 0));
        merged.start.assign('weekday', last.start.get('weekday')!);
        out[out.length - 1] = merged;
      } else out.push(result);
    }
    return out;
  },
};

// English words that make a year-less "3/4" a date rather than a fraction or "24/7".
const SLASH_CUE = /\b(?:on|by|from|until|till|to|through|since|dated|before|after|between)\s*$/i;

/**
 * A result glued to the word before it is part of that word: "COVID-19 on June 17" is no
 * "19 … June 2017". Run first, so that the date inside ("June 17") survives the overlap.
 */
export const dropGlued: Refiner = {
  refine(context, results) {
    return results.filter((r) => !/[\p{L}\p{N}][-–]?$/u.test(context.text.slice(Math.max(0, r.index - 2), r.index)));
  },
};

/**
 * chrono reads "June 17" as June 2017 when another reading does not win: in news a month and
 * two digits that could be a day are a day ("Aug 96" is still 1996), and "August 32, 2014" no date.
 */
export const monthAndTwoDigits: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      const two = r.start.tags().has('parser/ENMonthNameParser') ? /\b(\d{2})$/.exec(r.text) : null;
      return !two || (Number(two[1]) > 31 && !/^\s*,?\s*\d{4}/.test(context.text.slice(r.index + r.text.length)));
    });
  },
};

// "over the past 30 years", "in the next five years", "the coming weeks": spans, not dates.
const SPAN = /\b(?:next|past|last|previous|coming|following)\s+(?:[\w-]+\s+)?(?:days|weeks|months|years|decades)\b/i;

/** English results that are not calendar dates in news text: "now", spans of time, bare fractions. */
export const dropNonDates: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (/^(?:right\s+)?now$/i.test(r.text.trim()) || SPAN.test(r.text)) return false;
      const slash = r.tags().has('parser/SlashDateFormatParser') && !r.start.isCertain('year');
      return !slash || SLASH_CUE.test(context.text.slice(Math.max(0, r.index - 12), r.index));
    });
  },
};

/** Where results overlap, the longer one is the date written ("ngày 28/10/2021", not "10/2021"). */
/** "a year earlier" counts from the date before, not from today as chrono reads it: ours stands, chrono's overlapping reading goes. */
export const yearsFromBefore: Refiner = {
  refine(_context, results) {
    const ours = results.filter((r) => [...r.tags()].some((t) => t.startsWith(TAG.previousYears)));
    return results.filter((r) => ours.includes(r) || !ours.some((o) => r.index < endOf(o) && o.index < endOf(r)));
  },
};

export const keepLongest: Refiner = {
  refine(_context, results) {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const out: ParsingResult[] = [];
    for (const result of sorted) {
      const last = out[out.length - 1];
      if (last && result.index < endOf(last)) {
        // On a tie a date beats a year that only names an edition ("Năm 2022" opening a sentence).
        const nameOnly = last.tags().has(TAG.nameYear) && !result.tags().has(TAG.nameYear);
        if (result.text.length > last.text.length || (result.text.length === last.text.length && nameOnly)) out[out.length - 1] = result;
      } else out.push(result);
    }
    return out;
  },
};

/** In Vietnamese text an English month name alone ("May") is no date; with its year ("June 2020") it is. */
export const monthNameNeedsYear: Refiner = {
  refine(_context, results) {
    return results.filter((r) => !r.start.tags().has('parser/ENMonthNameParser') || r.start.isCertain('year'));
  },
};
