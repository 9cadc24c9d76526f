import type { SetSummary } from './score-set.ts';

/** What extraction must reach on every set of real pages (`npm run eval -- DIR --check`). */
export const TARGETS = Object.freeze({
  recall: 0.95,
  precision: 0.9,
  themePrecision: 0.9,
  themeRecall: 0.9,
  /** Share of the pages printing a publication date whose date the import finds. */
  publishedShare: 0.95,
  /** At most this many events read from page chrome, and titles that cannot be read. */
  noiseEvents: 0,
  unreadableTitles: 0,
});

type Target = keyof typeof TARGETS;
const AT_LEAST: readonly Target[] = ['recall', 'precision', 'themePrecision', 'themeRecall', 'publishedShare'];
const AT_MOST: readonly Target[] = ['noiseEvents', 'unreadableTitles'];

/** The targets a set misses, each as "set: measure figure < target". */
export function missedTargets(summary: SetSummary): string[] {
  return [
    ...AT_LEAST.filter((t) => summary[t] < TARGETS[t]).map((t) => `${summary.name}: ${t} ${summary[t].toFixed(3)} < ${TARGETS[t]}`),
    ...AT_MOST.filter((t) => summary[t] > TARGETS[t]).map((t) => `${summary.name}: ${t} ${summary[t]} > ${TARGETS[t]}`),
  ];
}
