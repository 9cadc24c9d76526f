import { describe, expect, test } from 'vitest';
import { inferYear } from '../../../src/lib/dates/infer-year.ts';

describe('inferYear', () => {
  test.each([
    // date, published, clues, year, from
    [{ day: 28, month: 10 }, '2021-10-29', [], 2021, 'published'],
    [{ day: 28, month: 10 }, '2021-10-28', [], 2021, 'published'],
    [{ day: 31, month: 12 }, '2022-01-01', [], 2021, 'published'],
    [{ day: 2, month: 1 }, '2022-01-01', [], 2021, 'published'],
    [{ month: 12 }, '2022-01-15', [], 2021, 'published'],
    [{ month: 1 }, '2022-01-15', [], 2022, 'published'],
    // the publication date wins over years the text mentions
    [{ day: 17, month: 6 }, '2020-06-18', [{ year: 2030, text: 'năm 2030' }], 2020, 'published'],
    [{ day: 17, month: 6 }, undefined, [{ year: 2020, text: 'năm 2020' }], 2020, 'article-years'],
    // a plan's first year and a designated year tie: the earlier is the article's present
    [{ day: 28, month: 10 }, undefined, [{ year: 2021, text: 'giai đoạn 2021-2025' }, { year: 2022, text: 'năm 2022' }], 2021, 'article-years'],
    [{ day: 28, month: 10 }, undefined, [{ year: 2019, text: 'năm 2019' }, { year: 2021, text: 'năm 2021' }, { year: 2021, text: 'tháng 3/2021' }], 2021, 'article-years'],
  ])('%o published %s', (date, published, clues, year, from) => {
    const result = inferYear(date, { published, clues });
    expect(result).toMatchObject({ year, from });
  });

  test('nothing to go on gives no year', () => {
    expect(inferYear({ day: 1, month: 1 }, { clues: [] })).toBeUndefined();
  });

  test('the evidence names the words that gave the year', () => {
    expect(inferYear({ day: 28, month: 10 }, { clues: [{ year: 2021, text: 'giai đoạn 2021-2025' }] })).toEqual({
      from: 'article-years', year: 2021, evidence: 'giai đoạn 2021-2025',
    });
  });
});
