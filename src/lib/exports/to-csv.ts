import type { ExportContext, ExportEvent } from './export-event.ts';
import { themeLabel } from './export-event.ts';

const COLUMNS = ['id', 'start', 'end', 'precision', 'date_text', 'date_inferred', 'title', 'summary', 'themes', 'theme_labels', 'source_articles', 'source_links', 'source_sentences'] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * events.csv: one row per event, themes and sources in columns (several values joined by " | ").
 * UTF-8 with a byte-order mark, so spreadsheet programs open Vietnamese correctly; CRLF rows.
 */
export function toCsv(events: readonly ExportEvent[], context: ExportContext): string {
  const rows = events.map((e) => [
    e.id, e.start, e.end ?? '', e.precision, e.dateText, String(e.dateInferred), e.title, e.summary,
    e.themes.join(' | '),
    e.themes.map((id) => themeLabel(context, id)).join(' | '),
    e.sources.map((s) => s.article).join(' | '),
    e.sources.map((s) => context.passageUrl(s.article, s.paragraph)).join(' | '),
    e.sources.map((s) => s.sentence).join(' | '),
  ]);
  return `\uFEFF${[COLUMNS as readonly string[], ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
