import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromiumEngine } from './engines/chromium.ts';
import { firefoxEngine } from './engines/firefox.ts';
import type { Engine, Tab } from './engines/tab.ts';
import { webkitEngine } from './engines/webkit.ts';

// The walk a class makes, in each engine schools use: Chromium (Chromebooks), WebKit (iPads,
// Macs) and Firefox. Written once against `Tab`; each engine's driver speaks its own protocol.
const ENGINES: Array<[string, () => Promise<Engine>]> = [
  ['Chromium', chromiumEngine],
  ['Firefox ESR', firefoxEngine],
  ['WebKit', webkitEngine],
];

const siteUrl = inject('siteUrl');
const at = (path: string) => new URL(path, siteUrl).href;
const VISIBLE_ITEMS = `document.querySelectorAll('.event-item:not([hidden])').length`;
const timeline = `document.querySelector('bn-timeline')`;
// The list too: it waits for the web font and fills in idle moments.
const DRAWN_AND_WIRED = `(${timeline}?.view?.drawn.length ?? 0) > 0 && ${timeline}?.getAttribute('data-ready') === 'true' && document.querySelector('[data-event-list]')?.hasAttribute('data-filled')`;

async function openTimeline(tab: Tab, path = '') {
  await tab.goto(at(path));
  await tab.waitFor(DRAWN_AND_WIRED, 20_000);
}

describe.each(ENGINES)('the core walk in %s', (_name, launch) => {
  let engine: Engine;
  let tab: Tab;
  beforeAll(async () => {
    engine = await launch();
    tab = await engine.open({ width: 1280, height: 900 });
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
  });

  test('load: the timeline is drawn and the list shows the events', async () => {
    await openTimeline(tab);
    expect(await tab.value<number>(VISIBLE_ITEMS)).toBeGreaterThan(1);
    expect(await tab.value<string>('document.documentElement.lang')).toBe('vi');
  });

  test('search: words without their diacritics narrow the list', async () => {
    await openTimeline(tab);
    const total = await tab.value<number>(VISIBLE_ITEMS);
    await tab.type('#event-search', 'dong nam a');
    await tab.waitFor(`${VISIBLE_ITEMS} > 0 && ${VISIBLE_ITEMS} < ${total}`);
    const titles = await tab.value<string[]>(`[...document.querySelectorAll('.event-item:not([hidden]) .event-title')].map((h) => h.textContent)`);
    expect(titles.join(' ')).toMatch(/Đông Nam Á/);
  });

  test('filter: a theme button narrows the list to that theme', async () => {
    await openTimeline(tab);
    const total = await tab.value<number>(VISIBLE_ITEMS);
    await tab.click('[data-theme-toggle="vaccines"]');
    await tab.waitFor(`document.querySelector('[data-theme-toggle="vaccines"]').getAttribute('aria-pressed') === 'true'`);
    await tab.waitFor(`${VISIBLE_ITEMS} > 0 && ${VISIBLE_ITEMS} < ${total}`);
    expect(new URL(await tab.value<string>('location.href')).searchParams.get('themes')).toContain('vaccines');
  });

  test('open an event, then follow it to its passage on the article page', async () => {
    await openTimeline(tab);
    const first = await tab.value<string>(`document.querySelector('.event-item:not([hidden])').id.replace(/^event-/, '')`);
    await tab.click(`.event-item:not([hidden]) [data-show-event]`);
    await tab.waitFor(`!document.querySelector('[data-details]').hidden`);
    expect(new URL(await tab.value<string>('location.href')).searchParams.get('event')).toBe(first);
    const passage = await tab.value<string>(`document.querySelector('[data-details-sources] a').href`);
    await tab.click('[data-details-sources] a');
    await tab.waitFor(`location.pathname.includes('/articles/')`);
    expect(await tab.value<string>('location.href')).toBe(passage);
    const id = new URL(passage).hash.slice(1);
    await tab.waitFor(`document.getElementById(${JSON.stringify(id)}) !== null`);
    // the event's sentence is marked in that paragraph
    expect(await tab.value<number>(`document.getElementById(${JSON.stringify(id)}).querySelectorAll('mark').length`)).toBeGreaterThan(0);
  });

  test('zoom: the + button narrows the window and the axis follows', async () => {
    await openTimeline(tab);
    const before = await tab.value<string[]>(`${timeline}.view.axisLabels`);
    await tab.click('[data-zoom="in"]');
    await tab.waitFor(`JSON.stringify(${timeline}.view.axisLabels) !== ${JSON.stringify(JSON.stringify(before))}`);
  });

  test('present, then one Escape leaves the presentation', async () => {
    await openTimeline(tab);
    await tab.click('[data-present]');
    await tab.waitFor(`!document.querySelector('[data-presentation]').hidden`);
    await tab.press('Escape');
    await tab.waitFor(`document.querySelector('[data-presentation]').hidden`, 5_000);
  });

  test('/en/ is in English', async () => {
    await openTimeline(tab, 'en/');
    expect(await tab.value<string>('document.documentElement.lang')).toBe('en');
    expect(await tab.value<string>(`document.querySelector('[data-present]').textContent`)).toMatch(/Present/);
  });

  test('the file:// copy opens and draws without a server', async () => {
    await tab.goto(`file://${inject('siteDir')}-portable/index.html`);
    await tab.waitFor(DRAWN_AND_WIRED, 20_000);
    expect(await tab.value<number>(VISIBLE_ITEMS)).toBeGreaterThan(1);
  });

  test('the service worker takes control after a first visit', async () => {
    await openTimeline(tab);
    await tab.waitFor(`navigator.serviceWorker && navigator.serviceWorker.controller !== null || (window.__swReady ??= navigator.serviceWorker.ready.then(() => location.reload()), false)`, 30_000);
  });
});
