/**
 * npm run import -- FILE... [--published YYYY-MM-DD] [--url URL] [--force] [--verbose] [--map "Group=theme"]
 * Raw pasted article text (.txt, or anything else) becomes content/articles/<slug>.md;
 * a TimelineJS file (.json) or spreadsheet export (.csv) becomes a curated article whose
 * events join the timeline. CONTENT_DIR selects the folder.
 * Every file is tried; each that cannot be imported gets one line, and the exit code is 1.
 * An article already there (same text or same address) is left as it is unless --force.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { HINTS } from '../lib/errors.ts';
import { curatedMarkdown } from '../lib/importer/curated-markdown.ts';
import { fromTimelineJsJson, fromTimelineJsRows } from '../lib/importer/from-timelinejs.ts';
import { checkImportFlags } from '../lib/importer/import-options.ts';
import { formatImportReport } from '../lib/importer/import-report.ts';
import { parseRawArticle } from '../lib/importer/parse-raw-article.ts';
import { articleKey, findSameArticle, type ArticleKey } from '../lib/importer/same-article.ts';
import { parseThemesFile } from '../lib/themes/parse-themes-file.ts';
import { toArticleMarkdown } from '../lib/importer/to-markdown.ts';
import type { Theme } from '../lib/schemas/theme.ts';
import { decodeBytes } from '../lib/text/decode-bytes.ts';
import { slugify } from '../lib/text/fold.ts';
import { contentDir } from '../loaders/read-content.ts';

const USAGE = 'usage: npm run import -- FILE... [--published YYYY-MM-DD] [--url URL] [--map "Group=theme"] [--force] [--verbose]';
// Past this much text an article still imports whole, with a warning: its page is slow to open.
const LARGE_BYTES = 2 * 1024 * 1024;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { published: { type: 'string' }, url: { type: 'string' }, force: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, map: { type: 'string', multiple: true } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const shown = (path: string) => relative(process.cwd(), path) || path;
const outDir = join(contentDir(), 'articles');
const themesPath = join(contentDir(), 'themes.yaml');

/** The theme taxonomy, read once, for --map and TimelineJS groups. */
const themes = ((): Theme[] | string => {
  try {
    const parsed = parseThemesFile(readFileSync(themesPath, 'utf8'), themesPath);
    return 'themes' in parsed ? parsed.themes : `${shown(themesPath)}: the theme taxonomy does not parse (run npm run build to see where)`;
  } catch (error) {
    return `${shown(themesPath)}: the theme taxonomy cannot be read: ${(error as Error).message}`;
  }
})();
if (values.map?.length && typeof themes === 'string') {
  console.error(`--map needs the themes: ${themes}`);
  process.exit(2);
}
const checked = checkImportFlags(values, typeof themes === 'string' ? [] : themes.map((t) => t.id));
if ('errors' in checked) {
  for (const error of checked.errors) console.error(error);
  process.exit(2);
}
const { mapping } = checked;

mkdirSync(outDir, { recursive: true });
/** The articles already there, to find one an import would repeat. */
const existing: Array<ArticleKey & { path: string }> = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => {
    const path = join(outDir, name);
    try {
      return [{ path, ...articleKey(readFileSync(path, 'utf8')) }];
    } catch {
      return []; // not a readable file: the build names it
    }
  });
const done = { imported: 0, already: 0, failed: 0 };

/** One line for a file not imported: where, what is wrong and what to do. */
function fail(line: string): void {
  console.error(line);
  done.failed++;
}

/** The first free <slug>.md (or the same name again with --force). */
function target(title: string): string {
  const slug = slugify(title);
  let path = join(outDir, `${slug}.md`);
  for (let n = 2; existsSync(path) && !values.force; n++) path = join(outDir, `${slug}-${n}.md`);
  return path;
}

/** Written whole or not at all: a temporary file beside the target, renamed over it. */
function writeWhole(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.importing`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Writes the article unless it is already there (same text or address); its path when written. */
function save(file: string, markdown: string, title: string): string | undefined {
  const key = articleKey(markdown);
  const same = findSameArticle(key, existing);
  if (same && !values.force) {
    console.log(`${file}: already imported as ${shown(same.article.path)} (the same ${same.by === 'url' ? 'address' : 'text'}); nothing changed. To replace it, import again with --force.`);
    done.already++;
    return undefined;
  }
  const path = same?.article.path ?? target(title);
  writeWhole(path, markdown);
  const at = existing.findIndex((a) => a.path === path);
  if (at >= 0) existing[at] = { path, ...key };
  else existing.push({ path, ...key });
  done.imported++;
  return path;
}

function importTimelineJs(file: string, text: string): void {
  if (typeof themes === 'string') return fail(`${file}: not imported: ${themes}`);
  let imported;
  if (file.toLowerCase().endsWith('.json')) {
    try {
      imported = fromTimelineJsJson(JSON.parse(text), themes, mapping);
    } catch (error) {
      return fail(`${file}:1 [file] not valid JSON: ${(error as Error).message}. Fix: export the timeline again from TimelineJS.`);
    }
  } else {
    imported = fromTimelineJsRows(Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data, themes, mapping);
  }
  for (const problem of imported.problems) console.error(`${file}: ${problem}`);
  if (imported.problems.length) return fail(`${file}: not imported: fix the ${imported.problems.length} problem(s) above, or remove those entries.`);
  const path = save(file, curatedMarkdown(imported, basename(file)), imported.title || basename(file).replace(/\.(json|csv)$/i, ''));
  if (!path) return;
  console.log(`${file} → ${shown(path)}: ${imported.events.length} curated event(s) from TimelineJS`);
  for (const note of imported.notes) console.log(`  check: ${note}`);
}

function importFile(file: string): void {
  const bytes = readFileSync(file);
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return fail(`${file}:1 [file] ${decoded.error}. Fix: ${decoded.notText ? HINTS.notText : HINTS.encoding}.`);
  const warnings: string[] = [];
  if (bytes.length > LARGE_BYTES) warnings.push(`  warning: ${file} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB of text (over ${LARGE_BYTES / 1024 / 1024} MB): it is imported whole, but its page is slow to open and may be left out of the offline copy; split it into several articles if you can`);
  if (decoded.removed) warnings.push(`  check: ${decoded.removed} control character(s) (NUL, ESC…) taken out of the text`);
  if (/\.(json|csv)$/i.test(file)) {
    importTimelineJs(file, decoded.text);
  } else {
    const article = parseRawArticle(decoded.text, { url: values.url, published: values.published });
    if (article.paragraphs.length === 0) article.notes.push('no article text found: the file holds only page noise');
    const path = save(file, toArticleMarkdown(article), article.title);
    if (!path) return;
    console.log(`${file} → ${shown(path)}: ${article.paragraphs.length} paragraph(s), ${article.captions.length} caption(s), ${article.related.length} related headline(s), ${article.dropped.length} line(s) of page noise left out`);
    for (const line of formatImportReport(article, { verbose: values.verbose })) console.log(line);
  }
  for (const warning of warnings) console.log(warning);
}

/** One line for a file that cannot be read: what is wrong and what to do, never a stack trace. */
function unreadable(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file. Fix: check the name and the folder (paths are relative to where the command runs).';
  if (error.code === 'EISDIR') return 'is a folder, not a file. Fix: name the files in it (for example folder/*.txt).';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied. Fix: make the file readable (chmod a+r).';
  return `not imported: ${error.message}`;
}

for (const file of positionals) {
  try {
    importFile(file);
  } catch (error) {
    fail(`${file}: ${unreadable(error as NodeJS.ErrnoException)}`);
  }
}
if (positionals.length > 1 || done.failed || done.already) {
  console.log(`${positionals.length} file(s): ${done.imported} imported, ${done.already} already there, ${done.failed} not imported`);
}
process.exit(done.failed ? 1 : 0);
