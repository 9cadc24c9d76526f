import type { IFuseOptions } from 'fuse.js';
import { themeTerms, type ThemeWords } from './theme-terms.ts';

/**
 * What search looks at in an event. Sentences are the source sentences, joined (joinSentences);
 * themes are its themes' labels and keywords in both languages (themeTerms), so "vắc xin" finds
 * the vaccines theme's events whatever their own words.
 */
export interface SearchDocument {
  title: string;
  summary: string;
  sentences: string;
  themes?: string;
}

/**
 * Fuse's options for near-miss search (a query whose words match nothing). `ignoreDiacritics`
 * makes "vac xin" find "vắc-xin" and "dong" find "Đông" (fuse.js ≥ 7.3 maps đ/Đ too).
 */
export const FUSE_OPTIONS: Readonly<IFuseOptions<SearchDocument>> = Object.freeze({
  keys: [
    { name: 'title', weight: 3 },
    { name: 'summary', weight: 1 },
    { name: 'sentences', weight: 1 },
    { name: 'themes', weight: 0.5 },
  ],
  ignoreDiacritics: true,
  ignoreLocation: true,
  includeMatches: true,
  threshold: 0.3,
  minMatchCharLength: 2,
});

/** The searched text of an event's sources: its sentences joined by a space, and where each begins in it (to mark matches in each). */
export function joinSentences(sentences: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const sentence of sentences) {
    starts.push(at);
    at += sentence.length + 1;
  }
  return { text: sentences.join(' '), starts };
}

/** What search reads of an event: the one place its searched text is put together. `themes`: the taxonomy's labels and keywords. */
export function toSearchDocument(
  event: { title: string; themes?: readonly string[] },
  texts: { summary: string; sentences: readonly string[] },
  themes: readonly ThemeWords[] = [],
): SearchDocument {
  return { title: event.title, summary: texts.summary, sentences: joinSentences(texts.sentences).text, themes: themeTerms(event.themes ?? [], themes) };
}
