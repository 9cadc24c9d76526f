import type { Prediction } from '../../../src/lib/eval/score-page.ts';
import { truthPageSchema, type TruthEvent, type TruthPage } from '../../../src/lib/eval/truth.ts';

// Synthetic answer keys and predictions written for these tests: a made-up forum, not real pages.

/** A required event with one theme; `over` changes any field. */
export function answer(id: string, date: string, dateText: string, over: Partial<TruthEvent> = {}): TruthEvent {
  return { id, date, date_text: dateText, summary: `event ${id}`, themes: ['diplomacy'], themes_optional: [], optional: false, uncertain: false, ...over };
}

/** A page's answer key, validated by the schema as truth.json would be. */
export function page(events: TruthEvent[], over: Partial<TruthPage> = {}): TruthPage {
  return truthPageSchema.parse({
    file: 'articles/900.txt',
    language: 'en',
    source_url: 'https://example.org/news/harbour-forum',
    publication_date: null,
    events,
    noise_lines: [],
    noise_dates: [],
    ignorable: [],
    ...over,
  });
}

/** A prediction whose sentence is `sentence` (by default one holding its date words). */
export function predicted(start: string, dateText: string, over: Partial<Prediction> & { sentence?: string } = {}): Prediction {
  const { sentence = `The harbour forum opened ${dateText} with ministers from six countries.`, ...rest } = over;
  return { start, dateText, title: 'Harbour forum opens in Port Aster', themes: ['diplomacy'], sources: [{ sentence }], ...rest };
}
