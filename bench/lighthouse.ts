import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, withDisabledFeaturesMerged } from '../tests/e2e/chromium-args.ts';

/**
 * Lighthouse's four category scores for a page, driving Debian's Chromium, with the desktop
 * preset (classroom computers and projectors; a phone profile is a further run to add).
 */
export async function runLighthouse(url: string, chromePath: string): Promise<Record<string, number>> {
  // chrome-launcher's defaults carry their own --disable-features (Lighthouse's RenderDocument
  // among them): given as one list with ours, not overridden by it.
  const chrome = await chromeLauncher.launch({
    chromePath,
    ignoreDefaultFlags: true,
    chromeFlags: withDisabledFeaturesMerged([...chromeLauncher.Launcher.defaultFlags(), '--disable-setuid-sandbox', '--headless=new', ...CHROMIUM_ARGS]),
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      (await import('lighthouse/core/config/desktop-config.js')).default,
    );
    const categories = result?.lhr.categories ?? {};
    return Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, c.score ?? 0]));
  } finally {
    chrome.kill();
  }
}
