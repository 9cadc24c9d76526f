import { describe, expect, test } from 'vitest';
import { titleSimilarity } from '../../../src/lib/events/merge-events.ts';
import { articleFile, corpusOf, importedFixture, SEED_SUMMIT, SEED_VIDEO_CONFERENCE } from '../corpus-helpers.ts';

const seeds = corpusOf(articleFile('summit', importedFixture(SEED_SUMMIT)), articleFile('video-conference', importedFixture(SEED_VIDEO_CONFERENCE)));
const byStart = (start: string) => seeds.events.find((e) => e.start === start);

describe('the seeds give the events a reader expects', () => {
  test('no problems', () => {
    expect(seeds.problems).toEqual([]);
  });

  test('the 4th ASEAN–Russia Summit, 28 October 2021, year inferred from the article', () => {
    expect(byStart('2021-10-28')).toMatchObject({
      title: 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4',
      precision: 'day',
      dateText: 'Chiều 28/10',
      dateInferred: true,
      inference: { from: 'article-years', year: 2021 },
      main: true,
      sources: [{ article: 'summit', paragraph: 2, sentence: expect.stringMatching(/^Chiều 28\/10, Thủ tướng/) }],
    });
    expect(byStart('2021-10-28')!.themes).toEqual(expect.arrayContaining(['vaccines', 'security', 'economy']));
  });

  test('the special foreign ministers’ video conference on COVID-19, 17 June 2020', () => {
    const event = byStart('2020-06-17');
    expect(event).toMatchObject({ title: 'Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19', dateText: 'ngày 17-6', dateInferred: true });
    expect(event!.themes).toContain('vaccines');
  });

  test('the Year of Scientific-Technical Cooperation, 2022', () => {
    expect(byStart('2022')).toMatchObject({ title: 'Năm Hợp tác Khoa học-Kỹ thuật và Công nghiệp ASEAN-Nga', precision: 'year', dateInferred: false });
    expect(byStart('2022')!.themes).toContain('science');
  });

  test('the Comprehensive Plan of Action 2021–2025 as a range', () => {
    expect(byStart('2021')).toMatchObject({ end: '2025', precision: 'year', dateText: 'giai đoạn 2021-2025', title: 'Kế hoạch hành động toàn diện giai đoạn 2021-2025' });
  });

  test('nothing from the noise, the citation or the context year', () => {
    expect(seeds.events.map((e) => e.start).sort()).toEqual(['2020-06-17', '2021', '2021-10-28', '2022']);
    const text = JSON.stringify(seeds.events);
    for (const noise of ['6/8', '23/1', '2005', 'Tử vi', '2021-2024']) expect(text).not.toContain(noise);
  });

  test('provenance: the date offsets point at the date words in the paragraph, inside the sentence', () => {
    for (const event of seeds.events) {
      const [source] = event.sources;
      const paragraph = seeds.articles.find((a) => a.slug === source!.article)!.paragraphs.find((p) => p.n === source!.paragraph)!.text;
      const [from, to] = source!.dateOffsets!;
      expect(paragraph.slice(from, to)).toBe(event.dateText);
      const sentenceStart = paragraph.lastIndexOf(source!.sentence, from);
      expect(sentenceStart).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(sentenceStart + source!.sentence.length);
    }
  });

  test('ids are stable: the same input gives the same ids', () => {
    const again = corpusOf(articleFile('video-conference', importedFixture(SEED_VIDEO_CONFERENCE)), articleFile('summit', importedFixture(SEED_SUMMIT)));
    expect(again.events.map((e) => e.id)).toEqual(seeds.events.map((e) => e.id));
  });
});

describe('with a publication date, year-less dates take the latest year not after it', () => {
  test.each([
    ['2021-10-29', '2021-10-28'],
    ['2022-01-05', '2021-10-28'],
  ])('published %s → %s', (published, start) => {
    const corpus = corpusOf(articleFile('summit', importedFixture(SEED_SUMMIT, published)));
    const main = corpus.events.find((e) => e.main)!;
    expect(main).toMatchObject({ start, inference: { from: 'published', published } });
  });
});

describe('articles from other outlets, in both languages', () => {
  test.each([
    ['tass-style-en', [['2021-12-01', 'ASEAN-Russia Naval Exercise'], ['2023-07-07', 'ASEAN, Russia agree to step up maritime security cooperation'], ['2024', 'Plan a second joint drill']]],
    ['vietnamplus-style-en', [['2020-04', 'ASEAN COVID-19 Response Fund'], ['2020-06-17', "Special ASEAN-Russia Foreign Ministers' Video Conference on COVID-19"]]],
    ['tuoitre-style-vi', [['2021-10', undefined], ['2021-12-01', 'Nga và ASEAN tập trận hải quân chung lần đầu tiên']]],
    // the headline tells the signing, the dated sentence the talks: the title says what the sentence dates
    ['vnexpress-style-vi', [['2024-01-14', 'Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nga Mikhail Mishustin trong khuôn khổ…'], ['2025', undefined], ['2030', undefined]]],
  ])('%s', (name, expected) => {
    const corpus = corpusOf(articleFile(name, importedFixture(`tests/fixtures/raw/${name}.txt`)));
    expect(corpus.problems).toEqual([]);
    const got = corpus.events.filter((e) => expected.some(([start]) => start === e.start));
    expect(got.map((e) => e.start)).toEqual(expected.map(([start]) => start));
    for (const [start, title] of expected) if (title) expect(corpus.events.find((e) => e.start === start)!.title).toBe(title);
  });

  test('an English article’s events are in English', () => {
    const corpus = corpusOf(articleFile('tass', importedFixture('tests/fixtures/raw/tass-style-en.txt')));
    expect(new Set(corpus.events.map((e) => e.language))).toEqual(new Set(['en']));
    expect(corpus.events.find((e) => e.start === '2021-12-01')!.themes).toContain('security');
  });
});

describe('the same happening in two articles is one event with both sources', () => {
  const other = `---
title: Khai mạc Hội nghị Cấp cao ASEAN - Nga lần thứ 4
source: Báo Mẫu
published: 2021-10-28
---

Chiều 28/10, các nhà lãnh đạo khai mạc trực tuyến Hội nghị Cấp cao ASEAN - Nga lần thứ 4, nhân dịp 30 năm quan hệ hai bên.
`;
  const corpus = corpusOf(articleFile('summit', importedFixture(SEED_SUMMIT)), articleFile('summit-other-outlet', other));
  const summit = corpus.events.filter((e) => e.start === '2021-10-28');

  test('merged', () => {
    expect(summit).toHaveLength(1);
    expect(summit[0]!.sources.map((s) => s.article)).toEqual(['summit', 'summit-other-outlet']);
  });

  test('each article lists the merged event', () => {
    for (const article of corpus.articles) expect(article.eventIds).toContain(summit[0]!.id);
  });
});

describe('titleSimilarity', () => {
  test.each([
    ['Hội nghị Cấp cao ASEAN-Nga lần thứ 4', 'Hội nghị Cấp cao ASEAN - Nga lần thứ 4', 1],
    ['Hội nghị Cấp cao ASEAN-Nga lần thứ 4', 'Hội nghị Cấp cao ASEAN-Nga lần thứ 5', 0],
    ['Kế hoạch 2021-2025', 'Kế hoạch 2021-2026', 0],
    ['Diễn đàn Kinh tế Viễn Đông', 'Hội nghị Bộ trưởng Kinh tế', 0.33],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(titleSimilarity(a, b)).toBeCloseTo(expected, 1);
  });
});

describe('themes come from the event’s own sentence', () => {
  const article = (published: string) => `---
title: Hai nước ôn lại chặng đường hợp tác
published: ${published}
---

Ngày 12/3/2015, lãnh đạo hai nước dự hội nghị cấp cao đầu tiên tại Hà Nội.

Thương mại hai chiều tăng mạnh, đầu tư cũng tăng.

Các doanh nghiệp đẩy mạnh thương mại và đầu tư.

Năm 2020, hai nước ký hiệp định thương mại tự do.
`;
  test.each([
    // reported as news: the main event also takes what the article keeps returning to
    ['2015-03-13', ['diplomacy', 'economy']],
    // looked back on years later: only what its own sentence says
    ['2025-03-13', ['diplomacy']],
  ])('published %s, the main event’s themes are %o', (published, themes) => {
    const corpus = corpusOf(articleFile('a', article(published)));
    expect(corpus.events.find((e) => e.main)!.themes).toEqual(themes);
  });

  test('another event of the article takes its own sentence’s themes, not the article’s', () => {
    const corpus = corpusOf(articleFile('a', article('2015-03-13')));
    expect(corpus.events.find((e) => e.start === '2020')!.themes).toEqual(['economy']);
  });
});
