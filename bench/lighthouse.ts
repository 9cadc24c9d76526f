import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS, withDisabledFeaturesMerged } from '../tests/e2e/chromium-args.ts';

/** A Lighthouse run's category scores and its paint metrics (ms, simulated unless observed). */
export interface LighthouseFigures {
  scores: Record<string, number>;
  fcp: number;
  lcp: number;
  speedIndex: number;
  tbt: number;
  cls: number;
}

/**
 * Lighthouse on a page, driving Debian's Chromium: its default settings (a mid-range phone on a
 * slow 4G network, simulated), or the desktop preset (classroom computers and projectors).
 * `lhr` receives the whole report, for a closer look.
 */
/** Debian's Chromium for Lighthouse, with the browser tests' flags. */
export function launchForLighthouse(chromePath: string): Promise<chromeLauncher.LaunchedChrome> {
  // chrome-launcher's defaults carry their own --disable-features (Lighthouse's RenderDocument
  // among them): given as one list with ours, not overridden by it.
  return chromeLauncher.launch({
    chromePath,
    ignoreDefaultFlags: true,
    chromeFlags: withDisabledFeaturesMerged([...chromeLauncher.Launcher.defaultFlags(), '--disable-setuid-sandbox', '--headless=new', ...CHROMIUM_ARGS]),
  });
}

export async function runLighthouse(url: string, chromePath: string, formFactor: 'mobile' | 'desktop' = 'desktop', lhr?: (result: Result) => void): Promise<LighthouseFigures> {
  const chrome = await launchForLighthouse(chromePath);
  try {
    const config = formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, config);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    lhr?.(result.lhr);
    const metric = (id: string) => result.lhr.audits[id]?.numericValue ?? NaN;
    return {
      scores: Object.fromEntries(Object.entries(result.lhr.categories).map(([id, c]) => [id, c.score ?? 0])),
      fcp: Math.round(metric('first-contentful-paint')),
      lcp: Math.round(metric('largest-contentful-paint')),
      speedIndex: Math.round(metric('speed-index')),
      tbt: Math.round(metric('total-blocking-time')),
      cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
    };
  } finally {
    chrome.kill();
  }
}
