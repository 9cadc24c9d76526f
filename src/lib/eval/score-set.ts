import type { PageScore } from './score-page.ts';
import { TARGETS } from './targets.ts';

/** A set of pages scored as one: pooled counts and the ratios the targets name. */
export interface SetSummary {
  name: string;
  pages: number;
  required: number;
  matched: number;
  recall: number;
  uncertain: number;
  uncertainMatched: number;
  predictions: number;
  correct: number;
  precision: number;
  /** Right dates by the rule only through a coarser date of the page (see PageScore.loose). */
  loose: number;
  themes: PageScore['themes'];
  themePrecision: number;
  themeRecall: number;
  /** Pages printing a publication date, and those whose date the import found. */
  publishedPages: number;
  publishedFound: number;
  publishedShare: number;
  noiseEvents: number;
  unreadableTitles: number;
}

/** A ratio with nothing to count is 1: no required event can be missed on a page with none. */
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const sum = (scores: readonly PageScore[], count: (s: PageScore) => number) => scores.reduce((total, s) => total + count(s), 0);

/** Pools the pages' counts (a ratio over the set, not a mean of the pages' ratios). */
export function summarizeSet(name: string, scores: readonly PageScore[]): SetSummary {
  const themes = {
    predicted: sum(scores, (s) => s.themes.predicted),
    allowed: sum(scores, (s) => s.themes.allowed),
    required: sum(scores, (s) => s.themes.required),
    found: sum(scores, (s) => s.themes.found),
  };
  const required = sum(scores, (s) => s.required);
  const matched = sum(scores, (s) => s.matched);
  const predictions = sum(scores, (s) => s.predictions);
  const correct = sum(scores, (s) => s.correct);
  const publishedPages = scores.filter((s) => s.published.expected !== null).length;
  const publishedFound = scores.filter((s) => s.published.ok).length;
  return {
    name,
    pages: scores.length,
    required,
    matched,
    recall: ratio(matched, required),
    uncertain: sum(scores, (s) => s.uncertain),
    uncertainMatched: sum(scores, (s) => s.uncertainMatched),
    predictions,
    correct,
    precision: ratio(correct, predictions),
    loose: sum(scores, (s) => s.loose.length),
    themes,
    themePrecision: ratio(themes.allowed, themes.predicted),
    themeRecall: ratio(themes.found, themes.required),
    publishedPages,
    publishedFound,
    publishedShare: ratio(publishedFound, publishedPages),
    noiseEvents: sum(scores, (s) => s.leaks.length),
    unreadableTitles: sum(scores, (s) => s.unreadable.length),
  };
}

const figure = (value: number, part: number, whole: number) => `${value.toFixed(2)} (${part}/${whole})`;

/** The summary as a Markdown table: one row a set, then the targets. */
export function formatSummaryTable(summaries: readonly SetSummary[]): string {
  const rows = [
    '| set | pages | recall | precision | theme precision | theme recall | publication date | noise events | unreadable titles | uncertain found |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...summaries.map((s) => `| ${[
      s.name,
      s.pages,
      figure(s.recall, s.matched, s.required),
      `${figure(s.precision, s.correct, s.predictions)}, ${s.loose} loose`,
      figure(s.themePrecision, s.themes.allowed, s.themes.predicted),
      figure(s.themeRecall, s.themes.found, s.themes.required),
      figure(s.publishedShare, s.publishedFound, s.publishedPages),
      s.noiseEvents,
      s.unreadableTitles,
      `${s.uncertainMatched}/${s.uncertain}`,
    ].join(' | ')} |`),
    `| target | | ≥ ${TARGETS.recall} | ≥ ${TARGETS.precision} | ≥ ${TARGETS.themePrecision} | ≥ ${TARGETS.themeRecall} | ≥ ${TARGETS.publishedShare} | ${TARGETS.noiseEvents} | ${TARGETS.unreadableTitles} | |`,
  ];
  return rows.join('\n');
}

/** What went wrong, page by page: missed events, wrong dates, noise, unreadable titles, themes, publication date. */
export function formatPageFindings(set: string, scores: readonly PageScore[]): string[] {
  const lines: string[] = [];
  for (const s of scores) {
    const findings = [
      ...s.misses.map((m) => `missed ${m.id} ${m.date} "${m.dateText}"${m.readAs.length ? ` (read as ${m.readAs.join(', ')})` : ''}`),
      ...s.wrong.map((w) => `wrong ${w.date} "${w.dateText}": ${w.title}`),
      ...s.loose.map((l) => `loose ${l.date} "${l.dateText}" counted right by ${l.annotation}: ${l.title}`),
      ...s.leaks.map((l) => `noise ${l.date} "${l.dateText}" from "${l.noise}"`),
      ...s.unreadable.map((u) => `title (${u.why}): ${u.title}`),
      ...s.themeMismatches.map((t) => `themes ${t.id}: [${t.predicted.join(', ')}], wanted [${t.required.join(', ')}]${t.allowed.length > t.required.length ? ` of [${t.allowed.join(', ')}]` : ''}`),
      ...(s.published.expected !== null && !s.published.ok ? [`publication date ${s.published.found ?? 'not found'}, wanted ${s.published.expected}`] : []),
      // Not counted (the share is over pages that print one), but a false date misplaces every year-less date.
      ...(s.published.expected === null && s.published.found !== null ? [`publication date ${s.published.found} found on a page that prints none`] : []),
    ];
    if (findings.length) lines.push(`${set}/${s.file}`, ...findings.map((f) => `  ${f}`));
  }
  return lines;
}
