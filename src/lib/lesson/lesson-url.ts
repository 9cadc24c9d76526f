/** A lesson: events in the teacher's order, each with an optional note for the presenter view. */
export interface LessonItem {
  id: string;
  note: string;
}

export const MAX_NOTE = 500;

/**
 * The lesson as one URL parameter's value: items joined by "|", id and note by "~"; inside a
 * part only "%", "|" and "~" are escaped, so the address encodes the text once (writeViewState)
 * and a link stays as short as its words allow. Ids are the stable event ids, so a link made
 * from one build opens on later builds.
 */
export function encodeLesson(items: readonly LessonItem[]): string {
  return items.map((item) => (item.note ? `${enc(item.id)}~${enc(item.note.slice(0, MAX_NOTE))}` : enc(item.id))).join('|');
}

/** Reads a lesson parameter; ids that no build has (any more) are returned apart, to report. */
export function decodeLesson(param: string, knownIds: ReadonlySet<string>): { items: LessonItem[]; missing: string[] } {
  const items: LessonItem[] = [];
  const missing: string[] = [];
  for (const part of param.split('|')) {
    if (!part) continue;
    const [rawId = '', ...rest] = part.split('~');
    const id = dec(rawId);
    const note = dec(rest.join('~')).slice(0, MAX_NOTE);
    if (!id) continue;
    if (!knownIds.has(id)) missing.push(id);
    else if (!items.some((i) => i.id === id)) items.push({ id, note });
  }
  return { items, missing };
}

/** Moves an item up or down; out-of-range moves change nothing. */
export function moveItem(items: readonly LessonItem[], id: string, step: -1 | 1): LessonItem[] {
  const index = items.findIndex((i) => i.id === id);
  const target = index + step;
  if (index < 0 || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

// Only the separators and the escape character itself; decoding still reads links written
// before, whose parts were percent-encoded whole.
const enc = (s: string) => s.replace(/[%|~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const dec = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
};
