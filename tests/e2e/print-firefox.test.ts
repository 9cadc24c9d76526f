import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchFirefox } from './engines/firefox.ts';
import { pdfImages, pdfText } from './pdf-text.ts';

// The printed handout in Firefox ESR (classroom.test.ts prints it in Chromium): page 1 holds the
// timeline's picture, its lanes' names, its dates and the first event, and each event is whole
// on one page. Firefox prints to PDF over WebDriver BiDi.

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

test('in Firefox ESR, page 1 of the handout holds the timeline as a picture, its lanes, its dates and the first event', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1366, height: 768 });
  await page.goto(new URL('?themes=security&from=2021-01-01&to=2024-12-31', siteUrl).href);
  await page.waitForFunction(() => document.querySelector('[data-event-list]')?.hasAttribute('data-filled'), { timeout: 20_000 });
  const picture = await page.evaluate(async () => {
    window.dispatchEvent(new Event('beforeprint'));
    const img = document.querySelector<HTMLImageElement>('[data-print-timeline] img')!;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  });
  expect(picture.width).toBe(688 * 3);
  const { themes, caption, items } = await page.evaluate(() => ({
    themes: [...document.querySelectorAll('[data-theme-toggle] span:not(.theme-count)')].map((span) => span.textContent!),
    caption: document.querySelector('[data-print-timeline] figcaption')!.textContent!,
    items: [...document.querySelectorAll('[data-event-list] .event-item:not([hidden])')].map((li) => ({
      head: li.querySelector('.event-date')!.textContent! + li.querySelector('.event-title')!.textContent!,
      refs: [...li.querySelectorAll<HTMLElement>('a[data-source-link]')].map((a) => a.dataset['printRef']!),
    })),
  }));
  expect(caption).toBe('Dòng thời gian từ 1 tháng 1, 2021 đến 31 tháng 12, 2024');
  expect(items.length).toBeGreaterThan(3);
  const bytes = await page.pdf({ format: 'A4', printBackground: true });
  const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
  const pages = (await pdfText(bytes)).map(squash);
  // Firefox embeds the picture resampled a little (2,070 × 1,599 px for 2,064 × 1,596): its size within 1 %.
  const near = (a: number, b: number) => Math.abs(a - b) <= b * 0.01;
  expect((await pdfImages(bytes))[0]!.filter((image) => near(image.width, picture.width) && near(image.height, picture.height))).toHaveLength(1);
  for (const theme of themes) expect(pages[0], `lane ${theme}`).toContain(squash(theme));
  expect(pages[0]).toContain(squash(caption));
  expect(pages[0]).toContain(squash(items[0]!.head));
  for (const item of items) {
    const at = pages.findIndex((text) => text.includes(squash(item.head)));
    expect(at, item.head).toBeGreaterThanOrEqual(0);
    const rest = pages[at]!.slice(pages[at]!.indexOf(squash(item.head)));
    for (const ref of item.refs) expect(rest, item.head).toContain(squash(ref));
  }
});
