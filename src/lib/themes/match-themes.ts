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

/** How a main event borrows the themes its article keeps returning to. */
export interface ArticleThemes {
  /** The article's paragraphs. */
  paragraphs: readonly string[];
  /** A theme must come up in this many paragraphs: one passing mention is not what the article is about. */
  minParagraphs: number;
}

// An event in every lane is no help to a reader: a few themes at most (a main event's article may cover four).
const MAX_THEMES = 4;

/**
 * Themes for an event: those its own sentence names, most hits first; then, for an article's
 * main event (the news the whole article reports), those at least `minParagraphs` of its
 * paragraphs name, most named first. At most four: never every lane. Never empty: with nothing matched,
 * the fallback theme.
 */
export function themesFor(matcher: ThemeMatcher, sentence: string, article?: ArticleThemes): string[] {
  const ids = matcher.count(sentence).map((t) => t.id);
  if (article) {
    const naming = new Map<string, { paragraphs: number; hits: number }>();
    for (const paragraph of article.paragraphs) {
      for (const { id, hits } of matcher.count(paragraph)) {
        const seen = naming.get(id) ?? { paragraphs: 0, hits: 0 };
        naming.set(id, { paragraphs: seen.paragraphs + 1, hits: seen.hits + hits });
      }
    }
    const recurring = [...naming].filter(([, n]) => n.paragraphs >= article.minParagraphs).sort((a, b) => b[1].hits - a[1].hits);
    for (const [id] of recurring) if (!ids.includes(id)) ids.push(id);
  }
  return ids.length ? ids.slice(0, MAX_THEMES) : [matcher.fallbackId];
}
