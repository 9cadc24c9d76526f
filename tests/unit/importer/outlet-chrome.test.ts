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
