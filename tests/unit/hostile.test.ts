import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/errors.ts';
import { parseRawArticle } from '../../src/lib/importer/parse-raw-article.ts';
import { toArticleMarkdown } from '../../src/lib/importer/to-markdown.ts';
import { toTimelineData } from '../../src/lib/site/client-data.ts';
import { textsById, toEventTexts } from '../../src/lib/site/event-texts.ts';
import { createFuzzySearch } from '../../src/scripts/fuzzy-search.ts';
import { EventSearch } from '../../src/scripts/timeline/search.ts';
import { decodeBytes } from '../../src/lib/text/decode-bytes.ts';
import { articleFile, corpusOf } from './corpus-helpers.ts';

const HOSTILE = 'tests/fixtures/hostile';
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${HOSTILE}/${name}`));

/** Import (as `npm run import` does) and build, in memory. */
function importAndBuild(name: string, published?: string) {
  const decoded = decodeBytes(bytesOf(name));
  if ('error' in decoded) return { error: decoded.error };
  const raw = parseRawArticle(decoded.text);
  if (published) raw.published = published;
  return { raw, corpus: corpusOf(articleFile('a', toArticleMarkdown(raw))) };
}
const summary = (name: string) => {
  const result = importAndBuild(name);
  if ('error' in result) throw new Error(result.error);
  return result.corpus.events.map((e) => ({ id: e.id, start: e.start, end: e.end, title: e.title, themes: e.themes, sentence: e.sources[0]!.sentence }));
};

describe('the same text in any form gives the same events', () => {
  const reference = summary('nfc.txt');
  test('the reference has its events', () => {
    expect(reference.map((e) => e.start)).toEqual(['2021', '2021-10-28']);
  });
  test.each(['nfd.txt', 'bom.txt', 'crlf.txt', 'lone-cr.txt', 'utf16.txt'])('%s', (name) => {
    expect(summary(name)).toEqual(reference);
  });

  test('NFD and NFC give the same search results', async () => {
    const search = async (name: string, query: string) => {
      const result = importAndBuild(name);
      if ('error' in result) throw new Error(result.error);
      const { events, themes, articles } = result.corpus;
      const data = toTimelineData(events, themes, articles);
      return ((await new EventSearch(data.events, textsById(data.events, toEventTexts(events)), async () => createFuzzySearch).search(query))?.positions ?? []).map((i) => data.events[i]!.id);
    };
    for (const query of ['vắc-xin', 'vac xin', 'Biển Đông'.normalize('NFD'), 'bien dong']) expect(await search('nfd.txt', query)).toEqual(await search('nfc.txt', query));
  });
});

describe('encodings that cannot be read are refused, naming the encoding', () => {
  test.each([
    ['windows-1258.txt', /Windows-1258/],
    ['utf16-no-bom.txt', /UTF-16 without a byte-order mark/],
  ])('%s', (name, message) => {
    expect(importAndBuild(name)).toEqual({ error: expect.stringMatching(message) });
    expect(corpusOf(articleFile('a', bytesOf(name))).problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^content/articles/a\\.md:1 \\[file\\] .*${message.source}.*Fix: save the file as UTF-8`))]);
  });
});

describe('nothing is lost', () => {
  test.each(['empty.txt', 'noise-only.txt'])('%s: kept, listed as undated', (name) => {
    const result = importAndBuild(name);
    if ('error' in result) throw new Error(result.error);
    expect(result.corpus.problems).toEqual([]);
    expect(result.corpus.articles).toHaveLength(1);
    expect(result.corpus.undated).toEqual([expect.objectContaining({ slug: 'a', reason: 'the article has no text' })]);
  });

  test('a 1 MB article is read whole', () => {
    const result = importAndBuild('one-megabyte.txt');
    if ('error' in result) throw new Error(result.error);
    expect(result.raw.paragraphs.length).toBeGreaterThan(3000);
    expect(result.corpus.problems).toEqual([]);
    // one event per distinct day written: the fixture cycles through 108 (27 days × 12 months, lcm 108)
    expect(result.corpus.events.length).toBe(108);
    expect(result.corpus.articles[0]!.paragraphs).toHaveLength(result.raw.paragraphs.length);
  });

  test('an article whose every sentence is dated gives every date', () => {
    const result = importAndBuild('all-dated.txt');
    if ('error' in result) throw new Error(result.error);
    expect(result.corpus.events.map((e) => e.start)).toEqual(['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04', '2024-04', '2025', '2026']);
    expect(result.corpus.events.find((e) => e.start === '2026')!.end).toBe('2030');
  });

  test('31/12 in an article published on 1 January is the year before', () => {
    const corpus = corpusOf(articleFile('year-end', bytesOf('year-end.md')));
    expect(corpus.events[0]).toMatchObject({ start: '2021-12-31', inference: { from: 'published', published: '2022-01-01' } });
  });
});

describe('bad content stops the build with the file, line and field, and how to fix it', () => {
  test.each([
    ['malformed-frontmatter.md', 'content/articles/a.md:3 [frontmatter] YAML: Missing closing "quote.'],
    ['unknown-field.md', 'content/articles/a.md:4 [category] unknown field'],
    ['unknown-theme.md', 'content/articles/a.md:6 [events[0].themes] unknown theme "sport"'],
    ['impossible-31-2.md', 'content/articles/a.md:6 [body] impossible date "Ngày 31/2"'],
    ['impossible-29-2-2021.md', 'content/articles/a.md:6 [body] impossible date "Ngày 29/2/2021"'],
    ['impossible-32-13.md', 'content/articles/a.md:6 [body] impossible date "Ngày 32/13"'],
    ['impossible-year-0.md', 'content/articles/a.md:6 [body] impossible date "năm 0000"'],
    ['reversed-range.md', 'content/articles/a.md:6 [body] impossible date "giai đoạn 2025-2021"'],
    ['javascript-url.md', 'content/articles/a.md:3 [url] only http:// and https:// addresses are allowed'],
  ])('%s', (name, start) => {
    const messages = corpusOf(articleFile('a', bytesOf(name))).problems.map(formatProblem);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining(start)]));
    expect(messages.every((m) => m.includes('Fix: '))).toBe(true);
  });
});

test('hostile text is kept as text, exactly', () => {
  const result = importAndBuild('hostile.txt', '2021-10-30');
  if ('error' in result) throw new Error(result.error);
  expect(result.corpus.problems).toEqual([]);
  const [article] = result.corpus.articles;
  expect(article!.title).toContain("<script>alert('tiêu đề')</script>");
  expect(article!.paragraphs[0]!.text).toContain('<img src=x onerror="alert(\'xss\')">');
  expect(result.corpus.events.length).toBeGreaterThanOrEqual(2);
});

describe('property: the pipeline never throws and never drops an article', () => {
  const dateForm = fc.constantFrom('Chiều 28/10', 'ngày 17-6', 'Ngày 31/2', 'ngày 12 tháng 6 năm 2020', 'tháng 10/2021', 'năm 2022', 'giai đoạn 2021-2025', 'giai đoạn 2025-2021', 'June 17, 2020', '(2005)', '29/2/2021', '1/3 dân số');
  const noise = fc.constantFrom('Theo dõi Baoquocte.vn trên', 'Đọc thêm', 'Phiên bản di động', '(Ảnh: TTXVN)', 'Chia sẻ', 'Tin liên quan', '---', '# heading', '<script>alert(1)</script>', '${x}', '{{y}}');
  const words = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('Hội nghị', 'vắc-xin', 'an ninh', 'Biển Đông', 'ASEAN-Nga', 'Đối thoại')), { maxLength: 12 }).map((w) => w.join(' '));
  const line = fc.oneof(words, fc.tuple(dateForm, words).map(([d, w]) => `${d}, ${w}.`), noise);
  const article = fc.array(line, { maxLength: 14 }).map((lines) => lines.join('\n'));
  const published = fc.option(fc.constantFrom('2021-10-29', '2022-01-01', '2020-02-29'), { nil: undefined });

  test('any pasted articles come out with events, as undated, or named in a problem', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(article, published), { minLength: 1, maxLength: 4 }), (inputs) => {
        const files = inputs.map(([text, pub], i) => {
          const raw = parseRawArticle(text);
          if (pub) raw.published = pub;
          return articleFile(`a${i}`, toArticleMarkdown(raw));
        });
        const corpus = corpusOf(...files);
        for (const file of files) {
          const slug = file.path.split('/').pop()!.replace(/\.md$/, '');
          const record = corpus.articles.find((a) => a.slug === slug);
          const named = corpus.problems.some((p) => p.file === file.path && p.line >= 1 && p.field && p.hint);
          expect(record ? record.eventIds.length > 0 || record.undatedReason !== undefined : named).toBe(true);
        }
      }),
      { numRuns: 200, seed: 20261123 },
    );
  });
});
