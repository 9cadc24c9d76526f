import { describe, expect, test } from 'vitest';
import { articleYear, yearForWeekday, yearFromPublished } from '../../../src/lib/dates/infer-year.ts';

describe('yearFromPublished: the latest such date not after publication, or the next one from it', () => {
  test.each([
    // date, published, upcoming, year
    [{ day: 28, month: 10 }, { year: 2021, month: 10, day: 29 }, false, 2021],
    [{ day: 28, month: 10 }, { year: 2021, month: 10, day: 28 }, false, 2021],
    [{ day: 31, month: 12 }, { year: 2022, month: 1, day: 1 }, false, 2021],
    [{ day: 2, month: 1 }, { year: 2022, month: 1, day: 1 }, false, 2021],
    [{ month: 12 }, { year: 2022, month: 1, day: 15 }, false, 2021],
    [{ month: 1 }, { year: 2022, month: 1, day: 15 }, false, 2022],
    // a month-precision publication date still anchors years
    [{ day: 20, month: 8 }, { year: 2019, month: 8 }, false, 2019],
    [{ day: 20, month: 9 }, { year: 2019, month: 8 }, false, 2018],
    // "sẽ", "tới", "will": the next one from publication
    [{ day: 20, month: 5 }, { year: 2020, month: 6, day: 1 }, true, 2021],
    [{ day: 20, month: 7 }, { year: 2020, month: 6, day: 1 }, true, 2020],
    [{ day: 1, month: 6 }, { year: 2020, month: 6, day: 1 }, true, 2020],
    [{ month: 6 }, { year: 2020, month: 6, day: 20 }, true, 2020],
    // a page dated a little after the writing: "is expected to arrive on April 29", stamped 1 May
    [{ day: 29, month: 4 }, { year: 2021, month: 5, day: 1 }, true, 2021],
    [{ day: 10, month: 4 }, { year: 2021, month: 5, day: 1 }, true, 2022],
  ])('%o published %o upcoming %s → %i', (date, published, upcoming, year) => {
    expect(yearFromPublished(date, published, upcoming)).toBe(year);
  });
});

describe('yearForWeekday: the year near the chosen one in which the date falls on the weekday written', () => {
  test.each([
    // day/month, weekday, around, published, year
    [{ day: 9, month: 6 }, 5, 2024, undefined, 2023], // Friday 9 June 2023
    [{ day: 9, month: 6 }, 5, 2023, undefined, 2023],
    [{ day: 10, month: 1 }, 2, 2012, undefined, 2012], // Tuesday 10 January 2012
    [{ day: 29, month: 2 }, 4, 2021, undefined, 2024], // only leap years have it: Thursday 29 February 2024
    // with a publication date, the agreeing year nearest it, on either side: a Friday 9 June 8 days after publication
    [{ day: 9, month: 6 }, 5, 2022, { year: 2023, month: 6, day: 1 }, 2023],
    [{ day: 9, month: 6 }, 5, 2022, { year: 2020, month: 6, day: 1 }, 2017],
    // chrono's "Sun 15Sep" read on 10 August 2013: the Sunday a month ahead, not one in 2002
    [{ day: 15, month: 9 }, 0, 2012, { year: 2013, month: 8, day: 10 }, 2013],
  ])('%o on weekday %i near %i (published %o) → %s', (date, weekday, around, published, year) => {
    expect(yearForWeekday(date, weekday, around, published)).toBe(year);
  });
});

describe('articleYear: without a publication date, the year the article writes most often', () => {
  test.each([
    [[{ year: 2020, text: 'năm 2020' }], 2020, 'năm 2020'],
    [[{ year: 2019, text: 'năm 2019' }, { year: 2021, text: 'năm 2021' }, { year: 2021, text: 'tháng 3/2021' }], 2021, 'năm 2021'],
  ])('%o → %i', (clues, year, evidence) => {
    expect(articleYear(clues)).toEqual({ year, evidence });
  });

  test.each([
    ['nothing to go on', [], 'no year in the text'],
    // a plan's first year and a designated year: nothing decides, so no guess
    ['a tie', [{ year: 2021, text: 'giai đoạn 2021-2025' }, { year: 2022, text: 'năm 2022' }], '2021, 2022 equally often'],
  ])('%s gives no year, and says why', (_, clues, reason) => {
    const result = articleYear(clues);
    expect(result).not.toHaveProperty('year');
    expect(result).toMatchObject({ reason: expect.stringContaining(reason) });
  });
});
