/** A piece of a paragraph: plain text, or a sentence that gave one or more events. */
export interface Segment {
  text: string;
  eventIds: string[];
}

/** A sentence to mark: an event's source sentence, and where its date words are in the paragraph (the source's dateOffsets), when known. */
export interface SentenceMark {
  sentence: string;
  eventId: string;
  dateOffsets?: readonly [number, number] | undefined;
}

/**
 * Cuts a paragraph into plain text and the sentences that gave events, so the article page can
 * mark each such sentence. A sentence is marked where it holds its event's date words (the same
 * words may stand in an earlier sentence too); without offsets, where it first stands. One not
 * found is left unmarked.
 */
export function markSentences(paragraph: string, marks: readonly SentenceMark[]): Segment[] {
  const spans = new Map<number, { end: number; eventIds: string[] }>();
  for (const { sentence, eventId, dateOffsets } of marks) {
    const start = placeOf(paragraph, sentence, dateOffsets);
    if (start < 0) continue;
    const span = spans.get(start) ?? { end: start + sentence.length, eventIds: [] };
    if (!span.eventIds.includes(eventId)) span.eventIds.push(eventId);
    spans.set(start, span);
  }
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, span] of [...spans.entries()].sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue; // overlapping sentences: keep the first
    if (start > cursor) segments.push({ text: paragraph.slice(cursor, start), eventIds: [] });
    segments.push({ text: paragraph.slice(start, span.end), eventIds: span.eventIds });
    cursor = span.end;
  }
  if (cursor < paragraph.length) segments.push({ text: paragraph.slice(cursor), eventIds: [] });
  return segments;
}

/** Where `sentence` stands in the paragraph: the place that holds the date words, else the first; -1 when absent. */
function placeOf(paragraph: string, sentence: string, dateOffsets: readonly [number, number] | undefined): number {
  if (!sentence) return -1;
  const first = paragraph.indexOf(sentence);
  if (!dateOffsets) return first;
  const [from, to] = dateOffsets;
  for (let at = first; at >= 0 && at <= from; at = paragraph.indexOf(sentence, at + 1)) {
    if (to <= at + sentence.length) return at;
  }
  return first;
}
