/**
 * npm run eval -- DIR [--json] [--check]
 * --check fails when the folder misses a target (its pooled row when it holds several sets; each set that misses one alone is noted).
 * Scores extraction on real pages with answer keys. DIR holds set folders (each a truth.json and
 * its articles/), or is one set. Every page goes through `npm run extract`'s pipeline on its own,
 * with its address and no publication date: the import must find that itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/errors.ts';
import { scorePage, type PageScore } from '../lib/eval/score-page.ts';
import { formatPageFindings, formatSummaryTable, summarizeSet, type SetSummary } from '../lib/eval/score-set.ts';
import { missedTargets } from '../lib/eval/targets.ts';
import { parseTruthFile } from '../lib/eval/truth.ts';
import { decodeBytes } from '../lib/text/decode-bytes.ts';
import { contentDir, readContent } from '../loaders/read-content.ts';
import { extractRawArticles } from './extract-raw.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } } });
if (positionals.length !== 1) {
  console.error('usage: npm run eval -- DIR [--json] [--check]   (DIR: set folders with truth.json and articles/, or one set)');
  process.exit(2);
}
const dir = positionals[0]!;
const setDirs = existsSync(join(dir, 'truth.json'))
  ? [dir]
  : existsSync(dir) && statSync(dir).isDirectory()
    ? readdirSync(dir).sort().map((name) => join(dir, name)).filter((path) => existsSync(join(path, 'truth.json')))
    : [];
if (setDirs.length === 0) {
  console.error(`${dir}: no truth.json in it or in its folders. Fix: give a folder holding truth.json and articles/, or a folder of such sets.`);
  process.exit(2);
}

const themes = readContent(contentDir()).themes;
const sets: Array<{ summary: SetSummary; pages: PageScore[] }> = [];
let failed = false;
for (const setDir of setDirs) {
  const name = basename(setDir);
  const truthPath = join(setDir, 'truth.json');
  const truth = parseTruthFile(readFileSync(truthPath, 'utf8'), truthPath);
  if ('problems' in truth) {
    for (const problem of truth.problems) console.error(formatProblem(problem));
    failed = true;
    continue;
  }
  const pages = truth.pages.map((page) => {
    const path = join(setDir, page.file);
    if (!existsSync(path)) {
      console.error(`${truthPath} [file] ${page.file} does not exist. Fix: correct "file" or add the page's text.`);
      failed = true;
    }
    const bytes = existsSync(path) ? readFileSync(path) : new Uint8Array();
    const { corpus, publishedFound } = extractRawArticles([{ name: path, bytes }], { url: page.source_url, themes });
    // The build would stop on these (an impossible date): the events found are still scored.
    for (const problem of corpus.problems) console.error(`${name}/${page.file}: ${formatProblem(problem)}`);
    const decoded = decodeBytes(bytes);
    return scorePage(page, corpus.events, { publishedFound: publishedFound[0] ?? null, ...('text' in decoded ? { text: decoded.text } : {}) });
  });
  sets.push({ summary: summarizeSet(name, pages), pages });
}
// The targets are the folder's: its pooled row when it holds several sets. A set that misses one
// on its own is still named, as a note, so a weak set is never hidden by a strong one.
const bySet = sets.flatMap((s) => missedTargets(s.summary));
if (sets.length > 1) sets.push({ summary: summarizeSet('all', sets.flatMap((s) => s.pages)), pages: [] });
const missed = sets.length > 1 ? missedTargets(sets.at(-1)!.summary) : bySet;

if (values.json) {
  console.log(JSON.stringify(sets, null, 2));
} else {
  console.log(formatSummaryTable(sets.map((s) => s.summary)));
  const findings = sets.flatMap((s) => formatPageFindings(s.summary.name, s.pages));
  if (findings.length) console.log(['', 'By page:', ...findings].join('\n'));
}
if (values.check) {
  if (sets.length > 1) for (const line of bySet) console.error(`note: one set alone misses a target: ${line}`);
  for (const line of missed) console.error(`target missed: ${line}`);
  if (missed.length) failed = true;
  else if (!failed) console.error('every target met');
}
process.exit(failed ? 1 : 0);
