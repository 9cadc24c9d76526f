import type { APIRoute } from 'astro';
import { getArticles, getEvents, getThemes } from '../../data/corpus.ts';
import { asScript, DATA_GLOBAL, toTimelineData } from '../../lib/site/client-data.ts';

/** dist/data/timeline.js: the events for the timeline page. */
export const GET: APIRoute = async () => {
  const [events, themes, articles] = await Promise.all([getEvents(), getThemes(), getArticles()]);
  return new Response(asScript(DATA_GLOBAL, toTimelineData(events, themes, articles)), { headers: { 'Content-Type': 'text/javascript' } });
};
