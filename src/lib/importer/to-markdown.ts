import { stringify } from 'yaml';
import type { RawArticle } from './parse-raw-article.ts';

/** The content/articles/<slug>.md an editor reads and corrects: frontmatter, blank line, one paragraph per block. */
export function toArticleMarkdown(article: RawArticle): string {
  const frontmatter: Record<string, unknown> = { title: article.title };
  if (article.source) frontmatter['source'] = article.source;
  if (article.url) frontmatter['url'] = article.url;
  if (article.published) frontmatter['published'] = article.published;
  frontmatter['language'] = article.language;
  if (article.author) frontmatter['author'] = article.author;
  if (article.captions.length) frontmatter['captions'] = article.captions;
  if (article.related.length) frontmatter['related'] = article.related;
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${article.paragraphs.join('\n\n')}\n`;
}
