/** A piece of text, marked when the search matched it. */
export interface Piece {
  text: string;
  match: boolean;
}

/**
 * Cuts `text` into matched and unmatched pieces from Fuse's match indices ([start, end], inclusive),
 * ignoring matches shorter than `minLength` (Fuse reports stray single letters of fuzzy matches).
 * The pieces are rendered as text nodes and <mark> elements, never as HTML.
 */
export function highlight(text: string, indices: ReadonlyArray<readonly [number, number]>, minLength = 2): Piece[] {
  const ranges = indices
    .filter(([a, b]) => b - a + 1 >= minLength)
    .map(([a, b]) => [a, b + 1] as [number, number])
    .sort((p, q) => p[0] - q[0]);
  // Overlapping or touching ranges become one.
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), match: false });
  return pieces;
}
