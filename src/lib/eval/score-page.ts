import type { EventSource, TimelineEvent } from '../schemas/event.ts';
import { noiseLineOf, normalizeForMatch } from './noise-overlap.ts';
import { unreadableTitle } from './title-readability.ts';
import { TRUTH_THEMES, type TruthEvent, type TruthPage } from './truth.ts';

/** What scoring reads of an extracted event. */
export type Prediction = Pick<TimelineEvent, 'start' | 'title' | 'themes' | 'dateText'> &
  Partial<Pick<TimelineEvent, 'end'>> & { sources: ReadonlyArray<Pick<EventSource, 'sentence'>> };

/** A prediction as the report shows it. */
export interface PredictionNote {
  date: string;
  dateText: string;
  title: string;
}

/** One page's counts and the cases behind them, for the set summary and the list of misses. */
export interface PageScore {
  file: string;
  /** Required events (neither optional nor uncertain) and how many a prediction matched. */
  required: number;
  matched: number;
  /** Uncertain events, scored apart: how many there are and how many a prediction matched. */
  uncertain: number;
  uncertainMatched: number;
  /** Predictions, and those whose date matches an annotated date of the page. */
  predictions: number;
  correct: number;
  /** Over matched pairs: predicted themes, those allowed; required themes, those predicted. */
  themes: { predicted: number; allowed: number; required: number; found: number };
  /** The publication date the answer key gives (null: the page prints none) and the one the import found. */
  published: { expected: string | null; found: string | null; ok: boolean };
  /** Required events no prediction matched, with the dates predictions read from their date words, if any (a wrong year). */
  misses: Array<{ id: string; date: string; dateText: string; readAs: string[] }>;
  wrong: PredictionNote[];
  /**
   * Right dates only through a coarser annotation, with a year their date words do not write and
   * their sentence does not hold ("July 10" read as 1991-07-10 on a page that mentions 1991):
   * the rule counts them, a reader would not.
   */
  loose: Array<PredictionNote & { annotation: string }>;
  /** Predictions read from page chrome, with the noise line or date text they came from. */
  leaks: Array<PredictionNote & { noise: string }>;
  unreadable: Array<{ title: string; why: string }>;
  themeMismatches: Array<{ id: string; predicted: string[]; required: string[]; allowed: string[] }>;
}

/**
 * Whether a predicted start gives the answer's date: cut to the answer's precision it is the
 * same ("2015-12" gives "2015"); a coarser prediction ("2015" for "2015-12") does not.
 */
export const givesDate = (start: string, answer: string) => start.slice(0, answer.length) === answer;

/** Theme ids in the answer key's five: anything else is `other`. */
export function keyThemes(themes: readonly string[]): string[] {
  const known: readonly string[] = TRUTH_THEMES;
  return [...new Set(themes.map((t) => (known.includes(t) ? t : 'other')))];
}

/** What the import read of the page: its text and the publication date it found (null: none). */
export interface PageRead {
  publishedFound: string | null;
  /** The page as given to the import; tells a passage the page also writes outside its chrome from chrome. */
  text?: string;
}

/**
 * Scores one page's predictions against its answer key. Pure. A prediction read from chrome is
 * a leak and matches no answer (a byline's stamp on the event's day is not the event found).
 */
export function scorePage(truth: TruthPage, predictions: readonly Prediction[], page: PageRead): PageScore {
  const required = truth.events.filter((e) => !e.optional && !e.uncertain);
  const uncertain = truth.events.filter((e) => e.uncertain);
  const noise = predictions.map((p) => noiseSource(p, truth, page.text));
  const taken = new Set(noise.flatMap((n, index) => (n === undefined ? [] : [index])));
  const pairs = matchAnswers(required, predictions, taken);
  const uncertainPairs = matchAnswers(uncertain, predictions, taken);

  const annotated = [...truth.events.map((e) => ({ date: e.date, text: e.date_text })), ...truth.ignorable];
  const note = (p: Prediction): PredictionNote => ({ date: p.end ? `${p.start}/${p.end}` : p.start, dateText: p.dateText, title: p.title });
  const wrong = predictions.filter((p) => !annotated.some(({ date }) => givesDate(p.start, date))).map(note);
  const loose = predictions.flatMap((p) => {
    const given = annotated.filter(({ date }) => givesDate(p.start, date));
    const exact = given.some(({ date, text }) => date.length === p.start.length || holds(p, text) || p.dateText.includes(date.slice(0, 4)));
    return given.length && !exact ? [{ ...note(p), annotation: `${given[0]!.date} "${given[0]!.text}"` }] : [];
  });

  const themes = { predicted: 0, allowed: 0, required: 0, found: 0 };
  const themeMismatches: PageScore['themeMismatches'] = [];
  for (const [answer, index] of pairs) {
    const predicted = keyThemes(predictions[index]!.themes);
    const allowed: string[] = [...new Set([...answer.themes, ...answer.themes_optional])];
    themes.predicted += predicted.length;
    themes.allowed += predicted.filter((t) => allowed.includes(t)).length;
    themes.required += answer.themes.length;
    themes.found += answer.themes.filter((t) => predicted.includes(t)).length;
    if (predicted.some((t) => !allowed.includes(t)) || answer.themes.some((t) => !predicted.includes(t))) {
      themeMismatches.push({ id: answer.id, predicted, required: answer.themes, allowed });
    }
  }

  const leaks = predictions.flatMap((p, index) => {
    const source = noise[index];
    return source === undefined ? [] : [{ ...note(p), noise: source }];
  });
  const chrome = [...truth.noise_lines, ...truth.noise_dates.map((d) => d.text)];
  const unreadable = predictions.flatMap((p) => {
    const why = unreadableTitle(p.title, chrome, page.text);
    return why === undefined ? [] : [{ title: p.title, why }];
  });

  const expected = truth.publication_date;
  return {
    file: truth.file,
    required: required.length,
    matched: pairs.size,
    uncertain: uncertain.length,
    uncertainMatched: uncertainPairs.size,
    predictions: predictions.length,
    correct: predictions.length - wrong.length,
    themes,
    published: { expected, found: page.publishedFound, ok: expected !== null && page.publishedFound !== null && givesDate(page.publishedFound, expected) },
    misses: required.filter((e) => !pairs.has(e)).map((e) => ({
      id: e.id,
      date: e.date_end ? `${e.date}/${e.date_end}` : e.date,
      dateText: e.date_text,
      readAs: [...new Set(predictions.filter((p) => sameWords(p.dateText, e.date_text) && holds(p, e.context ?? e.date_text)).map((p) => p.start))],
    })),
    wrong,
    loose,
    leaks,
    unreadable,
    themeMismatches,
  };
}

/**
 * One prediction per answer, as many answers matched as can be (augmenting paths). Pairs whose
 * sentence holds the answer's context, then its date words, are made first, so a prediction two
 * answers could take goes to the one it was read from. Adds the predictions used to `taken`.
 */
function matchAnswers(answers: readonly TruthEvent[], predictions: readonly Prediction[], taken: Set<number>): Map<TruthEvent, number> {
  const candidates = answers.map((answer) =>
    predictions
      .map((p, index) => ({ index, rank: rank(answer, p) }))
      .filter(({ index }) => !taken.has(index) && givesDate(predictions[index]!.start, answer.date))
      .sort((a, b) => a.rank - b.rank),
  );
  const answerOf = new Map<number, number>();
  const assign = (a: number, maxRank: number, seen: Set<number>): boolean => {
    for (const { index, rank } of candidates[a]!) {
      if (rank > maxRank || seen.has(index)) continue;
      seen.add(index);
      const holder = answerOf.get(index);
      if (holder === undefined || assign(holder, maxRank, seen)) {
        answerOf.set(index, a);
        return true;
      }
    }
    return false;
  };
  for (const maxRank of [0, 1, 2]) {
    const matched = new Set(answerOf.values());
    answers.forEach((_, a) => matched.has(a) || assign(a, maxRank, new Set()));
  }
  const pairs = new Map<TruthEvent, number>();
  for (const [index, a] of answerOf) {
    pairs.set(answers[a]!, index);
    taken.add(index);
  }
  return pairs;
}

/** 0: a source sentence holds the answer's context; 1: its date words; 2: neither. */
function rank(answer: TruthEvent, prediction: Prediction): number {
  return answer.context !== undefined && holds(prediction, answer.context) ? 0 : holds(prediction, answer.date_text) ? 1 : 2;
}

/** Whether one of the prediction's source sentences holds `text`. */
function holds(prediction: Prediction, text: string): boolean {
  const t = normalizeForMatch(text);
  return prediction.sources.some((s) => normalizeForMatch(s.sentence).includes(t));
}

/** Date words read from the answer's words: one holds the other ("July 25" and "on July 25"). */
function sameWords(read: string, written: string): boolean {
  const [a, b] = [normalizeForMatch(read), normalizeForMatch(written)];
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/** The noise line a source sentence overlaps, or the noise date text the prediction's date words come from. */
function noiseSource(prediction: Prediction, truth: TruthPage, pageText: string | undefined): string | undefined {
  const sentences = prediction.sources.map((s) => s.sentence);
  for (const sentence of sentences) {
    const line = noiseLineOf(sentence, truth.noise_lines, pageText);
    if (line !== undefined) return line;
  }
  // The same date words may also stand in the article's text: only a sentence that holds the stamp leaks it.
  const words = normalizeForMatch(prediction.dateText);
  const normalized = sentences.map(normalizeForMatch);
  const stamp = truth.noise_dates.find(({ text }) => {
    const n = normalizeForMatch(text);
    if (!words || !n || !(n.includes(words) || words.includes(n))) return false;
    return normalized.some((s) => s !== '' && (s.includes(n) || n.includes(s)));
  });
  return stamp?.text;
}
