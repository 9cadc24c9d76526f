import { getCollection } from 'astro:content';
import { compareEvents } from '../lib/events/merge-events.ts';

/**
 * The only callers of getCollection: plain, sorted arrays for pages. Each is computed once per
 * build, since thousands of article pages ask for the same data.
 */
const once = <T>(load: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  // In dev the content changes under a running server: load afresh each time.
  return () => (import.meta.env.PROD ? (value ??= load()) : load());
};

export const getEvents = once(async () => (await getCollection('events')).map((e) => e.data).sort(compareEvents));

export const getEventsById = once(async () => new Map((await getEvents()).map((e) => [e.id, e])));

export const getArticles = once(async () => (await getCollection('articles')).map((a) => a.data).sort((a, b) => (a.slug < b.slug ? -1 : 1)));

export const getThemes = once(async () => (await getCollection('themes')).map((t) => t.data).sort((a, b) => a.order - b.order));

/** Articles no event could be dated from: kept, listed, never dropped. */
export async function getUndated() {
  return (await getArticles())
    .filter((a) => a.undatedReason !== undefined)
    .map((a) => ({ slug: a.slug, title: a.title, file: a.file, reason: a.undatedReason! }));
}

/**
 * The `generated` stamp of data files: SOURCE_DATE_EPOCH (seconds) when set, so two builds
 * of the same content are byte-identical; otherwise the time of the build.
 */
export function generatedAt(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();
}
