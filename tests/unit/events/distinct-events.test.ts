import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/errors.ts';
import { formatReport } from '../../../src/lib/events/build-corpus.ts';
import { uniqueIds } from '../../../src/lib/events/event-id.ts';
import { curatedMarkdown } from '../../../src/lib/importer/curated-markdown.ts';
import { fromTimelineJsJson, fromTimelineJsRows } from '../../../src/lib/importer/from-timelinejs.ts';
import { articleFile, corpusOf, themesFile } from '../corpus-helpers.ts';
import { parseThemesFile } from '../../../src/lib/themes/parse-themes-file.ts';

// Different things are never merged silently (issue 19).

/** A curated article: no extraction, only the events its frontmatter adds. */
const curated = (title: string, events: ReadonlyArray<{ title: string; start: string; summary?: string }>) =>
  `---\ntitle: ${JSON.stringify(title)}\nextract: false\nevents:\n${events.map((e, i) => `  - title: ${JSON.stringify(e.title)}\n    start: "${e.start}"\n    summary: ${JSON.stringify(e.summary ?? e.title)}\n    paragraph: ${i + 1}\n`).join('')}---\n\n${events.map((e) => e.title).join('\n\n')}\n`;

const themes = (() => {
  const parsed = parseThemesFile(new TextDecoder().decode(themesFile.bytes), themesFile.path);
  if (!('themes' in parsed)) throw new Error('themes.yaml does not parse');
  return parsed.themes;
})();

describe('two different events whose titles make the same slug keep their own ids and summaries', () => {
  test.each([
    // Cyrillic words give no slug at all: both were "2021-10-28-article".
    ['titles in another script', 'Саммит АСЕАН – Россия', 'Встреча министров обороны'],
    // The slug stops at 48 characters; the numbers after it differ: two meetings.
    ['titles alike up to the slug’s length', 'Hội nghị Bộ trưởng Kinh tế ASEAN và Liên bang Nga lần thứ 4', 'Hội nghị Bộ trưởng Kinh tế ASEAN và Liên bang Nga lần thứ 5'],
  ])('%s', (_, titleA, titleB) => {
    const corpus = corpusOf(articleFile('a', curated('Bài A', [{ title: titleA, start: '2021-10-28', summary: 'Tóm tắt A' }])), articleFile('b', curated('Bài B', [{ title: titleB, start: '2021-10-28', summary: 'Tóm tắt B' }])));
    expect(corpus.problems).toEqual([]);
    expect(corpus.events.map((e) => e.summary).sort()).toEqual(['Tóm tắt A', 'Tóm tắt B']);
    expect(new Set(corpus.events.map((e) => e.id)).size).toBe(2);
    expect(corpus.events.map((e) => e.sources.map((s) => s.article))).toEqual(expect.arrayContaining([['a'], ['b']]));
  });

  test('the same happening in two articles is still one event, and the report says so', () => {
    const corpus = corpusOf(
      articleFile('a', curated('Bài A', [{ title: 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4', start: '2021-10-28' }])),
      articleFile('b', curated('Bài B', [{ title: 'Hội nghị Cấp cao ASEAN - Nga lần thứ 4', start: '2021-10-28' }])),
    );
    expect(corpus.events).toHaveLength(1);
    expect(formatReport(corpus.report)).toContain(`  joined: ${corpus.events[0]!.id}: content/articles/a.md (paragraph 1), content/articles/b.md (paragraph 1): the same date and similar titles`);
  });

  test('suffixes never land on an id another event already has', () => {
    expect(uniqueIds([{ id: 'x' }, { id: 'x-2' }, { id: 'x' }, { id: 'x' }]).map((e) => e.id)).toEqual(['x', 'x-2', 'x-3', 'x-4']);
  });
});

describe('an `id:` another event of the same article has is an error naming both', () => {
  const BODY = 'Chiều 28/10, Thủ tướng dự Hội nghị Cấp cao ASEAN-Nga lần thứ 4.\n\nNăm 2022 là Năm Hợp tác Khoa học-Kỹ thuật ASEAN-Nga.\n';
  const article = (events: string) => `---\ntitle: Bài mẫu\npublished: 2021-10-29\nevents:\n${events}---\n\n${BODY}`;
  test.each([
    ['two added events', '  - title: Sự kiện một\n    start: 2021-01-01\n    id: mot\n  - title: Sự kiện hai\n    start: 2021-02-01\n    id: mot\n', 'content/articles/a.md:10 [events[1].id] id "mot" is also the id of events[0] ("Sự kiện một")'],
    ['two corrected events', '  - match: Chiều 28/10\n    id: hop\n  - match: Năm 2022\n    id: hop\n', 'content/articles/a.md:8 [events[1].id] id "hop" is also the id of events[0] ("'],
  ])('%s', (_, events, message) => {
    const corpus = corpusOf(articleFile('a', article(events)));
    expect(corpus.problems.map(formatProblem)).toEqual([expect.stringContaining(message)]);
    expect(formatProblem(corpus.problems[0]!)).toContain('Fix: give each event of an article its own id');
  });

  test('an added event given the id of an extracted one', () => {
    const first = corpusOf(articleFile('a', article('  - title: X\n    start: 2020\n')));
    const extracted = first.events.find((e) => e.start === '2021-10-28')!;
    const corpus = corpusOf(articleFile('a', article(`  - title: Một sự kiện khác\n    start: 2020\n    id: ${extracted.id}\n`)));
    expect(corpus.problems.map(formatProblem)).toEqual([expect.stringContaining(`[events[0].id] id "${extracted.id}" is also the id of the event "${extracted.title}" read from paragraph 1`)]);
  });

  test('across articles the same id joins on purpose, and the report lists it', () => {
    const other = `---\ntitle: Bài khác\nlanguage: en\npublished: 2021-10-29\nevents:\n  - match: October 28\n    id: asean-russia-summit-4\n---\n\nLeaders met online on October 28 for the 4th ASEAN-Russia Summit.\n`;
    const corpus = corpusOf(articleFile('a', article('  - match: Chiều 28/10\n    id: asean-russia-summit-4\n')), articleFile('b', other));
    expect(corpus.problems).toEqual([]);
    expect(corpus.events.filter((e) => e.id === 'asean-russia-summit-4')).toHaveLength(1);
    expect(formatReport(corpus.report)).toContain('  joined: asean-russia-summit-4: content/articles/a.md (paragraph 1), content/articles/b.md (paragraph 1): the same `id:` in their frontmatter');
  });
});

test.each([
  ['9999', 'paragraph 9999 does not exist: the article has 2 paragraph(s)', 'use a paragraph number from 1 to 2'],
  ['3', 'paragraph 3 does not exist: the article has 2 paragraph(s)', 'use a paragraph number from 1 to 2'],
])('an added event citing paragraph %s of two is an error, not a citation of paragraph 1', (n, message, hint) => {
  const corpus = corpusOf(articleFile('a', `---\ntitle: Bài mẫu\nevents:\n  - title: Quan hệ được thiết lập\n    start: 1991-07\n    paragraph: ${n}\n---\n\nĐoạn một.\n\nĐoạn hai.\n`));
  expect(corpus.problems.map(formatProblem)).toEqual([`content/articles/a.md:6 [events[0].paragraph] ${message}. Fix: ${hint} (the article page shows paragraph N at #p-N)`]);
});

describe('a TimelineJS file keeps every slide as its own event', () => {
  const TEMPLATES = 'node_modules/@knight-lab/timelinejs/src/template';
  const build = (imported: ReturnType<typeof fromTimelineJsJson>) => corpusOf(articleFile('tl', curatedMarkdown(imported, 'tl')));
  test.each([
    // media-type examples: "Instagram" and "Instagram, Profile" on 1912 were one event (41 slides, 38 events)
    ['all-media-types.json', 41],
    ['eras.json', 23],
  ])('%s: %i slides, as many events', (name, slides) => {
    const imported = fromTimelineJsJson(JSON.parse(readFileSync(`${TEMPLATES}/${name}`, 'utf8')), themes);
    expect(imported.problems).toEqual([]);
    expect(imported.events).toHaveLength(slides);
    const corpus = build(imported);
    expect(corpus.problems).toEqual([]);
    expect(corpus.events).toHaveLength(slides);
    expect(new Set(corpus.events.map((e) => e.id)).size).toBe(slides);
  });

  test('three untitled slides on one date are three events', () => {
    const slide = { start_date: { year: 1999, month: 5, day: 1 }, text: {} };
    const imported = fromTimelineJsJson({ events: [slide, slide, slide] }, themes);
    const corpus = build(imported);
    expect(corpus.events.map((e) => [e.title, e.id])).toEqual([
      ['Untitled', '1999-05-01-untitled'],
      ['Untitled', '1999-05-01-untitled-2'],
      ['Untitled', '1999-05-01-untitled-3'],
    ]);
  });

  test('an image-only slide is titled by its caption', () => {
    const imported = fromTimelineJsJson({ events: [{ start_date: { year: 2001 }, media: { url: 'x.jpg', caption: 'Lễ ký kết' } }] }, themes);
    expect(imported.events[0]!.title).toBe('Lễ ký kết');
  });

  test('a slide id used twice is kept once, and the import says so', () => {
    const slide = (headline: string) => ({ start_date: { year: 2001 }, text: { headline }, bien_nien: { id: 'moc' } });
    const imported = fromTimelineJsJson({ events: [slide('Một'), slide('Hai')] }, themes);
    expect(imported.events.map((e) => e.id)).toEqual(['moc', undefined]);
    expect(imported.notes).toEqual(['events[1] "Hai": id "moc" is already another slide\'s; this slide gets its own']);
    expect(build(imported).events).toHaveLength(2);
  });

  test('a spreadsheet row with media but no year, headline or text is reported, not dropped silently', () => {
    const rows = Papa.parse<Record<string, string>>('Year,Headline,Text,Media,Media Caption\n2001,Một,,,\n,,,x.jpg,Ảnh\n,,,,\n', { header: true, skipEmptyLines: true }).data;
    const imported = fromTimelineJsRows(rows, themes);
    expect(imported.events).toHaveLength(1);
    expect(imported.problems).toEqual(['row 3: it has Media, Media Caption but no Year, Headline or Text, so it cannot be placed']);
  });
});
