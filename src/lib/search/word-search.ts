import { fold, foldedWords } from '../text/fold.ts';
import type { SearchDocument } from './search-options.ts';

/** Matched character ranges per field, inclusive, as Fuse reports them: what highlight() reads. */
export type FieldRanges = Partial<Record<keyof SearchDocument, Array<[number, number]>>>;

const FIELDS = ['title', 'summary', 'sentences'] as const satisfies ReadonlyArray<keyof SearchDocument>;

/**
 * Search as you type, in a few milliseconds over 10,000 events: every word of the query must
 * begin a word of the event (title, summary or sources), compared folded, so "vac xin" finds
 * "vắc-xin" and "dong" finds "Đông". Fuse's fuzzy search is slower by a hundred times at that
 * size; the caller keeps it for queries this finds nothing for (typos).
 */
export class WordSearch {
  /** Each document's fields folded one code unit for one, so positions match the original text. */
  readonly #folded: Array<Record<keyof SearchDocument, string>>;

  constructor(docs: readonly SearchDocument[]) {
    this.#folded = docs.map((doc) => ({ title: foldAligned(doc.title), summary: foldAligned(doc.summary), sentences: foldAligned(doc.sentences) }));
  }

  /** Indices of the documents with every word of the query, in document order. */
  find(query: string, within?: readonly number[]): number[] {
    const words = foldedWords(query);
    if (words.length === 0) return [];
    const found: number[] = [];
    const candidates = within ?? this.#folded.keys();
    for (const i of candidates) {
      const doc = this.#folded[i]!;
      if (words.every((word) => FIELDS.some((field) => nextWordStart(doc[field], word, 0) >= 0))) found.push(i);
    }
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

/** Whether the code unit at `at` is part of a word: folded text is mostly ASCII, so that is checked first. */
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
