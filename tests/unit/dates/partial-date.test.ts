import { expect, test } from 'vitest';
import { fromIsoDate, spanOf, toIsoDate } from '../../../src/lib/dates/partial-date.ts';
import { formatEventDate, formatIsoDate } from '../../../src/lib/dates/format-date.ts';

test.each([
  [{ year: 2021, month: 10, day: 28 }, '2021-10-28'],
  [{ year: 2021, month: 10 }, '2021-10'],
  [{ year: 2022 }, '2022'],
  [{ year: 987 }, '0987'],
])('toIsoDate(%o) = %s and back', (date, iso) => {
  expect(toIsoDate(date)).toBe(iso);
  expect(fromIsoDate(iso)).toEqual(date);
});

test.each(['2021-02-29', '2021-13', 'June 2021', '0000'])('fromIsoDate refuses %s', (iso) => {
  expect(fromIsoDate(iso)).toBeUndefined();
});

test.each([
  ['2021-10-28', '2021-10-28T00:00:00.000Z', '2021-10-29T00:00:00.000Z'],
  ['2021-02', '2021-02-01T00:00:00.000Z', '2021-03-01T00:00:00.000Z'],
  ['2022', '2022-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z'],
])('spanOf(%s) covers the whole day, month or year', (iso, from, to) => {
  expect(spanOf(iso).map((ms) => new Date(ms).toISOString())).toEqual([from, to]);
});

test.each([
  ['2021-10-28', 'vi', '28 tháng 10, 2021'],
  ['2021-10-28', 'en', '28 October 2021'],
  ['2021-10', 'vi', 'tháng 10, 2021'],
  ['2021-10', 'en', 'October 2021'],
  ['2022', 'en', '2022'],
] as const)('formatIsoDate(%s, %s) = %s', (iso, language, text) => {
  expect(formatIsoDate(iso, language)).toBe(text);
});

test('a range reads from start to end', () => {
  expect(formatEventDate({ start: '2021', end: '2025', precision: 'year' }, 'vi')).toBe('2021–2025');
});
