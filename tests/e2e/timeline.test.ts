import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { TimelineLayout } from '../../src/lib/timeline/layout.ts';
import { markGeometry } from '../../src/lib/timeline/mark-geometry.ts';
import { collisions } from '../render/label-collisions.ts';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';
import { buildCorpusSite } from './corpus-site.ts';
import { serveStatic } from './static-server.ts';
import { axisLabels, clickMark, drawnMarks, showAll, waitForMarks } from './marks.ts';

const browser = useBrowser();
afterEach(() => {
  expect(browser.problems.splice(0)).toEqual([]);
});

interface DataEvent { id: string; title: string; themes: string[]; summary: string }
const dataOf = (page: Page) => page.evaluate(() => (window as unknown as { BIEN_NIEN_DATA: { events: DataEvent[] } }).BIEN_NIEN_DATA.events);
const visibleListIds = (page: Page) => page.locator('.event-item:not([hidden])').evaluateAll((els) => els.map((el) => el.id.replace(/^event-/, '')));
const marks = drawnMarks;

async function openTimeline(path = '', viewport?: { width: number; height: number }) {
  const page = await browser.open(path, viewport ? { viewport } : {});
  await waitForMarks(page);
  return page;
}

test('all shown (\'Xem toàn bộ\'), every event is drawn in each of its theme lanes, once', async () => {
  const page = await openTimeline();
  await showAll(page);
  const events = await dataOf(page);
  const drawn = await marks(page);
  for (const event of events) {
    for (const theme of event.themes) {
      expect(drawn.filter((m) => m.lane === theme && m.ids.includes(event.id)), `${event.id} in ${theme}`).toHaveLength(1);
    }
  }
  expect(drawn.every((m) => m.ids.every((id) => events.find((e) => e.id === id)!.themes.includes(m.lane)))).toBe(true);
});

test('the canvas paints each mark where the layout puts it, and a click on a mark or its label opens the event', async () => {
  const page = await openTimeline();
  const drawn = await marks(page);
  const painted = await page.evaluate((points) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.timeline-marks')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const context = canvas.getContext('2d')!;
    const alpha = (x: number, y: number) => context.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data[3]!;
    return points.map((p) => alpha(p.x, p.y));
  }, [...drawn.filter((m) => m.kind !== 'span').map((m) => ({ x: m.x, y: m.y })), { x: 1, y: 1 }]);
  expect(painted.slice(0, -1).every((a) => a > 0)).toBe(true);
  expect(painted.at(-1)).toBe(0); // the corner above the first lane's marks is empty
  const point = drawn.find((m) => m.kind === 'point' && m.label)!;
  await page.mouse.move(0, 0);
  await clickMark(page, { x: point.x + 30, y: point.y }); // on the label, right of the symbol
  await page.locator('[data-details]:not([hidden])').waitFor();
  expect(new URL(page.url()).searchParams.get('event')).toBe(point.ids[0]);
  // and hovering a mark names it
  await page.keyboard.press('Escape');
  const box = (await page.locator('canvas.timeline-marks').boundingBox())!;
  await page.mouse.move(box.x + point.x, box.y + point.y);
  expect(await page.locator('[data-timeline-view]').getAttribute('title')).toContain(point.label!.text.replace(/…$/, ''));
});

test('a dense week is a cluster that zooms in on click', async () => {
  const page = await openTimeline();
  const cluster = (await marks(page)).find((m) => m.kind === 'cluster')!;
  const ids = cluster.ids;
  expect(ids.length).toBeGreaterThan(1);
  await clickMark(page, cluster);
  await expect.poll(async () => (await marks(page)).filter((m) => m.kind === 'point' && ids.includes(m.ids[0]!)).length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
});

test("a cluster that holds a lesson's event says so, drawn and in its tooltip", async () => {
  const first = await openTimeline();
  const { ids } = (await marks(first)).find((m) => m.kind === 'cluster')!;
  // The lesson's event is not the cluster's first: it joined the cluster and has no star of its own.
  const page = await openTimeline(`?lesson=${encodeURIComponent(ids.at(-1)!)}`);
  const cluster = (await marks(page)).find((m) => m.kind === 'cluster' && m.ids.includes(ids.at(-1)!))!;
  expect(cluster.starred).toBe(true);
  const box = (await page.locator('canvas.timeline-marks').boundingBox())!;
  await page.mouse.move(box.x + cluster.x, box.y + cluster.y);
  await expect.poll(() => page.locator('[data-timeline-view]').getAttribute('title')).toBe(`${cluster.ids.length} sự kiện gần nhau, 1 trong bài giảng; nhấn để phóng to`);
  const fill = await page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.timeline-marks')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    // Inside the circle, below its count: the cluster's fill.
    return [...canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round((y + 6.5) * ratio), 1, 1).data.slice(0, 3)];
  }, cluster);
  expect(fill).toEqual([0xfe, 0xf3, 0xc7]);
});

describe('search ignores case and Vietnamese diacritics', () => {
  test.each([
    ['vac xin', 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4'],
    ['vắc-xin', 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4'],
    ['dong nam a', 'Hội thảo An ninh Hàng hải Đông Nam Á – Nga'],
    ['DONG NAM A', 'Hội thảo An ninh Hàng hải Đông Nam Á – Nga'],
    ['Lavrov', 'Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19'],
    ['bien dong', 'Các đoàn thảo luận về tự do hàng hải ở Biển Đông'],
  ])('"%s" finds "%s"', async (query, title) => {
    const page = await openTimeline();
    await showAll(page); // the results may lie outside the first window
    const total = (await dataOf(page)).length;
    await page.getByLabel('Tìm sự kiện').fill(query);
    await expect.poll(async () => (await visibleListIds(page)).length).toBeLessThan(total);
    await page.locator('.event-item:not([hidden])', { hasText: title }).first().waitFor();
    const shown = await visibleListIds(page);
    expect(await page.locator('.event-item:not([hidden]) mark').count()).toBeGreaterThan(0);
    // the timeline shows the same events as the list
    const drawn = new Set((await marks(page)).flatMap((m) => m.ids));
    expect([...drawn].sort()).toEqual([...shown].sort());
  });

  test('a typo finds the near miss; Fuse is downloaded only then', async () => {
    const page = await openTimeline();
    await showAll(page);
    const fuseLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('fuzzy-search.js')));
    const video = 'Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19';
    await page.getByLabel('Tìm sự kiện').fill('Lavrov');
    await page.locator('.event-item', { hasText: video }).first().waitFor();
    expect(await fuseLoaded()).toBe(false);
    await page.getByLabel('Tìm sự kiện').fill('zzzz');
    await page.getByText('Không có sự kiện nào khớp').waitFor();
    await page.getByLabel('Tìm sự kiện').fill('Lavrow');
    await page.locator('.event-item', { hasText: video }).first().waitFor();
    expect(await fuseLoaded()).toBe(true);
    const drawn = new Set((await marks(page)).flatMap((m) => m.ids));
    // the list follows the timeline once typing pauses
    await expect.poll(async () => [...(await visibleListIds(page))].sort()).toEqual([...drawn].sort());
  });

  test('words typed before the texts have loaded are kept and searched', async () => {
    const page = await openTimeline();
    let release = () => {};
    const texts = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/texts.js', async (route) => {
      await texts;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await waitForMarks(page, { wired: false });
    await page.getByLabel('Tìm sự kiện').fill('vac xin');
    expect(await page.evaluate(() => document.querySelector('bn-timeline')!.getAttribute('data-ready'))).toBeNull();
    release();
    await page.locator('.event-item', { hasText: 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4' }).locator('mark').first().waitFor();
    expect(await page.getByLabel('Tìm sự kiện').inputValue()).toBe('vac xin');
    await expect.poll(() => page.url()).toContain('q=vac');
  });

  test('a search with no result says so and offers to clear', async () => {
    const page = await openTimeline();
    await page.getByLabel('Tìm sự kiện').fill('zzzqqq');
    await page.getByText('Không có sự kiện nào khớp').waitFor();
    await page.locator('[data-empty]').getByRole('button', { name: 'Xoá tìm kiếm và bộ lọc' }).click();
    await expect.poll(() => visibleListIds(page).then((ids) => ids.length)).toBe((await dataOf(page)).length);
  });
});

test('theme toggles filter, combine with search, and show their counts', async () => {
  const page = await openTimeline();
  const events = await dataOf(page);
  const security = page.getByRole('button', { name: /An ninh và quốc phòng/ });
  expect(await security.locator('[data-theme-count]').textContent()).toBe(String(events.filter((e) => e.themes.includes('security')).length));
  await security.click();
  expect(await security.getAttribute('aria-pressed')).toBe('true');
  const shown = await visibleListIds(page);
  expect(shown.sort()).toEqual(events.filter((e) => e.themes.includes('security')).map((e) => e.id).sort());
  await page.getByLabel('Tìm sự kiện').fill('vac xin');
  await expect.poll(async () => (await visibleListIds(page)).length).toBeLessThan(shown.length);
  const combined = await visibleListIds(page);
  expect(combined.every((id) => events.find((e) => e.id === id)!.themes.includes('security'))).toBe(true);
  // with a search, each toggle counts what the search leaves in its theme
  expect(Number(await security.locator('[data-theme-count]').textContent())).toBeLessThanOrEqual(shown.length);
});

test('the URL holds the view: reload restores it, back steps through it', async () => {
  const page = await openTimeline();
  await page.getByRole('button', { name: /Kinh tế và thương mại/ }).click();
  await page.waitForURL(/themes=economy/);
  await page.getByLabel('Tìm sự kiện').fill('chuoi cung ung');
  await page.waitForURL(/q=chuoi/);
  const id = (await visibleListIds(page))[0]!;
  await page.locator(`#event-${id} [data-show-event]`).click();
  await page.waitForURL(new RegExp(`event=${id}`));
  await page.reload();
  await page.locator('[data-details]:not([hidden])').waitFor();
  expect(await page.getByLabel('Tìm sự kiện').inputValue()).toBe('chuoi cung ung');
  expect(await page.getByRole('button', { name: /Kinh tế và thương mại/ }).getAttribute('aria-pressed')).toBe('true');
  expect(await page.locator('[data-details]').getAttribute('data-event-id')).toBe(id);
  await page.goBack();
  await expect.poll(() => page.locator('[data-details]').isHidden()).toBe(true);
  expect(page.url()).not.toContain('event=');
});

test('the visible time window is in the URL and restored from it', async () => {
  const page = await openTimeline('?from=2024-03-01&to=2024-03-12');
  await expect.poll(async () => (await marks(page)).filter((m) => m.kind === 'point' && m.lane === 'security').length).toBeGreaterThanOrEqual(3);
  const ticks = await axisLabels(page);
  expect(ticks.join(' ')).toMatch(/Th3/);
  // the axis is drawn along the top, above the lanes: the canvas has ink there
  const inked = await page.locator('canvas.timeline-marks').evaluate((canvas: HTMLCanvasElement) => {
    const ratio = window.devicePixelRatio || 1;
    const band = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, Math.round(28 * ratio)).data;
    let count = 0;
    for (let i = 3; i < band.length; i += 4) if (band[i]! > 0) count++;
    return count;
  });
  expect(inked).toBeGreaterThan(100);
});

test('keyboard: arrows move between events, Enter opens, Escape closes', async () => {
  const page = await openTimeline();
  const events = await dataOf(page);
  await page.locator('[data-timeline-view]').focus();
  await page.keyboard.press('ArrowRight');
  const live = page.locator('[data-live]');
  await expect.poll(() => live.textContent()).toContain(events[0]!.title);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => live.textContent()).toContain(events[1]!.title);
  await page.keyboard.press('Enter');
  await page.locator('[data-details]:not([hidden])').waitFor();
  expect(await page.locator('[data-details-title]').textContent()).toBe(events[1]!.title);
  await page.getByRole('button', { name: /Sự kiện sau/ }).click();
  expect(await page.locator('[data-details-title]').textContent()).toBe(events[2]!.title);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('[data-details]').isHidden()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-timeline-view'))).toBe(true);
  // + and 0 zoom; the axis relabels
  const before = await axisLabels(page);
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await expect.poll(() => axisLabels(page)).not.toEqual(before);
});

test('the details link lands on the highlighted passage', async () => {
  const page = await openTimeline();
  const summit = (await dataOf(page)).find((e) => e.title === 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4')!;
  await page.goto(new URL(`?event=${summit.id}`, browser.siteUrl).href);
  const links = page.locator('[data-details] [data-source-link]');
  await links.first().waitFor();
  expect(await links.count()).toBe(2); // reported by two articles
  await links.first().click();
  await page.waitForURL(/#p-2$/);
  const passage = page.locator('#p-2');
  expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await passage.locator('.event-sentence.is-current').count()).toBeGreaterThan(0);
});

test('a chart bar zooms the timeline to its year', async () => {
  const page = await openTimeline();
  await showAll(page); // the chart counts by year over the whole time
  await page.locator('[data-overview-chart] rect[data-period="2024"]').first().click();
  await expect.poll(() => axisLabels(page).then((t) => t.join(' ')), { timeout: 5000 }).toMatch(/Th\d/);
});

test('a phone held upright: no sideways scroll, the panel is a sheet', async () => {
  const page = await openTimeline('', { width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(Number(await page.locator('.timeline-svg').getAttribute('width'))).toBeLessThanOrEqual(390);
  await page.locator('.event-item [data-show-event]').first().click();
  const panel = page.locator('[data-details]');
  await panel.waitFor();
  expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
});

test.each(['', 'en/', 'articles/asean-nga-phoi-hop-phan-phoi-vaccine-covid-19-an-toan-hieu/'])('axe finds no violations on /%s', async (path) => {
  const page = await browser.open(path);
  await page.waitForLoadState('load');
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no violations with the details panel open', async () => {
  const page = await openTimeline();
  await page.locator('.event-item [data-show-event]').first().click();
  await page.locator('[data-details]:not([hidden])').waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test('zoomed in past a few years, the overview chart counts by month', async () => {
  const page = await openTimeline('?from=2024-01-01&to=2024-12-31');
  const monthChart = page.locator('[data-overview-chart] svg[data-month-chart]');
  // Drawn only once the chart is near the screen (Plot is a phone's longest piece of work).
  await page.locator('[data-overview-chart]').scrollIntoViewIfNeeded();
  await monthChart.waitFor();
  expect(await monthChart.locator('rect[data-period="2024-03"]').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Xem toàn bộ' }).click();
  await expect.poll(() => monthChart.count(), { timeout: 5000 }).toBe(0);
});

test('the overview strip shows the window and dragging it moves the timeline', async () => {
  const page = await openTimeline('?from=2021-01-01&to=2021-12-31');
  const selection = page.locator('.overview-strip .selection');
  await expect.poll(async () => Number(await selection.getAttribute('width'))).toBeGreaterThan(10);
  await selection.scrollIntoViewIfNeeded();
  const box = (await selection.boundingBox())!;
  const before = await axisLabels(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => axisLabels(page)).not.toEqual(before);
  await expect.poll(() => page.url(), { timeout: 5000 }).not.toContain('from=2021-01-01');
});

test('the timeline with its dates is on the first screen: at 1366×768 its axis and four lanes, on a phone its axis and first lane', async () => {
  for (const [viewport, lanes, touch] of [[{ width: 1366, height: 768 }, 4, false], [{ width: 390, height: 844 }, 1, true]] as const) {
    const page = await browser.open('', { viewport, touch });
    await waitForMarks(page);
    const view = (await page.locator('[data-timeline-view]').boundingBox())!;
    const g = markGeometry(view.width);
    // The axis runs along the top of the view, above the lanes: the dates come with the first lanes.
    const layout = await page.evaluate(() => (document.querySelector('bn-timeline') as unknown as { view: { layout: TimelineLayout } }).view.layout);
    expect(layout.lanes[0]!.y).toBe(g.axisHeight);
    expect(view.y + g.axisHeight + lanes * g.laneHeight, `${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(viewport.height);
    expect(await axisLabels(page)).not.toEqual([]);
    // and the yearly chart follows the timeline
    expect((await page.locator('[data-overview-chart]').boundingBox())!.y).toBeGreaterThan(view.y);
  }
});

test('on a projector (1920×1080) the timeline takes the width, and the list keeps a reading width', async () => {
  const page = await openTimeline('', { width: 1920, height: 1080 });
  const view = (await page.locator('[data-timeline-view]').boundingBox())!;
  expect(view.width).toBeGreaterThan(1700);
  expect((await page.locator('[data-event-list]').boundingBox())!.width).toBeLessThanOrEqual(72 * 16);
  // and more of the latest events are in the first window than at 1366 px
  const wide = new Set((await marks(page)).flatMap((m) => m.ids)).size;
  const laptop = await openTimeline('', { width: 1366, height: 768 });
  expect(wide).toBeGreaterThan(new Set((await marks(laptop)).flatMap((m) => m.ids)).size);
});

test('as the page opens, the list is made once the web font is in (laid out once, not again when the font comes), then fills its first page', async () => {
  const page = await browser.open();
  await page.addInitScript(() => {
    const seen = { fontsLoaded: [] as number[], firstItem: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    document.fonts.addEventListener('loadingdone', () => seen.fontsLoaded.push(performance.now()));
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('[data-event-list] > li')) return;
      seen.firstItem = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await waitForMarks(page);
  const total = (await dataOf(page)).length;
  await expect.poll(() => page.locator('[data-event-list] > li').count()).toBe(Math.min(total, 100));
  const seen = await page.evaluate(() => (window as unknown as { seen: { fontsLoaded: number[]; firstItem: number } }).seen);
  expect(seen.fontsLoaded.length).toBeGreaterThan(0);
  expect(seen.firstItem).toBeGreaterThan(Math.max(...seen.fontsLoaded));
});

test('a filter whose events all lie before the first window moves the window to them', async () => {
  const page = await openTimeline();
  const vaccines = (await dataOf(page)).filter((e) => e.themes.includes('vaccines')).map((e) => e.id);
  // The fixture's vaccine events are from 2020-2021, before the first window's latest run.
  expect((await marks(page)).filter((m) => m.lane === 'vaccines')).toEqual([]);
  await page.getByRole('button', { name: /Vắc-xin và y tế/ }).click();
  await expect.poll(async () => [...new Set((await marks(page)).flatMap((m) => m.ids))].sort()).toEqual([...vaccines].sort());
});

describe('twenty events, the first screen', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let events = 0;
  beforeAll(async () => {
    const site = buildCorpusSite(20);
    events = site.events;
    server = await serveStatic(site.dir);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  test.each([
    ['a laptop', { width: 1366, height: 768 }, false],
    ['a phone', { width: 390, height: 844 }, true],
  ] as const)('on %s: most marks carry a label and no label overlaps another, a lane name, a star or a mark', async (_, viewport, touch) => {
    expect(events).toBeGreaterThanOrEqual(15);
    const page = await browser.open(server.url, { viewport, touch });
    await waitForMarks(page);
    const { layout, width } = await page.evaluate(() => {
      const view = (document.querySelector('bn-timeline') as unknown as { view: { layout: unknown } }).view;
      return { layout: view.layout as TimelineLayout, width: document.querySelector('canvas.timeline-marks')!.getBoundingClientRect().width };
    });
    const onScreen = layout.marks.filter((m) => (m.kind === 'span' ? m.x2 > 0 : m.x > 0) && m.x < width);
    const labelled = onScreen.filter((m) => m.label).length;
    expect(onScreen.length).toBeGreaterThanOrEqual(4);
    expect(labelled / onScreen.length, `${labelled} of ${onScreen.length} marks labelled`).toBeGreaterThanOrEqual(0.6);
    expect(collisions(layout, markGeometry(width))).toEqual([]);
    // All of them one click away
    await showAll(page);
    expect(new Set((await marks(page)).flatMap((m) => m.ids)).size).toBe(events);
  });
});
