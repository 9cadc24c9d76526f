import Fuse from 'fuse.js';
import { FUSE_OPTIONS, toSearchDocument, type SearchDocument } from '../../lib/search/search-options.ts';
import { fold } from '../../lib/text/fold.ts';
import { WordSearch, type FieldRanges } from '../../lib/search/word-search.ts';
import type { EventTexts } from '../../lib/site/event-item.ts';
import type { TimelineData } from '../../lib/site/client-data.ts';

export interface SearchResults {
  ids: Set<string>;
  /** Matched character ranges of an event's fields, for highlighting; worked out when asked. */
  rangesOf: (id: string) => FieldRanges | undefined;
}

/**
 * Search as the user types. Words first (every query word begins a word of the event, folded:
 * a few milliseconds at 10,000 events); when the words find nothing, Fuse's fuzzy search finds
 * near misses ("hoi ngi"). Both are built on first use, from the texts the page already has.
 */
export class EventSearch {
  readonly #events: TimelineData['events'];
  readonly #docs: SearchDocument[];
  readonly #position: Map<string, number>;
  #words: WordSearch | undefined;
  #fuse: Fuse<SearchDocument> | undefined;
  /** The last word search, to narrow from while the user adds letters. */
  #last: { folded: string; found: number[] } | undefined;

  constructor(events: TimelineData['events'], texts: readonly EventTexts[]) {
    this.#events = events;
    this.#docs = events.map((event, i) => toSearchDocument({
      title: event.title,
      summary: texts[i]?.summary ?? '',
      sources: (texts[i]?.sentences ?? []).map((sentence) => ({ sentence })),
    }));
    this.#position = new Map(events.map((e, i) => [e.id, i]));
  }

  /** Folds the texts ahead of the first keystroke (called when the page is idle). */
  prepare(): void {
    this.#words ??= new WordSearch(this.#docs);
  }

  search(query: string): SearchResults | undefined {
    const q = query.trim();
    // One letter matches nearly everything: search starts at two.
    if (q.length < 2) {
      this.#last = undefined;
      return undefined;
    }
    this.prepare();
    const words = this.#words!;
    const folded = fold(q);
    // Adding letters or words only narrows: search within the last results.
    const within = this.#last && folded.startsWith(this.#last.folded) ? this.#last.found : undefined;
    const found = words.find(q, within);
    this.#last = { folded, found };
    if (found.length > 0) {
      return {
        ids: new Set(found.map((i) => this.#events[i]!.id)),
        rangesOf: (id) => {
          const i = this.#position.get(id);
          return i === undefined ? undefined : words.ranges(i, q);
        },
      };
    }
    return this.#fuzzy(q);
  }

  #fuzzy(query: string): SearchResults {
    this.#fuse ??= new Fuse(this.#docs, FUSE_OPTIONS);
    const ranges = new Map<string, FieldRanges>();
    for (const result of this.#fuse.search(query)) {
      const fields: FieldRanges = {};
      for (const match of result.matches ?? []) {
        const key = match.key as keyof SearchDocument;
        fields[key] = [...(fields[key] ?? []), ...match.indices.map(([a, b]) => [a, b] as [number, number])];
      }
      ranges.set(this.#events[result.refIndex]!.id, fields);
    }
    return { ids: new Set(ranges.keys()), rangesOf: (id) => ranges.get(id) };
  }
}
