import { toSearchDocument, type SearchDocument } from '../../lib/search/search-options.ts';
import { WordSearch, type FieldRanges } from '../../lib/search/word-search.ts';
import { NO_TEXTS, type EventTexts } from '../../lib/site/event-texts.ts';
import type { TimelineData } from '../../lib/site/client-data.ts';
import type { createFuzzySearch, FuzzySearch } from '../fuzzy-search.ts';
import { nextTurn } from '../next-turn.ts';

export interface SearchResults {
  /** Where the matching events are in the list searched, ascending (so in date order). */
  positions: readonly number[];
  /** Matched character ranges of an event's fields, for highlighting; worked out when asked. */
  rangesOf: (id: string) => FieldRanges | undefined;
}

/**
 * Search as the user types. Words first (every query word begins a word of the event, folded:
 * about a millisecond at 10,000 events), at every keystroke. When the words find nothing,
 * Fuse's fuzzy search finds near misses ("Lavrow"): its bundle loads on that first need.
 */
export class EventSearch {
  readonly #events: TimelineData['events'];
  readonly #texts: ReadonlyMap<string, EventTexts>;
  readonly #themes: TimelineData['themes'];
  readonly #position: Map<string, number>;
  readonly #loadFuzzy: () => Promise<typeof createFuzzySearch>;
  #docs: Promise<SearchDocument[]> | undefined;
  #words: Promise<WordSearch> | undefined;
  #fuzzy: Promise<FuzzySearch> | undefined;

  /** `loadFuzzy` gives Fuse when first needed: in the page, by loading its bundle. `themes`: the taxonomy, whose words find its events. */
  constructor(events: TimelineData['events'], texts: ReadonlyMap<string, EventTexts>, loadFuzzy: () => Promise<typeof createFuzzySearch>, themes: TimelineData['themes'] = []) {
    this.#events = events;
    this.#texts = texts;
    this.#themes = themes;
    this.#position = new Map(events.map((e, i) => [e.id, i]));
    this.#loadFuzzy = loadFuzzy;
  }

  /**
   * Builds the word index ahead of the first keystroke (when the page is idle, or on focus), in
   * pieces of a hundred events, the browser free between them: 30 ms at 1,000 events in one go.
   */
  prepare(): Promise<WordSearch> {
    return (this.#words ??= this.#documents().then((docs) => WordSearch.build(docs, nextTurn)));
  }

  /** What is searched of each event, made a hundred at a time. */
  #documents(): Promise<SearchDocument[]> {
    return (this.#docs ??= (async () => {
      const docs: SearchDocument[] = [];
      for (const event of this.#events) {
        docs.push(toSearchDocument(event, this.#texts.get(event.id) ?? NO_TEXTS, this.#themes));
        if (docs.length % 100 === 0) await nextTurn();
      }
      return docs;
    })());
  }

  /**
   * The events with every word of the query, or, when the words find nothing, the near misses;
   * undefined below two letters (one letter matches nearly everything).
   */
  async search(query: string): Promise<SearchResults | undefined> {
    const q = query.trim();
    if (q.length < 2) return undefined;
    const words = await this.prepare();
    const found = words.find(q);
    if (found.length === 0) return this.#nearMisses(q);
    return {
      positions: found,
      rangesOf: (id) => {
        const i = this.#position.get(id);
        return i === undefined ? undefined : words.ranges(i, q);
      },
    };
  }

  async #nearMisses(query: string): Promise<SearchResults> {
    this.#fuzzy ??= Promise.all([this.#loadFuzzy(), this.#documents()]).then(([create, docs]) => create(docs));
    const ranges = new Map<string, FieldRanges>();
    const positions: number[] = [];
    for (const { index, ranges: fields } of (await this.#fuzzy)(query)) {
      ranges.set(this.#events[index]!.id, fields);
      positions.push(index);
    }
    return { positions: positions.sort((a, b) => a - b), rangesOf: (id) => ranges.get(id) };
  }
}
