import lighthouse from 'lighthouse';
import { launchForLighthouse } from './lighthouse.ts';

/** Lighthouse's accessibility score on a phone and on a desktop, and what each failed. */
export interface AccessibilityFigures {
  mobile: number;
  desktop: number;
  /** Each failed audit: "form factor: audit id (its first elements)". */
  failing: string[];
}

/**
 * Lighthouse's accessibility category alone, at every corpus size: the same page can pass with a
 * hundred events and fail with a thousand (an item's link crowded by the one after it), and touch
 * targets are measured at the viewport, so both Lighthouse's phone (its default, 412 px wide, touch)
 * and its desktop preset. Only this category: no performance trace, a few seconds a run.
 */
export async function lighthouseAccessibility(url: string, chromePath: string): Promise<AccessibilityFigures> {
  const chrome = await launchForLighthouse(chromePath);
  const desktopConfig = (await import('lighthouse/core/config/desktop-config.js')).default;
  const figures: AccessibilityFigures = { mobile: NaN, desktop: NaN, failing: [] };
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] }, formFactor === 'desktop' ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse gave no result for ${url} (${formFactor})`);
      const { categories, audits } = result.lhr;
      figures[formFactor] = categories['accessibility']?.score ?? 0;
      for (const ref of categories['accessibility']?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1) continue;
        const items = ((audit.details as { items?: Array<{ node?: { selector?: string } }> } | undefined)?.items ?? []).map((item) => item.node?.selector).filter(Boolean);
        figures.failing.push(`${formFactor}: ${ref.id} (${items.slice(0, 3).join(', ')}${items.length > 3 ? `, … ${items.length} in all` : ''})`);
      }
    }
    return figures;
  } finally {
    chrome.kill();
  }
}
