import { readFileSync } from 'node:fs';
import { buildCorpus, type SourceFile } from '../../src/lib/events/build-corpus.ts';
import { parseRawArticle } from '../../src/lib/importer/parse-raw-article.ts';
import { toArticleMarkdown } from '../../src/lib/importer/to-markdown.ts';

const encoder = new TextEncoder();
export const themesFile: SourceFile = { path: 'content/themes.yaml', bytes: readFileSync('content/themes.yaml') };

/** An article file in memory. */
export const articleFile = (slug: string, text: string | Uint8Array): SourceFile => ({
  path: `content/articles/${slug}.md`,
  bytes: typeof text === 'string' ? encoder.encode(text) : text,
});

/** The Markdown file an import of a raw fixture writes. */
export function importedFixture(path: string, published?: string): string {
  const raw = parseRawArticle(readFileSync(path, 'utf8'));
  if (published) raw.published = published;
  return toArticleMarkdown(raw);
}

export const corpusOf = (...files: SourceFile[]) => buildCorpus(themesFile, files);

export const SEED_SUMMIT = 'tests/fixtures/seeds/000_6c3bcd2bb5e30a31.txt';
export const SEED_VIDEO_CONFERENCE = 'tests/fixtures/seeds/001_ad55035a9bf9282a.txt';
