import { expect, test } from 'vitest';
import { readViewState, writeViewState } from '../../../src/lib/url-state/url-state.ts';

test.each([
  [{ query: '', themes: [] }, ''],
  [{ query: 'vắc xin', themes: [] }, '?q=v%E1%BA%AFc+xin'],
  [{ query: '', themes: ['economy', 'security'] }, '?themes=economy,security'],
  [{ query: 'Lavrov', themes: ['vaccines'], event: '2020-06-17-hoi-nghi', window: ['2020-01-01', '2021-01-01'] as [string, string] }, '?q=Lavrov&themes=vaccines&event=2020-06-17-hoi-nghi&from=2020-01-01&to=2021-01-01'],
  [{ query: '', themes: [], present: 'e1', slides: 'lesson' as const, contrast: 'dark' as const, lesson: 'e1~note|e2' }, '?present=e1&slides=lesson&contrast=dark&lesson=e1~note|e2'],
])('%o ⇄ %s', (view, search) => {
  expect(writeViewState(view)).toBe(search);
  expect(readViewState(search)).toEqual(view);
});

test('unrelated parameters are kept', () => {
  expect(writeViewState({ query: 'a', themes: [] }, '?utm=xyz&q=old')).toBe('?utm=xyz&q=a');
});

test.each([
  ['?from=2021-13-45&to=x', {}],
  ['?from=2022-01-01&to=2021-01-01', {}],
  ['?themes=<script>,vaccines', { themes: ['vaccines'] }],
])('bad values in %s are ignored', (search, expected) => {
  expect(readViewState(search)).toEqual({ query: '', themes: [], ...expected });
});
