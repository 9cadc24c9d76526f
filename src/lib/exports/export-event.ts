import type { TimelineEvent } from '../schemas/event.ts';
import type { Theme } from '../schemas/theme.ts';

/** What every export needs to say about an event: the event, its themes' labels and its passages' addresses. */
export interface ExportContext {
  themes: ReadonlyArray<Pick<Theme, 'id' | 'label'>>;
  /** The address of a passage: absolute when the site's address is known, else from the site's root. */
  passageUrl: (article: string, paragraph: number) => string;
  /** ISO timestamp of the build (SOURCE_DATE_EPOCH for reproducible files). */
  generated: string;
}

export type ExportEvent = Pick<TimelineEvent, 'id' | 'title' | 'summary' | 'start' | 'end' | 'precision' | 'dateText' | 'dateInferred' | 'themes' | 'sources'>;

export function themeLabel(context: ExportContext, id: string, language: 'vi' | 'en' = 'vi'): string {
  return context.themes.find((t) => t.id === id)?.label[language] ?? id;
}
