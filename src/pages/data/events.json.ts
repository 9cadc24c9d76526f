import type { APIRoute } from 'astro';
import { generatedAt, getArticles, getEvents, getUndated } from '../../data/corpus.ts';
import { toEventsJson } from '../../lib/events/to-events-json.ts';

/** dist/data/events.json: the timeline's data for other tools and people. */
export const GET: APIRoute = async () => {
  const [events, undated, articles] = await Promise.all([getEvents(), getUndated(), getArticles()]);
  const json = toEventsJson({ events, undated, articles }, { base: import.meta.env.BASE_URL, generated: generatedAt() });
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
