import { expect, test } from 'vitest';
import { allPeriods, countByPeriod } from '../../../src/lib/charts/events-per-period.ts';

const events = [
  { start: '2020-06-17', themes: ['vaccines', 'diplomacy'] },
  { start: '2021-10-28', themes: ['diplomacy'] },
  { start: '2021', themes: ['diplomacy'] },
  { start: '2023-01', themes: ['economy'] },
];

test('events per year, by main theme, adding up to the number of events', () => {
  expect(countByPeriod(events, 'year')).toEqual([
    { period: '2020', theme: 'vaccines', count: 1 },
    { period: '2021', theme: 'diplomacy', count: 2 },
    { period: '2023', theme: 'economy', count: 1 },
  ]);
});

test('per month, year-only dates are left out', () => {
  expect(countByPeriod(events, 'month').map((c) => c.period)).toEqual(['2020-06', '2021-10', '2023-01']);
});

test('empty periods keep their place', () => {
  expect(allPeriods(countByPeriod(events, 'year'), 'year')).toEqual(['2020', '2021', '2022', '2023']);
  expect(allPeriods([{ period: '2020-11', theme: 'a', count: 1 }, { period: '2021-02', theme: 'a', count: 1 }], 'month')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
});
