import type { Parser, ParsingContext } from 'chrono-node';
import { before, DAY, END, num, rule, writtenResult, YEAR } from './date-rule.ts';
import { monthOf, VI_MONTH_WORD as MONTH_WORD, VI_WEEKDAY, viWeekday } from './vi-words.ts';

/**
 * Vietnamese dates written with numbers or month names, as chrono parsers. Each reads only
 * what is written; a missing year or month is left for the resolution step (resolve-dates.ts).
 */

// Words before "28/10" that say it is a date, not a fraction ("1/3 dân số") or a count ("2-3 người").
// With "." or "-" only words naming a day or a time of day will do ("từ 1.5 lên 2.5" is a rise).
const DAY_WORDS = 'ngày|sáng|chiều|tối|trưa|đêm|hôm|khuya|rạng sáng';
const SLASH_WORDS = `${DAY_WORDS}|vào|từ|đến|tới|đầu|cuối|hạn|on|hồi|kể từ|trước|sau`;
const WEEKDAY = `(?:${VI_WEEKDAY})`;
const cue = (words: string) => `(?:(?:${words})\\s+(?:${WEEKDAY}\\s*,?\\s*)?|${WEEKDAY}\\s*,?\\s*)`;
const STRONG_CUE = cue(DAY_WORDS);
const ANY_CUE = cue(SLASH_WORDS);
const rx = (source: string) => new RegExp(source, 'iu');

/** The weekday named inside the matched words, if any ("Sáng thứ Hai 23/1"). */
const weekdayIn = (text: string) => viWeekday(text);

// "3 tháng", "mỗi tháng 10 triệu": a number of months or a rate, not a month.
export const NOT_A_MONTH_BEFORE = /(?:\d|\b(?:mỗi|hàng|vài|mấy|các|những|nhiều|bao|từng|một))\s*$/iu;

export const VI_PARSERS: readonly Parser[] = Object.freeze([
  // 28/10/2021, ngày 17-6-2020, 17.6.2020, Thứ ba, 13/8/2024
  rule(rx(`(?:${ANY_CUE})?${DAY}\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*${YEAR}${END}`), (m, c) =>
    writtenResult(c, m, { day: num(m[1]), month: num(m[3]), year: num(m[4]), weekday: weekdayIn(m[0]) })),
  // ngày 3-7/11/2019, ngày 9-12.5, ngày 4 -5/ 6: one event over several days
  rule(rx(`(?:${ANY_CUE})?${DAY}\\s*[-–]\\s*${DAY}\\s*([/.])\\s*(\\d{1,2})(?:\\s*\\3\\s*${YEAR})?${END}`), (m, c) => {
    if (m[5] === undefined && !new RegExp(`^${ANY_CUE}`, 'iu').test(m[0])) return null;
    if (m[3] === '.' && m[5] === undefined && !new RegExp(`^${STRONG_CUE}`, 'iu').test(m[0])) return null;
    const [month, year] = [num(m[4]), num(m[5])];
    return writtenResult(c, m, { day: num(m[1]), month, year }, { day: num(m[2]), month, year });
  }),
  // ngày 12 tháng 6 năm 2020, sáng ngày 12 tháng Sáu
  rule(rx(`(?:(?:sáng|chiều|tối|trưa|đêm|rạng sáng)\\s+)?ngày\\s+${DAY}\\s+tháng\\s+(\\d{1,2}|${MONTH_WORD})(?:\\s*(?:năm|,)\\s*${YEAR})?${END}`), (m, c) => {
    const month = monthOf(m[2]!);
    return month === undefined ? null : writtenResult(c, m, { day: num(m[1]), month, year: num(m[3]) });
  }),
  // Chiều 28/10, ngày 17-6 (17 June), ngày 6-7 (6 July, never a range), Sáng 12.9, Sáng thứ Hai 23/1
  rule(rx(`(?:${STRONG_CUE}${DAY}\\s*([/.\\-])|(?:${ANY_CUE})${DAY}\\s*(/))\\s*(\\d{1,2})${END}`), (m, c) =>
    writtenResult(c, m, { day: num(m[1] ?? m[3]), month: num(m[5]), weekday: weekdayIn(m[0]) })),
  // tháng 10/2021, tháng 7-2019, tháng 4.2019, tháng 10 năm 2021, cuối tháng 8, hạ tuần tháng 10, tháng Mười
  rule(rx(`(?:(?:đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần)\\s+)?tháng\\s+(\\d{1,2}|${MONTH_WORD})(?:\\s*(?:[/.\\-]|năm|,)\\s*${YEAR})?${END}`), (m, c) =>
    readMonth(m, c)),
]);

function readMonth(m: RegExpMatchArray, c: ParsingContext) {
  if (NOT_A_MONTH_BEFORE.test(before(c, m))) return null;
  const month = monthOf(m[1]!);
  return month === undefined ? null : writtenResult(c, m, { month, year: num(m[2]) });
}
