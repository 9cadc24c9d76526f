/** A shared run this long is the same passage, not a common phrase. */
export const MIN_SHARED_CHARS = 40;
// ...provided it is nearly all of the shorter text: a lead sentence may repeat most of a
// headline that a caption repeats too, and is still the article's own sentence.
const MIN_SHARED_SHARE = 0.8;
// Chrome this short ("Chia sẻ", "By AFP", "Châu Á") also occurs in prose: inside a longer text it
// only counts when it opens or closes it, where a page's chrome runs into its text.
const SHORT_LINE_CHARS = 15;
const SHORT_LINE_WORDS = 3;

/** Compared as read: NFC, one space for any run of spaces, no case (a title may capitalise a stamp's first word). */
export const normalizeForMatch = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Whether `text` (a source sentence or a title) overlaps the page chrome `noiseLine`:
 * one holds the other, or they share a run of MIN_SHARED_CHARS that is nearly all of the shorter.
 */
export function overlapsNoise(text: string, noiseLine: string): boolean {
  const t = normalizeForMatch(text);
  const n = normalizeForMatch(noiseLine);
  if (!t || !n) return false;
  if (n.includes(t)) return true;
  if (t.includes(n)) return isDistinctive(n) || t.startsWith(n) || t.endsWith(n);
  const run = longestSharedRun(t, n);
  return run >= MIN_SHARED_CHARS && run >= MIN_SHARED_SHARE * Math.min(t.length, n.length);
}

/**
 * The noise line `text` comes from, or undefined. With the page's text, a text the page also
 * writes clear of every occurrence of those lines is the article's own (a headline that a
 * caption repeats), whatever it shares with them.
 */
export function noiseLineOf(text: string, noiseLines: readonly string[], pageText?: string): string | undefined {
  const overlapping = noiseLines.filter((line) => overlapsNoise(text, line));
  if (overlapping.length === 0 || pageText === undefined) return overlapping[0];
  const page = normalizeForMatch(pageText);
  const t = normalizeForMatch(text);
  const chrome = overlapping.flatMap((line) => {
    const n = normalizeForMatch(line);
    return occurrences(page, n).map((at) => [at, at + n.length] as const);
  });
  const clear = occurrences(page, t).some((at) => chrome.every(([from, to]) => to <= at || at + t.length <= from));
  return clear ? undefined : overlapping[0];
}

function isDistinctive(line: string): boolean {
  return line.length >= SHORT_LINE_CHARS || line.split(' ').length >= SHORT_LINE_WORDS;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Length of the longest common substring (dynamic programming over one row; both texts are a few hundred characters). */
export function longestSharedRun(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      row[j] = previous[j - 1]! + 1;
      if (row[j]! > best) best = row[j]!;
    }
    previous = row;
  }
  return best;
}
