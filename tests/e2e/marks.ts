import type { Frame, Page } from 'playwright-core';

/** A mark as the timeline drew it on its canvas. */
export interface DrawnMark {
  kind: 'point' | 'span' | 'cluster';
  lane: string;
  ids: string[];
  x: number;
  y: number;
  label?: { text: string };
  selected: boolean;
  starred: boolean;
}

/** The marks on the timeline's canvas now, in canvas pixels. */
export function drawnMarks(page: Page | Frame): Promise<DrawnMark[]> {
  return page.evaluate(() => (document.querySelector('bn-timeline') as unknown as { view?: { drawn: DrawnMark[] } }).view?.drawn ?? []);
}

/**
 * Waits until the timeline has drawn at least one mark and, unless told not to, until the page
 * is wired (search, keys, list: once the texts have loaded) and its list filled, so that what a
 * test does next is heard and what it counts is whole.
 */
export async function waitForMarks(page: Page | Frame, { wired = true } = {}): Promise<void> {
  await page.waitForFunction(() => ((document.querySelector('bn-timeline') as unknown as { view?: { drawn: unknown[] } }).view?.drawn.length ?? 0) > 0);
  if (wired) await page.waitForFunction(() => document.querySelector('bn-timeline')?.getAttribute('data-ready') === 'true');
  // The opening list waits for the web font and fills in idle moments: counted once it is whole.
  if (wired) await page.waitForFunction(() => document.querySelector('[data-event-list]')?.hasAttribute('data-filled'));
}

/** Clicks a mark where it is drawn, as a user would. */
export async function clickMark(page: Page, mark: Pick<DrawnMark, 'x' | 'y'>): Promise<void> {
  const box = (await page.locator('canvas.timeline-marks').boundingBox())!;
  await page.mouse.click(box.x + mark.x, box.y + mark.y);
}

/** The time axis's labels as drawn on the canvas now, left to right. */
export function axisLabels(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => (document.querySelector('bn-timeline') as unknown as { view?: { axisLabels: string[] } }).view?.axisLabels ?? []);
}

/** Clicks 'Xem toàn bộ' and waits until every event is drawn: the page opens on a window of the latest events. */
export async function showAll(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Xem toàn bộ' }).click();
  await page.waitForFunction(() => {
    const view = (document.querySelector('bn-timeline') as unknown as { view?: { drawn: Array<{ ids: string[] }> } }).view;
    const all = (window as unknown as { BIEN_NIEN_DATA: { events: unknown[] } }).BIEN_NIEN_DATA.events.length;
    return new Set(view?.drawn.flatMap((m) => m.ids)).size === all;
  });
}
