import { fold, foldedWords } from '../text/fold.ts';
import type { SearchDocument } from './search-options.ts';

/** Matched character ranges per field, inclusive, as Fuse reports them: what highlight() reads. */
export type FieldRanges = Partial<Record<keyof SearchDocument, Array<[number, number]>>>;

// The event's own texts. Its themes' words are shared by every event of those themes: indexed once per set of themes.
const FIELDS = ['title', 'summary', 'sentences'] as const satisfies ReadonlyArray<keyof SearchDocument>;

/** The first index of a sorted array whose item is not less than `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Search as you type, in about a millisecond over 10,000 events: every word of the query must
 * begin a word of the event (title, summary, sources or its themes' words), compared folded, so "vac xin" finds
 * "vắc-xin" and "dong" finds "Đông". A sorted word list with each word's documents answers it
 * without reading the texts. Fuse's fuzzy search is slower by a hundred times at that size;
 * the caller keeps it for queries this finds nothing for (typos).
 */
export class WordSearch {
  /** Each document's fields folded one code unit for one, so positions match the original text. */
  readonly #folded: Array<Record<(typeof FIELDS)[number], string>>;
  /** Every distinct folded word, sorted, so the words a prefix begins are side by side. */
  readonly #words: string[];
  /** For each word of #words, the documents that have it, ascending. */
  readonly #postings: number[][];
  /** The documents of each set of themes, with that set's words, sorted: a few dozen sets, however many events. */
  readonly #themeGroups: Array<{ words: string[]; docs: number[] }>;

  constructor(docs: readonly SearchDocument[], built?: IndexInProgress) {
    const index = built ?? new IndexInProgress(docs);
    while (!index.addBatch(docs.length));
    this.#folded = index.folded;
    this.#words = [...index.postings.keys()].sort();
    this.#postings = this.#words.map((word) => index.postings.get(word)!);
    const groups = new Map<string, number[]>();
    docs.forEach((doc, i) => {
      if (!doc.themes) return;
      const members = groups.get(doc.themes);
      if (members) members.push(i);
      else groups.set(doc.themes, [i]);
    });
    this.#themeGroups = [...groups].map(([themes, members]) => ({ words: [...new Set(wordsOf(foldAligned(themes)))].sort(), docs: members }));
  }

  /**
   * The same index, built `batch` documents at a time with `pause()` awaited between batches: a
   * page builds it in pieces that each leave the browser free to draw and answer (a few ms each).
   */
  static async build(docs: readonly SearchDocument[], pause: () => Promise<unknown>, batch = 100): Promise<WordSearch> {
    const index = new IndexInProgress(docs);
    while (!index.addBatch(batch)) await pause();
    await pause();
    return new WordSearch(docs, index);
  }

  /** Indices of the documents with every word of the query, in document order. */
  find(query: string): number[] {
    const words = foldedWords(query);
    if (words.length === 0) return [];
    // hits[doc] counts the query words found so far in that document, each word once.
    const hits = new Uint8Array(this.#folded.length);
    words.forEach((word, n) => {
      for (let w = lowerBound(this.#words, word); w < this.#words.length && this.#words[w]!.startsWith(word); w++) {
        for (const doc of this.#postings[w]!) if (hits[doc] === n) hits[doc] = n + 1;
      }
      for (const group of this.#themeGroups) {
        if (!group.words[lowerBound(group.words, word)]?.startsWith(word)) continue;
        for (const doc of group.docs) if (hits[doc] === n) hits[doc] = n + 1;
      }
    });
    const found: number[] = [];
    for (let doc = 0; doc < hits.length; doc++) if (hits[doc] === words.length) found.push(doc);
    return found;
  }

  /** Where the query's words (of two letters or more) and the whole phrase occur in a document. */
  ranges(index: number, query: string): FieldRanges {
    const words = foldedWords(query);
    const needles = [...new Set([...words.filter((w) => w.length >= 2), ...(words.length > 1 ? [words.join(' ')] : [])])];
    const doc = this.#folded[index];
    const result: FieldRanges = {};
    if (!doc) return result;
    for (const field of FIELDS) {
      const ranges: Array<[number, number]> = [];
      for (const needle of needles) {
        for (let at = nextWordStart(doc[field], needle, 0); at >= 0; at = nextWordStart(doc[field], needle, at + 1)) {
          ranges.push([at, at + needle.length - 1]);
        }
      }
      if (ranges.length) result[field] = ranges.sort((a, b) => a[0] - b[0]);
    }
    return result;
  }
}

/** The folded texts and each word's documents, added a batch of documents at a time. */
class IndexInProgress {
  readonly folded: Array<Record<(typeof FIELDS)[number], string>> = [];
  readonly postings = new Map<string, number[]>();
  readonly #docs: readonly SearchDocument[];

  constructor(docs: readonly SearchDocument[]) {
    this.#docs = docs;
  }

  /** Adds up to `count` more documents; true once every document is in. */
  addBatch(count: number): boolean {
    const end = Math.min(this.#docs.length, this.folded.length + count);
    for (let i = this.folded.length; i < end; i++) {
      const doc = this.#docs[i]!;
      const folded = { title: foldAligned(doc.title), summary: foldAligned(doc.summary), sentences: foldAligned(doc.sentences) };
      this.folded.push(folded);
      for (const field of FIELDS) {
        for (const word of wordsOf(folded[field])) {
          const list = this.postings.get(word);
          if (!list) this.postings.set(word, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
    }
    return this.folded.length === this.#docs.length;
  }
}

/** The words of a folded text, in order (letters and digits, as foldedWords() splits a query). */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    const inWord = at < text.length && isWordChar(text, at);
    if (inWord && start < 0) start = at;
    else if (!inWord && start >= 0) {
      words.push(text.slice(start, at));
      start = -1;
    }
  }
  return words;
}

/** Whether the code unit at `at` is a letter or digit (as foldedWords() splits a query): folded text is mostly ASCII, checked first. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}]/u.test(text[at]!);
}

/** The next position from `from` where `word` begins a word of `text`, or -1. */
function nextWordStart(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text, at - 1)) return at;
  }
  return -1;
}

// Per UTF-16 code unit: its folded form when that is one code unit too, else itself (0: not yet known).
const foldedUnits = new Uint16Array(0x10000);
const utf16 = new TextDecoder('utf-16le');

/**
 * fold(), one code unit for one: "Đông" → "dong" with every position kept, so a match found in
 * the folded text marks the same characters in the original. A unit that would fold to more or
 * fewer units stays as it is.
 */
export function foldAligned(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let folded = foldedUnits[unit]!;
    if (folded === 0) {
      const f = unit >= 0xd800 && unit <= 0xdfff ? '' : fold(String.fromCharCode(unit));
      folded = foldedUnits[unit] = f.length === 1 ? f.charCodeAt(0) : unit;
    }
    out[i] = folded;
  }
  // A lone surrogate decodes to U+FFFD: still one unit, so positions hold.
  return utf16.decode(out);
}
