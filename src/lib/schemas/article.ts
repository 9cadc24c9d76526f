import { z } from 'zod';
import { fromIsoDate } from '../dates/partial-date.ts';
import { dateOrderSchema, precisionSchema } from './event.ts';

// A publication date: the day, or the month when the page only gives that ("date 2019-08").
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write the date as YYYY-MM-DD (or YYYY-MM when only the month is known)')
  .refine((iso) => fromIsoDate(iso) !== undefined, 'not a calendar date (a month has 1–12, a day at most the days of its month)')
  .or(z.date().transform((d) => d.toISOString().slice(0, 10)));
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write dates as YYYY, YYYY-MM or YYYY-MM-DD')
  .or(z.date().transform((d) => d.toISOString().slice(0, 10)))
  .or(z.number().int().transform(String));

/**
 * An editor's correction to the extracted events, in the article's frontmatter.
 * With `match`, it changes (or with `drop`, removes) the event whose date text or id matches;
 * without `match`, it adds an event. Corrections always win over extraction.
 */
export const eventOverrideSchema = z
  .object({
    /** The date words as written in the article ("Chiều 28/10"), or the event's id. */
    match: z.string().optional(),
    /** Remove the matched event from the timeline. */
    drop: z.boolean().default(false),
    /** Give the event this id, e.g. to join it with the same happening in another article. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and "-"').optional(),
    title: z.string().min(1).optional(),
    summary: z.string().optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    precision: precisionSchema.optional(),
    themes: z.array(z.string()).min(1).optional(),
    /** For an added event: the paragraph it comes from (1-based). */
    paragraph: z.number().int().positive().optional(),
  })
  .strict();

/** The frontmatter of content/articles/<slug>.md. */
export const articleFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    /** The outlet, e.g. "Báo Quốc tế". */
    source: z.string().optional(),
    /** The original address, when known; the only external link the site shows. */
    url: z
      .url()
      .refine((u) => /^https?:\/\//i.test(u), 'only http:// and https:// addresses are allowed')
      .optional(),
    /** Publication day (or month); year-less dates in the text are placed by it. */
    published: isoDay.optional(),
    /** Language of the article's own text. */
    language: z.enum(['vi', 'en']).default('vi'),
    /**
     * How the article's English numerals are read: "dmy" (03/04/2021 is 3 April) or "mdy" (4 March).
     * Unset: the outlet's habit where known, else "mdy". Vietnamese is always day first.
     */
    dateOrder: dateOrderSchema.optional(),
    author: z.string().optional(),
    /** Photo captions, kept out of the body. */
    captions: z.array(z.string()).default([]),
    /** Headlines of related articles the page listed: shown as text, never events. */
    related: z.array(z.string()).default([]),
    /** False for curated timelines (imported from TimelineJS): their `events:` are the events, nothing is extracted. */
    extract: z.boolean().default(true),
    events: z.array(eventOverrideSchema).default([]),
  })
  .strict();

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
export type EventOverride = z.output<typeof eventOverrideSchema>;

/** A paragraph of an article body; `n` is its #p-N anchor. */
export const paragraphSchema = z.object({ n: z.number().int().positive(), text: z.string(), line: z.number().int().positive() });

/** An article as the site shows it: its frontmatter (less the overrides), slug and paragraphs. */
export const articleRecordSchema = articleFrontmatterSchema
  .omit({ events: true })
  .extend({
    slug: z.string(),
    /** Path of the source file, for the build report. */
    file: z.string(),
    paragraphs: z.array(paragraphSchema),
    /** Ids of the events this article is a source of, in date order. */
    eventIds: z.array(z.string()),
    /** Why no event could be dated; set only for undated articles, which are kept and listed. */
    undatedReason: z.string().optional(),
  });

export type ArticleRecord = z.output<typeof articleRecordSchema>;
