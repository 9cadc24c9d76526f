import Fuse, { type FuseResult } from 'fuse.js';
import { FUSE_OPTIONS, type SearchDocument } from '../../lib/search/search-options.ts';

const PLACEHOLDER: SearchDocument = Object.freeze({ title: '', summary: '', sentences: '' });
import type { TimelineData } from '../../lib/site/client-data.ts';
import { loadScript } from '../load-script.ts';

declare global {
  interface Window {
    BIEN_NIEN_SEARCH?: unknown;
  }
}

export interface SearchResults {
  ids: Set<string>;
  /** Matched character ranges per event and field, for highlighting. */
  matches: Map<string, Partial<Record<keyof SearchDocument, Array<[number, number]>>>>;
}

/** Fuse over the events with the index built at build time; the index file loads on first use. */
export class EventSearch {
  #fuse: Fuse<SearchDocument> | undefined;
  #ready: Promise<void> | undefined;
  readonly #events: TimelineData['events'];
  readonly #src: string;

  constructor(events: TimelineData['events'], indexSrc: string) {
    this.#events = events;
    this.#src = indexSrc;
  }

  /** Starts loading the index (on focus of the search box, or when the page is idle). */
  prepare(): Promise<void> {
    this.#ready ??= loadScript(this.#src).then(() => {
      const index = Fuse.parseIndex<SearchDocument>(window.BIEN_NIEN_SEARCH as Parameters<typeof Fuse.parseIndex>[0]);
      // The index holds the texts it searches; the documents only stand in for the results.
      this.#fuse = new Fuse(this.#events.map(() => PLACEHOLDER), FUSE_OPTIONS, index);
    });
    return this.#ready;
  }

  async search(query: string): Promise<SearchResults | undefined> {
    const q = query.trim();
    // One letter matches nearly everything: search starts at two.
    if (q.length < 2) return undefined;
    await this.prepare();
    const results = this.#fuse!.search(q);
    return toResults(results, this.#events);
  }
}

function toResults(results: ReadonlyArray<FuseResult<SearchDocument>>, events: TimelineData['events']): SearchResults {
  const ids = new Set<string>();
  const matches: SearchResults['matches'] = new Map();
  for (const result of results) {
    const id = events[result.refIndex]!.id;
    ids.add(id);
    const fields: Partial<Record<keyof SearchDocument, Array<[number, number]>>> = {};
    for (const match of result.matches ?? []) {
      const key = match.key as keyof SearchDocument;
      fields[key] = [...(fields[key] ?? []), ...match.indices.map(([a, b]) => [a, b] as [number, number])];
    }
    matches.set(id, fields);
  }
  return { ids, matches };
}
