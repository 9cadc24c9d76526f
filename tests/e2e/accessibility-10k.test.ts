import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { firstArticle, listPages, openDetails, openHome, present, useCorpusSites } from './a11y-pages.ts';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';
import { smallTargets } from './target-size.ts';

// The largest corpus the bench measures, about 10,000 events: built once (a few minutes on two
// cores) for one test, as accessibility.test.ts checks 100 and 1,000. The static list is about
// twenty pages here (lib/site/event-pages.ts); axe reads the first, the last and one that holds
// part of a year: the same markup as the others, item by item.

const browser = useBrowser();
const corpora = useCorpusSites();
afterEach(() => {
  expect(browser.problems.splice(0)).toEqual([]);
});
beforeAll(() => corpora.site(10_000), 900_000);
afterAll(() => corpora.closeAll());

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

test('about 10,000 events: axe finds no violations on the home page (details open, presenting, on a phone too) and an article page; every control on the home page is 24 px', async () => {
  const { url, events } = await corpora.site(10_000);
  expect(events).toBeGreaterThan(9_000);
  for (const [viewport, touch] of [[DESKTOP, false], [PHONE, true]] as const) {
    const page = await openHome(await browser.open(url, { viewport, touch }));
    expect(await axeViolations(page), 'home').toEqual([]);
    expect(await smallTargets(page, ['[data-event-list]', '[data-list-more]', '.controls', '.toolbar', '.zoom-buttons']), 'home').toEqual([]);
    await openDetails(page);
    expect(await axeViolations(page), 'details').toEqual([]);
    await page.keyboard.press('Escape');
    await present(page);
    expect(await axeViolations(page), 'presenting').toEqual([]);
    if (touch) continue;
    const article = await browser.open(await firstArticle(page), { viewport });
    expect(await axeViolations(article), 'article').toEqual([]);
  }
}, 900_000);

test('about 10,000 events: the static list comes in pages of at most 500 events, and axe finds no violations on them', async () => {
  const { url, events } = await corpora.site(10_000);
  const index = await browser.open(new URL('events/', url).href, { viewport: DESKTOP, javaScript: false });
  const pages = await listPages(index, url);
  expect(pages.length).toBeGreaterThan(events / 500);
  const partOfAYear = (await index.locator('nav.event-pages a').allTextContents()).findIndex((span) => !/^\d{4}(–\d{4})?$/.test(span));
  expect(partOfAYear, 'a year of more than 500 events is cut').toBeGreaterThan(0);
  for (const address of new Set([pages[0]!, pages[partOfAYear]!, pages.at(-1)!])) {
    const page = await browser.open(address, { viewport: DESKTOP });
    expect(await page.locator('li.event-item').count()).toBeLessThanOrEqual(500);
    expect(await axeViolations(page), address).toEqual([]);
  }
}, 900_000);

test("about 10,000 events, on a phone: each of /events/'s page links keeps to one line in the fallback font too, so the web font coming moves nothing", async () => {
  const { url } = await corpora.site(10_000);
  const page = await browser.open(new URL('events/', url).href, { viewport: PHONE, touch: true, javaScript: false });
  // The page as it is painted before the web font arrives: the font's files are held, never answered.
  await page.route('**/*.woff2', () => undefined);
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'ă'))).toBe(false);
  const heights = await page.locator('nav.event-pages li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(10);
  // Wrapped in two lines, a link was about 58 px high against 33: the web font then shifted the page by 0.10.
  expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(1);
}, 900_000);
