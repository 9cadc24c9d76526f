import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/errors.ts';
import { formatReport } from '../../../src/lib/events/build-corpus.ts';
import { articleFile, corpusOf } from '../corpus-helpers.ts';

const BODY = `Chiều 28/10, Thủ tướng dự Hội nghị Cấp cao ASEAN-Nga lần thứ 4 về hợp tác vắc-xin.

Hai bên thông qua Kế hoạch hành động toàn diện giai đoạn 2021-2025.

Các nước nhất trí năm 2022 là Năm Hợp tác Khoa học-Kỹ thuật ASEAN-Nga.
`;
const article = (frontmatter: string, body = BODY) => `---\ntitle: Bài mẫu\npublished: 2021-10-29\n${frontmatter}---\n\n${body}`;

describe('editor corrections in the frontmatter win over extraction', () => {
  test('fix a date, a title and themes by the date words', () => {
    const corpus = corpusOf(articleFile('a', article(`events:\n  - match: Chiều 28/10\n    start: 2021-10-27\n    title: Hội nghị Cấp cao lần thứ 4\n    themes: [security]\n`)));
    expect(corpus.problems).toEqual([]);
    const event = corpus.events.find((e) => e.main)!;
    expect(event).toMatchObject({ start: '2021-10-27', title: 'Hội nghị Cấp cao lần thứ 4', themes: ['security'], dateInferred: false, edited: true });
    expect(event.inference).toBeUndefined();
  });

  test('drop an event by its id', () => {
    const first = corpusOf(articleFile('a', article('')));
    const yearEvent = first.events.find((e) => e.start === '2022')!;
    const corpus = corpusOf(articleFile('a', article(`events:\n  - match: ${yearEvent.id}\n    drop: true\n`)));
    expect(corpus.events.map((e) => e.start)).not.toContain('2022');
    expect(corpus.events).toHaveLength(first.events.length - 1);
  });

  test('add an event the text does not date', () => {
    const corpus = corpusOf(articleFile('a', article(`events:\n  - title: Quan hệ ASEAN-Nga được thiết lập\n    start: 1991-07\n    paragraph: 1\n    themes: [diplomacy]\n`)));
    expect(corpus.events.find((e) => e.start === '1991-07')).toMatchObject({ precision: 'month', edited: true, sources: [{ article: 'a', paragraph: 1 }] });
  });

  test('join two articles’ events by giving them one id', () => {
    const other = `---\ntitle: Bài khác\nlanguage: en\npublished: 2021-10-29\nevents:\n  - match: October 28\n    id: asean-russia-summit-4\n---\n\nLeaders met online on October 28 for the 4th ASEAN-Russia Summit.\n`;
    const corpus = corpusOf(articleFile('a', article(`events:\n  - match: Chiều 28/10\n    id: asean-russia-summit-4\n`)), articleFile('b', other));
    const summit = corpus.events.filter((e) => e.id === 'asean-russia-summit-4');
    expect(summit).toHaveLength(1);
    expect(summit[0]!.sources.map((s) => s.article)).toEqual(['a', 'b']);
  });
});

describe('bad input stops the build with the file, the line and the field', () => {
  test.each([
    ['malformed YAML', `---\ntitle: "Bài mẫu\npublished: 2021-10-29\n---\n\n${BODY}`, 'content/articles/a.md', 'frontmatter'],
    ['an unknown field', article('categry: ngoại giao\n'), 'content/articles/a.md:4 [categry]', 'unknown field'],
    ['a wrong date format', `---\ntitle: Bài mẫu\npublished: 29/10/2021\n---\n\n${BODY}`, 'content/articles/a.md:3 [published]', 'YYYY-MM-DD'],
    ['a publication day no calendar has', `---\ntitle: Bài mẫu\npublished: 2021-02-30\n---\n\n${BODY}`, 'content/articles/a.md:3 [published]', 'not a calendar date'],
    ['a missing title', `---\npublished: 2021-10-29\n---\n\n${BODY}`, 'content/articles/a.md:1 [title]', 'required'],
    ['an unknown theme in an override', article('events:\n  - match: Chiều 28/10\n    themes: [sports]\n'), 'content/articles/a.md:6 [events[0].themes]', 'unknown theme "sports"'],
    ['an override that matches nothing', article('events:\n  - match: Sáng 1/1\n    title: X\n'), 'content/articles/a.md:5 [events[0].match]', 'no event of this article'],
    ['an impossible date in the text', article('', 'Ngày 31/2, hai bên họp.\n'), 'content/articles/a.md:6 [body]', 'impossible date "Ngày 31/2"'],
    ['29 February of a common year, inferred', `---\ntitle: Bài mẫu\npublished: 2021-03-01\n---\n\nNgày 29/2, hai bên họp.\n`, 'content/articles/a.md:6 [body]', 'day 29 does not exist in month 2 2021'],
    ['a reversed range', article('', 'Kế hoạch giai đoạn 2025-2021 được thông qua.\n'), 'content/articles/a.md:6 [body]', 'ends (2021) before it starts (2025)'],
    ['a reversed range in an override', article('events:\n  - title: X\n    start: 2025\n    end: 2021\n'), 'content/articles/a.md:7 [events[0].end]', 'ends (2021) before it starts (2025)'],
    ['no frontmatter', BODY, 'content/articles/a.md:1 [frontmatter]', 'first line is not "---"'],
  ])('%s', (_, text, location, message) => {
    const corpus = corpusOf(articleFile('a', text));
    const messages = corpus.problems.map(formatProblem);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.some((m) => m.startsWith(location) && m.includes(message) && m.includes('Fix:'))).toBe(true);
  });

  test('two articles with one slug', () => {
    const corpus = corpusOf(articleFile('a', article('')), { path: 'content/articles/more/a.md', bytes: new TextEncoder().encode(article('')) });
    expect(corpus.problems.map(formatProblem)).toEqual([expect.stringContaining('content/articles/more/a.md:1 [file name] slug "a" is already used by content/articles/a.md')]);
  });

  test('a file in a legacy encoding', () => {
    const corpus = corpusOf(articleFile('a', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x48, 0xf4, 0xf2, 0x69])));
    expect(corpus.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/articles\/a\.md:1 \[file\] .*Windows-1258.*Fix: save the file as UTF-8/)]);
  });
});

describe('nothing is dropped', () => {
  test('an article with no date is kept and listed as undated in the report', () => {
    const corpus = corpusOf(articleFile('a', article('')), articleFile('opinion', `---\ntitle: Một bài bình luận\n---\n\nCác học giả bàn về quan hệ hai bên.\n`));
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((a) => a.slug)).toEqual(['a', 'opinion']);
    expect(corpus.undated).toEqual([expect.objectContaining({ slug: 'opinion', reason: expect.stringContaining('no date found') })]);
    expect(formatReport(corpus.report).join('\n')).toContain('undated: content/articles/opinion.md');
  });

  test('a year-less date with nothing to infer from is reported, and the article listed as undated', () => {
    const corpus = corpusOf(articleFile('a', `---\ntitle: Bài mẫu\n---\n\nChiều 28/10, hai bên họp.\n`));
    expect(corpus.undated[0]!.reason).toContain('"Chiều 28/10"');
    expect(corpus.report.warnings[0]).toContain('"Chiều 28/10" (paragraph 1) not placed');
  });

  test('the report lists every inferred date with its reason', () => {
    const corpus = corpusOf(articleFile('a', article('')));
    expect(formatReport(corpus.report).join('\n')).toContain('"Chiều 28/10" → 2021-10-28, year from published 2021-10-29');
  });
});
