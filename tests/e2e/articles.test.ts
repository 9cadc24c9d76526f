import { afterEach, expect, inject, test } from 'vitest';
import { useBrowser } from './browser.ts';
import { brokenLinks } from './link-check.ts';
import { drawnMarks, waitForMarks } from './marks.ts';

const browser = useBrowser();
afterEach(() => {
  expect(browser.problems.splice(0)).toEqual([]);
});

const SUMMIT_ARTICLE = 'articles/asean-nga-phoi-hop-phan-phoi-vaccine-covid-19-an-toan-hieu/';

test('every internal link and #fragment of the built site resolves', () => {
  expect(brokenLinks(inject('siteDir'))).toEqual([]);
});

test('the link check names the page and the link it finds broken', async () => {
  const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'index.html'), '<a href="a/#p-2">x</a><a href="missing/">y</a>');
  writeFileSync(join(dir, 'a/index.html'), '<p id="p-1">x</p>');
  expect(brokenLinks(dir)).toEqual(['index.html: a/#p-2 → no element #p-2', 'index.html: missing/ → no such file missing']);
});

test('an article page: title, source, date or its absence, captions, anchored paragraphs, related headlines', async () => {
  const page = await browser.open(SUMMIT_ARTICLE);
  expect(await page.locator('h1').textContent()).toBe('ASEAN-Nga: Phối hợp phân phối vaccine Covid-19 an toàn, hiệu quả và công bằng');
  expect(await page.locator('.article-meta').textContent()).toContain('Báo Quốc tế');
  expect(await page.locator('.article-meta').textContent()).toContain('không ghi ngày đăng');
  expect(await page.locator('.passage[id^="p-"]').count()).toBe(18);
  expect(await page.locator('figcaption').count()).toBe(2);
  expect(await page.locator('.related li').allTextContents()).toContain('Nga tiếp tục cung ứng, chuyển giao và mở rộng sản xuất vaccine Covid-19 cho các nước ASEAN');
  // related headlines are text, never links or events
  expect(await page.locator('.related a').count()).toBe(0);
  expect(await page.locator('article').getAttribute('lang')).toBe('vi');
});

test('each event sentence is marked, with its date and themes, and leads back to the timeline with the event selected', async () => {
  const page = await browser.open(SUMMIT_ARTICLE);
  const sentence = page.locator('#p-2 .event-sentence');
  expect(await sentence.textContent()).toContain('Chiều 28/10');
  // the sentence is its own words only: the date and theme chips stand beside the paragraph
  expect(await sentence.locator('a, time, .theme-badge').count()).toBe(0);
  expect(await page.locator('#p-2 a.sentence-event').count()).toBe(0);
  const back = page.locator('#p-2 + .passage-events a.sentence-event').first();
  expect(await back.locator('time').getAttribute('datetime')).toBe('2021-10-28');
  expect(await back.locator('.theme-badge').count()).toBeGreaterThanOrEqual(3);
  await back.click();
  await page.waitForURL(/\?event=2021-10-28-/);
  await page.locator('[data-details]:not([hidden])').waitFor();
  expect(await page.locator('[data-details-title]').textContent()).toBe('Hội nghị Cấp cao ASEAN-Nga lần thứ 4');
  await expect.poll(async () => (await drawnMarks(page)).filter((m) => m.selected).length).toBeGreaterThanOrEqual(3);
});

test('arriving at a passage marks it, and the sentence, also for screen readers', async () => {
  const page = await browser.open(`${SUMMIT_ARTICLE}#p-8`);
  expect(await page.locator('#p-8').evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await page.locator('#p-8 .event-sentence.is-current').count()).toBe(1);
  await expect.poll(() => page.locator('[data-passage-live]').textContent()).toContain('Năm Hợp tác Khoa học-Kỹ thuật');
});

test('the passage is highlighted without JavaScript too', async () => {
  const page = await browser.open('', { javaScript: false });
  await page.goto(new URL(`${SUMMIT_ARTICLE}#p-2`, browser.siteUrl).href);
  expect(await page.locator('#p-2').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('an event reported by two articles lists both sources, each at its own passage', async () => {
  const page = await browser.open();
  await waitForMarks(page);
  const item = page.locator('.event-item', { hasText: 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4' });
  const links = item.locator('[data-source-link]');
  expect(await links.count()).toBe(2);
  const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(hrefs).toEqual([`./${SUMMIT_ARTICLE}#p-2`, './articles/khai-mac-hoi-nghi-cap-cao-asean-nga-lan-thu-4/#p-1']);
  await links.nth(1).click();
  await page.waitForURL(/khai-mac-hoi-nghi-cap-cao-asean-nga-lan-thu-4\/#p-1$/);
  expect(await page.locator('#p-1 .event-sentence').textContent()).toContain('Chiều 28/10');
});

test('the article list shows dates, sources and event counts, and marks the undated article', async () => {
  const page = await browser.open('articles/');
  const undated = page.locator('li[data-undated="true"]');
  expect(await undated.count()).toBe(1);
  expect(await undated.textContent()).toContain('Quan hệ ASEAN - Nga: nhìn từ góc độ học thuật');
  expect(await undated.locator('.undated-mark').textContent()).toContain('chưa rõ ngày');
  const summit = page.locator('li[data-article="khai-mac-hoi-nghi-cap-cao-asean-nga-lan-thu-4"]');
  expect(await summit.textContent()).toMatch(/Báo Mẫu Điện tử.*28 tháng 10, 2021.*1 sự kiện/s);
  // and the home page lists it under undated articles
  const home = await browser.open();
  expect(await home.locator('.undated').textContent()).toContain('Quan hệ ASEAN - Nga: nhìn từ góc độ học thuật');
});
