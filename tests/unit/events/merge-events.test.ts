import { describe, expect, test } from 'vitest';
import { titleSimilarity } from '../../../src/lib/events/merge-events.ts';
import { articleFile, corpusOf } from '../corpus-helpers.ts';

describe('one happening, one event: titles compared across languages', () => {
  test.each([
    ['Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN – Nhật Bản', 'Special ASEAN-Japan Foreign Ministers’ Meeting via videoconference', true],
    ['Hội nghị Cấp cao ASEAN-Nhật Bản lần thứ 26', '26th ASEAN-Japan Summit', true],
    ['Hội nghị Cấp cao ASEAN-Hàn Quốc đầu tiên', 'First ASEAN–Korea Summit', true],
    ['Hải quân Nhật và ASEAN tập trận chung lần đầu tiên', 'First Japan-ASEAN naval exercise ends', true],
    // different countries, different numbers: different happenings, however alike
    ['Hội nghị Cấp cao ASEAN-Nhật Bản lần thứ 26', 'Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 26', false],
    ['ASEAN-Japan Summit', 'ASEAN-India Summit', false],
    ['Hội nghị Cấp cao ASEAN lần thứ 43', 'Hội nghị Cấp cao ASEAN-Nhật Bản lần thứ 4', false],
    ['Diễn đàn Kinh tế Viễn Đông', 'Hội nghị Bộ trưởng Kinh tế', false],
  ])('%s ~ %s: same %s', (a, b, same) => {
    expect(titleSimilarity(a, b) >= 0.5).toBe(same);
  });

  const article = (slug: string, language: string, title: string, body: string) =>
    articleFile(slug, `---\ntitle: ${title}\nlanguage: ${language}\npublished: 2023-09-07\n---\n\n${body}\n`);

  test('a Vietnamese and an English report of one meeting are one event with both sources', () => {
    const corpus = corpusOf(
      // the lead dates it, a later sentence names it
      article('vi', 'vi', 'Tin hội nghị', 'Nhật Bản ngày 6/9 cho biết sẽ tiếp tục hỗ trợ đào tạo cán bộ y tế cho các nước ASEAN.\n\nThông tin này nằm trong Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN – Nhật Bản ngày 6/9, tổ chức theo hình thức trực tuyến.'),
      article('en', 'en', 'Meeting news', 'On September 6, the minister attended the Special ASEAN-Japan Foreign Ministers’ Meeting via videoconference.'),
    );
    const onDay = corpus.events.filter((e) => e.start === '2023-09-06');
    expect(onDay).toHaveLength(1);
    expect(onDay[0]!.sources.map((s) => s.article).sort()).toEqual(['en', 'vi']);
    // titled by the first report, which names it in either language
    expect(['Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN – Nhật Bản', 'Special ASEAN-Japan Foreign Ministers’ Meeting']).toContain(onDay[0]!.title);
  });

  test('two meetings on one day with different partners stay two events', () => {
    const corpus = corpusOf(
      article('japan', 'en', 'Summit news', 'On September 6, leaders held the 26th ASEAN-Japan Summit in Jakarta.'),
      article('korea', 'en', 'Summit news', 'On September 6, leaders held the 26th ASEAN-Korea Summit in Jakarta.'),
    );
    expect(corpus.events.filter((e) => e.start === '2023-09-06')).toHaveLength(2);
  });
});
