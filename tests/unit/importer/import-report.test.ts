import { expect, test } from 'vitest';
import { formatImportReport } from '../../../src/lib/importer/import-report.ts';
import { parseRawArticle } from '../../../src/lib/importer/parse-raw-article.ts';

const PAGE = `☎️
Ngoại giao kinh tế:
Hai nước ký thỏa thuận hợp tác năng lượng mới
LÊ MINH 08:30 | 05/09/2023
Chiều 4/9, hai bên ký thỏa thuận hợp tác năng lượng tại Hà Nội.
Tel: 024-1234567
`;

test.each([
  [{}, ['published 2023-09-05 (from the byline or stamp)', 'left out 4 line(s): emoji; kicker above the title; byline and publication date; contact']],
  [{ verbose: true }, ['line 1: emoji: ☎️', 'line 4: byline and publication date: LÊ MINH 08:30 | 05/09/2023', 'line 6: contact: Tel: 024-1234567']],
])('the report says what was left out and the date found (%o)', (options, expected) => {
  const report = formatImportReport(parseRawArticle(PAGE), options).join('\n');
  for (const line of expected) expect(report).toContain(line);
});

test('with no date anywhere the report names the flag to add', () => {
  const report = formatImportReport(parseRawArticle('Hai nước ký thỏa thuận mới\nHai bên ký thỏa thuận hợp tác năng lượng tại Hà Nội.\n'));
  expect(report[0]).toContain('add --published');
});
