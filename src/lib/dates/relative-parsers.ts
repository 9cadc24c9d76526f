import { ParsingComponents, type Parser, type ParsingContext } from 'chrono-node';
import { before, rule, TAG, writtenResult } from './date-rule.ts';
import { monthOf, VI_MONTH_WORD, VI_WEEKDAY, viWeekday } from './vi-words.ts';
import { NOT_A_MONTH_BEFORE } from './vi-parsers.ts';

/**
 * Dates counted from somewhere else: from the reference day (the publication day) in
 * Vietnamese ("hôm qua", "tuần trước", "thứ Sáu tới"; chrono reads the English ones), and
 * from the date mentioned before, in both languages ("cùng ngày", "the following day").
 * Chrono works out the first kind against the reference; the second is tagged for the
 * resolution step, which alone knows the date before.
 */

const rx = (source: string) => new RegExp(source, 'iu');
type Unit = 'day' | 'week' | 'month' | 'year';

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
});
const NUMBER = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}`;
const count = (text: string) => NUMBER_WORDS[text.toLowerCase()] ?? Number(text);

const UNIT: Readonly<Record<string, Unit>> = Object.freeze({ ngày: 'day', tuần: 'week', tháng: 'month', năm: 'year' });
// "tuần trước", "năm ngoái": how many units from the reference each word means.
const UNIT_OFFSET: Readonly<Record<Unit, Readonly<Record<string, number>>>> = Object.freeze({
  day: {},
  week: { 'này': 0, 'qua': -1, 'vừa qua': -1, 'trước': -1, 'tới': 1, 'sau': 1 },
  month: { 'này': 0, 'qua': -1, 'vừa qua': -1, 'trước': -1, 'tới': 1, 'sau': 1 },
  year: { 'nay': 0, 'ngoái': -1, 'trước': -1, 'tới': 1, 'sau': 1 },
});
// A count before ("2 tuần qua" is a span) or "đó" after ("tháng trước đó" is before another date) is not counted from today.
const COUNTED_BEFORE = new RegExp(`(?:${NUMBER}|vài|mấy|nhiều|các|những|mươi|hàng)\\s*$`, 'iu');

const relative = (c: ParsingContext, m: RegExpMatchArray, duration: Partial<Record<Unit, number>>) => {
  const result = c.createParsingResult(m.index ?? 0, m[0]);
  result.start = ParsingComponents.createRelativeFromReference(c.reference, duration);
  return result;
};

/** The reference day's date in the reference's own calendar (chrono's local reading). */
function referenceDay(c: ParsingContext): Date {
  const d = c.reference.getDateWithAdjustedTimezone();
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}

/** The day with `weekday` that "thứ Sáu tới", "thứ Sáu tuần trước" … name, counted from the reference day. */
function weekdayFrom(reference: Date, weekday: number, modifier: string): Date {
  const day = 86_400_000;
  const today = reference.getUTCDay();
  const m = modifier.toLowerCase().replace(/\s+/g, ' ');
  if (m.startsWith('tuần')) {
    // Weeks run Monday to Sunday in Vietnam.
    const weeks = /trước|qua/.test(m) ? -1 : /tới|sau/.test(m) ? 1 : 0;
    const monday = reference.getTime() - ((today + 6) % 7) * day;
    return new Date(monday + (weeks * 7 + ((weekday + 6) % 7)) * day);
  }
  if (m === 'này') return new Date(reference.getTime() + (((weekday + 6) % 7) - ((today + 6) % 7)) * day);
  const ahead = (weekday - today + 7) % 7 || 7;
  return /tới|sau/.test(m) ? new Date(reference.getTime() + ahead * day) : new Date(reference.getTime() - ((today - weekday + 7) % 7 || 7) * day);
}

const previous = (c: ParsingContext, m: RegExpMatchArray, days: number) =>
  c.createParsingResult(m.index ?? 0, m[0]).addTag(`${TAG.previous}${days}`);
const previousYears = (c: ParsingContext, m: RegExpMatchArray, years: number) =>
  c.createParsingResult(m.index ?? 0, m[0]).addTag(`${TAG.previousYears}${years}`);

export const VI_RELATIVE_PARSERS: readonly Parser[] = Object.freeze([
  // hôm nay, hôm qua, hôm kia, ngày mai
  rule(rx('(hôm nay|hôm qua|hôm kia|ngày mai)(?![\\p{L}\\p{N}])'), (m, c) =>
    relative(c, m, { day: { 'hôm nay': 0, 'hôm qua': -1, 'hôm kia': -2, 'ngày mai': 1 }[m[1]!.toLowerCase()] ?? 0 })),
  // tuần này, tuần trước, tháng tới, năm ngoái, năm nay
  rule(rx('(tuần|tháng|năm)\\s+(này|nay|vừa\\s+qua|qua|trước|tới|sau|ngoái)(?![\\p{L}\\p{N}])(?!\\s+(?:đó|nữa))'), (m, c) => {
    const unit = UNIT[m[1]!.toLowerCase()]!;
    const offset = UNIT_OFFSET[unit][m[2]!.toLowerCase().replace(/\s+/g, ' ')];
    if (offset === undefined || COUNTED_BEFORE.test(before(c, m))) return null;
    return relative(c, m, { [unit]: offset });
  }),
  // 3 ngày trước, hai tuần trước, 5 năm trước (ago); "30 năm qua" is a span, not a day
  rule(rx(`(${NUMBER})\\s+(ngày|tuần|tháng|năm)\\s+trước(?![\\p{L}\\p{N}])(?!\\s+(?:đó|khi))`), (m, c) =>
    relative(c, m, { [UNIT[m[2]!.toLowerCase()]!]: -count(m[1]!) })),
  // tháng 3 năm nay, tháng Mười năm ngoái
  rule(rx(`tháng\\s+(\\d{1,2}|${VI_MONTH_WORD})\\s+năm\\s+(nay|ngoái|trước|tới|sau)(?![\\p{L}\\p{N}])(?!\\s+(?:đó|nữa))`), (m, c) => {
    const month = monthOf(m[1]!);
    if (month === undefined || NOT_A_MONTH_BEFORE.test(before(c, m))) return null;
    const year = c.reference.getDateWithAdjustedTimezone().getFullYear() + UNIT_OFFSET.year[m[2]!.toLowerCase()]!;
    return writtenResult(c, m, { month, year });
  }),
  // thứ Sáu tới, thứ Hai tuần trước, Chủ nhật vừa qua, thứ Tư này
  rule(rx(`(${VI_WEEKDAY})\\s+(tuần\\s+(?:này|trước|qua|tới|sau)|vừa\\s+qua|qua|tới|này|trước)(?![\\p{L}\\p{N}])(?!\\s+(?:đó|nữa))`), (m, c) => {
    const weekday = viWeekday(m[1]!);
    if (weekday === undefined || !isCapitalised(m[1]!)) return null;
    const date = weekdayFrom(referenceDay(c), weekday, m[2]!);
    return writtenResult(c, m, { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday });
  }),
  // hôm thứ Sáu, vào thứ Hai: a weekday alone; which week is the resolution step's to decide
  rule(rx(`(?:(?:hôm|ngày|sáng|chiều|tối|trưa|đêm|vào|từ|đến)\\s+)(${VI_WEEKDAY})(?![\\p{L}\\p{N}])`), (m, c) => {
    const weekday = viWeekday(m[1]!);
    return weekday === undefined || !isCapitalised(m[1]!) ? null : c.createParsingResult(m.index ?? 0, m[0], { weekday });
  }),
  // cùng ngày, một ngày trước đó, hai ngày sau đó, hôm sau, ngày hôm sau
  rule(rx('cùng\\s+ngày(?!\\s*\\d)(?![\\p{L}])'), (m, c) => previous(c, m, 0)),
  rule(rx(`(${NUMBER})\\s+ngày\\s+(trước|sau)\\s+đó`), (m, c) => previous(c, m, (m[2]!.toLowerCase() === 'trước' ? -1 : 1) * count(m[1]!))),
  rule(rx('(?:ngày\\s+)?hôm\\s+sau(?![\\p{L}])'), (m, c) => previous(c, m, 1)),
  rule(rx('hôm\\s+trước\\s+đó|trước\\s+đó\\s+một\\s+ngày'), (m, c) => previous(c, m, -1)),
  // một năm sau đó, hai năm trước đó, năm sau đó: years from the date before ("năm sau" alone is next year)
  rule(rx(`(?:(${NUMBER})\\s+)?năm\\s+(trước|sau)\\s+đó(?![\\p{L}])`), (m, c) =>
    COUNTED_BEFORE.test(before(c, m)) && !m[1] ? null : previousYears(c, m, (m[2]!.toLowerCase() === 'trước' ? -1 : 1) * (m[1] ? count(m[1]) : 1))),
]);

const COMPARED = /(?:from|than|over|versus|vs\.?|compared\s+(?:with|to)|against|on)\s*$/iu;
const EN_COUNT: Readonly<Record<string, number>> = Object.freeze({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 });
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const EN_PREVIOUS_DATE_PARSERS: readonly Parser[] = Object.freeze([
  // "the next day" alone is chrono's (tomorrow counted from the reference); with "the" it follows the story.
  rule(rx('(?:on\\s+)?(?:the|that)\\s+same\\s+day(?![\\p{L}])'), (m, c) => previous(c, m, 0)),
  rule(rx('(?:on\\s+)?the\\s+(?:following|next)\\s+day|the\\s+day\\s+after(?!\\s+tomorrow)|a\\s+day\\s+later'), (m, c) => previous(c, m, 1)),
  rule(rx('(?:on\\s+)?the\\s+(?:previous\\s+day|day\\s+before(?!\\s+yesterday))|a\\s+day\\s+earlier'), (m, c) => previous(c, m, -1)),
  // "a year earlier", "two years later", "the following year", "the year before": years from the date before,
  // unless a figure is compared with them ("up 11.9 percent from the previous year"): no happening
  rule(rx('(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+years?\\s+(earlier|later|before|after)(?![\\p{L}])(?!\\s+(?:that|the|this|it|in|on))'), (m, c) =>
    COMPARED.test(before(c, m)) ? null : previousYears(c, m, (/earlier|before/i.test(m[2]!) ? -1 : 1) * (EN_COUNT[m[1]!.toLowerCase()] ?? Number(m[1])))),
  rule(rx('(?:in\\s+)?the\\s+(?:(previous|following)\\s+year|year\\s+(before|after))(?![\\p{L}])'), (m, c) =>
    COMPARED.test(before(c, m)) ? null : previousYears(c, m, /previous|before/i.test(m[1] ?? m[2]!) ? -1 : 1)),
  // "in September last year", "May this year": the month of a year counted from the reference
  rule(rx(`(?:in\\s+)?(${EN_MONTHS.join('|')})\\s+(last|this|next)\\s+year(?![\\p{L}])`), (m, c) => {
    const year = c.reference.getDateWithAdjustedTimezone().getFullYear() + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[m[2]!.toLowerCase()]!;
    return writtenResult(c, m, { month: EN_MONTHS.indexOf(m[1]!.toLowerCase()) + 1, year });
  }),
]);

// "thứ hai" in lower case is also "second" ("lần thứ hai"): the weekday is written with a capital.
function isCapitalised(weekday: string): boolean {
  const word = /(?:thứ\s+)?(\S+)(?:\s+\S+)?$/iu.exec(weekday)?.[1] ?? '';
  return /^\d/.test(word) || word[0] !== word[0]!.toLowerCase() || /^chủ/iu.test(weekday);
}

