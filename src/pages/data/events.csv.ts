import type { APIRoute } from 'astro';
import { exportData } from '../../data/exports.ts';
import { toCsv } from '../../lib/exports/to-csv.ts';

/** dist/data/events.csv: one row per event, for spreadsheets. */
export const GET: APIRoute = async () => {
  const { events, context } = await exportData(import.meta.env.BASE_URL);
  return new Response(toCsv(events, context), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
