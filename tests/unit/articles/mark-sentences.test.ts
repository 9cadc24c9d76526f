import { expect, test } from 'vitest';
import { markSentences, type SentenceMark } from '../../../src/lib/articles/mark-sentences.ts';

// "Ngày 5/3, hội thảo khai mạc." stands twice: quoted inside the first sentence, and as the second.
const PARAGRAPH = 'Ông nói: "Ngày 5/3, hội thảo khai mạc." Ngày 5/3, hội thảo khai mạc. Sau đó là tiệc.';
const SENTENCE = 'Ngày 5/3, hội thảo khai mạc.';
const second = PARAGRAPH.lastIndexOf(SENTENCE);
/** The marked segments: "quoted" or "second" for SENTENCE by where it stands, else their text. */
function marked(marks: SentenceMark[]): Array<[string, string[]]> {
  let at = 0;
  return markSentences(PARAGRAPH, marks).flatMap((s) => {
    const start = at;
    at += s.text.length;
    if (!s.eventIds.length) return [];
    return [[s.text === SENTENCE ? (start === second ? 'second' : 'quoted') : s.text, s.eventIds] as [string, string[]]];
  });
}

test.each<[string, SentenceMark[], Array<[string, string[]]>]>([
  ['with its date words’ place, the sentence that holds them', [{ sentence: SENTENCE, eventId: 'e', dateOffsets: [second, second + 8] }], [['second', ['e']]]],
  ['without it, where the sentence first stands', [{ sentence: SENTENCE, eventId: 'e' }], [['quoted', ['e']]]],
  ['offsets that fit no place: where it first stands', [{ sentence: SENTENCE, eventId: 'e', dateOffsets: [80, 88] }], [['quoted', ['e']]]],
  ['two events of one sentence, one mark', [{ sentence: 'Sau đó là tiệc.', eventId: 'a' }, { sentence: 'Sau đó là tiệc.', eventId: 'b' }], [['Sau đó là tiệc.', ['a', 'b']]]],
  ['a sentence not in the paragraph is not marked', [{ sentence: 'Không có.', eventId: 'e' }], []],
])('%s', (_, marks, expected) => {
  expect(marked(marks)).toEqual(expected);
});

test('the segments put the paragraph back together', () => {
  expect(markSentences(PARAGRAPH, [{ sentence: SENTENCE, eventId: 'e', dateOffsets: [second, second + 8] }]).map((s) => s.text).join('')).toBe(PARAGRAPH);
});
