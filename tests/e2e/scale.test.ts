import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../bench/generate-corpus.ts';
import { useBrowser } from './browser.ts';
import { buildTestSite, WORK } from './build-site.ts';
import { waitForMarks } from './marks.ts';
import { pdfText } from './pdf-text.ts';
import { serveStatic } from './static-server.ts';

const browser = useBrowser();
afterEach(() => {
  expect(browser.problems.splice(0)).toEqual([]);
});

describe('a few hundred events', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let total = 0;
  beforeAll(async () => {
    const content = join(WORK, 'scale-corpus');
    writeCorpus(content, 110, 7, 'content/themes.yaml');
    const dir = buildTestSite('scale', { contentOnly: join(content, 'articles') });
    total = (JSON.parse(readFileSync(join(dir, 'data/events.json'), 'utf8')) as { events: unknown[] }).events.length;
    server = await serveStatic(dir);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  test('the corpus is big enough to need pages', () => {
    expect(total).toBeGreaterThan(250);
  });

  test('the list shows a hundred at a time, more on request with focus on the first new one; print has them all', async () => {
    const page = await browser.open(server.url);
    await waitForMarks(page);
    const items = page.locator('[data-event-list] > li.event-item');
    await expect.poll(() => items.count()).toBe(100);
    const more = page.locator('[data-list-more]');
    expect(await more.textContent()).toBe(`Hiện thêm 100 sự kiện (còn ${total - 100})`);
    await more.click();
    expect(await items.count()).toBe(200);
    expect(await page.evaluate(() => document.activeElement?.closest('li.event-item') === document.querySelectorAll('[data-event-list] > li')[100])).toBe(true);
    // the list is in date order, the same order as the data
    const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort());
    // printing lists every shown event
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await items.count()).toBe(total);
    expect(await more.isVisible()).toBe(false);
  });

  test('a search narrows the list and the timeline alike, the first page filled once typing pauses', async () => {
    const page = await browser.open(server.url);
    await waitForMarks(page);
    await page.getByLabel('Tìm sự kiện').fill('an ninh hang hai');
    const status = page.locator('[data-status]');
    await expect.poll(() => status.textContent()).toMatch(/^Đang hiện \d+ trên/);
    const shown = Number(/Đang hiện (\d+)/.exec((await status.textContent())!)![1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    // the first items come with the results, the rest of the page as soon as the page is idle
    await expect.poll(() => page.locator('[data-event-list] > li').count()).toBe(Math.min(shown, 100));
    await page.locator('[data-event-list] > li mark').first().waitFor();
  });

  test('every event is on the static list page, with no JavaScript', async () => {
    const page = await browser.open(new URL('events/', server.url).href, { javaScript: false });
    expect(await page.locator('li.event-item').count()).toBe(total);
    const first = page.locator('li.event-item').first();
    expect(await first.locator('a.show-on-timeline').getAttribute('href')).toMatch(/^\.\.\/\?event=/);
    expect(await first.locator('a[data-source-link]').first().getAttribute('href')).toMatch(/^\.\.\/articles\/[^/]+\/#p-\d+$/);
    // printed, every item is there too (the PDF's text, spaces aside)
    const text = (await pdfText(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
    for (const title of [await first.locator('.event-title').textContent(), await page.locator('li.event-item .event-title').last().textContent()]) {
      expect(text).toContain(title!.replace(/\s+/g, ''));
    }
  });
});
