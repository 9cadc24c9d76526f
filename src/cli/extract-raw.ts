import { basename } from 'node:path';
import { buildCorpus, type Corpus, type SourceFile } from '../lib/events/build-corpus.ts';
import { parseRawArticle } from '../lib/importer/parse-raw-article.ts';
import { toArticleMarkdown } from '../lib/importer/to-markdown.ts';
import { decodeBytes } from '../lib/text/decode-bytes.ts';
import { slugify } from '../lib/text/fold.ts';
import { contentDir, readContent } from '../loaders/read-content.ts';

export interface RawExtractOptions {
  /** The publication date to use, YYYY-MM-DD, in place of the one the import finds. */
  published?: string | undefined;
  /** The article's address, as `npm run import -- --url` sets it. */
  url?: string | undefined;
  /** The theme taxonomy; by default the content folder's themes.yaml. */
  themes?: SourceFile | undefined;
}

/**
 * Raw pasted article files through the import and the build, as `npm run extract` runs them:
 * the corpus, and for each file the publication date the import found on its own (null: none).
 */
export function extractRawArticles(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, options: RawExtractOptions = {}): { corpus: Corpus; publishedFound: Array<string | null> } {
  const encoder = new TextEncoder();
  const publishedFound: Array<string | null> = [];
  const articles = files.map(({ name, bytes }): SourceFile => {
    const decoded = decodeBytes(bytes);
    if ('error' in decoded) {
      publishedFound.push(null);
      // The build reports the encoding, naming the file.
      return { path: `${name}.md`, bytes };
    }
    // The address may date the page ("/2021/07/06/"): the import reads it there when the text does not say.
    const raw = parseRawArticle(decoded.text, { url: options.url });
    publishedFound.push(raw.published ?? null);
    if (options.published) raw.published = options.published;
    return { path: `${slugify(raw.title) || slugify(basename(name))}.md`, bytes: encoder.encode(toArticleMarkdown(raw)) };
  });
  const themes = options.themes ?? readContent(contentDir()).themes;
  return { corpus: buildCorpus(themes, articles), publishedFound };
}
