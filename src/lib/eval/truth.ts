import { z } from 'zod';
import type { ContentProblem } from '../errors.ts';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write dates as YYYY, YYYY-MM or YYYY-MM-DD');

/** The five theme ids answer keys use; any other id counts as `other`. */
export const TRUTH_THEMES = ['vaccines', 'security', 'economy', 'diplomacy', 'other'] as const;
const truthTheme = z.enum(TRUTH_THEMES);

/** One dated happening the page reports: what a good extraction finds. */
export const truthEventSchema = z.object({
  /** Page number and rank, e.g. "008-4". */
  id: z.string(),
  /** The answer: its length is its precision (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: isoDate,
  /** Last date of a range; scoring compares `date` only. */
  date_end: isoDate.optional(),
  /** The exact words that carry the date. */
  date_text: z.string(),
  /** A longer exact passage around `date_text`, where `date_text` occurs more than once. */
  context: z.string().optional(),
  /** One line in English. */
  summary: z.string(),
  /** Themes a prediction must carry. */
  themes: z.array(truthTheme),
  /** Themes that are acceptable too, but not required. */
  themes_optional: z.array(truthTheme).default([]),
  /** Background or secondary: allowed, not required. */
  optional: z.boolean(),
  /** The date is right but only reachable indirectly: scored apart, not required. */
  uncertain: z.boolean(),
});

/** A date string on the page, with the date it stands for. */
const datedTextSchema = z.object({
  /** The words as the page writes them. */
  text: z.string(),
  /** What they stand for, YYYY[-MM[-DD]]. */
  date: isoDate,
});

/** A page's answer key. Fields the scoring does not read (notes, bases, undated mentions) pass through unchecked. */
export const truthPageSchema = z.object({
  /** The page's text, relative to the set folder: "articles/001.txt". */
  file: z.string().min(1),
  language: z.enum(['vi', 'en']),
  /** The page's address, given to the import as the article's `url`. */
  source_url: z.string(),
  /** The date the page was published, at the precision the page gives, or null when it prints none. */
  publication_date: isoDate.nullable(),
  /** The answer key. */
  events: z.array(truthEventSchema),
  /** Exact substrings of page chrome: no event, title or source passage may come from them. */
  noise_lines: z.array(z.string()),
  /** Dates inside chrome (publication stamps, teaser captions): never events. */
  noise_dates: z.array(datedTextSchema),
  /** Date-like strings that are harmless either way: neither rewarded nor penalised. */
  ignorable: z.array(datedTextSchema),
});

export type TruthEvent = z.output<typeof truthEventSchema>;
export type TruthPage = z.output<typeof truthPageSchema>;

/** A set's truth.json: its pages, or the problems that stop it being scored, each naming the file, line and field. */
export function parseTruthFile(text: string, file: string): { pages: TruthPage[] } | { problems: ContentProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file, line: 1, field: 'file', message: `not valid JSON: ${(error as Error).message}`, hint: 'correct the JSON (a list of page objects)' }] };
  }
  const parsed = z.array(truthPageSchema).safeParse(json);
  if (parsed.success) return { pages: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) => {
      const [page] = issue.path;
      const name = typeof page === 'number' && Array.isArray(json) ? fileOf(json[page]) : undefined;
      return {
        file,
        line: name ? lineOf(text, name) : 1,
        field: issue.path.length ? fieldPath(issue.path) : 'file',
        message: name ? `${name}: ${issue.message}` : issue.message,
        hint: 'give the field as the README beside the sets describes it (truth.json table)',
      };
    }),
  };
}

/** "[3].events[1].date": the page's index, then the fields down to the one at fault. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}

function fileOf(page: unknown): string | undefined {
  const file = typeof page === 'object' && page !== null ? (page as { file?: unknown }).file : undefined;
  return typeof file === 'string' ? file : undefined;
}

/** 1-based line of the page's `"file": "<name>"` entry, the nearest place to look for its fields. */
function lineOf(text: string, name: string): number {
  const at = text.indexOf(JSON.stringify(name));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}
