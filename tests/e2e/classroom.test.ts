import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';
import { pdfImages, pdfText } from './pdf-text.ts';
import { drawnMarks, waitForMarks } from './marks.ts';
import { JSDOM } from 'jsdom';
import { qrCodeSvg } from '../../src/render/qr-code.ts';

const browser = useBrowser();
afterEach(() => {
  expect(browser.problems.splice(0)).toEqual([]);
});

interface DataEvent { id: string; title: string; themes: string[] }
const dataOf = (page: Page) => page.evaluate(() => (window as unknown as { BIEN_NIEN_DATA: { events: DataEvent[] } }).BIEN_NIEN_DATA.events);
const progress = (page: Page) => page.locator('[data-slide-progress]').textContent();
const slideTitle = (page: Page) => page.locator('[data-slide-title]').textContent();
const PROJECTOR = { width: 1920, height: 1080 };

async function presentAll(page: Page) {
  await waitForMarks(page);
  await page.getByRole('button', { name: /Trình chiếu/ }).click();
  await page.locator('[data-presentation]:not([hidden])').waitFor();
}

describe('presentation mode', () => {
  test('presents the events shown: a teacher who filtered to vaccines presents vaccines', async () => {
    const page = await browser.open('', { viewport: PROJECTOR });
    const vaccines = (await dataOf(page)).filter((e) => e.themes.includes('vaccines'));
    await page.getByRole('button', { name: /Vắc-xin và y tế/ }).click();
    await presentAll(page);
    expect(await progress(page)).toBe(`1 / ${vaccines.length}`);
    expect(await slideTitle(page)).toBe(vaccines[0]!.title);
    expect(await page.locator('[data-slide-source]').textContent()).toMatch(/Nguồn: .+/);
    expect(await page.locator('[data-slide-strip] .strip-event').count()).toBe(vaccines.length);
    expect(await page.locator('[data-slide-strip] .strip-event.is-current').count()).toBe(1);
  });

  test('readable from the back of the room, in both projector themes', async () => {
    const page = await browser.open('', { viewport: PROJECTOR });
    await presentAll(page);
    for (const contrast of ['light', 'dark']) {
      if (contrast === 'dark') await page.getByRole('button', { name: 'Đổi nền sáng/tối' }).click();
      const sizes = await page.evaluate(() => ({
        title: parseFloat(getComputedStyle(document.querySelector('[data-slide-title]')!).fontSize),
        body: Math.min(...['[data-slide-summary]', '[data-slide-date]', '[data-slide-themes]'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize))),
      }));
      expect(sizes.title).toBeGreaterThanOrEqual(48);
      expect(sizes.body).toBeGreaterThanOrEqual(32);
      for (const selector of ['[data-slide-title]', '[data-slide-summary]', '[data-slide-source]', '[data-slide-progress]', '.slide-help']) {
        expect(await contrastOf(page, selector), `${contrast} ${selector}`).toBeGreaterThanOrEqual(7);
      }
    }
    expect(page.url()).toContain('contrast=dark');
  });

  test('keys as presenters expect', async () => {
    const page = await browser.open('', { viewport: PROJECTOR });
    const total = (await dataOf(page)).length;
    await presentAll(page);
    const at = async (n: number) => expect.poll(() => progress(page)).toBe(`${n} / ${total}`);
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter']) await page.keyboard.press(key);
    await at(6);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) await page.keyboard.press(key);
    await at(2);
    await page.keyboard.press('End');
    await at(total);
    await page.keyboard.press('Home');
    await at(1);
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await at(4);
    for (const blankKey of ['b', '.']) {
      await page.keyboard.press(blankKey);
      expect(await page.locator('[data-slide-blank]').isVisible()).toBe(true);
      await page.keyboard.press('x');
      expect(await page.locator('[data-slide-blank]').isVisible()).toBe(false);
      await at(4); // the key that brought it back did nothing else
    }
    // Present went full screen; F leaves and enters it again
    const fullscreen = () => page.evaluate(() => document.fullscreenElement?.hasAttribute('data-presentation') ?? false);
    expect(await fullscreen()).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(fullscreen).toBe(false);
    await page.keyboard.press('f');
    await expect.poll(fullscreen).toBe(true);
  });

  test('the strip under a slide names its years and points at the current event', async () => {
    const page = await browser.open('', { viewport: PROJECTOR });
    await waitForMarks(page);
    await page.keyboard.press('p');
    await page.locator('[data-presentation]:not([hidden])').waitFor();
    await page.keyboard.press('ArrowRight');
    const years = await page.locator('[data-slide-strip-years] span').allTextContents();
    expect(years.length).toBeGreaterThan(1);
    expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
    expect([...years].sort()).toEqual(years);
    const pointerAt = () => page.evaluate(() => {
      const strip = document.querySelector('[data-slide-strip]')!;
      const current = strip.querySelector('.strip-event.is-current')!;
      return { pointer: strip.querySelector('.strip-pointer')!.getAttribute('x'), current: current.getAttribute('x'), last: strip.lastElementChild!.classList.contains('strip-pointer') };
    });
    const second = await pointerAt();
    expect(second.pointer).toBe(second.current);
    expect(second.last).toBe(true); // drawn over every range's bar
    await page.keyboard.press('ArrowRight');
    const third = await pointerAt();
    expect(third.pointer).toBe(third.current);
    expect(third.pointer).not.toBe(second.pointer);
  });

  test('P enters; Escape leaves, back on the timeline at the event last shown', async () => {
    const page = await browser.open('', { viewport: PROJECTOR });
    const events = await dataOf(page);
    await waitForMarks(page);
    await page.keyboard.press('p');
    await page.locator('[data-presentation]:not([hidden])').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-presentation]').isHidden()).toBe(true);
    expect(await page.locator('[data-details-title]').textContent()).toBe(events[2]!.title);
    expect(page.url()).toContain(`event=${events[2]!.id}`);
    expect(page.url()).not.toContain('present=');
  });

  test('the URL names the slide: reload resumes there, and back leaves the presentation', async () => {
    const page = await browser.open('', { viewport: PROJECTOR });
    const events = await dataOf(page);
    await presentAll(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(new RegExp(`present=${events[1]!.id}`));
    await page.reload();
    await page.locator('[data-presentation]:not([hidden])').waitFor();
    expect(await slideTitle(page)).toBe(events[1]!.title);
    await page.goBack();
    await expect.poll(() => page.locator('[data-presentation]').isHidden()).toBe(true);
  });

  test('swipes on a touch screen', async () => {
    const page = await browser.open('', { viewport: { width: 800, height: 1000 } });
    await presentAll(page);
    const swipe = async (from: number, to: number) => {
      await page.mouse.move(from, 500);
      await page.mouse.down();
      await page.mouse.move(to, 500, { steps: 4 });
      await page.mouse.up();
    };
    await swipe(600, 200);
    await expect.poll(() => progress(page)).toMatch(/^2 \//);
    await swipe(200, 600);
    await expect.poll(() => progress(page)).toMatch(/^1 \//);
  });

  test('axe finds no violations in presentation mode', async () => {
    const page = await browser.open('', { viewport: PROJECTOR });
    await presentAll(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('lesson links', () => {
  test('build a lesson by clicking, open its link in a fresh page, present it with the notes following', async () => {
    const page = await browser.open();
    const events = await dataOf(page);
    const [a, b, c] = [events[3]!, events[0]!, events[5]!];
    for (const e of [a, b, c]) await page.locator(`#event-${e.id} [data-star]`).click();
    expect(await page.locator(`#event-${a.id} [data-star]`).getAttribute('aria-pressed')).toBe('true');
    const panel = page.locator('[data-lesson]');
    await page.getByRole('button', { name: /Bài giảng \(3\)/ }).click();
    await panel.getByRole('button', { name: `Xuống: ${a.title}` }).click(); // a, b, c → b, a, c
    await panel.getByLabel(`Ghi chú cho người trình bày: ${b.title}`).fill('Hỏi lớp: vì sao họp trực tuyến?');
    await panel.getByLabel(`Ghi chú cho người trình bày: ${b.title}`).blur();
    // the timeline marks the starred events too
    await expect.poll(async () => (await drawnMarks(page)).filter((m) => m.starred).length).toBeGreaterThan(0);
    const link = await panel.getByLabel('Liên kết bài giảng').inputValue();
    expect(link).toContain('lesson=');
    // encoded once: the note's "ỏ" is %E1%BB%8F, not the double-encoded %25E1%25BB%258F
    expect(link).toContain('H%E1%BB%8Fi+l%E1%BB%9Bp');
    expect(link).not.toContain('%25');
    // each starred event with its date
    expect(await panel.locator('.lesson-date').allTextContents()).toEqual(await page.evaluate((ids) => ids.map((id) => document.querySelector(`#event-${id} .event-date time`)!.textContent!.trim()), [b.id, a.id, c.id]));

    const fresh = await browser.open(link.replace(browser.siteUrl, ''));
    const freshPanel = fresh.locator('[data-lesson]');
    await freshPanel.waitFor();
    expect(await freshPanel.locator('.lesson-title').allTextContents()).toEqual([b.title, a.title, c.title]);
    const [presenter] = await Promise.all([
      fresh.context().waitForEvent('page'),
      freshPanel.getByRole('button', { name: 'Mở cửa sổ người trình bày' }).click(),
    ]);
    await freshPanel.getByRole('button', { name: /Trình chiếu bài giảng/ }).click();
    await fresh.locator('[data-presentation]:not([hidden])').waitFor();
    expect(await fresh.locator('[data-slide-progress]').textContent()).toBe('1 / 3');
    expect(await fresh.locator('[data-slide-title]').textContent()).toBe(b.title);
    await expect.poll(() => presenter.locator('[data-presenter-notes]').textContent()).toBe('Hỏi lớp: vì sao họp trực tuyến?');
    expect(await presenter.locator('[data-presenter-next]').textContent()).toBe(a.title);
    await fresh.keyboard.press('ArrowRight');
    await expect.poll(() => presenter.locator('[data-presenter-title]').textContent()).toBe(a.title);
    expect(await fresh.locator('[data-slide-title]').textContent()).toBe(a.title);
  });

  test('an id a later build no longer has is reported, not a crash', async () => {
    const page = await browser.open();
    const [first] = await dataOf(page);
    await page.goto(new URL(`?lesson=${encodeURIComponent(`${first!.id}|2019-01-01-removed-event~note`)}`, browser.siteUrl).href);
    await page.locator('[data-lesson-missing]:not([hidden])').waitFor();
    expect(await page.locator('[data-lesson-missing]').textContent()).toContain('2019-01-01-removed-event');
    expect(await page.locator('[data-lesson] .lesson-title').allTextContents()).toEqual([first!.title]);
  });
});

test('print handout: every shown event, no interface chrome, short passage references and a QR code of the view', async () => {
  const page = await browser.open();
  const events = await dataOf(page);
  await page.getByRole('button', { name: /An ninh và quốc phòng/ }).click();
  const shown = events.filter((e) => e.themes.includes('security'));
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const refs = await page.locator('[data-event-list] .event-item:not([hidden]) a[data-source-link]').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset['printRef']!));
  expect(refs.length).toBeGreaterThan(0);
  expect(refs.every((ref) => /^.{8,}, §\d+$/.test(ref))).toBe(true);
  for (const format of ['A4', 'Letter'] as const) {
    // PDF text comes out in glyph runs: compare without white space
    const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
    const text = squash((await pdfText(await page.pdf({ format, printBackground: true }))).join(' '));
    for (const e of shown) expect(text, `${format}: ${e.title}`).toContain(squash(e.title));
    for (const e of events.filter((x) => !x.themes.includes('security'))) expect(text).not.toContain(squash(e.title));
    for (const chrome of ['Tìm sự kiện', 'Trình chiếu', 'Xem toàn bộ', 'Lọc theo chủ đề', 'Bỏ qua, đến nội dung chính', 'Xem trên dòng thời gian', 'Tải về để xem offline']) expect(text, chrome).not.toContain(squash(chrome));
    expect(text).toContain(squash('Bộ lọc đang dùng: chủ đề: An ninh và quốc phòng'));
    // each source as a short reference (its article's title, the paragraph), no long addresses
    expect(text).not.toMatch(/127\.0\.0\.1/);
    for (const ref of refs) expect(text, format).toContain(squash(ref));
  }
  // one QR code, of this view's own link
  const qr = page.locator('[data-print-qr] svg path');
  const expected = qrCodeSvg(new JSDOM().window.document, page.url(), '').querySelector('path')!.getAttribute('d');
  expect(await qr.getAttribute('d')).toBe(expected);
  expect(page.url()).toContain('themes=security');
  // no event is split across pages
  const split = await page.evaluate(() => [...document.querySelectorAll('.event-item')].filter((el) => getComputedStyle(el).breakInside !== 'avoid').length);
  expect(split).toBe(0);
});

describe('print handout: the timeline as on screen on page 1, then the events, none split across pages', () => {
  test.each([
    { path: '', caption: 'Dòng thời gian từ 1 tháng 1, 2021 đến 31 tháng 12, 2024' },
    { path: 'en/', caption: 'Timeline from 1 January 2021 to 31 December 2024' },
  ])('$path', async ({ path, caption }) => {
    const page = await browser.open(`${path}?themes=security&from=2021-01-01&to=2024-12-31`);
    await waitForMarks(page);
    // The browser's own print: beforeprint, then (the listener's script done) the page laid out for
    // paper. The picture must have loaded by then: no task later, only the microtasks after the listener.
    const picture = await page.evaluate(async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await Promise.resolve();
      const img = document.querySelector<HTMLImageElement>('[data-print-timeline] img')!;
      const loaded = img.complete && img.naturalWidth > 0;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++;
      return { loaded, width: canvas.width, height: canvas.height, inked: inked / (canvas.width * canvas.height) };
    });
    expect(picture.loaded).toBe(true);
    // drawn at three times a page's width (688 CSS px), with marks and the axis on it
    expect(picture.width).toBe(688 * 3);
    expect(picture.height).toBeGreaterThan(600);
    expect(picture.inked).toBeGreaterThan(0.01);
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
      return { lanes: box('[data-print-timeline] svg'), marks: box('[data-print-timeline] img'), firstEvent: box('[data-event-list] .event-item:not([hidden])') };
    });
    // the marks lie exactly over their lanes, the picture above the first event; the year chart gives way to it
    expect(boxes.marks).toEqual(boxes.lanes);
    expect(await page.locator('[data-overview-chart]').isVisible()).toBe(false);
    expect(boxes.marks.bottom).toBeLessThan(boxes.firstEvent.top);
    const themes = await page.locator('[data-theme-toggle] span:not(.theme-count)').allTextContents();
    const items = await page.locator('[data-event-list] .event-item:not([hidden])').evaluateAll((lis) => lis.map((li) => ({
      title: li.querySelector('.event-title')!.textContent!,
      // the item's first words, as the PDF's text has them: its date line, then its title
      head: li.querySelector('.event-date')!.textContent! + li.querySelector('.event-title')!.textContent!,
      refs: [...li.querySelectorAll<HTMLElement>('a[data-source-link]')].map((a) => a.dataset['printRef']!),
    })));
    expect(items.length).toBeGreaterThan(3);
    const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
    for (const format of ['A4', 'Letter'] as const) {
      const bytes = await page.pdf({ format, printBackground: true });
      const pages = (await pdfText(bytes)).map(squash);
      // page 1: the picture (the only image), its lanes' names and caption, and the first events
      expect((await pdfImages(bytes))[0], format).toEqual([{ width: picture.width, height: picture.height }]);
      for (const theme of themes) expect(pages[0], `${format}: lane ${theme}`).toContain(squash(theme));
      expect(pages[0], format).toContain(squash(caption));
      expect(pages[0], format).toContain(squash(items[0]!.title));
      expect(pages[0], format).toContain(squash(items[0]!.refs.at(-1)!));
      // each event whole on one page: its date and title, and its sources' references after them
      for (const item of items) {
        const at = pages.findIndex((text) => text.includes(squash(item.head)));
        expect(at, `${format}: ${item.title}`).toBeGreaterThanOrEqual(0);
        const rest = pages[at]!.slice(pages[at]!.indexOf(squash(item.head)));
        for (const ref of item.refs) expect(rest, `${format}: ${item.title}`).toContain(squash(ref));
      }
    }
  });
});

test('the Print button prints once the timeline picture has loaded', async () => {
  const page = await browser.open();
  await waitForMarks(page);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed-picture', String(document.querySelector<HTMLImageElement>('[data-print-timeline] img')?.naturalWidth ?? 0));
  });
  await page.getByRole('button', { name: 'In tài liệu' }).click();
  await expect.poll(() => page.locator('body').getAttribute('data-printed-picture')).toBe(String(688 * 3));
});

test('print handout without JavaScript: the year chart is its picture, no empty frame for the timeline', async () => {
  const page = await browser.open('', { javaScript: false });
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('[data-overview-chart] svg').isVisible()).toBe(true);
  expect(await page.locator('[data-print-timeline]').isVisible()).toBe(false);
  expect(await page.locator('[data-print-qr]').isVisible()).toBe(false);
});

describe('two languages', () => {
  test('English interface at /en/, dates in English, article text keeps its language', async () => {
    const page = await browser.open('en/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByLabel('Search events').count()).toBe(1);
    // The opening list fills after the web font: read once whole.
    await page.locator('[data-event-list][data-filled]').waitFor({ state: 'attached' });
    expect(await page.locator('.event-item time').allTextContents()).toContain('28 October 2021');
    expect(await page.locator('.event-title[lang="vi"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.event-title[lang="en"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /Security and defence/ }).count()).toBe(1);
  });

  test('the language switch keeps the view: same filters, same event', async () => {
    const page = await browser.open();
    const events = await dataOf(page);
    await page.getByRole('button', { name: /Kinh tế và thương mại/ }).click();
    const id = events.find((e) => e.themes.includes('economy'))!.id;
    await page.locator(`#event-${id} [data-show-event]`).click();
    await page.waitForURL(/event=/);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/\?/);
    await page.locator('[data-details]:not([hidden])').waitFor();
    expect(await page.getByRole('button', { name: /Economy and trade/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-details]').getAttribute('data-event-id')).toBe(id);
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL((url) => !url.pathname.includes('/en/') && url.search.includes(`event=${id}`));
  });
});

/** WCAG contrast ratio between an element's text colour and the nearest opaque background. */
async function contrastOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    let node: Element | null = el;
    let background = 'rgb(255, 255, 255)';
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') {
        background = bg;
        break;
      }
      node = node.parentElement;
    }
    const [l1, l2] = [luminance(rgb(getComputedStyle(el).color)), luminance(rgb(background))].sort((a, b) => b - a);
    return (l1! + 0.05) / (l2! + 0.05);
  });
}
