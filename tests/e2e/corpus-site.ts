import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesFor, writeCorpus } from '../../bench/generate-corpus.ts';
import { buildTestSite, WORK } from './build-site.ts';

/** A site built from the bench's synthetic corpus of about `events` events (the bench's seed, so the same corpus). */
export function buildCorpusSite(events: number): { dir: string; events: number } {
  const content = join(WORK, `corpus-${events}`);
  writeCorpus(content, articlesFor(events), events, 'content/themes.yaml');
  const dir = buildTestSite(`corpus-${events}-site`, { contentOnly: join(content, 'articles') });
  return { dir, events: eventCount(dir) };
}

/** How many dated events a built site holds. */
export function eventCount(dir: string): number {
  const file = join(dir, 'data/events.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] }).events.length : 0;
}
