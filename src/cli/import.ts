/**
 * npm run import -- FILE... [--published YYYY-MM-DD] [--url URL] [--force] [--verbose] [--map "Group=theme"]
 * Raw pasted article text (.txt, or anything else) becomes content/articles/<slug>.md;
 * a TimelineJS file (.json) or spreadsheet export (.csv) becomes a curated article whose
 * events join the timeline. CONTENT_DIR selects the folder.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { curatedMarkdown } from '../lib/importer/curated-markdown.ts';
import { fromTimelineJsJson, fromTimelineJsRows } from '../lib/importer/from-timelinejs.ts';
import { formatImportReport } from '../lib/importer/import-report.ts';
import { parseRawArticle } from '../lib/importer/parse-raw-article.ts';
import { parseThemesFile } from '../lib/themes/parse-themes-file.ts';
import { toArticleMarkdown } from '../lib/importer/to-markdown.ts';
import { decodeBytes } from '../lib/text/decode-bytes.ts';
import { slugify } from '../lib/text/fold.ts';
import { contentDir } from '../loaders/read-content.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { published: { type: 'string' }, url: { type: 'string' }, force: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, map: { type: 'string', multiple: true } },
});
if (positionals.length === 0) {
  console.error('usage: npm run import -- FILE... [--published YYYY-MM-DD] [--url URL] [--force] [--verbose]');
  process.exit(2);
}
if (values.published && !/^\d{4}-\d{2}(-\d{2})?$/.test(values.published)) {
  console.error(`--published: "${values.published}" is not a date; write it as YYYY-MM-DD (or YYYY-MM)`);
  process.exit(2);
}

const outDir = join(contentDir(), 'articles');
mkdirSync(outDir, { recursive: true });
const mapping = Object.fromEntries((values.map ?? []).map((pair) => pair.split('=').map((s) => s.trim()) as [string, string]));
let failed = false;

/** The first free <slug>.md (or the same name again with --force). */
function target(title: string): string {
  const slug = slugify(title);
  let path = join(outDir, `${slug}.md`);
  for (let n = 2; existsSync(path) && !values.force; n++) path = join(outDir, `${slug}-${n}.md`);
  return path;
}

function importTimelineJs(file: string, text: string): void {
  const themesPath = join(contentDir(), 'themes.yaml');
  const themes = parseThemesFile(readFileSync(themesPath, 'utf8'), themesPath);
  if (!('themes' in themes)) throw new Error(`${themesPath}: the theme taxonomy does not parse`);
  let imported;
  if (file.toLowerCase().endsWith('.json')) {
    try {
      imported = fromTimelineJsJson(JSON.parse(text), themes.themes, mapping);
    } catch (error) {
      console.error(`${file}:1 [file] not valid JSON: ${(error as Error).message}. Fix: export the timeline again from TimelineJS.`);
      failed = true;
      return;
    }
  } else {
    imported = fromTimelineJsRows(Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data, themes.themes, mapping);
  }
  for (const problem of imported.problems) console.error(`${file}: ${problem}`);
  if (imported.problems.length) {
    console.error(`${file}: not imported: fix the ${imported.problems.length} problem(s) above, or remove those entries.`);
    failed = true;
    return;
  }
  const path = target(imported.title || basename(file).replace(/\.(json|csv)$/i, ''));
  writeFileSync(path, curatedMarkdown(imported, basename(file)));
  console.log(`${file} → ${relative(process.cwd(), path)}: ${imported.events.length} curated event(s) from TimelineJS`);
  for (const note of imported.notes) console.log(`  check: ${note}`);
}

for (const file of positionals) {
  const decoded = decodeBytes(readFileSync(file));
  if ('error' in decoded) {
    console.error(`${file}:1 [file] ${decoded.error}. Fix: save the file as UTF-8.`);
    failed = true;
    continue;
  }
  if (/\.(json|csv)$/i.test(file)) {
    importTimelineJs(file, decoded.text);
    continue;
  }
  const article = parseRawArticle(decoded.text, { url: values.url, published: values.published });
  if (article.paragraphs.length === 0) article.notes.push('no article text found: the file holds only page noise');
  const path = target(article.title);
  writeFileSync(path, toArticleMarkdown(article));
  console.log(`${file} → ${relative(process.cwd(), path)}: ${article.paragraphs.length} paragraph(s), ${article.captions.length} caption(s), ${article.related.length} related headline(s), ${article.dropped.length} line(s) of page noise left out`);
  for (const line of formatImportReport(article, { verbose: values.verbose })) console.log(line);
}
process.exit(failed ? 1 : 0);
