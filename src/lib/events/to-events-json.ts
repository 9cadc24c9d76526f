import { articleHref, articlesFolder, passageHref } from '../site/passage-href.ts';
import type { Corpus } from './build-corpus.ts';

/**
 * The public data file, dist/data/events.json: events with their sources' links, undated
 * articles, and the article list. `generated` comes from the caller so builds can be reproducible.
 */
export function toEventsJson(corpus: Pick<Corpus, 'events' | 'undated' | 'articles'>, options: { base: string; generated: string }) {
  // Article pages and passages below the site's base ("/" or "/timeline/").
  const articles = articlesFolder(options.base);
  return {
    generated: options.generated,
    events: corpus.events.map((e) => ({
      id: e.id,
      title: e.title,
      summary: e.summary,
      start: e.start,
      end: e.end ?? null,
      precision: e.precision,
      dateText: e.dateText,
      dateInferred: e.dateInferred,
      inference: e.inference ?? null,
      themes: e.themes,
      language: e.language,
      sources: e.sources.map((s) => ({ article: s.article, paragraph: s.paragraph, sentence: s.sentence, href: passageHref(articles, s.article, s.paragraph) })),
    })),
    undated: corpus.undated.map((u) => ({ slug: u.slug, title: u.title, reason: u.reason, href: articleHref(articles, u.slug) })),
    articles: corpus.articles.map((a) => ({ slug: a.slug, title: a.title, published: a.published ?? null, url: a.url ?? null, href: articleHref(articles, a.slug) })),
  };
}
