import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listPages, useCorpusSites } from './a11y-pages.ts';
import { useBrowser } from './browser.ts';
import { WORK } from './build-site.ts';

// The static list of every event, at about 1,000 events: more than one page holds, so it comes in
// pages of whole years (lib/site/event-pages.ts). Read as a visitor without JavaScript reads it.

const browser = useBrowser();
const corpora = useCorpusSites();
beforeAll(() => corpora.site(1000), 300_000);
afterAll(() => corpora.closeAll());

test.each([['vi', ''], ['en', 'en/']])('every event is on exactly one page of the list, in date order, and each page links the next (%s)', async (_language, home) => {
  const { url } = await corpora.site(1000);
  const all = (JSON.parse(readFileSync(join(WORK, 'corpus-1000-site-dist/data/events.json'), 'utf8')) as { events: { id: string; start: string }[] }).events;
  const index = await browser.open(new URL(`${home}events/`, url).href, { javaScript: false });
  const pages = await listPages(index, new URL(home, url).href);
  expect(pages.length).toBeGreaterThan(1);
  const seen: string[] = [];
  for (const [i, address] of pages.entries()) {
    const page = await browser.open(address, { javaScript: false });
    const ids = await page.locator('li.event-item').evaluateAll((items) => items.map((li) => li.id.replace(/^event-/, '')));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(500);
    seen.push(...ids);
    // the heading names the page's span and count; this page is marked current in the navigation
    expect(await page.locator('h1').textContent()).toContain(String(ids.length));
    expect(await page.locator('nav.event-pages a[aria-current="page"]').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(address);
    const next = page.locator('a[rel="next"]');
    if (i < pages.length - 1) expect(await next.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(pages[i + 1]);
    else expect(await next.count()).toBe(0);
  }
  expect(seen).toEqual(all.map((event) => event.id));
  // the home page names the pages
  const start = await browser.open(new URL(home, url).href, { javaScript: false });
  expect(await start.locator('.list-all a').textContent()).toContain(String(pages.length));
}, 120_000);
