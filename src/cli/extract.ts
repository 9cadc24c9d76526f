/**
 * npm run extract -- FILE... [--published YYYY-MM-DD] [--url URL]
 * Prints the events raw article files would give, as in dist/data/events.json; writes nothing.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport } from '../lib/events/build-corpus.ts';
import { toEventsJson } from '../lib/events/to-events-json.ts';
import { formatProblem } from '../lib/errors.ts';
import { extractRawArticles } from './extract-raw.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { published: { type: 'string' }, url: { type: 'string' } } });
if (positionals.length === 0) {
  console.error('usage: npm run extract -- FILE... [--published YYYY-MM-DD] [--url URL]');
  process.exit(2);
}
const files = positionals.map((file) => ({ name: file, bytes: readFileSync(file) }));
const { corpus } = extractRawArticles(files, { published: values.published, url: values.url });
for (const line of formatReport(corpus.report)) console.error(line);
for (const problem of corpus.problems) console.error(formatProblem(problem));
console.log(JSON.stringify(toEventsJson(corpus, { base: '/', generated: 'extract' }), null, 2));
process.exit(corpus.problems.length ? 1 : 0);
