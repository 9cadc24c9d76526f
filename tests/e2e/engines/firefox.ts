import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { poll, type Engine, type Tab } from './tab.ts';

export const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/** Debian's Firefox ESR, headless, over WebDriver BiDi with puppeteer-core, in a new profile. */
export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'bien-nien-firefox-')),
    // The machine has no network but the site's own: no updates, telemetry or safe-browsing lists.
    extraPrefsFirefox: { 'app.update.enabled': false, 'browser.safebrowsing.update.enabled': false, 'network.captive-portal-service.enabled': false },
  });
}

/** Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core. */
export async function firefoxEngine(): Promise<Engine> {
  const browser = await launchFirefox();
  return {
    name: 'Firefox ESR',
    async open(viewport) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      const tab: Tab = {
        goto: async (url) => void (await page.goto(url)),
        value: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        waitFor: (expression, timeoutMs) => poll(async () => Boolean(await page.evaluate(expression)), expression, timeoutMs),
        async click(selector) {
          await page.$eval(selector, (element) => element.scrollIntoView({ block: 'center' }));
          await page.click(selector);
        },
        type: (selector, text) => page.type(selector, text),
        press: (key) => page.keyboard.press(key),
      };
      return tab;
    },
    close: () => browser.close(),
  };
}
