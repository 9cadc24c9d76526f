/**
 * Whether a sentence places a date still to come or already past. A year-less date is the
 * latest one not after publication unless the words say it is coming: "ngày 20/5 tới",
 * "hai bên sẽ họp vào ngày 20/5", "On July 25, the minister will attend …". A coming word
 * after a reporting verb does not count: "Ngày 20/5, ông cho biết hai bên sẽ …" reports what
 * was said that day.
 */

const COMING_AFTER = /^\s*,?\s*(?:sắp\s+tới|tới\s+đây|tới|sắp\s+đến)(?![\p{L}\p{N}])/iu;
const PAST_AFTER = /^\s*,?\s*(?:vừa\s+qua|vừa\s+rồi|qua|trước\s+đó)(?![\p{L}\p{N}])/iu;
// An invitation accepted is to something to come ("đã nhận lời mời … tham dự … từ ngày 6-11.11").
// "a summit scheduled for Thursday", "in preparation for a summit in December", "ahead of": set for later.
const COMING = /(?<![\p{L}])(?:sẽ|sắp|let'?s|dự\s+kiến|dự\s+định|chuẩn\s+bị|lời\s+mời|will|shall|(?:is|are)\s+(?:due|scheduled|set|expected|slated|planned)\s+to|(?:scheduled|slated)\s+(?:for|on|in)|in\s+preparation\s+for|ahead\s+of|to\s+be\s+held|upcoming|next|invited\s+to|an\s+invitation)(?![\p{L}])/giu;
// "… will be the first since the administration took office in January": past words after a coming one date the past.
const PAST = /(?<![\p{L}])(?:đã|vừa|was|were|had|did|since|took|began|became|came)(?![\p{L}])/iu;
// Words that report what someone said: a coming word after them is the speech's, not the date's.
const REPORTING = /(?<![\p{L}])(?:cho\s+biết|nói|khẳng định|tuyên bố|phát biểu|nhấn mạnh|thông báo|cho rằng|said|says|told|announced|stated|added)(?![\p{L}])/iu;
// A report in the past tense right before the date dates the report: "…, the ministry informed on Monday".
const REPORTED_ON = /(?<![\p{L}])(?:said|told|announced|informed|stated|added|reported|confirmed|noted)(?:\s+[\p{L}]+){0,4}\s+(?:on|in|at)?\s*$/iu;
// How far a coming word may stand from the date: the clause around it, not the whole paragraph.
const WINDOW = 160;
const AFTER_WINDOW = 60;

export function tenseOf(sentence: string, index: number, length: number): 'coming' | 'past' | undefined {
  const after = sentence.slice(index + length, index + length + 24);
  if (PAST_AFTER.test(after)) return 'past';
  if (COMING_AFTER.test(after)) return 'coming';
  const prefix = sentence.slice(Math.max(0, index - WINDOW), index);
  const reported = REPORTED_ON.exec(prefix.slice(-48));
  if (reported && !new RegExp(COMING.source, 'iu').test(reported[0])) return 'past';
  let last = -1;
  for (const m of prefix.matchAll(COMING)) last = m.index + m[0].length;
  if (last >= 0 && !PAST.test(prefix.slice(last))) return 'coming';
  // "On July 25−26, the minister will attend …": the clause the date opens says it is to come.
  const clause = sentence.slice(index + length, index + length + AFTER_WINDOW).split(/[.;:]/)[0]!;
  const coming = new RegExp(COMING.source, 'iu').exec(clause);
  return coming && !REPORTING.test(clause.slice(0, coming.index)) && !PAST.test(clause.slice(0, coming.index)) ? 'coming' : undefined;
}

/** True when the sentence speaks of what is to come: a year it writes is a plan, not the report's present. */
export const speaksOfFuture = (sentence: string): boolean => new RegExp(COMING.source, 'iu').test(sentence);
