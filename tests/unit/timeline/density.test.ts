import { expect, test } from 'vitest';
import { densityBins, densityPath } from '../../../src/lib/timeline/density.ts';

const day = (d: number) => Date.UTC(2024, 0, d);
// 10 days across 100 px: a day is 10 px
const x = (ms: number) => ((ms - day(1)) / (day(11) - day(1))) * 100;

test('events are counted in the column where the middle of their span is', () => {
  const items = [
    { start: day(1), end: day(1) }, // 0 px
    { start: day(1), end: day(2) }, // 5 px
    { start: day(2), end: day(2) }, // 10 px
    { start: day(1), end: day(5) }, // 20 px
    { start: day(10), end: day(10) }, // 90 px
  ];
  expect(densityBins(items, x, 100, 10)).toEqual([2, 1, 1, 0, 0, 0, 0, 0, 0, 1]);
});

test('events outside the strip are not counted', () => {
  expect(densityBins([{ start: day(20), end: day(20) }, { start: Date.UTC(2023, 0, 1), end: Date.UTC(2023, 0, 1) }], x, 100, 10)).toEqual(new Array(10).fill(0));
});

test('bars stand on the baseline, the fullest one full height; empty columns draw nothing', () => {
  expect(densityPath([2, 0, 1], { binWidth: 3, barWidth: 2.5, baseline: 32, height: 28 })).toBe('M0,32h2.5v-28h-2.5ZM6,32h2.5v-14h-2.5Z');
  expect(densityPath([0, 0], { binWidth: 3, barWidth: 2.5, baseline: 32, height: 28 })).toBe('');
});
