import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { buildCorpus, formatReport, type Corpus } from '../lib/events/build-corpus.ts';
import { ContentError } from '../lib/errors.ts';
import { contentDir, readContent } from './read-content.ts';

// The three collections come from one run of the pipeline per build.
let pending: Promise<Corpus> | undefined;

function loadCorpus(context: LoaderContext): Promise<Corpus> {
  pending ??= (async () => {
    const root = fileURLToPath(context.config.root);
    const { themes, articles } = readContent(contentDir(root), root);
    const corpus = buildCorpus(themes, articles);
    if (corpus.problems.length) throw new ContentError(corpus.problems);
    for (const line of formatReport(corpus.report)) context.logger.info(line);
    return corpus;
  })();
  const result = pending;
  // In dev, a content change must run the pipeline again.
  context.watcher?.once('change', () => (pending = undefined));
  return result;
}

/** A loader that stores one kind of item of the corpus, each validated by the collection's schema. */
function corpusLoader<T extends Record<string, unknown>>(name: string, items: (c: Corpus) => T[], idOf: (item: T) => string): Loader {
  return {
    name,
    load: async (context) => {
      const corpus = await loadCorpus(context);
      context.store.clear();
      for (const item of items(corpus)) {
        const id = idOf(item);
        const data = await context.parseData({ id, data: item });
        context.store.set({ id, data, digest: context.generateDigest(data) });
      }
    },
  };
}

export const articlesLoader = () => corpusLoader('articles', (c) => c.articles, (a) => a.slug);
export const eventsLoader = () => corpusLoader('events', (c) => c.events, (e) => e.id);
export const themesLoader = () => corpusLoader('themes', (c) => c.themes.map((t, order) => ({ ...t, order })), (t) => t.id);
