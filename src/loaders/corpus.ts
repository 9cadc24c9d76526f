import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, formatReport, type Corpus, type SourceFile } from '../lib/events/build-corpus.ts';
import { ContentError } from '../lib/errors.ts';
import { contentDir, readContent } from './read-content.ts';

interface Inputs {
  themes: SourceFile;
  articles: SourceFile[];
  /** Report lines for the entries of the articles folder left out on purpose (editors' files, files that are not articles). */
  skipped: string[];
  /** One hash of the content and of the pipeline's code: equal, and the last build's collections still hold. */
  digest: string;
}

// The three collections come from one reading of the content and one run of the pipeline per build.
let pendingInputs: Promise<Inputs> | undefined;
let pendingCorpus: Promise<Corpus> | undefined;
let reported = false;

function readInputs(context: LoaderContext): Promise<Inputs> {
  pendingInputs ??= (async () => {
    const root = fileURLToPath(context.config.root);
    const { themes, articles, skipped, problems } = readContent(contentDir(root), root);
    // An entry that cannot be read stops the build: publishing without it would drop an article unseen.
    if (problems.length) throw new ContentError(problems);
    const hash = createHash('sha256');
    for (const file of [themes, ...articles, ...pipelineFiles(join(root, 'src/lib/events/build-corpus.ts'))]) hash.update(file.path).update('\0').update(file.bytes).update('\0');
    hash.update(skipped.join('\n'));
    return { themes, articles, skipped: skipped.map((line) => `  skipped: ${line}`), digest: hash.digest('hex') };
  })();
  return pendingInputs;
}

function runPipeline(context: LoaderContext, inputs: Inputs): Promise<Corpus> {
  pendingCorpus ??= (async () => {
    const corpus = buildCorpus(inputs.themes, inputs.articles);
    if (corpus.problems.length) throw new ContentError(corpus.problems);
    report(context, [...formatReport(corpus.report), ...inputs.skipped]);
    return corpus;
  })();
  return pendingCorpus;
}

function report(context: LoaderContext, lines: readonly string[]): void {
  if (reported) return;
  reported = true;
  for (const line of lines) context.logger.info(line);
}

/**
 * The pipeline's own code: build-corpus.ts and every file it imports, so a change to the rules is
 * a change of input too, and a change to code only the browser runs (src/lib/timeline…) is not.
 */
function pipelineFiles(entry: string): SourceFile[] {
  const files = new Map<string, SourceFile>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    const bytes = readFileSync(path);
    files.set(path, { path, bytes });
    for (const m of bytes.toString('utf8').matchAll(RELATIVE_IMPORT)) visit(resolve(dirname(path), (m[1] ?? m[2])!));
  };
  visit(entry);
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A relative import or re-export ("from './x.ts'", over several lines too), or a bare "import './x.ts'". */
const RELATIVE_IMPORT = /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]|^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

/**
 * A loader that stores one kind of item of the corpus, each validated by the collection's schema.
 * When neither the content nor the pipeline changed since the last build, Astro's content-layer
 * store already holds the items: they are kept, and the pipeline does not run.
 */
function corpusLoader<T extends Record<string, unknown>>(name: string, items: (c: Corpus) => T[], idOf: (item: T) => string): Loader {
  return {
    name,
    load: async (context) => {
      // In dev, a content change must read the content and run the pipeline again.
      context.watcher?.once('change', () => {
        pendingInputs = pendingCorpus = undefined;
        reported = false;
      });
      const inputs = await readInputs(context);
      if (context.meta.get('inputs') === inputs.digest && context.store.keys().length > 0) {
        report(context, [...(JSON.parse(context.meta.get('report') ?? '[]') as string[]), 'content and pipeline unchanged since the last build: its collections are kept']);
        return;
      }
      const corpus = await runPipeline(context, inputs);
      context.store.clear();
      for (const item of items(corpus)) {
        const id = idOf(item);
        // The store keeps one item per id: a second would replace the first without a word.
        if (context.store.has(id)) throw new Error(`${name}: two items have the id "${id}"; the pipeline must give each its own`);
        const data = await context.parseData({ id, data: item });
        context.store.set({ id, data, digest: context.generateDigest(data) });
      }
      context.meta.set('inputs', inputs.digest);
      context.meta.set('report', JSON.stringify([...formatReport(corpus.report), ...inputs.skipped]));
    },
  };
}

export const articlesLoader = () => corpusLoader('articles', (c) => c.articles, (a) => a.slug);
export const eventsLoader = () => corpusLoader('events', (c) => c.events, (e) => e.id);
export const themesLoader = () => corpusLoader('themes', (c) => c.themes.map((t, order) => ({ ...t, order })), (t) => t.id);
