import { describe, expect, test } from 'vitest';
import { eventPagePath, eventPages, eventPageSpan } from '../../../src/lib/site/event-pages.ts';

/** `counts[year]` events in each year, in time order, named by year and position. */
function corpus(counts: Record<number, number>): { id: string; start: string }[] {
  return Object.entries(counts).flatMap(([year, n]) => Array.from({ length: n }, (_, i) => ({ id: `${year}-${i}`, start: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-01` })));
}

describe('eventPages', () => {
  test('a corpus that fits is one page of everything', () => {
    const events = corpus({ 2019: 3, 2021: 4 });
    const pages = eventPages(events, 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, first: '2019-01-01', last: '2021-04-01', wholeYears: true });
    expect(pages[0]!.events).toEqual(events);
  });

  test('whole years are packed in order until the next would pass the maximum', () => {
    const pages = eventPages(corpus({ 2010: 4, 2011: 5, 2012: 2, 2013: 6 }), 10);
    expect(pages.map((p) => p.events.length)).toEqual([9, 8]);
    expect(pages.map((p) => [p.first.slice(0, 4), p.last.slice(0, 4), p.wholeYears])).toEqual([['2010', '2011', true], ['2012', '2013', true]]);
  });

  test('a year larger than the maximum is cut into equal parts of its own, not joined to its neighbours', () => {
    const pages = eventPages(corpus({ 2010: 2, 2011: 25, 2012: 3 }), 10);
    expect(pages.map((p) => [p.events.length, p.wholeYears])).toEqual([[2, true], [8, false], [8, false], [9, false], [3, true]]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
  });

  test('every event is on exactly one page, in its order, and no page passes the maximum (random corpora)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 200; round++) {
      const counts: Record<number, number> = {};
      for (let year = 2000; year < 2000 + Math.floor(random() * 20); year++) if (random() > 0.3) counts[year] = Math.floor(random() * 40);
      const events = corpus(counts);
      const max = 1 + Math.floor(random() * 30);
      const pages = eventPages(events, max);
      expect(pages.flatMap((p) => p.events)).toEqual(events);
      for (const page of pages) {
        expect(page.events.length).toBeGreaterThan(0);
        expect(page.events.length).toBeLessThanOrEqual(max);
      }
    }
  });

  test('no events, no pages', () => {
    expect(eventPages([], 10)).toEqual([]);
  });
});

test('the first page is the list itself; the others are numbered below it', () => {
  expect([1, 2, 12].map(eventPagePath)).toEqual(['', '2/', '12/']);
});

test('a page is named by its years, or by its dates when it holds part of a year', () => {
  const iso = (d: string) => `[${d}]`;
  expect(eventPageSpan({ first: '2009-03-01', last: '2017-12-30', wholeYears: true }, iso)).toBe('2009–2017');
  expect(eventPageSpan({ first: '2021-01-01', last: '2021-06-01', wholeYears: true }, iso)).toBe('2021');
  expect(eventPageSpan({ first: '2021-01-01', last: '2021-06-01', wholeYears: false }, iso)).toBe('[2021-01-01]–[2021-06-01]');
});
