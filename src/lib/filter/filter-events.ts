/** What a viewer has chosen to see. */
export interface FilterState {
  /** Positions of the events matching the search, ascending, or undefined when there is no search. */
  matches: readonly number[] | undefined;
  /** Theme ids switched on; empty means every theme. */
  themes: ReadonlySet<string>;
}

/**
 * The events shown, and per theme how many events the search leaves in it (so each theme
 * toggle can say how many events it would show). Themes combine with the search: an event
 * is shown when it matches the search and has at least one chosen theme.
 */
export function filterEvents<T extends { themes: readonly string[] }>(events: readonly T[], state: FilterState) {
  const counts = new Map<string, number>();
  const shown: T[] = [];
  // Only the matches are read: a search for two letters at 10,000 events leaves thousands, not all.
  const matching = state.matches ? state.matches.map((i) => events[i]!) : events;
  for (const event of matching) {
    for (const theme of event.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    if (state.themes.size === 0 || event.themes.some((t) => state.themes.has(t))) shown.push(event);
  }
  return { shown, counts };
}
