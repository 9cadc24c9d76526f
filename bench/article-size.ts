/**
 * Extraction time against one article's size: the pipeline (parse, dates, events) on a single
 * Vietnamese article of 1, 2, 4 and 20 MB, made of the corpus generator's paragraphs. The work
 * must grow linearly: 4 MB in under 5 s, 20 MB in under 30 s. `BENCH_ARTICLE_MB=1,4` narrows it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../src/lib/events/build-corpus.ts';
import { writeCorpus } from './generate-corpus.ts';

export const ARTICLE_BUDGET_S: Readonly<Record<number, number>> = Object.freeze({ 4: 5, 20: 30 });

export interface ArticleSizeResult {
  mb: number;
  seconds: number;
  events: number;
}

/** One article of about `mb` MB of text, paragraphs from a generated corpus, in order. */
function longArticle(mb: number, paragraphs: readonly string[]): string {
  const target = mb * 1024 * 1024;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return `---\ntitle: "Bài rất dài"\npublished: 2024-06-30\nlanguage: vi\n---\n\n${parts.join('\n\n')}\n`;
}

export function measureArticleSizes(sizes = (process.env['BENCH_ARTICLE_MB'] ?? '1,2,4,20').split(',').map(Number)): ArticleSizeResult[] {
  const corpus = writeCorpus(join(tmpdir(), 'bien-nien-article-size'), 3000, 7, 'content/themes.yaml');
  const paragraphs = readdirSync(join(corpus.dir, 'articles')).flatMap((name) => readFileSync(join(corpus.dir, 'articles', name), 'utf8').split('\n---\n')[1]!.trim().split('\n\n'));
  const themes = { path: 'content/themes.yaml', bytes: readFileSync('content/themes.yaml') };
  return sizes.map((mb) => {
    const bytes = new TextEncoder().encode(longArticle(mb, paragraphs));
    const started = performance.now();
    const result = buildCorpus(themes, [{ path: 'content/articles/bai-rat-dai.md', bytes }]);
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    return { mb, seconds, events: result.events.length };
  });
}

export function articleSizeTable(results: readonly ArticleSizeResult[]): string {
  const lines = ['| article MB | extraction s | events | budget |', '|---:|---:|---:|---|'];
  for (const r of results) {
    const budget = ARTICLE_BUDGET_S[r.mb];
    lines.push(`| ${r.mb} | ${r.seconds} | ${r.events} | ${budget === undefined ? '' : `≤ ${budget} s: ${r.seconds <= budget ? 'met' : 'NOT met'}`} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(articleSizeTable(measureArticleSizes()));
