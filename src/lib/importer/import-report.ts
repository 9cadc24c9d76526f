import type { RawArticle } from './parse-raw-article.ts';

/**
 * What `npm run import` says about one article: the publication date it found (and where) or
 * that it found none and which flag to add, what it left out (each line and why with `verbose`,
 * else a count per reason), and the notes for the editor.
 */
export function formatImportReport(article: RawArticle, options: { verbose?: boolean } = {}): string[] {
  const lines: string[] = [];
  lines.push(
    article.published
      ? `  published ${article.published} (from ${article.publishedFrom ?? 'the page'})`
      : '  no publication date found in the page or its address: add --published YYYY-MM-DD (or YYYY-MM) so year-less dates can be placed',
  );
  if (article.dropped.length) {
    if (options.verbose) {
      lines.push(`  left out ${article.dropped.length} line(s):`);
      for (const d of article.dropped) lines.push(`    line ${d.line}: ${d.why}: ${clipLine(d.text)}`);
    } else {
      const counts = new Map<string, number>();
      for (const d of article.dropped) counts.set(d.why, (counts.get(d.why) ?? 0) + 1);
      const summary = [...counts].map(([why, n]) => (n > 1 ? `${why} ×${n}` : why)).join('; ');
      lines.push(`  left out ${article.dropped.length} line(s): ${summary} (--verbose lists each line)`);
    }
  }
  for (const note of article.notes) lines.push(`  check: ${note}`);
  return lines;
}

const MAX_SHOWN = 100;
const clipLine = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);
