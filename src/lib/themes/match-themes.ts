import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold } from '../text/fold.ts';
import type { Theme } from '../schemas/theme.ts';
import { foldAligned } from '../search/word-search.ts';

/**
 * Keyword patterns per theme, built once. Matching is on whole words and ignores case, with two
 * exceptions that keep Vietnamese apart: a keyword written with marks matches the same marks or
 * text typed without any ("Biển Đông", "Bien Dong", never "biến động"); an acronym matches in
 * capitals only ("WHO", never "who").
 */
export interface ThemeMatcher {
  readonly themes: readonly Theme[];
  /** Theme ids with the number of keyword hits in `text`, most hits first; themes with none are left out. */
  count(text: string): Array<{ id: string; hits: number }>;
  fallbackId: string;
}

const isAcronym = (keyword: string) => /^[\p{Lu}\d-]{2,}$/u.test(keyword) && /\p{Lu}/u.test(keyword);
const wordPattern = (alternatives: readonly string[], flags: string) =>
  alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags) : undefined;

export function createThemeMatcher(themes: readonly Theme[]): ThemeMatcher {
  const patterns = themes.map((theme) => {
    const words = theme.keywords.filter((k) => !isAcronym(k));
    return {
      id: theme.id,
      acronyms: wordPattern(theme.keywords.filter(isAcronym), 'gu'),
      // as written, marks and all, in lower case
      marked: wordPattern(words.filter((k) => fold(k) !== k.toLowerCase()).map((k) => k.normalize('NFC').toLowerCase()), 'gu'),
      // folded: for text typed without marks (and for keywords that have none)
      folded: wordPattern([...new Set(words.map(fold))], 'gu'),
    };
  });
  const fallbackId = (themes.find((t) => t.fallback) ?? themes[themes.length - 1]!).id;
  return {
    themes,
    fallbackId,
    count(text) {
      const written = text.normalize('NFC');
      const lower = written.toLowerCase();
      // foldAligned keeps every position, so a folded match can be checked against what was written.
      const folded = foldAligned(written);
      const unmarked = (m: RegExpMatchArray) => {
        const span = lower.slice(m.index, m.index! + m[0].length);
        return fold(span) === span;
      };
      return patterns
        .map(({ id, acronyms, marked, folded: plain }) => {
          let hits = acronyms ? (written.match(acronyms) ?? []).length : 0;
          if (marked) hits += (lower.match(marked) ?? []).length;
          if (plain) for (const m of folded.matchAll(plain)) if (unmarked(m)) hits++;
          return { id, hits };
        })
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

// A theme named this often in two paragraphs is what a short article of long paragraphs is about.
const MANY_HITS = 8;
// An event in every lane is no help to a reader: a few themes at most (a main event's article may cover four).
const MAX_THEMES = 4;

/**
 * Themes for an event: those its own sentence names, most hits first; then, for an article's
 * main event (the news the whole article reports), those at least `minParagraphs` of its
 * paragraphs name (or two paragraphs, eight times or more), most named first. At most four: never every lane. Never empty: with nothing matched,
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
    const recurring = [...naming].filter(([, n]) => n.paragraphs >= article.minParagraphs || (n.paragraphs >= 2 && n.hits >= MANY_HITS)).sort((a, b) => b[1].hits - a[1].hits);
    for (const [id] of recurring) if (!ids.includes(id)) ids.push(id);
  }
  return ids.length ? ids.slice(0, MAX_THEMES) : [matcher.fallbackId];
}
