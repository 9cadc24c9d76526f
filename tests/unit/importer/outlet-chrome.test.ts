import { expect, test } from 'vitest';
import { parseRawArticle } from '../../../src/lib/importer/parse-raw-article.ts';

// Pages written for these tests in the styles outlets use.
test.each([
  ['The foreign minister is seen at the ministry in Tokyo on April 12.'],
  ['ASEAN leaders are pictured during the opening session in Jakarta'],
  ['Bộ trưởng Ngoại giao is seen arriving at the venue.'],
])('a photo caption alone on its line is a caption, and its date dates nothing: %s', (caption) => {
  const article = parseRawArticle(`Envoys agree to expand cooperation\n\n${caption}\n\nThe envoys met in Tokyo on Monday and agreed to expand cooperation.\n`);
  expect(article.captions).toContain(caption);
  expect(article.paragraphs.join('\n')).not.toContain(caption);
});

test.each([
  ['The agreement is seen as a turning point for trade in the region.'],
  ['The minister said the two sides are seen at their best when they work together.'],
])('a sentence of the article stays: %s', (sentence) => {
  const article = parseRawArticle(`Envoys agree to expand cooperation\n\nThe envoys met in Tokyo on Monday.\n\n${sentence}\n`);
  expect(article.paragraphs).toContain(sentence);
});

test('a bar of trending topics above the title goes, its years with it; the title is found below it', () => {
  const page = '1. Dòng sự kiện:\n  2. Bão số 3 đổ bộ miền Bắc\n  3. Bầu cử Quốc hội 2026\n\nNgoại trưởng hai nước sắp hội đàm\n\n(Dân trí) - Hai ngoại trưởng dự kiến hội đàm tại Hà Nội từ ngày 8-9/5/2019.\n';
  const article = parseRawArticle(page);
  expect(article.title).toBe('Ngoại trưởng hai nước sắp hội đàm');
  expect(article.paragraphs.join('\n')).not.toMatch(/Dòng sự kiện|Bão số 3|2026/u);
});

test.each([
  // the site's clock over a story the address files under an earlier day: the address dates it
  ['Thursday, March 6, 2025\nHai nước hợp tác năng lượng\n\nHai bên ký thỏa thuận hợp tác năng lượng.\n', 'https://example.vn/2019/04/12/hai-nuoc-hop-tac', '2019-04-12'],
  // the same line agreeing with the address, or with no date in the address, stays the page's date
  ['Friday, April 12, 2019\nHai nước hợp tác năng lượng\n\nHai bên ký thỏa thuận hợp tác năng lượng.\n', 'https://example.vn/2019/04/12/hai-nuoc-hop-tac', '2019-04-12'],
  ['Thursday, March 6, 2025\nHai nước hợp tác năng lượng\n\nHai bên ký thỏa thuận hợp tác năng lượng.\n', 'https://example.vn/hai-nuoc-hop-tac-123.html', '2025-03-06'],
  // a byline stamp under the title is the story's own, whatever the address says
  ['Hai nước hợp tác năng lượng\nTRẦN LAN 10:05 | 13/04/2019\nHai bên ký thỏa thuận hợp tác năng lượng.\n', 'https://example.vn/2019/04/12/hai-nuoc-hop-tac', '2019-04-13'],
])('publication date of %j at %s', (page, url, published) => {
  expect(parseRawArticle(page, { url }).published).toBe(published);
});

test.each([
  // the site's date over its search box or menu is its clock: no publication date
  ['12 June, 2025\nClose this search box.\nLeaders gather in Perth for regional talks\n\nLeaders gather in Perth on Monday.\n', undefined],
  ['Thứ Hai, 09/06/2025\nĐăng nhập\nHai nước hợp tác năng lượng\n\nHai bên ký thỏa thuận hôm qua.\n', undefined],
  // ... or over the site's contact line
  ['Thứ Bảy, Tháng mười 12, 2024\n* Email: toasoan@example.vn *Tòa soạn: 0901234567\nHai nước hợp tác năng lượng\n\nHai bên ký thỏa thuận hôm qua.\n', undefined],
  // a stale date line over the title gives way to the byline's stamp under it
  ['Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\nHai nước hợp tác năng lượng\nPV - 13:35, 28/10/2025\nSáng 28/10, hai bên ký thỏa thuận.\n', '2025-10-28'],
  // a date line over the title is the story's
  ['12 June, 2025 10:30\nLeaders gather in Perth for regional talks\n\nLeaders gather in Perth on Monday.\n', '2025-06-12'],
])('the date line of %j', (page, published) => {
  const article = parseRawArticle(page);
  expect(article.published).toBe(published);
  expect(article.paragraphs.join('\n')).not.toMatch(/search box|Đăng nhập|2025/u);
});

test('a government site: its banner, reading time and press office are chrome; the title and the page date are found', () => {
  const page = 'An official website of the United States government\n\nĐại sứ quán tổ chức hội thảo về hợp tác năng lượng\n3 Phút để đọc\nTháng Tám 12, 2022\n\nVăn phòng người phát ngôn\n\nHai bên đã thảo luận về hợp tác năng lượng sạch.\n';
  const article = parseRawArticle(page);
  expect(article.title).toBe('Đại sứ quán tổ chức hội thảo về hợp tác năng lượng');
  expect(article.published).toBe('2022-08-12');
  expect(article.paragraphs).toEqual(['Hai bên đã thảo luận về hợp tác năng lượng sạch.']);
});

test('a date line over a share bar above the title stays the story’s date', () => {
  const article = parseRawArticle('June 5, 2024\nShare\nLeaders gather in Perth for regional talks\n\nLeaders gather in Perth on Monday.\n');
  expect(article.published).toBe('2024-06-05');
});
