import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildCorpusSite } from './corpus-site.ts';
import { waitForMarks } from './marks.ts';
import { serveStatic } from './static-server.ts';

/** The bench's corpus of about `events` events, built once per test file and served. */
export function useCorpusSites() {
  const sites = new Map<number, Promise<{ url: string; events: number; close: () => Promise<void> }>>();
  return {
    site(events: number) {
      if (!sites.has(events)) {
        sites.set(events, (async () => {
          const built = buildCorpusSite(events);
          const server = await serveStatic(built.dir);
          return { url: server.url, events: built.events, close: server.close };
        })());
      }
      return sites.get(events)!;
    },
    async closeAll() {
      await Promise.all([...sites.values()].map(async (site) => (await site).close()));
    },
  };
}

/** The home page, drawn and wired, its list filled. */
export async function openHome(page: Page): Promise<Page> {
  await waitForMarks(page);
  await expect.poll(() => page.locator('[data-event-list] > li').count()).toBeGreaterThan(1);
  return page;
}

/** Opens the first listed event's details. */
export async function openDetails(page: Page): Promise<void> {
  await page.locator('.event-item [data-show-event]').first().click();
  await page.locator('[data-details]:not([hidden])').waitFor();
}

/** Presents the events shown. */
export async function present(page: Page): Promise<void> {
  await page.locator('[data-present]').click();
  await page.locator('[data-presentation]:not([hidden])').waitFor();
}

/** The article page of the first listed event's first source. */
export function firstArticle(page: Page): Promise<string> {
  return page.locator('[data-event-list] a[data-source-link]').first().evaluate((a: HTMLAnchorElement) => a.href.replace(/#.*$/, ''));
}

/** The addresses of the static list's pages (/events/ and, for a large corpus, /events/2/ …), in order, from its page navigation. */
export async function listPages(page: Page, siteUrl: string): Promise<string[]> {
  const first = new URL('events/', siteUrl).href;
  await page.goto(first);
  const linked = await page.locator('nav.event-pages a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return linked.length ? linked : [first];
}
