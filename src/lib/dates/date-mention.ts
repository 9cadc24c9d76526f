import type { DateOrder } from './date-order.ts';
import type { PartialDate, Precision } from './partial-date.ts';

/** A calendar date whose year is known. */
export type FullDate = PartialDate & { year: number };

/** What a date hangs on when its words do not write it out. */
export type DateAnchor =
  /** "hôm qua", "last week", "thứ Sáu tới": counted from the reference (publication) day; the dates once one is given. */
  | { to: 'reference'; start?: FullDate; end?: FullDate }
  /** "hôm thứ Sáu", "on Friday", "Friday to Monday": weekdays alone; which week is the news policy's choice. */
  | { to: 'weekday'; endWeekday?: number }
  /** "cùng ngày", "a day later": so many days from the date mentioned before it. */
  | { to: 'previous'; days: number }
  /** "a year earlier", "the following year", "hai năm sau đó": so many years from the date mentioned before it. */
  | { to: 'previous-year'; years: number };

/** A date written in text: where it is, what it says, and the date(s) it names. */
export interface DateMention {
  /** The words as written, cue included: "Chiều 28/10", "giai đoạn 2021-2025". */
  text: string;
  /** Character offset of `text` in the searched string. */
  index: number;
  /** The parts the words write; a missing year (or all of it, for an anchored date) is the resolution step's to find. */
  start: PartialDate;
  /** Only for ranges ("2021-2025", "ngày 3-7/11/2019"). */
  end?: PartialDate;
  precision: Precision;
  /** The weekday the words name (0 = Sunday), beside a date or alone. */
  weekday?: number;
  anchor?: DateAnchor;
  /** What the sentence says of the date's time: still to come ("sẽ", "20/5 tới", "will") or past ("vừa qua"). */
  tense?: 'coming' | 'past';
  /** Numerals that read either way ("03/04/2021"), read in this order. */
  order?: DateOrder;
  /** A year naming an event's edition ("APEC 2017"): evidence of the article's years, never an event. */
  clue?: true;
}

/** A date-shaped phrase that names no real date ("31/2", "2025-2021"). */
export interface DateProblem {
  text: string;
  index: number;
  reason: string;
}

/** Counts the work done, so a test can tell linear from quadratic without a clock. */
export interface WorkMeter {
  steps: number;
}
