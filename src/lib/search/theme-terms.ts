import type { Theme } from '../schemas/theme.ts';

/** What search reads of a theme: its labels in both languages and its keywords. */
export type ThemeWords = Pick<Theme, 'id' | 'label'> & { keywords?: readonly string[] | undefined };

/**
 * The words an event's themes add to its searched text, so "vắc xin" finds the events of the
 * vaccines theme even when their own words say "Sputnik V" or "tiêm chủng": each theme's labels
 * (both languages) and keywords, for the theme ids the event has, joined by spaces.
 */
export function themeTerms(themeIds: readonly string[], themes: readonly ThemeWords[]): string {
  return themeIds
    .map((id) => themes.find((t) => t.id === id))
    .filter((t): t is ThemeWords => t !== undefined)
    .map((t) => [t.label.vi, t.label.en, ...(t.keywords ?? [])].join(' '))
    .join(' ');
}
