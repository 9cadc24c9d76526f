import type { TimelineEvent } from '../schemas/event.ts';
import { hasChosenId, uniqueIds } from './event-id.ts';
import { titleConcepts } from './title-concepts.ts';

// Two titles on the same date name the same happening when this share of their words agree (Dice).
const SAME_TITLE = 0.5;

/**
 * Joins the same happening reported by several articles into one event with all its sources:
 * same date and similar title, or the same id set by an editor. The first report (by date,
 * then article) gives the title; themes and sources are united. Output is sorted by date, then id.
 * Two events of one article are never joined (an article does not report a happening twice;
 * a curated timeline's slides are each their own), nor two whose titles only slug alike.
 */
export function mergeEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const ordered = [...events].sort(compareEvents);
  const merged: TimelineEvent[] = [];
  // Candidates are looked up by id and by date, so merging stays linear in the corpus size.
  const byId = new Map<string, TimelineEvent>();
  const byDate = new Map<string, TimelineEvent[]>();
  for (const event of ordered) {
    const dateKey = `${event.start}/${event.end ?? ''}`;
    const apart = (m: TimelineEvent) => !m.sources.some((s) => s.article === event.sources[0]!.article);
    const byEditor = byId.get(event.id);
    const same =
      (byEditor && apart(byEditor) && (hasChosenId(event) || hasChosenId(byEditor)) ? byEditor : undefined) ??
      byDate.get(dateKey)?.find((m) => apart(m) && titleSimilarity(m.title, event.title) >= SAME_TITLE);
    if (!same) {
      const copy = { ...event, sources: [...event.sources], themes: [...event.themes] };
      merged.push(copy);
      byId.set(copy.id, copy);
      byDate.set(dateKey, [...(byDate.get(dateKey) ?? []), copy]);
      continue;
    }
    for (const theme of event.themes) if (!same.themes.includes(theme)) same.themes.push(theme);
    same.sources.push(...event.sources);
    same.main ||= event.main;
    same.edited ||= event.edited;
  }
  return uniqueIds(merged.sort(compareEvents));
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareText(a.start, b.start) ||
    compareText(a.end ?? '', b.end ?? '') ||
    compareText(a.sources[0]!.article, b.sources[0]!.article) ||
    a.sources[0]!.paragraph - b.sources[0]!.paragraph ||
    compareText(a.id, b.id)
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How alike two titles are as names of a happening, across languages: the Dice coefficient of
 * what they name (titleConcepts: "Hội nghị Cấp cao" and "Summit" are one word). 0 when they carry
 * different numbers ("lần thứ 4" and "5th" are two meetings) or name different countries or blocs
 * (an ASEAN–Russia and an ASEAN–Japan summit on one day are two happenings).
 */
export function titleSimilarity(a: string, b: string): number {
  const ca = titleConcepts(a);
  const cb = titleConcepts(b);
  if (ca.numbers !== cb.numbers) return 0;
  if (ca.parties.size && cb.parties.size && !sameSet(ca.parties, cb.parties)) return 0;
  const wa = new Set([...ca.concepts, ...ca.parties]);
  const wb = new Set([...cb.concepts, ...cb.parties]);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));
