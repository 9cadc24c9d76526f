import type { APIRoute } from 'astro';
import { exportData } from '../../data/exports.ts';
import { toTimelineJs } from '../../lib/exports/to-timelinejs.ts';
import { vi } from '../../i18n/vi.ts';

/** dist/data/timeline3.json: the events in TimelineJS's format, to open them in TimelineJS. */
export const GET: APIRoute = async () => {
  const { events, context } = await exportData(import.meta.env.BASE_URL);
  const json = toTimelineJs(events, context, { headline: vi['site.title'], text: vi['site.tagline'] });
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
