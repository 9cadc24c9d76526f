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
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), match: false });
    pieces.push({ text: text.slice(from, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), match: false });
  return pieces;
}
