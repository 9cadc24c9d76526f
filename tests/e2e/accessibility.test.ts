import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { firstArticle, listPages, openDetails, openHome, present, useCorpusSites } from './a11y-pages.ts';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';
import { boxOf, smallTargets } from './target-size.ts';

// Accessibility at the sizes the bench measures, not only on the seed articles: the corpora of
// about 100 and 1,000 events here (10,000 in accessibility-10k.test.ts). axe-core's WCAG 2.2 A/AA
// rules on each kind of page, and every control's box measured against 2.5.8, target size.

const browser = useBrowser();
const corpora = useCorpusSites();
afterEach(() => {
  expect(browser.problems.splice(0)).toEqual([]);
});
afterAll(() => corpora.closeAll());

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [['desktop', DESKTOP, false], ['phone', PHONE, true]] as const;
/** Where the controls are: the list, the filters and search, the toolbar, the zoom buttons, the details, the presentation's controls. */
const CONTROLS = ['[data-event-list]', '[data-list-more]', '.controls', '.toolbar', '.zoom-buttons', '[data-details]', '[data-empty]', '.slide-controls'];
const BUILD = 300_000;

describe.each([100, 1000])('about %i events', (size) => {
  const site = () => corpora.site(size);
  beforeAll(site, BUILD);

  test('the corpus has the size it is named after', async () => {
    const { events } = await site();
    expect(events).toBeGreaterThan(size * 0.9);
    expect(events).toBeLessThan(size * 1.1);
  });

  test.each(VIEWPORTS)('axe finds no violations on the home page, with the details open and presenting (%s)', async (_name, viewport, touch) => {
    const page = await openHome(await browser.open((await site()).url, { viewport, touch }));
    expect(await axeViolations(page), 'home').toEqual([]);
    await openDetails(page);
    expect(await axeViolations(page), 'details').toEqual([]);
    await page.keyboard.press('Escape');
    await present(page);
    expect(await axeViolations(page), 'presenting').toEqual([]);
  });

  test('axe finds no violations on an article page and on every page of /events/', async () => {
    const { url } = await site();
    const home = await openHome(await browser.open(url, { viewport: DESKTOP }));
    for (const page of [await firstArticle(home), ...(await listPages(home, url))]) {
      const tab = await browser.open(page, { viewport: DESKTOP });
      await tab.waitForLoadState('load');
      expect(await axeViolations(tab), page).toEqual([]);
    }
  }, 240_000);

  test.each(VIEWPORTS)('every control is at least 24 × 24 px, or spaced as WCAG 2.5.8 allows (%s)', async (_name, viewport, touch) => {
    const { url } = await site();
    const page = await openHome(await browser.open(url, { viewport, touch }));
    expect(await smallTargets(page, CONTROLS), 'the list, filters, toolbar').toEqual([]);
    await openDetails(page);
    expect(await smallTargets(page, CONTROLS), 'the details open').toEqual([]);
    await page.keyboard.press('Escape');
    await present(page);
    expect(await smallTargets(page, CONTROLS), 'presenting').toEqual([]);
    const list = await browser.open(new URL('events/', url).href, { viewport, touch });
    expect(await smallTargets(list, ['.event-pages', '.event-list', '.event-pages-next']), '/events/').toEqual([]);
  });
});

describe('main actions', () => {
  beforeAll(() => corpora.site(100), BUILD);

  test('a phone\'s main actions are 44 × 44 px: search, present, show on the timeline, details close, slide steps; a desktop\'s stay compact', async () => {
    const { url } = await corpora.site(100);
    const phone = await openHome(await browser.open(url, { viewport: PHONE, touch: true }));
    const desktop = await openHome(await browser.open(url, { viewport: DESKTOP }));
    const measure = async (selectors: string[]) => {
      const boxes: Record<string, { phone: { width: number; height: number }; desktop: { width: number; height: number } }> = {};
      for (const s of selectors) boxes[s] = { phone: await boxOf(phone, s), desktop: await boxOf(desktop, s) };
      return boxes;
    };
    const both = async (step: (page: Page) => Promise<void>) => {
      for (const page of [phone, desktop]) await step(page);
    };
    const boxes = await measure(['[data-search]', '[data-present]', '.event-item [data-show-event]']);
    await both(openDetails);
    Object.assign(boxes, await measure(['[data-details-close]']));
    await both((page) => page.keyboard.press('Escape'));
    await both(present);
    Object.assign(boxes, await measure(['[data-slide-step="-1"]', '[data-slide-step="1"]']));
    for (const [selector, { phone: box }] of Object.entries(boxes)) {
      expect(box.width, `${selector} width`).toBeGreaterThanOrEqual(44);
      expect(box.height, `${selector} height`).toBeGreaterThanOrEqual(44);
    }
    // With a mouse on a wide screen, the list's buttons keep their size: 44 px is for thumbs.
    expect(boxes['.event-item [data-show-event]']!.desktop.height).toBeLessThan(36);
  });
  });
