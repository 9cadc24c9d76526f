import { generatedAt, getEvents, getThemes } from './corpus.ts';
import type { ExportContext } from '../lib/exports/export-event.ts';
import { articlesFolder, passageHref } from '../lib/site/passage-href.ts';

/**
 * What the export files share: the events, theme labels, and passage addresses, absolute when
 * SITE_URL names where the site is published (calendars and spreadsheets need full addresses),
 * otherwise from the site's root.
 */
export async function exportData(base: string) {
  const [events, themes] = await Promise.all([getEvents(), getThemes()]);
  const site = process.env['SITE_URL']?.replace(/\/$/, '') ?? '';
  const context: ExportContext = {
    themes,
    passageUrl: (article, paragraph) => passageHref(articlesFolder(`${site}${base}`), article, paragraph),
    generated: generatedAt(),
  };
  return { events, context };
}
