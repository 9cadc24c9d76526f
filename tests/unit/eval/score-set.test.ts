import { describe, expect, test } from 'vitest';
import { scorePage } from '../../../src/lib/eval/score-page.ts';
import { formatPageFindings, formatSummaryTable, summarizeSet } from '../../../src/lib/eval/score-set.ts';
import { missedTargets, TARGETS } from '../../../src/lib/eval/targets.ts';
import { parseTruthFile } from '../../../src/lib/eval/truth.ts';
import { answer, page, predicted } from './eval-helpers.ts';

// Page A: two required events, one found; a publication date found. Page B: one event found, a
// wrong date with a two-word title, no publication date printed.
const pageA = scorePage(
  page([answer('901-1', '2019-05-02', 'on May 2'), answer('901-2', '2019-04', 'in April')], { file: 'articles/901.txt', publication_date: '2019-05-03' }),
  [predicted('2019-05-02', 'on May 2')],
  { publishedFound: '2019-05-03' },
);
const pageB = scorePage(
  page([answer('902-1', '2020', 'in 2020', { themes: ['economy'] })], { file: 'articles/902.txt' }),
  [predicted('2020-01', 'in January 2020', { themes: ['economy', 'science'] }), predicted('2011', 'in 2011', { title: 'Port Aster' })],
  { publishedFound: null },
);
const summary = summarizeSet('setX', [pageA, pageB]);

describe('a set summary pools its pages', () => {
  test('counts and ratios', () => {
    expect(summary).toMatchObject({
      pages: 2,
      required: 3,
      matched: 2,
      predictions: 3,
      correct: 2,
      themes: { predicted: 3, allowed: 2, required: 2, found: 2 },
      publishedPages: 1,
      publishedFound: 1,
      publishedShare: 1,
      noiseEvents: 0,
      unreadableTitles: 1,
    });
    expect(summary.recall).toBeCloseTo(2 / 3);
    expect(summary.themePrecision).toBeCloseTo(2 / 3);
  });

  test('an empty set misses nothing', () => {
    expect(summarizeSet('empty', [])).toMatchObject({ recall: 1, precision: 1, publishedShare: 1 });
  });
});

describe('targets', () => {
  test('are frozen', () => {
    expect(Object.isFrozen(TARGETS)).toBe(true);
  });

  test('the missed ones are named with their figures', () => {
    expect(missedTargets(summary)).toEqual([
      'setX: recall 0.667 < 0.95',
      'setX: precision 0.667 < 0.9',
      'setX: themePrecision 0.667 < 0.9',
      'setX: unreadableTitles 1 > 0',
    ]);
  });

  test('a set meeting every target misses none', () => {
    expect(missedTargets(summarizeSet('good', [pageA].map((s) => ({ ...s, matched: s.required, misses: [] }))))).toEqual([]);
  });
});

describe('the report', () => {
  test('one table row a set, then the targets', () => {
    const table = formatSummaryTable([summary]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toBe('| setX | 2 | 0.67 (2/3) | 0.67 (2/3), 0 loose | 0.67 (2/3) | 1.00 (2/2) | 1.00 (1/1) | 0 | 1 | 0/0 |');
    expect(table[3]).toMatch(/^\| target \| \| ≥ 0\.95 \|/);
  });

  test('a publication date found on a page that prints none is named', () => {
    const falseDate = scorePage(page([], { file: 'articles/905.txt' }), [], { publishedFound: '2024-11-23' });
    expect(formatPageFindings('setX', [falseDate])).toEqual(['setX/articles/905.txt', '  publication date 2024-11-23 found on a page that prints none']);
  });

  test('findings page by page', () => {
    expect(formatPageFindings('setX', [pageA, pageB])).toEqual([
      'setX/articles/901.txt',
      '  missed 901-2 2019-04 "in April"',
      'setX/articles/902.txt',
      '  wrong 2011 "in 2011": Port Aster',
      '  title (2 word(s)): Port Aster',
      '  themes 902-1: [economy, other], wanted [economy]',
    ]);
  });
});

describe('truth.json', () => {
  const good = { file: 'articles/903.txt', language: 'vi', source_url: 'https://example.org/a', publication_date: '2021', events: [], noise_lines: [], noise_dates: [], ignorable: [] };

  test('a valid file gives its pages', () => {
    expect(parseTruthFile(JSON.stringify([good]), 'sets/x/truth.json')).toEqual({ pages: [good] });
  });

  test('a bad field is named with the file, the page’s line and the path', () => {
    const text = JSON.stringify([good, { ...good, file: 'articles/904.txt', events: [answer('904-1', '12/3/2021', 'ngày 12/3')] }], null, 1);
    const result = parseTruthFile(text, 'sets/x/truth.json');
    expect(result).toEqual({
      problems: [expect.objectContaining({ file: 'sets/x/truth.json', line: text.split('\n').findIndex((l) => l.includes('904.txt')) + 1, field: '[1].events[0].date' })],
    });
  });

  test('text that is not JSON', () => {
    expect(parseTruthFile('[{', 'truth.json')).toMatchObject({ problems: [{ file: 'truth.json', line: 1, field: 'file' }] });
  });
});
