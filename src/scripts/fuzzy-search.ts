import Fuse from 'fuse.js';
import { FUSE_OPTIONS, type SearchDocument } from '../lib/search/search-options.ts';
import type { FieldRanges } from '../lib/search/word-search.ts';

/** Fuzzy matches: the document's index and where in its fields the query matched. */
export type FuzzySearch = (query: string) => Array<{ index: number; ranges: FieldRanges }>;

declare global {
  interface Window {
    BIEN_NIEN_FUZZY?: typeof createFuzzySearch;
  }
}

/** Fuse over the events' texts, with the options that fold case and diacritics. */
export function createFuzzySearch(docs: readonly SearchDocument[]): FuzzySearch {
  const fuse = new Fuse(docs, FUSE_OPTIONS);
  return (query) =>
    fuse.search(query).map((result) => {
      const ranges: FieldRanges = {};
      for (const match of result.matches ?? []) {
        const key = match.key as keyof SearchDocument;
        ranges[key] = [...(ranges[key] ?? []), ...match.indices.map(([a, b]) => [a, b] as [number, number])];
      }
      return { index: result.refIndex, ranges };
    });
}

// Loaded only when a query's words match nothing (a typo): Fuse stays out of the first download.
if (typeof window !== 'undefined') window.BIEN_NIEN_FUZZY = createFuzzySearch;
