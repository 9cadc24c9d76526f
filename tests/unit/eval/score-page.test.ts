import { describe, expect, test } from 'vitest';
import { givesDate, keyThemes, scorePage } from '../../../src/lib/eval/score-page.ts';
import { answer, page, predicted } from './eval-helpers.ts';

const read = { publishedFound: null };

describe('a prediction gives an answer cut to the answer’s precision', () => {
  test.each([
    ['2015-12-03', '2015', true],
    ['2015-12', '2015', true],
    ['2015-12-03', '2015-12', true],
    ['2015-12-03', '2015-12-03', true],
    ['2015', '2015-12', false],
    ['2015-12', '2015-12-03', false],
    ['2015-11-30', '2015-12', false],
    ['2016', '2015', false],
  ])('start %s for answer %s: %s', (start, date, gives) => {
    expect(givesDate(start, date)).toBe(gives);
  });

  test('a finer prediction is matched, a coarser one is a miss', () => {
    const truth = page([answer('900-1', '2019-05', 'in May 2019'), answer('900-2', '2020-03-14', 'on March 14, 2020')]);
    const score = scorePage(truth, [predicted('2019-05-20', 'on May 20'), predicted('2020-03', 'in March 2020')], read);
    expect(score.matched).toBe(1);
    expect(score.misses).toEqual([{ id: '900-2', date: '2020-03-14', dateText: 'on March 14, 2020', readAs: [] }]);
  });

  test('a miss names the date a prediction read from its words (a wrong year)', () => {
    const truth = page([answer('900-1', '2021-07-06', 'on July 6'), answer('900-2', '1991', 'in 1991', { optional: true })]);
    const wrongYear = predicted('1991-07-06', 'July 6', { sentence: 'Ministers met on July 6 by video link.' });
    const sameSentence = predicted('1991', '1991', { sentence: 'Ministers met on July 6, thirty years after 1991.' });
    const score = scorePage(truth, [wrongYear, sameSentence], read);
    expect(score.misses).toEqual([{ id: '900-1', date: '2021-07-06', dateText: 'on July 6', readAs: ['1991-07-06'] }]);
    // 1991-07-06 cut to a year is the optional 1991: a right date by the rule, flagged as loose.
    expect(score).toMatchObject({ correct: 2, wrong: [] });
    expect(score.loose).toEqual([{ date: '1991-07-06', dateText: 'July 6', title: 'Harbour forum opens in Port Aster', annotation: '1991 "in 1991"' }]);
  });

  test('a finer date whose words write the year is not loose', () => {
    const truth = page([answer('900-1', '2021', 'in 2021')]);
    expect(scorePage(truth, [predicted('2021-06', 'in June 2021')], read).loose).toEqual([]);
  });
});

describe('one prediction per answer', () => {
  test('two answers on one day need two predictions', () => {
    const truth = page([answer('900-1', '2021-10-28', 'On October 28'), answer('900-2', '2021-10-28', 'the same day')]);
    expect(scorePage(truth, [predicted('2021-10-28', 'On October 28')], read).matched).toBe(1);
    expect(scorePage(truth, [predicted('2021-10-28', 'On October 28'), predicted('2021-10-28', 'the same day')], read).matched).toBe(2);
  });

  test('as many answers as can be matched: a finer prediction leaves the coarser answer to a coarser one', () => {
    const truth = page([answer('900-1', '2021', 'in 2021'), answer('900-2', '2021-06', 'in June 2021')]);
    // The June prediction could serve either answer; the year-only one serves only the first.
    const score = scorePage(truth, [predicted('2021-06', 'in June 2021'), predicted('2021', 'in 2021')], read);
    expect(score.matched).toBe(2);
  });

  test('a prediction two answers could take goes to the one whose words it was read from', () => {
    // "mid-January" (month) comes first and could take the 26 January prediction; "On 26 January" then has none.
    const truth = page([answer('900-1', '2022-01', 'mid-January'), answer('900-2', '2022-01-26', 'On 26 January')]);
    const score = scorePage(truth, [predicted('2022-01-26', 'On 26 January')], read);
    expect(score.misses.map((m) => m.id)).toEqual(['900-1']);
  });

  test('of two predictions of the date, the one whose sentence holds the date words is paired (its themes are scored)', () => {
    const truth = page([answer('900-1', '2021-10-28', 'On October 28', { themes: ['vaccines'] })]);
    const stamp = predicted('2021-10-28', '28/10', { sentence: 'Ministers said on 28/10 that trade grew.', themes: ['economy'] });
    const own = predicted('2021-10-28', 'On October 28', { themes: ['vaccines'] });
    expect(scorePage(truth, [stamp, own], read).themes).toEqual({ predicted: 1, allowed: 1, required: 1, found: 1 });
  });

  test('a second prediction of a matched date is not a match but still a right date', () => {
    const truth = page([answer('900-1', '2022-02-01', 'on February 1')]);
    const score = scorePage(truth, [predicted('2022-02-01', 'on February 1'), predicted('2022-02-01', 'that Tuesday')], read);
    expect(score).toMatchObject({ required: 1, matched: 1, predictions: 2, correct: 2 });
  });
});

describe('what is required and what counts as a right date', () => {
  const truth = page(
    [
      answer('900-1', '2018-04-02', 'on April 2'),
      answer('900-2', '1995', 'in 1995-2015', { date_end: '2015', optional: true }),
      answer('900-3', '2018-03', 'last month', { uncertain: true }),
    ],
    { ignorable: [{ text: 'the 1982 convention', date: '1982' }] },
  );

  test('optional and uncertain events are not required; uncertain ones are counted apart', () => {
    const score = scorePage(truth, [predicted('2018-04-02', 'on April 2'), predicted('2018-03', 'last month')], read);
    expect(score).toMatchObject({ required: 1, matched: 1, uncertain: 1, uncertainMatched: 1, misses: [] });
  });

  test('missing an optional or uncertain event is not a miss', () => {
    expect(scorePage(truth, [predicted('2018-04-02', 'on April 2')], read)).toMatchObject({ matched: 1, uncertainMatched: 0, misses: [] });
  });

  test('optional events (a range by its start) and ignorable dates are right dates; others are wrong', () => {
    const score = scorePage(
      truth,
      [predicted('1995', 'in 1995-2015', { end: '2015' }), predicted('1982', 'the 1982 convention'), predicted('2017', 'in 2017', { title: 'Port Aster joins the forum' })],
      read,
    );
    expect(score).toMatchObject({ predictions: 3, correct: 2 });
    expect(score.wrong).toEqual([{ date: '2017', dateText: 'in 2017', title: 'Port Aster joins the forum' }]);
  });
});

describe('themes over matched pairs', () => {
  test.each([
    [['science'], ['other']],
    [['diplomacy', 'culture', 'science'], ['diplomacy', 'other']],
    [['economy'], ['economy']],
  ])('keyThemes(%o) = %o', (themes, expected) => {
    expect(keyThemes(themes)).toEqual(expected);
  });

  test('predicted themes count against required plus optional ones; ids outside the five are `other`', () => {
    const truth = page([answer('900-1', '2023-02', 'in February 2023', { themes: ['diplomacy', 'other'], themes_optional: ['economy'] })]);
    const score = scorePage(truth, [predicted('2023-02', 'in February 2023', { themes: ['science', 'economy', 'security'] })], read);
    // science → other (allowed), economy (optional, allowed), security (not allowed); diplomacy not found.
    expect(score.themes).toEqual({ predicted: 3, allowed: 2, required: 2, found: 1 });
    expect(score.themeMismatches).toHaveLength(1);
  });

  test('an unmatched prediction’s themes are not scored', () => {
    const truth = page([answer('900-1', '2023-02', 'in February 2023')]);
    expect(scorePage(truth, [predicted('2024', 'in 2024', { themes: ['security'] })], read).themes).toEqual({ predicted: 0, allowed: 0, required: 0, found: 0 });
  });
});

describe('noise', () => {
  const truth = page([answer('900-1', '2021-03-16', 'today (16/3)')], {
    noise_lines: ['Harbour Desk | Updated 09:12 16/03/2021', 'Share this story'],
    noise_dates: [{ text: 'Updated 09:12 16/03/2021', date: '2021-03-16' }],
  });

  test('a prediction read from a byline leaks, and does not count as the event found', () => {
    const score = scorePage(truth, [predicted('2021-03-16', '16/03/2021', { sentence: 'Harbour Desk | Updated 09:12 16/03/2021' })], read);
    expect(score.leaks).toEqual([{ date: '2021-03-16', dateText: '16/03/2021', title: 'Harbour forum opens in Port Aster', noise: 'Harbour Desk | Updated 09:12 16/03/2021' }]);
    expect(score.matched).toBe(0);
    expect(score.correct).toBe(1);
  });

  test('the event read from the article’s own sentence is no leak', () => {
    const score = scorePage(truth, [predicted('2021-03-16', 'today (16/3)', { sentence: 'The forum opened today (16/3) in Port Aster.' })], read);
    expect(score).toMatchObject({ leaks: [], matched: 1 });
  });

  test('a date stamp glued to a sentence leaks through the date words it gives', () => {
    const glued = page([answer('900-1', '2021-03-15', 'on Monday')], { noise_dates: [{ text: 'posted 2021-03-16', date: '2021-03-16' }] });
    const sentence = 'posted 2021-03-16 Ministers met on Monday in Port Aster.';
    const stamp = scorePage(glued, [predicted('2021-03-16', '2021-03-16', { sentence })], read);
    const event = scorePage(glued, [predicted('2021-03-15', 'on Monday', { sentence })], read);
    expect(stamp.leaks.map((l) => l.noise)).toEqual(['posted 2021-03-16']);
    expect(event.leaks).toEqual([]);
  });
});

describe('unreadable titles', () => {
  const truth = page([answer('900-1', '2020', 'in 2020')], { noise_lines: ['Read more: Port Aster ferry timetable'] });
  test.each([
    ['Harbour Forum', '2 word(s)'],
    ['📞 Port Aster hotline number', 'an emoji'],
    ['Port Aster ferry timetable', 'text of the noise line "Read more: Port Aster ferry timetable"'],
  ])('"%s": %s', (title, why) => {
    expect(scorePage(truth, [predicted('2020', 'in 2020', { title })], read).unreadable).toEqual([{ title, why }]);
  });

  test('a three-word title is readable', () => {
    expect(scorePage(truth, [predicted('2020', 'in 2020', { title: 'Harbour forum opens' })], read).unreadable).toEqual([]);
  });
});

describe('publication date at the answer key’s precision', () => {
  test.each([
    ['2021-07', '2021-07-06', true],
    ['2021-07-06', '2021-07-06', true],
    ['2021-07-06', '2021-07', false],
    ['2021-07-06', '2021-07-07', false],
    ['2021-07-06', null, false],
  ])('wanted %s, found %s: %s', (expected, found, ok) => {
    const truth = page([], { publication_date: expected });
    expect(scorePage(truth, [], { publishedFound: found }).published).toEqual({ expected, found, ok });
  });

  test('a page printing no date is not counted as found', () => {
    expect(scorePage(page([]), [], { publishedFound: '2021-01-01' }).published.ok).toBe(false);
  });
});
