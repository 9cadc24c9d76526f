import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseThemesFile } from '../../../src/lib/themes/parse-themes-file.ts';
import { createThemeMatcher, themesFor } from '../../../src/lib/themes/match-themes.ts';

const parsed = parseThemesFile(readFileSync('content/themes.yaml', 'utf8'), 'content/themes.yaml');
if (!('themes' in parsed)) throw new Error('content/themes.yaml does not parse');
const matcher = createThemeMatcher(parsed.themes);

test('the taxonomy has the required themes, each with a colour and a shape', () => {
  const ids = parsed.themes.map((t) => t.id);
  expect(ids).toEqual(expect.arrayContaining(['vaccines', 'security', 'economy', 'diplomacy', 'science', 'society']));
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
  // a meeting, a visit, talks: diplomacy; what they were about: its own theme
  ['Hội nghị Bộ trưởng Ngoại giao ASEAN-Nga', ['diplomacy']],
  ['talks on the sidelines of the summit', ['diplomacy']],
  ['một cuộc họp Bộ trưởng Kinh tế diễn ra tại Singapore', ['diplomacy', 'economy']],
  ['Hội nghị Bộ trưởng Du lịch ASEAN-Nga lần thứ nhất', ['diplomacy', 'society']],
  ['kim ngạch xuất khẩu tăng 20%', ['economy']],
  ['the first shipment of Sputnik V doses left Moscow', ['vaccines']],
  ['a consultation on digital cooperation', ['diplomacy', 'science']],
  // technical assistance is not science
  ['hỗ trợ kỹ thuật và chuyên môn', []],
  // marks tell Vietnamese words apart: "biến động" (upheaval) is not "Biển Đông"; text typed without marks still matches
  ['một thế giới đầy biến động', []],
  ['tranh chap o Bien Dong', ['security']],
  ['phan phoi vac xin', ['vaccines']],
  // an acronym in capitals only
  ['the ambassador, who met them', ['diplomacy']],
  ['the WHO said', ['vaccines']],
])('%s → %o', (text, ids) => {
  expect(matcher.count(text).map((t) => t.id).sort()).toEqual([...ids].sort());
});

test('with nothing matched, the fallback theme', () => {
  expect(themesFor(matcher, 'một câu không có chủ đề')).toEqual([matcher.fallbackId]);
});

test('a main event also carries the themes its article keeps returning to, in two paragraphs or more', () => {
  const paragraphs = ['Hai bên bàn về vaccine và an ninh.', 'Nga cung cấp vaccine, vaccine.', 'An ninh hàng hải được nhắc lại.', 'Thương mại, thương mại và thương mại.'];
  // vaccines (3 mentions) before security (2); trade, in one paragraph only, is not what the article is about
  expect(themesFor(matcher, 'Hội nghị Cấp cao', { paragraphs, minParagraphs: 2 })).toEqual(['diplomacy', 'vaccines', 'security']);
});

test('a theme named again and again in two long paragraphs is what the article is about', () => {
  const paragraphs = ['Biển Đông, Biển Đông, an ninh, hàng hải, hải quân.', 'Biển Đông và an ninh hàng hải, Biển Đông.', 'Một đoạn khác.'];
  expect(themesFor(matcher, 'Hội nghị Bộ trưởng Ngoại giao', { paragraphs, minParagraphs: 3 })).toEqual(['diplomacy', 'security']);
  expect(themesFor(matcher, 'Hội nghị Bộ trưởng Ngoại giao', { paragraphs: paragraphs.slice(1), minParagraphs: 3 })).toEqual(['diplomacy']);
});

test('an event is in four lanes at most, never all of them', () => {
  expect(themesFor(matcher, 'vaccine, an ninh, thương mại, khoa học, du lịch và hội nghị cấp cao')).toHaveLength(4);
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
