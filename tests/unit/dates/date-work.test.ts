import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticleFile } from '../../../src/lib/articles/parse-article-file.ts';
import type { WorkMeter } from '../../../src/lib/dates/find-dates.ts';
import { extractEvents } from '../../../src/lib/events/extract-events.ts';
import { createThemeMatcher } from '../../../src/lib/themes/match-themes.ts';
import { parseThemesFile } from '../../../src/lib/themes/parse-themes-file.ts';

/**
 * Reading dates must cost in proportion to the article: twice the text, twice the work. The
 * meter counts the engine's reading (text length × results, what chrono's re-reading costs)
 * and the resolution step's visits, so a date that revisits every earlier date shows up as
 * work growing fourfold, without a clock.
 */

const themes = parseThemesFile(readFileSync('content/themes.yaml', 'utf8'), 'content/themes.yaml');
if (!('themes' in themes)) throw new Error('content/themes.yaml does not parse');
const matcher = createThemeMatcher(themes.themes);

// Paragraphs with every kind of date the resolution step handles: year-less, framed by a year,
// relative, counted from the date before, written in full, a range, an anniversary span.
const PARAGRAPHS = [
  'Chiều 28/10, Thủ tướng dự Hội nghị Cấp cao ASEAN-Nga. Cùng ngày, hai bên ra tuyên bố chung.',
  'Ngay từ đầu năm 2019, hai nước đã xúc tiến đàm phán. Ngày 20/5, hai bên ký thỏa thuận.',
  'Hôm qua, đoàn đại biểu đến Hà Nội; thứ Sáu tới, hai bên sẽ gặp lại tại Moskva.',
  'Kế hoạch hành động giai đoạn 2021-2025 được thông qua ngày 12 tháng 6 năm 2020.',
  'Hai nước kỷ niệm 40 năm quan hệ (1977-2017) và hội chợ kéo dài từ 20/10 đến 25/10/2021.',
];

function article(paragraphs: number, published: string | undefined, oneSentence = false): string {
  const body = Array.from({ length: paragraphs }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]!);
  const text = oneSentence ? body.map((p) => p.replace(/[.;]/g, ',')).join(' ') : body.join('\n\n');
  return `---\ntitle: Bài mẫu\n${published ? `published: ${published}\n` : ''}---\n\n${text}\n`;
}

function work(text: string): number {
  const parsed = parseArticleFile(text, 'content/articles/a.md', 'a');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const meter: WorkMeter = { steps: 0 };
  extractEvents(parsed.article, matcher, meter);
  return meter.steps;
}

describe('the date work grows with the article, not with its square', () => {
  test.each([
    ['with a publication date', 400, '2021-11-10', false],
    ['without one (the article-years path)', 400, undefined, false],
    ['one paragraph that is one long sentence', 400, '2021-11-10', true],
  ] as const)('%s', (_, paragraphs, published, oneSentence) => {
    const once = work(article(paragraphs, published, oneSentence));
    const twice = work(article(2 * paragraphs, published, oneSentence));
    expect(once).toBeGreaterThan(paragraphs);
    // Linear work doubles (give or take where long texts are cut); quadratic work would quadruple.
    expect(twice / once).toBeGreaterThan(1.8);
    expect(twice / once).toBeLessThan(2.3);
  });
});
