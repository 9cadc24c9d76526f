/**
 * Whether a sentence places a date still to come or already past. A year-less date is the
 * latest one not after publication unless the words say it is coming: "ngày 20/5 tới",
 * "hai bên sẽ họp vào ngày 20/5", "the summit will open on June 3". A coming word after the
 * date does not count: "Ngày 20/5, ông cho biết hai bên sẽ …" reports what was said that day.
 */

const COMING_AFTER = /^\s*,?\s*(?:sắp\s+tới|tới\s+đây|tới|sắp\s+đến)(?![\p{L}\p{N}])/iu;
const PAST_AFTER = /^\s*,?\s*(?:vừa\s+qua|vừa\s+rồi|qua|trước\s+đó)(?![\p{L}\p{N}])/iu;
const COMING = /(?<![\p{L}])(?:sẽ|sắp|let'?s|dự\s+kiến|dự\s+định|chuẩn\s+bị|will|shall|(?:is|are)\s+(?:due|scheduled|set|expected|slated|planned)\s+to|to\s+be\s+held|upcoming|next)(?![\p{L}])/giu;
const PAST = /(?<![\p{L}])(?:đã|vừa|was|were|had|did)(?![\p{L}])/iu;
// How far back a coming word may stand: the clause around the date, not the whole paragraph.
const WINDOW = 160;

export function tenseOf(sentence: string, index: number, length: number): 'coming' | 'past' | undefined {
  const after = sentence.slice(index + length, index + length + 24);
  if (PAST_AFTER.test(after)) return 'past';
  if (COMING_AFTER.test(after)) return 'coming';
  const prefix = sentence.slice(Math.max(0, index - WINDOW), index);
  let last = -1;
  for (const m of prefix.matchAll(COMING)) last = m.index + m[0].length;
  return last >= 0 && !PAST.test(prefix.slice(last)) ? 'coming' : undefined;
}

/** True when the sentence speaks of what is to come: a year it writes is a plan, not the report's present. */
export const speaksOfFuture = (sentence: string): boolean => new RegExp(COMING.source, 'iu').test(sentence);
