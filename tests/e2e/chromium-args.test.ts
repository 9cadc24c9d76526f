import { expect, test } from 'vitest';
import { launchChromium } from './browser.ts';
import { withDisabledFeaturesMerged } from './chromium-args.ts';

test('the features Playwright turns off stay off next to ours (Chromium keeps only the last --disable-features)', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    const lists = [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((m) => m[1]!.split(','));
    expect(lists.length).toBeGreaterThan(1);
    const honoured = new Set(lists.at(-1));
    for (const feature of lists.slice(0, -1).flat()) expect(honoured, feature).toContain(feature);
    expect(honoured).toContain('WebUIOmniboxPopup');
  } finally {
    await browser.close();
  }
});

test('flags from two launchers become one --disable-features list, last, with every feature once', () => {
  expect(withDisabledFeaturesMerged(['--disable-features=A,B', '--headless=new', '--disable-features=B,C', '--no-sandbox'])).toEqual([
    '--headless=new', '--no-sandbox', '--disable-features=A,B,C',
  ]);
});
