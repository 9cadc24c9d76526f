import { stringify } from 'yaml';
import type { TimelineJsImport } from './from-timelinejs.ts';
import { detectLanguage } from './detect-language.ts';

/**
 * A TimelineJS file as one content article: its events are curated `events:` entries (not
 * extracted: `extract: false`), and each event's text is a paragraph of the body, which the
 * site hosts as the event's source passage.
 */
export function curatedMarkdown(imported: TimelineJsImport, fallbackTitle: string): string {
  const paragraphs = imported.events.map((e) => (e.text ? `${e.title}. ${e.text}` : e.title));
  const frontmatter = {
    title: imported.title || fallbackTitle,
    source: 'TimelineJS',
    language: detectLanguage([imported.title ?? '', ...paragraphs].join(' ')),
    extract: false,
    events: imported.events.map((e, i) => ({
      ...(e.id ? { id: e.id } : {}),
      title: e.title,
      summary: e.text,
      start: e.start,
      ...(e.end ? { end: e.end } : {}),
      precision: e.precision,
      ...(e.themes.length ? { themes: e.themes } : {}),
      paragraph: i + (imported.intro ? 2 : 1),
    })),
  };
  const body = [...(imported.intro ? [imported.intro] : []), ...paragraphs];
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
}
