import { spanOf } from '../dates/partial-date.ts';
import type { ExportContext, ExportEvent } from './export-event.ts';
import { themeLabel } from './export-event.ts';

/** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
const text = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

/**
 * events.ics: each event as an all-day event over the days its date covers (a month or a year
 * spans all of them; a range from its first to its last day), with stable UIDs from event ids
 * and the source passages' addresses in the description.
 */
export function toIcs(events: readonly ExportEvent[], context: ExportContext): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bien nien ASEAN-Nga//Timeline//VI', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Biên niên ASEAN–Nga'];
  for (const e of events) {
    const [from] = spanOf(e.start);
    const [, to] = spanOf(e.end ?? e.start);
    const sources = e.sources.map((s) => `${s.sentence}\n${context.passageUrl(s.article, s.paragraph)}`).join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@bien-nien-asean-nga`,
      `DTSTAMP:${stamp(context.generated)}`,
      `DTSTART;VALUE=DATE:${day(from)}`,
      `DTEND;VALUE=DATE:${day(to)}`,
      `SUMMARY:${text(e.title)}`,
      `DESCRIPTION:${text(`${e.summary}\n\n${sources}`)}`,
      `CATEGORIES:${e.themes.map((id) => text(themeLabel(context, id))).join(',')}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
