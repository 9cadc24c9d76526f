import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, useBrowser } from './browser.ts';
import { buildTestSite, WORK } from './build-site.ts';
import { brokenLinks } from './link-check.ts';
import { serveStatic } from './static-server.ts';
import { waitForMarks } from './marks.ts';

const browser = useBrowser();
afterEach(() => {
  expect(browser.problems.splice(0)).toEqual([]);
});

const SUMMIT_TITLE = 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4';

/** Uses the site as a visitor would: timeline, search, filters, an event, its article, presentation. */
async function useTheSite(page: Page) {
  await waitForMarks(page);
  await page.getByLabel('Tìm sự kiện').fill('vac xin');
  await page.locator('.event-item:not([hidden]) mark').first().waitFor();
  await page.getByRole('button', { name: /Vắc-xin và y tế/ }).click();
  await page.locator('.event-item', { hasText: SUMMIT_TITLE }).getByRole('button', { name: 'Xem trên dòng thời gian' }).click();
  await page.locator('[data-details] [data-source-link]').first().click();
  await page.locator('.passage:target').waitFor();
  await page.getByRole('link', { name: /Về dòng thời gian/ }).click();
  await waitForMarks(page);
  await page.keyboard.press('p');
  await page.locator('[data-presentation]:not([hidden])').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
}

test('no request leaves the site’s own origin', async () => {
  const page = await browser.open();
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  await page.reload();
  await useTheSite(page);
  await page.goto(new URL('en/articles/', browser.siteUrl).href);
  const origin = new URL(browser.siteUrl).origin;
  expect(requests.length).toBeGreaterThan(10);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
});

// With JavaScript the font's stylesheet is added by js/site.js; without, by the noscript link.
test.each([true, false])('Vietnamese text renders in the self-hosted font, not a fallback (JavaScript: %s)', async (javaScript) => {
  const page = await browser.open('', { javaScript });
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const probeFonts = async () => {
    const { root } = await client.send('DOM.getDocument');
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#font-probe' });
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f: { familyName: string }) => f.familyName);
  };
  for (const text of ['Ừ ữ ặ Đ', 'Hội nghị Cấp cao ASEAN–Nga lần thứ 4']) {
    // Written through the DevTools protocol, which works with the page's scripts off.
    const { root } = await client.send('DOM.getDocument');
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main' });
    await client.send('DOM.setOuterHTML', { nodeId, outerHTML: `<main><p id="font-probe">${text}</p></main>` });
    // The fonts a node was drawn with are known once it has been laid out, the font loaded.
    await expect.poll(probeFonts, { timeout: 5000 }).toEqual(['Be Vietnam Pro']);
  }
});

test('the font is asked for after the timeline is drawn, and the timeline is drawn again once it has loaded', async () => {
  const page = await browser.open();
  await page.addInitScript(() => {
    const seen: { fillText: number[]; fontsLoaded: number[] } = { fillText: [], fontsLoaded: [] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (...args) {
      seen.fillText.push(performance.now());
      return fillText.apply(this, args);
    };
    document.fonts.addEventListener('loadingdone', () => seen.fontsLoaded.push(performance.now()));
  });
  await page.reload();
  await waitForMarks(page);
  await page.waitForFunction(() => (window as unknown as { seen: { fontsLoaded: number[] } }).seen.fontsLoaded.length > 0);
  const { drawnAt, fontsAskedAt } = await page.evaluate(() => ({
    drawnAt: performance.getEntriesByName('bien-nien:timeline-drawn')[0]!.startTime,
    fontsAskedAt: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/styles/fonts.css'))?.startTime,
  }));
  expect(fontsAskedAt).toBeGreaterThan(drawnAt);
  // Drawn again after the font came, whenever the page gets to it (a busy machine may take a while).
  await expect.poll(() => page.evaluate(() => {
    const { seen } = window as unknown as { seen: { fillText: number[]; fontsLoaded: number[] } };
    return Math.max(...seen.fillText) > Math.max(...seen.fontsLoaded);
  })).toBe(true);
});

describe('served below a base path', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let dir: string;
  beforeAll(async () => {
    dir = buildTestSite('base', { base: '/timeline/' });
    server = await serveStatic(dir, '/timeline/');
  });
  afterAll(() => server?.close());

  test('every link and asset resolves', async () => {
    expect(brokenLinks(dir)).toEqual([]);
    const json = JSON.parse(readFileSync(join(dir, 'data/events.json'), 'utf8'));
    expect(json.events[0].sources[0].href).toMatch(/^\/timeline\/articles\//);
  });

  test('the site works there', async () => {
    const page = await browser.open(server.url);
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await page.reload();
    await useTheSite(page);
    expect(failed).toEqual([]);
    expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/timeline\//);
  });
});

describe('after a first visit, the site works offline', () => {
  /** A page the service worker controls, once its first install is done. */
  async function controlled(path = '') {
    const page = await browser.open(path);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    return page;
  }
  const UNVISITED = 'articles/khai-mac-hoi-nghi-cap-cao-asean-nga-lan-thu-4/';

  test('a first visit precaches what the home page shows, not every page', async () => {
    const page = await controlled();
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    for (const file of ['/index.html', '/en/index.html', '/offline/index.html', '/en/offline/index.html', '/data/timeline.js', '/data/texts.js', '/js/timeline-page.js', '/styles/site.css', '/styles/print.css', '/fonts/be-vietnam-pro-vietnamese-400-normal.woff2']) {
      expect(cached, file).toContain(file);
    }
    // the page the reader came in by is kept; no other page is
    expect(cached.filter((url) => url.includes('/articles/'))).toEqual([]);
    expect(cached.filter((url) => /\.(json|csv|ics)$/.test(url) && !url.endsWith('/offline/size.json'))).toEqual([]);
  });

  test('the timeline, search and every page already opened work with the network cut; a page never opened says so', async () => {
    const page = await controlled();
    const visited = ['articles/', 'en/', 'en/articles/', 'presenter/', 'articles/asean-nga-phoi-hop-phan-phoi-vaccine-covid-19-an-toan-hieu/', '?q=vac+xin&themes=vaccines'];
    for (const path of visited) await page.goto(new URL(path, browser.siteUrl).href);
    await page.context().setOffline(true);
    await page.goto(browser.siteUrl);
    await waitForMarks(page);
    for (const path of visited) {
      const response = await page.goto(new URL(path, browser.siteUrl).href);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
      expect(page.url(), path).not.toContain('offline/');
    }
    // a page never opened: the offline page, in its language, with the way back and the save button
    await page.goto(new URL(UNVISITED, browser.siteUrl).href);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Trang này chưa được lưu để xem offline');
    expect(page.url()).toContain(`offline/?page=${encodeURIComponent(UNVISITED)}`);
    expect(await page.getByRole('link', { name: 'Mở lại trang đã chọn' }).getAttribute('href')).toBe(new URL(UNVISITED, browser.siteUrl).href);
    expect(await page.getByRole('button', { name: 'Lưu để xem offline' }).isVisible()).toBe(true);
    await page.goto(new URL(`en/${UNVISITED}`, browser.siteUrl).href);
    await expect.poll(() => page.locator('h1').textContent()).toBe('This page has not been saved for offline use');
    expect(await page.getByRole('button', { name: 'Save for offline' }).isVisible()).toBe(true);
    await page.goto(browser.siteUrl);
    await useTheSite(page);
    await page.context().setOffline(false);
  });

  test('"Save for offline" shows the size first, the progress while it saves, says when it is done; then every page opens offline', async () => {
    const page = await controlled();
    const dist = inject('siteDir');
    const list = JSON.parse(readFileSync(join(dist, 'offline/files.json'), 'utf8')) as { bytes: number; files: [string, number][] };
    // every page of the site is precached or on the list
    const pages = files(dist).filter((f) => f.endsWith('index.html')).map((f) => f.slice(dist.length + 1).replace(/index\.html$/, ''));
    const listed = new Set(list.files.map(([path]) => path));
    expect(pages.filter((path) => !listed.has(path) && !['', 'en/', 'presenter/', 'en/presenter/', 'offline/', 'en/offline/'].includes(path))).toEqual([]);
    expect(list.bytes).toBe(list.files.reduce((sum, [, bytes]) => sum + bytes, 0));
    const size = `${new Intl.NumberFormat('vi', { maximumFractionDigits: 1 }).format(list.bytes / 1024 / 1024)} MB`;
    const save = page.getByRole('button', { name: 'Lưu để xem offline' });
    await save.scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-save-offline-size]').textContent()).toBe(`(toàn bộ trang, ${size})`);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const status = document.querySelector('[data-save-offline-status]')!;
      const progress = document.querySelector<HTMLProgressElement>('[data-save-offline-progress]')!;
      new MutationObserver(() => status.textContent && seen.push(`${status.textContent} ${progress.value}`)).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await save.click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen[0]).toMatch(new RegExp(`^Đang lưu… 0 MB / ${size} \\(0 %\\) 0$`));
    expect(seen.filter((s) => /^Đang lưu… .* \((\d+) %\)/.test(s)).length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe('Đã lưu: mọi trang xem được cả khi không có mạng. 1');
    await page.context().setOffline(true);
    for (const path of [UNVISITED, `en/${UNVISITED}`, 'events/', 'data/']) {
      const response = await page.goto(new URL(path, browser.siteUrl).href);
      expect(response?.ok(), path).toBe(true);
      expect(page.url(), path).not.toContain('offline/');
    }
    expect(await page.locator('h1').textContent()).not.toContain('offline');
    // the data files too (fetched: opened as a page, the browser would also ask for a favicon.ico)
    expect(await page.evaluate(() => fetch('../data/events.json').then((r) => r.json()))).toHaveProperty('events');
    await page.context().setOffline(false);
  });

  test('a new build replaces the old one on the next visit, and says so', async () => {
    const dir = buildTestSite('sw-update');
    const server = await serveStatic(dir);
    try {
      const page = await browser.open(server.url);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      const extra = join(WORK, 'sw-update-extra');
      mkdirSync(extra, { recursive: true });
      cpSync(resolve('tests/fixtures/site/articles/khai-mac-hoi-nghi-cap-cao-asean-nga-lan-thu-4.md'), join(extra, 'moi.md'));
      writeFileSync(join(extra, 'moi.md'), readFileSync(join(extra, 'moi.md'), 'utf8').replace('Khai mạc Hội nghị', 'Bản mới — Khai mạc Hội nghị'));
      buildTestSite('sw-update', { extraContent: [extra] });
      await page.reload();
      await page.locator('[data-update-banner]:not([hidden])').waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-update-banner]').textContent()).toContain('Đã có bản mới');
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Tải lại trang' }).click()]);
      await page.goto(new URL('articles/', server.url).href);
      expect(await page.locator('.article-index').textContent()).toContain('Bản mới — Khai mạc Hội nghị');
    } finally {
      await server.close();
    }
  });
});

describe('straight from disk (file://), with no network', () => {
  test('timeline → event → article → back, search, presentation', async () => {
    const chromium = await launchChromium();
    try {
      const context = await chromium.newContext();
      await context.setOffline(true);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.goto(`file://${inject('siteDir')}-portable/index.html`);
      await useTheSite(page);
      expect(page.url()).toMatch(/^file:\/\/.*\/index\.html/);
      await page.getByRole('link', { name: 'Bài báo' }).first().click();
      await page.waitForURL(/articles\/index\.html$/);
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(/en\/articles\/index\.html/);
      expect(problems).toEqual([]);
    } finally {
      await chromium.close();
    }
  });

  test('the download link gives the portable copy as one zip', async () => {
    const page = await browser.open();
    const href = await page.getByRole('link', { name: /Tải về để xem offline/ }).getAttribute('href');
    const zip = unzipSync(new Uint8Array(readFileSync(join(inject('siteDir'), href!))));
    const names = Object.keys(zip);
    expect(names).toContain('bien-nien-asean-nga/index.html');
    expect(names).toContain('bien-nien-asean-nga/data/timeline.js');
    expect(new TextDecoder().decode(zip['bien-nien-asean-nga/index.html'])).toContain('href="./articles/index.html"');
  });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
