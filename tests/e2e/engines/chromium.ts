import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser.ts';
import { poll, type Engine, type Tab } from './tab.ts';

export async function chromiumEngine(): Promise<Engine> {
  const browser: Browser = await launchChromium();
  return {
    name: 'Chromium',
    async open(viewport) {
      const page = await (await browser.newContext({ viewport })).newPage();
      const tab: Tab = {
        goto: async (url) => void (await page.goto(url)),
        value: (expression) => page.evaluate(expression),
        waitFor: (expression, timeoutMs) => poll(async () => Boolean(await page.evaluate(expression)), expression, timeoutMs),
        click: (selector) => page.locator(selector).first().click(),
        type: (selector, text) => page.locator(selector).first().pressSequentially(text),
        press: (key) => page.keyboard.press(key),
      };
      return tab;
    },
    close: () => browser.close(),
  };
}
