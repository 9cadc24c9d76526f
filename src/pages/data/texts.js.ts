import type { APIRoute } from 'astro';
import { getEvents } from '../../data/corpus.ts';
import { asScript, TEXTS_GLOBAL } from '../../lib/site/client-data.ts';
import { toEventTexts } from '../../lib/site/event-texts.ts';

/** dist/data/texts.js: summaries and source sentences, loaded after the timeline is drawn. */
export const GET: APIRoute = async () => {
  return new Response(asScript(TEXTS_GLOBAL, toEventTexts(await getEvents())), { headers: { 'Content-Type': 'text/javascript' } });
};
