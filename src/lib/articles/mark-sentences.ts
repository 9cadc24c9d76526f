/** A piece of a paragraph: plain text, or a sentence that gave one or more events. */
export interface Segment {
  text: string;
  eventIds: string[];
}

/**
 * Cuts a paragraph into plain text and the sentences that gave events, so the article page can
 * mark each such sentence. Sentences are found by their text; one not found is left unmarked.
 */
export function markSentences(paragraph: string, marks: ReadonlyArray<{ sentence: string; eventId: string }>): Segment[] {
  const spans = new Map<number, { end: number; eventIds: string[] }>();
  for (const { sentence, eventId } of marks) {
    const start = paragraph.indexOf(sentence);
    if (start < 0 || !sentence) continue;
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
