import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { useBrowser } from './browser.ts';
import { waitForMarks } from './marks.ts';

const browser = useBrowser();

test('the home page lists the events in date order with their themes', async () => {
  const page = await browser.open();
  await waitForMarks(page);
  const dates = await page.locator('.event-item time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
  expect(dates.length).toBeGreaterThanOrEqual(4);
  expect([...dates].sort()).toEqual(dates);
  const summit = page.locator('.event-item', { hasText: 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4' });
  await expect.poll(() => summit.locator('.theme-badge').allInnerTexts()).toEqual(expect.arrayContaining(['Vắc-xin và y tế', 'An ninh và quốc phòng', 'Kinh tế và thương mại']));
  expect(browser.problems).toEqual([]);
});

test('an event’s link lands on its source passage, which is highlighted', async () => {
  const page = await browser.open();
  const event = page.locator('.event-item', { hasText: 'Năm Hợp tác Khoa học-Kỹ thuật' });
  await event.getByRole('link', { name: 'Đọc đoạn gốc' }).first().click();
  await page.waitForURL(/\/articles\/asean-nga-phoi-hop-phan-phoi-vaccine-covid-19-an-toan-hieu\/#p-8$/);
  const passage = page.locator('#p-8');
  await expect.poll(() => passage.textContent()).toContain('năm 2022 là Năm Hợp tác Khoa học-Kỹ thuật');
  expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await passage.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(browser.problems).toEqual([]);
});

test('events.json has the promised shape and resolvable links', async () => {
  const json = JSON.parse(readFileSync(join(inject('siteDir'), 'data/events.json'), 'utf8'));
  expect(json.generated).toBe('2023-11-14T22:13:20.000Z');
  expect(json.events[0]).toEqual(expect.objectContaining({
    id: expect.any(String), title: expect.any(String), summary: expect.any(String), start: expect.any(String),
    precision: expect.any(String), dateText: expect.any(String), dateInferred: expect.any(Boolean), themes: expect.any(Array),
    sources: [expect.objectContaining({ article: expect.any(String), paragraph: expect.any(Number), sentence: expect.any(String), href: expect.stringMatching(/^\/articles\/.+\/#p-\d+$/) })],
  }));
  expect(json.undated).toEqual([expect.objectContaining({ slug: 'quan-he-asean-nga-nhin-tu-goc-do-hoc-thuat' })]);
  expect(json.articles.length).toBe(6);
});

test('the bundle that draws the timeline asks to be compiled while it downloads; bundles loaded on demand do not', () => {
  const firstLine = (name: string) => readFileSync(join(inject('siteDir'), 'js', name), 'utf8').split('\n', 1)[0];
  expect(firstLine('timeline-page.js')).toBe('//# allFunctionsCalledOnLoad');
  for (const name of ['charts.js', 'fuzzy-search.js', 'site.js']) expect(firstLine(name)).not.toContain('allFunctionsCalledOnLoad');
});
