export type Period = 'year' | 'month';

/** One bar segment: how many events of a theme fall in a period ("2021" or "2021-10"). */
export interface PeriodCount {
  period: string;
  theme: string;
  count: number;
}

/**
 * Events per year or month, by each event's first (most relevant) theme, so the stacked bars
 * add up to the number of events. Periods with no event are kept at zero to show gaps.
 */
export function countByPeriod(
  events: ReadonlyArray<{ start: string; themes: readonly string[] }>,
  period: Period,
): PeriodCount[] {
  const width = period === 'year' ? 4 : 7;
  const counts = new Map<string, number>();
  for (const event of events) {
    if (period === 'month' && event.start.length < 7) continue; // a year-only date has no month
    const key = `${event.start.slice(0, width)}|${event.themes[0]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([key, count]) => {
      const [p, theme] = key.split('|') as [string, string];
      return { period: p, theme, count };
    })
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.theme < b.theme ? -1 : 1));
}

/** Every period from the first to the last, so an empty year still has its place on the axis. */
export function allPeriods(counts: readonly PeriodCount[], period: Period): string[] {
  if (counts.length === 0) return [];
  const first = counts[0]!.period;
  const last = counts[counts.length - 1]!.period;
  const out: string[] = [];
  if (period === 'year') {
    for (let y = Number(first); y <= Number(last); y++) out.push(String(y).padStart(4, '0'));
    return out;
  }
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
