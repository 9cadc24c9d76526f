import { expect, test } from 'vitest';
import { reported } from '../../../src/lib/events/name-phrase.ts';

// Sentences written for these tests in the styles English outlets use.
test.each([
  // who reported it goes
  ['The ministry said the two sides will sign the code of conduct next year.', 'the two sides will sign the code of conduct next year.'],
  ['Officials announced that the maritime drill would start on Monday.', 'the maritime drill would start on Monday.'],
  // a passive "was announced at" is part of what happened
  ['In 2020 the parties agreed on a draft of the code of conduct that was announced at a ministerial meeting a year earlier.', 'In 2020 the parties agreed on a draft of the code of conduct that was announced at a ministerial meeting a year earlier.'],
])('reported(%j)', (sentence, what) => {
  expect(reported(sentence)).toBe(what);
});
