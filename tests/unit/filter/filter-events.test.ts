import { expect, test } from 'vitest';
import { filterEvents } from '../../../src/lib/filter/filter-events.ts';

const events = [
  { id: 'v', themes: ['vaccines'] },
  { id: 'vs', themes: ['vaccines', 'security'] },
  { id: 'e', themes: ['economy'] },
];

test.each([
  ['nothing chosen: everything', undefined, [], ['v', 'vs', 'e'], { vaccines: 2, security: 1, economy: 1 }],
  ['one theme', undefined, ['security'], ['vs'], { vaccines: 2, security: 1, economy: 1 }],
  ['two themes: either', undefined, ['security', 'economy'], ['vs', 'e'], { vaccines: 2, security: 1, economy: 1 }],
  ['search and theme combine', [0, 2], ['vaccines'], ['v'], { vaccines: 1, economy: 1 }],
  ['no match', [], [], [], {}],
])('%s', (_, matches, themes, shown, counts) => {
  const result = filterEvents(events, { matches, themes: new Set(themes) });
  expect(result.shown.map((e) => e.id)).toEqual(shown);
  expect(Object.fromEntries(result.counts)).toEqual(counts);
});
