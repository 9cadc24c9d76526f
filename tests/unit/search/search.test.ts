import Fuse from 'fuse.js';
import { describe, expect, test } from 'vitest';
import { highlight } from '../../../src/lib/search/highlight.ts';
import { FUSE_OPTIONS, type SearchDocument } from '../../../src/lib/search/search-options.ts';
import { buildSearchIndex, toTimelineData } from '../../../src/lib/site/client-data.ts';
import { articleFile, corpusOf, importedFixture, SEED_SUMMIT, SEED_VIDEO_CONFERENCE } from '../corpus-helpers.ts';

const corpus = corpusOf(articleFile('summit', importedFixture(SEED_SUMMIT)), articleFile('video', importedFixture(SEED_VIDEO_CONFERENCE)));
const data = toTimelineData(corpus.events, corpus.themes, corpus.articles);
// The browser's way: parse the index built at build time, round-tripped through JSON, with
// empty stand-in documents (the page ships no texts for them: the index has them).
const index = Fuse.parseIndex<SearchDocument>(JSON.parse(JSON.stringify(buildSearchIndex(corpus.events))));
const fuse = new Fuse(data.events.map(() => ({ title: '', summary: '', sentences: '' })), FUSE_OPTIONS, index);
const top = (query: string, n = 2) => fuse.search(query).slice(0, n).map((r) => data.events[r.refIndex]!.title);

describe('search over the serialised index', () => {
  test.each([
    ['vac xin', 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4'],
    ['VACCINE', 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4'],
    ['Lavrov', 'Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19'],
    ['khoa hoc ky thuat', 'Năm Hợp tác Khoa học-Kỹ thuật và Công nghiệp ASEAN-Nga'],
    ['ke hoach hanh dong', 'Kế hoạch hành động toàn diện giai đoạn 2021-2025'],
  ])('"%s" has "%s" in the top results', (query, title) => {
    expect(top(query)).toContain(title);
  });

  test('NFD and NFC queries find the same', () => {
    const nfc = 'Hội nghị Cấp cao';
    expect(top(nfc.normalize('NFD'))).toEqual(top(nfc));
  });
});

test.each([
  ['Phân phối vắc-xin', [[10, 16]], [['Phân phối ', false], ['vắc-xin', true]]],
  ['abc def', [[0, 0], [4, 6]], [['abc ', false], ['def', true]]],
  ['abcdef', [[0, 2], [1, 3]], [['abcd', true], ['ef', false]]],
  ['abc', [], [['abc', false]]],
] as const)('highlight(%s, %o)', (text, indices, expected) => {
  expect(highlight(text, indices as unknown as Array<[number, number]>).map((p) => [p.text, p.match])).toEqual(expected);
});
