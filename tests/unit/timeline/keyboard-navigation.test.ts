import { expect, test } from 'vitest';
import { nextInDateOrder, nextInLane } from '../../../src/lib/timeline/keyboard-navigation.ts';
import type { TimelineItem } from '../../../src/lib/timeline/timeline-item.ts';

const item = (id: string, start: number, themes: string[]): TimelineItem => ({ id, start, end: start + 1, precision: 'day', isRange: false, inferred: false, themes, title: id });
const items = [item('a1', 10, ['a']), item('b1', 20, ['b']), item('ab', 30, ['a', 'b']), item('c1', 100, ['c'])];
const lanes = ['a', 'b', 'c'];

test.each([
  [undefined, 1, 'a1'],
  [undefined, -1, 'c1'],
  ['a1', 1, 'b1'],
  ['b1', -1, 'a1'],
  ['c1', 1, 'c1'],
  ['a1', -1, 'a1'],
] as const)('from %s step %d → %s', (current, step, expected) => {
  expect(nextInDateOrder(items, current, step)).toBe(expected);
});

test.each([
  [{ id: 'a1', lane: 'a' }, 1, { id: 'b1', lane: 'b' }],
  [{ id: 'ab', lane: 'a' }, 1, { id: 'ab', lane: 'b' }],
  [{ id: 'b1', lane: 'b' }, 1, { id: 'c1', lane: 'c' }],
  [{ id: 'c1', lane: 'c' }, -1, { id: 'ab', lane: 'b' }],
  [{ id: 'a1', lane: 'a' }, -1, { id: 'a1', lane: 'a' }],
] as const)('lane move from %o step %d → %o', (current, step, expected) => {
  expect(nextInLane(items, lanes, current, step)).toEqual(expected);
});

test('with nothing shown there is nowhere to go', () => {
  expect(nextInDateOrder([], undefined, 1)).toBeUndefined();
});
