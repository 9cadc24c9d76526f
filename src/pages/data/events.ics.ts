import type { APIRoute } from 'astro';
import { exportData } from '../../data/exports.ts';
import { toIcs } from '../../lib/exports/to-ics.ts';

/** dist/data/events.ics: the events as an iCalendar file of all-day events. */
export const GET: APIRoute = async () => {
  const { events, context } = await exportData(import.meta.env.BASE_URL);
  return new Response(toIcs(events, context), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
