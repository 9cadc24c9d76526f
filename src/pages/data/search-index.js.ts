import type { APIRoute } from 'astro';
import { getArticles, getEvents, getThemes } from '../../data/corpus.ts';
import { asScript, buildSearchIndex, SEARCH_GLOBAL, toTimelineData } from '../../lib/site/client-data.ts';

/** dist/data/search-index.js: the serialised Fuse index, loaded when search is first needed. */
export const GET: APIRoute = async () => {
  const [events, themes, articles] = await Promise.all([getEvents(), getThemes(), getArticles()]);
  return new Response(asScript(SEARCH_GLOBAL, buildSearchIndex(toTimelineData(events, themes, articles).events)), { headers: { 'Content-Type': 'text/javascript' } });
};
