import type { APIRoute } from 'astro';
import { getEvents } from '../../data/corpus.ts';
import { asScript, buildSearchIndex, SEARCH_GLOBAL } from '../../lib/site/client-data.ts';

/** dist/data/search-index.js: the serialised Fuse index, loaded when search is first needed. */
export const GET: APIRoute = async () => {
  return new Response(asScript(SEARCH_GLOBAL, buildSearchIndex(await getEvents())), { headers: { 'Content-Type': 'text/javascript' } });
};
