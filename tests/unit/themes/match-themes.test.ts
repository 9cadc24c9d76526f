import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseThemesFile } from '../../../src/lib/themes/parse-themes-file.ts';
import { createThemeMatcher, themesFor } from '../../../src/lib/themes/match-themes.ts';

const parsed = parseThemesFile(readFileSync('content/themes.yaml', 'utf8'), 'content/themes.yaml');
if (!('themes' in parsed)) throw new Error('content/themes.yaml does not parse');
const matcher = createThemeMatcher(parsed.themes);

test('the taxonomy has the required themes, each with a colour and a shape', () => {
  const ids = parsed.themes.map((t) => t.id);
  expect(ids).toEqual(expect.arrayContaining(['vaccines', 'security', 'economy', 'diplomacy', 'science']));
  expect(new Set(parsed.themes.map((t) => t.shape)).size).toBe(parsed.themes.length);
});

test.each([
  ['phân phối vắc-xin an toàn', ['vaccines']],
  ['phân phối VẮC XIN an toàn', ['vaccines']],
  ['tiêm chủng cho người dân', ['vaccines']],
  ['đại dịch COVID-19', ['vaccines']],
  ['an ninh hàng hải tại Biển Đông', ['security']],
  ['vấn đề ma túy toàn cầu', ['security']],
  ['thúc đẩy thương mại, đầu tư và chuỗi cung ứng', ['economy']],
  ['năng lượng tái tạo', ['economy']],
  ['maritime security in the South China Sea', ['security']],
  ['vaccine supply chains', ['vaccines', 'economy']],
  ['Năm Hợp tác Khoa học-Kỹ thuật', ['science']],
  // "an ninh" must be whole words: "bản in ninh" is not security
  ['xem bản in ninh bình', []],
])('%s → %o', (text, ids) => {
  expect(matcher.count(text).map((t) => t.id).sort()).toEqual([...ids].sort());
});

test('with nothing matched, the fallback theme', () => {
  expect(themesFor(matcher, 'một câu không có chủ đề')).toEqual([matcher.fallbackId]);
});

test('a main event also carries the themes its article keeps returning to', () => {
  const article = 'vaccine ... vaccine ... an ninh ... an ninh ... thương mại';
  expect(themesFor(matcher, 'Hội nghị Cấp cao', { text: article, minArticleHits: 2 })).toEqual(['diplomacy', 'vaccines', 'security']);
});

test('a bad theme file names the line and the field', () => {
  const result = parseThemesFile('themes:\n  - id: Vaccines\n    label: { vi: a, en: b }\n    colour: red\n    shape: circle\n', 'themes.yaml');
  expect(result).toEqual({
    problems: expect.arrayContaining([
      expect.objectContaining({ file: 'themes.yaml', line: 2, field: 'themes[0].id' }),
      expect.objectContaining({ file: 'themes.yaml', line: 4, field: 'themes[0].colour' }),
    ]),
  });
});
