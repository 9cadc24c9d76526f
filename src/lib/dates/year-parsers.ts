import type { Parser } from 'chrono-node';
import { END, num, rule, TAG, writtenResult, YEAR } from './date-rule.ts';

/**
 * Years and year ranges in both languages. Chrono reads no bare year, and a bare "(2005)"
 * is a citation, so a year needs a word that makes it a time: "năm 2022", "in 2022".
 */

const rx = (source: string) => new RegExp(source, 'iu');
// Words that make a following year a time, in either language ("cuối năm 2017", "by 2030", "mid-2021").
const YEAR_CUE = '(?:(?:đầu|giữa|cuối)\\s+)?năm|in|since|by|until|till|during|early|late|mid-?|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of';
// Words that open a period ("giai đoạn 2021-2025", "from 2021 to 2025").
const PERIOD_CUE = 'giai\\s+đoạn|thời\\s+kỳ|nhiệm\\s+kỳ|từ\\s+năm|từ|năm|period|from|between|in';

export const YEAR_PARSERS: readonly Parser[] = Object.freeze([
  // 2020-06-17 (ISO)
  rule(rx(`${YEAR}-(\\d{2})-(\\d{2})${END}`), (m, c) => writtenResult(c, m, { year: num(m[1]), month: num(m[2]), day: num(m[3]) })),
  // giai đoạn 2021-2025, (1977-2017), 2021–2025, từ năm 2021 đến năm 2025, from 2021 to 2025, between 2021 and 2025
  rule(rx(`(?:(${PERIOD_CUE})\\s+)?${YEAR}\\s*([-–—]|đến(?:\\s+năm)?|tới(?:\\s+năm)?|to|and|until|through)\\s*${YEAR}${END}`), (m, c) => {
    const [cueWord, joiner] = [m[1]?.toLowerCase(), m[3]!.toLowerCase()];
    // "2019 to 2020" alone may be two figures' years; words joining years need a word opening the period.
    if (/^[a-zđ]/u.test(joiner) && cueWord === undefined) return null;
    if (joiner === 'and' && cueWord !== 'between') return null;
    return writtenResult(c, m, { year: num(m[2]) }, { year: num(m[4]) });
  }),
  // APEC 2017, Diễn đàn Kinh tế phương Đông (EEF) 2021: the edition's year, a clue and not an event
  // (an acronym or a bracket before it: case matters, so no "i" flag)
  rule(new RegExp(`(\\p{Lu}{2,}[\\p{Lu}\\p{N}-]*\\)?|\\))\\s${YEAR}${END}`, 'u'), (m, c) => writtenResult(c, m, { year: num(m[2]) }).addTag(TAG.nameYear)),
  // năm 2022, cuối năm 2017, in 2022, by 2030, mid-2021
  rule(rx(`(?:${YEAR_CUE})\\s*${YEAR}${END}`), (m, c) => {
    const year = /(\d{4})$/.exec(m[0])![1];
    // "in2022" glued is no phrase; "mid-2021" is.
    return /[\p{L}]\d/u.test(m[0]) ? null : writtenResult(c, m, { year: num(year) });
  }),
]);
