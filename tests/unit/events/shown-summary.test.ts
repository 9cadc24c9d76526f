import { expect, test } from 'vitest';
import { shownSummary } from '../../../src/lib/events/shown-summary.ts';

const SENTENCE = 'Chiều 5/3, hai bên ký thỏa thuận hợp tác năng lượng tại Hà Nội.';

test.each([
  // the summary is the sentence, or the sentence clipped: shown once, as the sentence
  [SENTENCE, [SENTENCE], undefined],
  ['Chiều 5/3, hai bên ký thỏa thuận hợp tác…', [SENTENCE], undefined],
  ['chiều 5/3,  hai bên ký thỏa thuận hợp tác năng lượng tại Hà Nội', [SENTENCE], undefined],
  ['', [SENTENCE], undefined],
  // a summary that says more (the article's lead) is shown
  ['Hai nước đẩy mạnh hợp tác năng lượng và giáo dục.', [SENTENCE], 'Hai nước đẩy mạnh hợp tác năng lượng và giáo dục.'],
  [SENTENCE, [], SENTENCE],
])('%j beside %j → %j', (summary, sentences, shown) => {
  expect(shownSummary(summary, sentences)).toBe(shown);
});
