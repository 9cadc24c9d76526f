import { expect, test } from 'vitest';
import { longestSharedRun, noiseLineOf, overlapsNoise } from '../../../src/lib/eval/noise-overlap.ts';

const teaser = 'Port Aster ferry operators agree on a shared winter timetable for the northern islands';

test.each([
  ['the sentence is a noise line', teaser, teaser, true],
  ['the sentence is part of a noise line', 'Port Aster ferry operators agree on a shared winter timetable', teaser, true],
  ['the sentence holds a distinctive noise line', `Read more ${teaser} and more`, teaser, true],
  ['spaces and case differ', 'PORT ASTER  ferry operators agree on a shared winter timetable', teaser, true],
  ['nearly the same passage (a clipped teaser)', `${teaser.slice(0, 60)} for the south`, teaser, true],
  ['a short chrome word glued to the start', 'By Wire Desk The ministers met on Monday.', 'By Wire Desk', true],
  ['a short chrome word inside prose', 'The ministers said they would share more news later.', 'Share', false],
  ['a lead that repeats most of a headline a caption repeats', 'The minister said that Port Aster ferry operators agree on a shared winter timetable, and then left for the airport at noon on Tuesday.', 'Minister: Port Aster ferry operators agree on a shared winter timetable - photo 1', false],
  ['a common phrase', 'Ministers from the northern islands met on Monday.', teaser, false],
])('%s: %s', (_, text, noise, overlaps) => {
  expect(overlapsNoise(text, noise)).toBe(overlaps);
});

test('longestSharedRun counts characters of the longest common substring', () => {
  expect(longestSharedRun('the harbour forum', 'a harbour fair')).toBe(' harbour f'.length);
  expect(longestSharedRun('abc', 'xyz')).toBe(0);
});

test('a text the page also writes clear of its chrome is the article’s own', () => {
  const headline = 'Port Aster hosts the northern islands forum';
  const caption = `${headline} - Photo 1`;
  const pageText = `${headline}\nMinisters met on Monday.\n${caption}\n`;
  expect(noiseLineOf(headline, [caption])).toBe(caption);
  expect(noiseLineOf(headline, [caption], pageText)).toBeUndefined();
  expect(noiseLineOf('Photo 1 Port Aster hosts the northern islands forum', [caption], pageText)).toBe(caption);
});
