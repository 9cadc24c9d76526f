import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowser } from './browser.ts';
import { buildTestSite, WORK } from './build-site.ts';
import { pdfText } from './pdf-text.ts';
import { serveStatic } from './static-server.ts';
import { drawnMarks, waitForMarks } from './marks.ts';

const browser = useBrowser();

const files = (dir: string): string[] =>
  readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** Anything an article could have smuggled in as markup, and any dialog it could have opened. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]), img[src="x"], iframe, [onerror], [onload], a[href^="javascript:"], b, svg[onload]')].map((el) => el.outerHTML.slice(0, 80)),
  );
}

describe('hostile text is text on every surface', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let dir: string;
  const TITLE = "<script>alert('tiêu đề')</script> Hội nghị ${alert(1)} {{7*7}}";
  beforeAll(async () => {
    dir = buildTestSite('hostile', { extraContent: ['tests/fixtures/hostile-site'] });
    server = await serveStatic(dir);
  });
  afterAll(() => server?.close());

  test('timeline, list, search highlights, details, presentation, article page, print and data', async () => {
    const page = await browser.open(server.url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForMarks(page);
    // list and timeline labels
    const item = page.locator('.event-item', { hasText: '<img src=x onerror=' });
    expect(await item.count()).toBeGreaterThan(0);
    // search highlights
    await page.getByLabel('Tìm sự kiện').fill('onerror');
    const total = await page.evaluate(() => (window as unknown as { BIEN_NIEN_DATA: { events: unknown[] } }).BIEN_NIEN_DATA.events.length);
    await expect.poll(() => page.locator('.event-item:not([hidden])').count()).toBeLessThan(total);
    await page.locator('.event-item:not([hidden])').first().scrollIntoViewIfNeeded();
    await page.locator('.event-item:not([hidden]) mark').first().waitFor();
    await page.getByLabel('Tìm sự kiện').fill('');
    // details
    await item.first().getByRole('button', { name: 'Xem trên dòng thời gian' }).click();
    await page.locator('[data-details]:not([hidden])').waitFor();
    expect(await page.locator('[data-details]').textContent()).toContain('<img src=x onerror=');
    // zoomed to those days, the timeline labels show the markup as text
    await page.goto(new URL('?from=2021-10-26&to=2021-11-02', server.url).href);
    await expect.poll(async () => (await drawnMarks(page)).map((m) => m.label?.text ?? '')).toEqual(expect.arrayContaining([expect.stringContaining('<')]));
    expect(await injected(page)).toEqual([]);
    // presentation
    await page.keyboard.press('Escape');
    await page.locator('.event-item', { hasText: '<img src=x onerror=' }).first().getByRole('button', { name: 'Xem trên dòng thời gian' }).click();
    await page.getByRole('button', { name: /Trình chiếu/ }).click();
    await page.locator('[data-presentation]:not([hidden])').waitFor();
    expect(await injected(page)).toEqual([]);
    await page.keyboard.press('Escape');
    // print
    await page.emulateMedia({ media: 'print' });
    const pdf = (await pdfText(await page.pdf({ format: 'A4' }))).join(' ').replace(/\s+/g, '');
    expect(pdf).toContain('onerror=');
    await page.emulateMedia({ media: 'screen' });
    // the article page, where the title is the page's heading
    const slug = 'hostile-article';
    await page.goto(new URL(`articles/${slug}/`, server.url).href);
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.locator('#p-2').textContent()).toContain('<iframe src="javascript:alert(2)"></iframe>');
    expect(await injected(page)).toEqual([]);
    // the one-page list, rendered at build time
    await page.goto(new URL('events/', server.url).href);
    expect(await page.locator('.event-item', { hasText: '<img src=x onerror=' }).count()).toBeGreaterThan(0);
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(browser.problems.splice(0)).toEqual([]);
    // data files carry the text as JSON strings
    const json = JSON.parse(readFileSync(join(dir, 'data/events.json'), 'utf8'));
    expect(json.articles.map((a: { title: string }) => a.title)).toContain(TITLE);
  });
});

describe('a strict Content-Security-Policy, and the site works under it', () => {
  test('every page declares it', () => {
    for (const file of files(inject('siteDir')).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      for (const directive of ["script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"]) expect(csp, relative(inject('siteDir'), file)).toContain(directive);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      // no inline script the policy would have to allow
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>/);
    }
  });

  test('using the site raises no violation', async () => {
    const page = await browser.open();
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations: string[] = [];
    const collect = async () => violations.push(...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)));
    await page.reload();
    await waitForMarks(page);
    await page.getByLabel('Tìm sự kiện').fill('vac xin');
    await page.locator('.event-item:not([hidden]) mark').first().waitFor();
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-timeline-view]')!.focus());
    await page.keyboard.press('+');
    await page.keyboard.press('p');
    await page.locator('[data-presentation]:not([hidden])').waitFor();
    await page.keyboard.press('Escape');
    await page.goto(new URL('?from=2024-01-01&to=2024-12-31', browser.siteUrl).href);
    await page.locator('[data-overview-chart]').scrollIntoViewIfNeeded();
    await page.locator('[data-overview-chart] svg[data-month-chart]').waitFor();
    await collect();
    for (const path of ['articles/', 'articles/asean-nga-phoi-hop-phan-phoi-vaccine-covid-19-an-toan-hieu/#p-2', 'en/', 'presenter/']) {
      await page.goto(new URL(path, browser.siteUrl).href);
      await page.waitForLoadState('load');
      await collect();
    }
    expect(violations).toEqual([]);
    expect(browser.problems.splice(0)).toEqual([]);
  });
});

test('the built HTML is valid', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const errors: string[] = [];
  for (const file of files(inject('siteDir')).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateFile(file);
    for (const result of report.results) for (const m of result.messages) errors.push(`${relative(inject('siteDir'), file)}:${m.line} ${m.ruleId} ${m.message}`);
  }
  expect(errors).toEqual([]);
});

test('two builds of the same content are byte-identical, ids included', () => {
  const first = inject('siteDir');
  const second = buildTestSite('determinism');
  const list = (dir: string) => files(dir).map((f) => relative(dir, f));
  expect(list(second)).toEqual(list(first));
  const differing = list(first).filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
  expect(differing).toEqual([]);
  const ids = (dir: string) => (JSON.parse(readFileSync(join(dir, 'data/events.json'), 'utf8')) as { events: Array<{ id: string }> }).events.map((e) => e.id);
  expect(ids(second)).toEqual(ids(first));
  // Built again from the same folder, the content layer keeps its collections, with the same result.
  expect(readFileSync(join(WORK, 'determinism-build.log'), 'utf8')).not.toContain('unchanged since the last build');
  const third = buildTestSite('determinism');
  expect(readFileSync(join(WORK, 'determinism-build.log'), 'utf8')).toContain('content and pipeline unchanged since the last build');
  expect(list(third).filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(third, f))))).toEqual([]);
});
