import type { Locator, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { useBrowser } from './browser.ts';
import { drawnMarks, waitForMarks } from './marks.ts';

// A student's walk on a phone held upright (390 × 844, touch events, a phone's browser): every
// step by a tap or a swipe, never a mouse click, and every control tapped is on screen and
// thumb-sized.

const browser = useBrowser();
afterEach(() => {
  expect(browser.problems.splice(0)).toEqual([]);
});

const PHONE = { width: 390, height: 844 };
const visibleIds = (page: Page) => page.locator('.event-item:not([hidden])').evaluateAll((els) => els.map((el) => el.id));
const progress = (page: Page) => page.locator('[data-slide-progress]').textContent();

/** Taps a control after checking that a thumb can: at least 44 × 44 CSS px where it is tapped. */
async function tap(control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = (await control.boundingBox())!;
  expect(Math.min(box.width, box.height), `${await control.evaluate((el) => el.outerHTML.slice(0, 80))}`).toBeGreaterThanOrEqual(44);
  await control.tap();
}

/** A one-finger swipe across the screen, as the touch screen reports it (touchstart, touchmoves, touchend). */
async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (t: number) => ({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(0)] });
  for (let step = 1; step <= 8; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point(step / 8)] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('on a phone: search, filter, open an event, follow it to its passage, present and swipe', async () => {
  const page = await browser.open('', { viewport: PHONE, touch: true });
  await waitForMarks(page);
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  const all = (await visibleIds(page)).length;

  // search: tap the box, type without diacritics
  const search = page.getByLabel('Tìm sự kiện');
  await tap(search);
  await page.keyboard.type('vac xin');
  await expect.poll(async () => (await visibleIds(page)).length).toBeLessThan(all);
  expect(await page.locator('.event-item:not([hidden]) .event-title').allTextContents()).toContain('Hội nghị Cấp cao ASEAN-Nga lần thứ 4');
  await search.fill('');
  await expect.poll(async () => (await visibleIds(page)).length).toBe(all);

  // filter: a theme toggle (24 px at least, as every control; it is no main action)
  const vaccines = page.locator('[data-theme-toggle="vaccines"]');
  await vaccines.tap();
  expect(await vaccines.getAttribute('aria-pressed')).toBe('true');
  await expect.poll(async () => (await visibleIds(page)).length).toBeLessThan(all);
  const shown = await visibleIds(page);

  // open the first event shown: its details are a sheet at the bottom of the screen
  await tap(page.locator(`#${shown[0]} [data-show-event]`));
  const details = page.locator('[data-details]');
  await details.waitFor();
  expect(new URL(page.url()).searchParams.get('event')).toBe(shown[0]!.replace(/^event-/, ''));
  const sheet = (await details.boundingBox())!;
  expect(sheet.y + sheet.height).toBeLessThanOrEqual(PHONE.height + 1);
  expect((await details.locator('[data-details-close]').boundingBox())!.width).toBeGreaterThanOrEqual(44);

  // follow it to its passage: the article opens at the paragraph, the sentence marked
  const link = details.locator('[data-source-link]').first();
  const passage = await link.evaluate((a: HTMLAnchorElement) => a.href);
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await page.waitForURL(passage);
  const paragraph = page.locator(new URL(passage).hash);
  expect(await paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await paragraph.locator('mark.event-sentence').count()).toBeGreaterThan(0);
  const { top, bottom } = await paragraph.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  expect(top).toBeLessThan(PHONE.height);
  expect(bottom).toBeGreaterThan(0);

  // back on the timeline, present the events shown and swipe through them
  await page.goBack();
  await waitForMarks(page);
  await tap(page.locator('[data-present]'));
  await page.locator('[data-presentation]:not([hidden])').waitFor();
  expect(await progress(page)).toBe(`1 / ${shown.length}`);
  const middle = { x: PHONE.width / 2, y: PHONE.height / 3 };
  await swipe(page, { x: middle.x + 120, y: middle.y }, { x: middle.x - 120, y: middle.y });
  await expect.poll(() => progress(page)).toBe(`2 / ${shown.length}`);
  await swipe(page, { x: middle.x - 120, y: middle.y }, { x: middle.x + 120, y: middle.y });
  await expect.poll(() => progress(page)).toBe(`1 / ${shown.length}`);
  // and the slide buttons, for whoever does not swipe. A moment after the swipe, as a thumb
  // comes back: Chromium takes a tap within a few hundred ms of a swipe's end as part of it.
  await page.waitForTimeout(1000);
  await tap(page.locator('[data-slide-step="1"]'));
  await expect.poll(() => progress(page)).toBe(`2 / ${shown.length}`);
  await tap(page.locator('[data-slide-exit]'));
  await expect.poll(() => page.locator('[data-presentation]').isHidden()).toBe(true);
});

test("on a small phone: an event shown from the list is on screen above its details' sheet, whichever lane it is in", async () => {
  // 375 × 667, a small phone's screen: the sheet then covers the lower lanes.
  const page = await browser.open('', { viewport: { width: 375, height: 667 }, touch: true });
  await waitForMarks(page);
  // The lowest lane that holds an event first: the one the sheet would cover.
  const { id, lane } = await page.evaluate(() => {
    const { events, themes } = (window as unknown as { BIEN_NIEN_DATA: { events: Array<{ id: string; themes: string[] }>; themes: Array<{ id: string }> } }).BIEN_NIEN_DATA;
    const laneOf = (e: { themes: string[] }) => themes.findIndex((t) => t.id === e.themes[0]);
    const event = [...events].sort((a, b) => laneOf(b) - laneOf(a))[0]!;
    return { id: event.id, lane: event.themes[0]! };
  });
  await tap(page.locator(`#event-${id} [data-show-event]`));
  const details = page.locator('[data-details]');
  await details.waitFor();
  // Its mark in its first lane (an event is drawn in each of its lanes), once the window has moved to it.
  await expect.poll(async () => {
    const sheet = (await details.boundingBox())!;
    const canvas = (await page.locator('canvas.timeline-marks').boundingBox())!;
    const mark = (await drawnMarks(page)).find((m) => m.selected && m.lane === lane);
    return mark !== undefined && canvas.y + mark.y > 0 && canvas.y + mark.y < sheet.y;
  }).toBe(true);
});

test('on a phone: no sideways scroll on the home page, /events/ or an article, and the controls fit the width', async () => {
  for (const path of ['', 'events/', 'articles/asean-nga-phoi-hop-phan-phoi-vaccine-covid-19-an-toan-hieu/']) {
    const page = await browser.open(path, { viewport: PHONE, touch: true });
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
  }
});

test('on a phone: the status line is in the page as served, so writing it moves nothing down', async () => {
  // Filled in by the script, it pushed the toolbar and the timeline down a line after the first paint (layout shift 0.015).
  const served = await browser.open('', { viewport: PHONE, touch: true, javaScript: false });
  const before = await served.locator('[data-status]').textContent();
  expect(before).toMatch(/^Đang hiện (\d+) trên \1 sự kiện$/);
  const page = await browser.open('', { viewport: PHONE, touch: true });
  await waitForMarks(page);
  expect(await page.locator('[data-status]').textContent()).toBe(before);
});

test('on a phone: the timeline keeps the height it was given before its script drew it (no jump)', async () => {
  const page = await browser.open('', { viewport: PHONE, touch: true });
  await waitForMarks(page);
  // The drawn view's height, then the height the same stylesheets give the view as the server
  // sent it (its undrawn svg), put back in place of the drawn one. Measured once every stylesheet
  // has loaded, as a reader's first paint is: measuring at a moment during loading would race them.
  const { drawn, undrawn } = await page.evaluate(async () => {
    const view = document.querySelector<HTMLElement>('[data-timeline-view]')!;
    const drawnSvg = view.querySelector('svg.timeline-svg')!;
    const drawnHeight = view.getBoundingClientRect().height;
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const servedSvg = served.querySelector('[data-timeline-view] > svg')!;
    if (servedSvg.classList.contains('timeline-svg')) throw new Error('the served timeline is already drawn');
    drawnSvg.replaceWith(document.importNode(servedSvg, true));
    return { drawn: drawnHeight, undrawn: view.getBoundingClientRect().height };
  });
  expect(undrawn).toBeGreaterThan(100);
  expect(Math.abs(drawn - undrawn)).toBeLessThanOrEqual(1);
});
