import { impossibility, precisionOf, type PartialDate, type Precision } from './partial-date.ts';

/** A date written in text: where it is, what it says, and the date(s) it names. */
export interface DateMention {
  /** The words as written, cue included: "Chiều 28/10", "giai đoạn 2021-2025". */
  text: string;
  /** Character offset of `text` in the searched string. */
  index: number;
  start: PartialDate;
  /** Only for ranges ("2021-2025"). */
  end?: PartialDate;
  precision: Precision;
}

/** A date-shaped phrase that names no real date ("31/2", "2025-2021"). */
export interface DateProblem {
  text: string;
  index: number;
  reason: string;
}

const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_EN = `(${Object.keys(MONTHS_EN).join('|')})\\.?`;
const YEAR = '(\\d{4})';
// Not inside a longer number or date ("12/10/2021" must not also match "10/2021").
const B = '(?<![\\p{L}\\p{N}/.\\-])';
const E = '(?![\\p{L}\\p{N}]|[/.\\-]\\d)';
// Words that, before "28/10", say it is a date and not a fraction ("1/3 dân số").
const VI_DAY_CUE =
  '(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|khuya|rạng sáng|vào|từ|đến|tới|đầu|cuối|hạn|on)' +
  '(?:\\s+(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật),?)?\\s+';

interface Rule {
  pattern: RegExp;
  read: (m: RegExpExecArray) => { start: PartialDate; end?: PartialDate };
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const month = (name: string) => MONTHS_EN[name.toLowerCase()]!;
const rx = (source: string) => new RegExp(source, 'giu');

/** The date forms read, most specific first; where two overlap, the longer one wins. */
const RULES: readonly Rule[] = Object.freeze([
  // 2020-06-17 (ISO)
  { pattern: rx(`${B}${YEAR}-(\\d{2})-(\\d{2})${E}`), read: (m) => ({ start: { year: num(m[1]), month: num(m[2]), day: num(m[3]) } }) },
  // 28/10/2021, ngày 17-6-2020, 17.6.2020
  { pattern: rx(`${B}(?:${VI_DAY_CUE})?(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*${YEAR}${E}`), read: (m) => ({ start: { day: num(m[1]), month: num(m[3]), year: num(m[4]) } }) },
  // ngày 12 tháng 6 năm 2020, ngày 12 tháng 6
  { pattern: rx(`${B}ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*${YEAR})?${E}`), read: (m) => ({ start: { day: num(m[1]), month: num(m[2]), year: num(m[3]) } }) },
  // Chiều 28/10, ngày 17-6, Sáng thứ Hai 23/1
  { pattern: rx(`${B}${VI_DAY_CUE}(\\d{1,2})\\s*[/\\-]\\s*(\\d{1,2})${E}`), read: (m) => ({ start: { day: num(m[1]), month: num(m[2]) } }) },
  // giai đoạn 2021-2025, 2021–2025, từ năm 2021 đến năm 2025, from 2021 to 2025, between 2021 and 2025
  {
    pattern: rx(`${B}(?:(?:giai đoạn|thời kỳ|nhiệm kỳ|period|từ năm|từ|from|between)\\s+)?${YEAR}\\s*(?:[-–—]|đến(?:\\s+năm)?|tới(?:\\s+năm)?|to|and|until)\\s*${YEAR}${E}`),
    read: (m) => ({ start: { year: num(m[1]) }, end: { year: num(m[2]) } }),
  },
  // tháng 10/2021, tháng 10 năm 2021, tháng 10
  { pattern: rx(`${B}tháng\\s+(\\d{1,2})(?:\\s*(?:[/\\-]|năm|,)\\s*${YEAR})?${E}`), read: (m) => ({ start: { month: num(m[1]), year: num(m[2]) } }) },
  // June 17, 2020; June 17; Jun. 17th
  { pattern: rx(`${B}${MONTH_EN}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+${YEAR})?${E}`), read: (m) => ({ start: { month: month(m[1]!), day: num(m[2]), year: num(m[3]) } }) },
  // 17 June 2020; 17th of June
  { pattern: rx(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_EN}(?:,?\\s+${YEAR})?${E}`), read: (m) => ({ start: { day: num(m[1]), month: month(m[2]!), year: num(m[3]) } }) },
  // June 2020
  { pattern: rx(`${B}${MONTH_EN}\\s+${YEAR}${E}`), read: (m) => ({ start: { month: month(m[1]!), year: num(m[2]) } }) },
  // năm 2022, in 2022 (a bare "(2005)" is a citation, not a date, so a cue is required)
  { pattern: rx(`${B}(?:năm|in|since|by|until|during|early|late|mid-?)\\s+${YEAR}${E}`), read: (m) => ({ start: { year: num(m[1]) } }) },
]);

/** Every date mention in `text`, in reading order, and the date-shaped phrases that name no real date. */
export function findDates(text: string): { mentions: DateMention[]; problems: DateProblem[] } {
  const found: Array<{ text: string; index: number; start: PartialDate; end?: PartialDate }> = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      found.push({ text: m[0], index: m.index, ...rule.read(m) });
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);

  const mentions: DateMention[] = [];
  const problems: DateProblem[] = [];
  let coveredUntil = -1;
  for (const candidate of found) {
    if (candidate.index < coveredUntil) continue;
    coveredUntil = candidate.index + candidate.text.length;
    const reason = rangeProblem(candidate.start, candidate.end);
    if (reason) {
      problems.push({ text: candidate.text, index: candidate.index, reason });
      continue;
    }
    const mention: DateMention = { ...candidate, precision: precisionOf(candidate.start) };
    if (!candidate.end) delete mention.end;
    mentions.push(mention);
  }
  return { mentions, problems };
}

function rangeProblem(start: PartialDate, end?: PartialDate): string | undefined {
  const own = impossibility(start) ?? (end && impossibility(end));
  if (own) return own;
  if (end?.year !== undefined && start.year !== undefined && end.year < start.year) {
    return `the range ends (${end.year}) before it starts (${start.year})`;
  }
  return undefined;
}
