import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write dates as YYYY, YYYY-MM or YYYY-MM-DD');
export const precisionSchema = z.enum(['day', 'month', 'year']);

/** Where an event was read: the article, the paragraph and the exact sentence. */
export const sourceSchema = z.object({
  /** Slug of the article. */
  article: z.string(),
  /** 1-based paragraph number: the passage is /articles/<slug>/#p-<paragraph>. */
  paragraph: z.number().int().positive(),
  /** The sentence as written in the article. */
  sentence: z.string(),
  /** Character offsets of the date words in the paragraph, [start, end): the article page marks `sentence` where it holds them. Absent for editor-added events. */
  dateOffsets: z.tuple([z.number().int(), z.number().int()]).optional(),
});

export const dateOrderSchema = z.enum(['dmy', 'mdy']);
/** Set when the date's numerals read either way ("03/04/2021"): the order they were read in. */
const order = { order: dateOrderSchema.optional() };

/** How the parts of an event's date that the words do not write were worked out, and from what. */
export const inferenceSchema = z.discriminatedUnion('from', [
  /** The latest such date not after publication; with `upcoming`, the first from it (the text says it is to come). */
  z.object({ from: z.literal('published'), year: z.number().int(), published: z.string(), upcoming: z.boolean().optional(), ...order }),
  /** No publication date: the year the article's own dates write most often. */
  z.object({ from: z.literal('article-years'), year: z.number().int(), evidence: z.string(), ...order }),
  /** A year written earlier in the same paragraph or sentence ("Ngay từ đầu năm 2019, … ngày 20/5"). */
  z.object({ from: z.literal('context-year'), year: z.number().int(), evidence: z.string(), ...order }),
  /** The year, nearest the one otherwise chosen, in which the written weekday falls on the date ("thứ Sáu 9/6"). */
  z.object({ from: z.literal('weekday'), year: z.number().int(), evidence: z.string(), published: z.string().optional(), ...order }),
  /** The whole date counted from the publication day: "hôm qua", "last week", a weekday alone. */
  z.object({ from: z.literal('relative'), phrase: z.string(), published: z.string() }),
  /** So many days from the date mentioned before it: "cùng ngày", "the following day". */
  z.object({ from: z.literal('previous-date'), phrase: z.string(), evidence: z.string() }),
  /** Written in full, in numerals that read either way: read as the article's `dateOrder`, its outlet, or by default. */
  z.object({ from: z.literal('date-order'), order: dateOrderSchema, basis: z.enum(['frontmatter', 'outlet', 'language', 'default']) }),
]);

/** A dated happening on the timeline. */
export const eventSchema = z.object({
  /** Stable across builds: derived from the date and title, not from order. */
  id: z.string(),
  title: z.string().min(1),
  summary: z.string(),
  /** ISO date cut to its precision: "2021", "2021-10", "2021-10-28". */
  start: isoDate,
  /** Last date of a range, same form as `start`. */
  end: isoDate.optional(),
  precision: precisionSchema,
  /** The date words as written: "Chiều 28/10", "giai đoạn 2021-2025". */
  dateText: z.string(),
  /** True when some part of the date was not written and was worked out (`inference` says how). */
  dateInferred: z.boolean(),
  inference: inferenceSchema.optional(),
  /** Theme ids, most relevant first; never empty. */
  themes: z.array(z.string()).min(1),
  /** Language of the title and summary. */
  language: z.enum(['vi', 'en']),
  /** True for the news event an article is about, false for other happenings it reports. */
  main: z.boolean(),
  /** True when an editor's override in the article's frontmatter changed or added this event. */
  edited: z.boolean(),
  sources: z.array(sourceSchema).min(1),
});

export type EventSource = z.output<typeof sourceSchema>;
export type YearInferenceData = z.output<typeof inferenceSchema>;
export type TimelineEvent = z.output<typeof eventSchema>;
