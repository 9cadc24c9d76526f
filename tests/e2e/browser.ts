import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium-args.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * One browser per test file. `open(path)` gives a fresh page on the test site that fails the test
 * on any console error, page error or Content-Security-Policy violation.
 */
export function useBrowser() {
  let browser: Browser;
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  // Each test's pages close with it (after the test file's own checks of `problems`, as after-hooks
  // run last-registered first): a page left open could report a later failure, its server gone,
  // as the next test's problem. What closing itself reports belongs to no test.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    problems.splice(0);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const siteUrl = inject('siteUrl');
  return {
    siteUrl,
    problems,
    /** `touch`: a phone's browser (touch events, mobile viewport and scale). */
    async open(path = '', options: { viewport?: { width: number; height: number }; javaScript?: boolean; touch?: boolean } = {}): Promise<Page> {
      const touch = options.touch ? { hasTouch: true, isMobile: true, deviceScaleFactor: 3 } : {};
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true, ...touch });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.goto(new URL(path, siteUrl).href);
      return page;
    },
  };
}
