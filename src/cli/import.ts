/**
 * npm run import -- FILE... [--published YYYY-MM-DD] [--url URL] [--force]
 * Turns raw pasted article text into content/articles/<slug>.md (CONTENT_DIR selects the folder).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseRawArticle } from '../lib/importer/parse-raw-article.ts';
import { toArticleMarkdown } from '../lib/importer/to-markdown.ts';
import { decodeBytes } from '../lib/text/decode-bytes.ts';
import { slugify } from '../lib/text/fold.ts';
import { contentDir } from '../loaders/read-content.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { published: { type: 'string' }, url: { type: 'string' }, force: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  console.error('usage: npm run import -- FILE... [--published YYYY-MM-DD] [--url URL] [--force]');
  process.exit(2);
}
if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
  console.error(`--published: "${values.published}" is not a date; write it as YYYY-MM-DD`);
  process.exit(2);
}

const outDir = join(contentDir(), 'articles');
mkdirSync(outDir, { recursive: true });
let failed = false;
for (const file of positionals) {
  const decoded = decodeBytes(readFileSync(file));
  if ('error' in decoded) {
    console.error(`${file}:1 [file] ${decoded.error}. Fix: save the file as UTF-8.`);
    failed = true;
    continue;
  }
  const article = parseRawArticle(decoded.text);
  if (values.published) article.published = values.published;
  if (values.url) article.url = values.url;
  if (article.paragraphs.length === 0) article.notes.push('no article text found: the file holds only page noise');
  let slug = slugify(article.title);
  let target = join(outDir, `${slug}.md`);
  for (let n = 2; existsSync(target) && !values.force; n++) target = join(outDir, `${slug}-${n}.md`);
  slug = target.slice(outDir.length + 1, -3);
  writeFileSync(target, toArticleMarkdown(article));
  console.log(`${file} → ${relative(process.cwd(), target)}: ${article.paragraphs.length} paragraph(s), ${article.captions.length} caption(s), ${article.related.length} related headline(s), ${article.dropped.length} line(s) of page noise left out`);
  for (const note of article.notes) console.log(`  check: ${note}`);
}
process.exit(failed ? 1 : 0);
