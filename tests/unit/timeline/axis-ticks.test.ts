import { expect, test } from 'vitest';
import { axisTicks } from '../../../src/lib/timeline/axis-ticks.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

test.each([
  ['years across a decade', ['2010-01-01', '2020-01-01'], 'vi', ['2010', '2012', '2014', '2016', '2018', '2020']],
  ['months within a year, Vietnamese', ['2021-01-01', '2021-07-01'], 'vi', ['2021', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7']],
  ['months within a year, English', ['2021-01-01', '2021-07-01'], 'en', ['2021', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul']],
  ['days within a month', ['2021-10-25', '2021-11-01'], 'vi', ['25 Th10', '26 Th10', '27 Th10', '28 Th10', '29 Th10', '30 Th10', '31 Th10', 'Th11']],
] as const)('%s', (_, [from, to], language, labels) => {
  expect(axisTicks([utc(from), utc(to)], 800, language).map((tick) => tick.label)).toEqual(labels);
});

test('ticks sit where their dates are, about one per 110 px', () => {
  const ticks = axisTicks([utc('2021-01-01'), utc('2021-01-11')], 1100, 'en');
  expect(ticks.length).toBeLessThanOrEqual(11);
  expect(ticks.length).toBeGreaterThanOrEqual(5);
  // a day is 110 px here: the tick of day d of January is at (d - 1) × 110
  for (const tick of ticks.slice(1)) expect(tick.x).toBeCloseTo((Number(tick.label.split(' ')[0]) - 1) * 110);
  // 1 January at the left edge, 11 January at the right
  expect(ticks[0]).toEqual({ x: 0, label: '2021' });
  expect(ticks.at(-1)).toEqual({ x: 1100, label: '11 Jan' });
  // narrower, fewer ticks
  expect(axisTicks([utc('2021-01-01'), utc('2021-01-11')], 300, 'en').length).toBeLessThan(ticks.length);
});
