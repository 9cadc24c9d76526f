import { parse } from 'yaml';
import { normalizeText } from '../text/normalize-text.ts';

/** What tells one article file from another: its address and its text. */
export interface ArticleKey {
  /** The frontmatter's `url`, when it has one. */
  url?: string;
  /** The body, spaces and line breaks folded. */
  body: string;
}

/**
 * The article a new import would repeat, among those already in the content folder: one with the
 * same address (`url`), or with the same text. Importing it again must say so, not write a
 * silent "-2" copy.
 */
export function findSameArticle<T extends ArticleKey>(wanted: ArticleKey, existing: readonly T[]): { article: T; by: 'url' | 'text' } | undefined {
  const byUrl = wanted.url ? existing.find((a) => a.url === wanted.url) : undefined;
  if (byUrl) return { article: byUrl, by: 'url' };
  const byText = wanted.body ? existing.find((a) => a.body === wanted.body) : undefined;
  return byText && { article: byText, by: 'text' };
}

/** The key of an article file's text (frontmatter between "---" lines, then the body). */
export function articleKey(markdown: string): ArticleKey {
  const text = normalizeText(markdown);
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  let url: string | undefined;
  if (match) {
    try {
      const data = parse(match[1]!) as { url?: unknown } | null;
      if (typeof data?.url === 'string') url = data.url.trim();
    } catch {
      // a frontmatter that does not parse names no address; its body is still compared
    }
  }
  return { ...(url ? { url } : {}), body: (match ? match[2]! : text).replace(/\s+/g, ' ').trim() };
}
