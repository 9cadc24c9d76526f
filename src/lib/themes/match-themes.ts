import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold } from '../text/fold.ts';
import type { Theme } from '../schemas/theme.ts';

/** Keyword patterns per theme, folded once: matching ignores case and diacritics, on whole words. */
export interface ThemeMatcher {
  readonly themes: readonly Theme[];
  /** Theme ids with the number of keyword hits in `text`, most hits first; themes with none are left out. */
  count(text: string): Array<{ id: string; hits: number }>;
  fallbackId: string;
}

export function createThemeMatcher(themes: readonly Theme[]): ThemeMatcher {
  const patterns = themes.map((theme) => ({
    id: theme.id,
    pattern: theme.keywords.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${theme.keywords.map((k) => escapeRegExp(fold(k))).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : undefined,
  }));
  const fallbackId = (themes.find((t) => t.fallback) ?? themes[themes.length - 1]!).id;
  return {
    themes,
    fallbackId,
    count(text) {
      const folded = fold(text);
      return patterns
        .map(({ id, pattern }) => ({ id, hits: pattern ? (folded.match(pattern) ?? []).length : 0 }))
        .filter((t) => t.hits > 0)
        .sort((a, b) => b.hits - a.hits);
    },
  };
}

/**
 * Themes for an event: those its own sentence names, then (for an article's main event)
 * those the article as a whole keeps returning to, at least `minArticleHits` times.
 * Never empty: with nothing matched, the fallback theme.
 */
export function themesFor(
  matcher: ThemeMatcher,
  sentence: string,
  article?: { text: string; minArticleHits: number },
): string[] {
  const ids = matcher.count(sentence).map((t) => t.id);
  if (article) {
    for (const t of matcher.count(article.text)) {
      if (t.hits >= article.minArticleHits && !ids.includes(t.id)) ids.push(t.id);
    }
  }
  return ids.length ? ids : [matcher.fallbackId];
}
