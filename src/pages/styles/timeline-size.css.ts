import type { APIRoute } from 'astro';
import { getThemes } from '../../data/corpus.ts';
import { reservedHeightCss } from '../../lib/timeline/reserved-height.ts';

/** dist/styles/timeline-size.css: the timeline's height per width before it is drawn, from the marks' own geometry. */
export const GET: APIRoute = async () => new Response(reservedHeightCss((await getThemes()).length), { headers: { 'Content-Type': 'text/css' } });
