import type { IFuseOptions } from 'fuse.js';

/** What search looks at in an event. Sentences are the source sentences, joined. */
export interface SearchDocument {
  title: string;
  summary: string;
  sentences: string;
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
  ],
  ignoreDiacritics: true,
  ignoreLocation: true,
  includeMatches: true,
  threshold: 0.3,
  minMatchCharLength: 2,
});

export function toSearchDocument(event: { title: string; summary: string; sources: ReadonlyArray<{ sentence: string }> }): SearchDocument {
  return { title: event.title, summary: event.summary, sentences: event.sources.map((s) => s.sentence).join(' ') };
}
