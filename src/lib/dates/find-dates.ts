import { chronoMentions, type EngineLanguage } from './date-engine.ts';
import type { DateMention, DateProblem, WorkMeter } from './date-mention.ts';
import type { DateOrder } from './date-order.ts';
import { fromIsoDate, impossibility, type PartialDate } from './partial-date.ts';
import { tenseOf } from './tense-cues.ts';

export type { DateAnchor, DateMention, DateProblem, FullDate, WorkMeter } from './date-mention.ts';

export interface FindOptions {
  /** The text's language; without one, the Vietnamese rules (which read English month names too). */
  language?: EngineLanguage | undefined;
  /** How English numerals are read ("03/04/2021"); Vietnamese is always day first. */
  dateOrder?: DateOrder | undefined;
  /** The publication day (YYYY-MM-DD): "hôm qua" and "last week" are counted from it. */
  reference?: string | undefined;
  meter?: WorkMeter | undefined;
  /** Also the years that only name an edition ("APEC 2017"), which the resolution step weighs as evidence. */
  clues?: boolean | undefined;
}

// Chrono re-reads the rest of its text after each result, so one very long run of text costs
// the square of its length; longer texts are read in pieces cut at a space.
const PIECE = 1_000;

/** Every date mention in `text` (a sentence, best), in reading order, and the date-shaped phrases that name no real date. */
export function findDates(text: string, options: FindOptions = {}): { mentions: DateMention[]; problems: DateProblem[] } {
  const language = options.language ?? 'vi';
  const order = language === 'vi' ? 'dmy' : options.dateOrder ?? 'mdy';
  const reference = referenceDate(options.reference);
  const cost = options.meter ? (work: number) => (options.meter!.steps += work) : undefined;
  const mentions: DateMention[] = [];
  const problems: DateProblem[] = [];
  // Chrono joins ranges with "-" only: "June 3−4" (minus sign) and "June 3–4" (en dash) are the same range.
  const plain = text.replace(/[\u2212\u2013\u2014]/g, '-');
  for (const [offset, piece] of pieces(plain)) {
    for (const found of chronoMentions(piece, { language, order, reference }, cost)) {
      const index = found.index + offset;
      const mention = { ...found, index, text: text.slice(index, index + found.text.length) };
      const reason = rangeProblem(mention.start, mention.end);
      if (reason) {
        problems.push({ text: mention.text, index: mention.index, reason });
        continue;
      }
      if (mention.clue && !options.clues) continue;
      const tense = tenseOf(text, mention.index, mention.text.length);
      mentions.push(tense ? { ...mention, tense } : mention);
    }
  }
  return { mentions, problems };
}

/** The publication day at local noon, as chrono reads references in the machine's zone. */
function referenceDate(iso: string | undefined): Date | undefined {
  const day = iso ? fromIsoDate(iso) : undefined;
  return day?.month !== undefined && day.day !== undefined ? new Date(day.year, day.month - 1, day.day, 12) : undefined;
}

function* pieces(text: string): Generator<[number, string]> {
  let start = 0;
  while (text.length - start > PIECE) {
    const cut = text.lastIndexOf(' ', start + PIECE);
    const end = cut > start ? cut : start + PIECE;
    yield [start, text.slice(start, end)];
    start = end;
  }
  yield [start, text.slice(start)];
}

function rangeProblem(start: PartialDate, end?: PartialDate): string | undefined {
  const own = impossibility(start) ?? (end && impossibility(end));
  if (own) return own;
  if (end?.year !== undefined && start.year !== undefined && end.year < start.year) {
    return `the range ends (${end.year}) before it starts (${start.year})`;
  }
  return undefined;
}
