/**
 * npm run extract -- FILE... [--published YYYY-MM-DD]
 * Prints the events raw article files would give, as in dist/data/events.json; writes nothing.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, formatReport } from '../lib/events/build-corpus.ts';
import { toEventsJson } from '../lib/events/to-events-json.ts';
import { formatProblem } from '../lib/errors.ts';
import { parseRawArticle } from '../lib/importer/parse-raw-article.ts';
import { toArticleMarkdown } from '../lib/importer/to-markdown.ts';
import { decodeBytes } from '../lib/text/decode-bytes.ts';
import { slugify } from '../lib/text/fold.ts';
import { contentDir, readContent } from '../loaders/read-content.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { published: { type: 'string' } } });
if (positionals.length === 0) {
  console.error('usage: npm run extract -- FILE... [--published YYYY-MM-DD]');
  process.exit(2);
}
const encoder = new TextEncoder();
const articles = positionals.map((file) => {
  const decoded = decodeBytes(readFileSync(file));
  if ('error' in decoded) return { path: `${file}.md`, bytes: readFileSync(file) };
  const raw = parseRawArticle(decoded.text);
  if (values.published) raw.published = values.published;
  return { path: `${slugify(raw.title) || slugify(basename(file))}.md`, bytes: encoder.encode(toArticleMarkdown(raw)) };
});
const corpus = buildCorpus(readContent(contentDir()).themes, articles);
for (const line of formatReport(corpus.report)) console.error(line);
for (const problem of corpus.problems) console.error(formatProblem(problem));
console.log(JSON.stringify(toEventsJson(corpus, { base: '/', generated: 'extract' }), null, 2));
process.exit(corpus.problems.length ? 1 : 0);
