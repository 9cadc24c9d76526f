import { describe, expect, test } from 'vitest';
import { highlight } from '../../../src/lib/search/highlight.ts';
import { foldAligned, WordSearch } from '../../../src/lib/search/word-search.ts';
import { toTimelineData } from '../../../src/lib/site/client-data.ts';
import { textsById, toEventTexts } from '../../../src/lib/site/event-texts.ts';
import { createFuzzySearch } from '../../../src/scripts/fuzzy-search.ts';
import { EventSearch } from '../../../src/scripts/timeline/search.ts';
import { articleFile, corpusOf, importedFixture, SEED_SUMMIT, SEED_VIDEO_CONFERENCE } from '../corpus-helpers.ts';

const corpus = corpusOf(articleFile('summit', importedFixture(SEED_SUMMIT)), articleFile('video', importedFixture(SEED_VIDEO_CONFERENCE)));
const data = toTimelineData(corpus.events, corpus.themes, corpus.articles);
// The browser's way: the slim timeline data and the texts file, as the page loads them.
const search = () => new EventSearch(data.events, textsById(data.events, toEventTexts(corpus.events)), async () => createFuzzySearch);
const titles = async (query: string, engine = search()) => ((await engine.search(query))?.positions ?? []).map((i) => data.events[i]!.title);

describe('search over the seeds', () => {
  test.each([
    ['vac xin', 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4'],
    ['VACCINE', 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4'],
    ['Lavrov', 'Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19'],
    ['khoa hoc ky thuat', 'Năm Hợp tác Khoa học-Kỹ thuật và Công nghiệp ASEAN-Nga'],
    ['ke hoach hanh dong', 'Kế hoạch hành động toàn diện giai đoạn 2021-2025'],
    // A typo: no word begins so, and Fuse's fuzzy search finds the near miss.
    ['Lavrow', 'Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19'],
  ])('"%s" finds "%s"', async (query, title) => {
    expect(await titles(query)).toContain(title);
  });

  test('near misses are marked where they matched', async () => {
    const near = (await search().search('Lavrow'))!;
    const video = data.events.find((e) => e.title.startsWith('Hội nghị trực tuyến Đặc biệt'))!;
    expect(Object.keys(near.rangesOf(video.id)!).length).toBeGreaterThan(0);
  });

  test('every word must begin a word of the event, or the search is for near misses', async () => {
    const words = new WordSearch(data.events.map((e, i) => ({ title: e.title, summary: toEventTexts(corpus.events)[i]!.summary, sentences: '' })));
    expect(words.find('lavrov hội nghị cấp cao')).toEqual([]);
    expect(words.find('avrov')).toEqual([]);
    expect(words.find('lavrov').length).toBeGreaterThan(0);
  });

  test('one letter does not search', async () => {
    expect(await search().search('v')).toBeUndefined();
  });

  test('NFD and NFC queries find the same', async () => {
    const nfc = 'Hội nghị Cấp cao';
    expect(await titles(nfc.normalize('NFD'))).toEqual(await titles(nfc));
  });

  test('typing on, letter by letter, finds what a fresh search finds', async () => {
    const engine = search();
    for (const query of ['ho', 'hoi', 'hoi ', 'hoi n', 'hoi ngh', 'hoi nghi cap', 'ho']) expect(await titles(query, engine)).toEqual(await titles(query));
  });

  test('matched words are marked where they are in the original text', async () => {
    const results = (await search().search('hoi nghi cap cao'))!;
    const summit = data.events.find((e) => e.title === 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4')!;
    expect(results.positions).toContain(data.events.indexOf(summit));
    const marked = highlight(summit.title, results.rangesOf(summit.id)!.title!).filter((p) => p.match).map((p) => p.text);
    expect(marked).toEqual(['Hội nghị Cấp cao']);
  });
});

describe('WordSearch', () => {
  const docs = [
    { title: 'Phân phối vắc-xin', summary: 'Đông Nam Á nhận vắc-xin', sentences: '' },
    { title: 'Nhân dân', summary: 'an ninh', sentences: 'Anh ấy' },
  ];
  const words = new WordSearch(docs);
  test.each([
    ['vac', [0]],
    ['xin', [0]],
    ['dong nam', [0]],
    ['an', [1]], // "an" begins "an" and "Anh", not the "an" inside "Nhân"
    ['nhan dan', [1]],
    ['han', []],
    ['', []],
  ])('find(%j)', (query, expected) => {
    expect(words.find(query)).toEqual(expected);
  });

  test('built in batches, with pauses between, it answers as the index built at once', async () => {
    let pauses = 0;
    const batched = await WordSearch.build(docs, async () => void pauses++, 1);
    expect(pauses).toBeGreaterThanOrEqual(docs.length);
    for (const query of ['vac', 'dong nam', 'an', 'nhan dan', 'han']) expect(batched.find(query)).toEqual(words.find(query));
    expect(batched.ranges(0, 'vac xin')).toEqual(words.ranges(0, 'vac xin'));
  });

  test('ranges: every occurrence, per field, in the original positions', () => {
    expect(words.ranges(0, 'vac xin')).toEqual({ title: [[10, 12], [14, 16]], summary: [[16, 18], [20, 22]] });
    expect(words.ranges(0, 'dong nam a')).toEqual({ summary: [[0, 3], [0, 9], [5, 7]] });
  });
});

test.each([
  ['Đông Nam Á', 'dong nam a'],
  ['vắc-xin', 'vac-xin'],
  ['Hội nghị', 'hoi nghi'],
  ['x😀y', 'x😀y'],
])('foldAligned(%s) keeps every position', (text, folded) => {
  expect(foldAligned(text)).toBe(folded);
  expect(foldAligned(text)).toHaveLength(text.length);
});

test.each([
  ['Phân phối vắc-xin', [[10, 16]], [['Phân phối ', false], ['vắc-xin', true]]],
  ['abc def', [[0, 0], [4, 6]], [['abc ', false], ['def', true]]],
  ['abcdef', [[0, 2], [1, 3]], [['abcd', true], ['ef', false]]],
  ['abc', [], [['abc', false]]],
] as const)('highlight(%s, %o)', (text, indices, expected) => {
  expect(highlight(text, indices as unknown as Array<[number, number]>).map((p) => [p.text, p.match])).toEqual(expected);
});

describe('search covers the themes’ labels and keywords, in both languages', () => {
  const themed = corpusOf(articleFile('a', `---
title: Tin ngắn
published: 2021-03-06
---

Ngày 5/3, lô Sputnik V đầu tiên đến Hà Nội.

Ngày 4/3, hai bên ký thỏa thuận thương mại tự do.
`));
  const themedData = toTimelineData(themed.events, themed.themes, themed.articles);
  const engine = () => new EventSearch(themedData.events, textsById(themedData.events, toEventTexts(themed.events)), async () => createFuzzySearch, themedData.themes);
  const starts = async (query: string) => ((await engine().search(query))?.positions ?? []).map((i) => themedData.events[i]!.start);

  test.each([
    // the vaccines theme's keyword, label (vi) and label (en): none of them in the event's own words
    ['vắc xin', ['2021-03-05']],
    ['vac xin', ['2021-03-05']],
    ['y tế', ['2021-03-05']],
    ['health', ['2021-03-05']],
    ['Kinh tế và thương mại', ['2021-03-04']],
    ['trade', ['2021-03-04']],
  ])('"%s" finds %o', async (query, expected) => {
    expect(await starts(query)).toEqual(expected);
  });

  test('without the taxonomy, only the events’ own words are searched', async () => {
    const bare = new EventSearch(themedData.events, textsById(themedData.events, toEventTexts(themed.events)), async () => createFuzzySearch);
    expect((await bare.search('vắc xin'))?.positions ?? []).not.toContain(themedData.events.findIndex((e) => e.start === '2021-03-05'));
  });
});
