import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's WCAG 2.0–2.2 A/AA rules (2.2's target size among them) on the page as it is now.
 * Injected through the DevTools protocol (page.evaluate), which the page's Content-Security-Policy
 * does not govern, as a browser extension would. `within` limits the rules that look at each
 * element to those elements (CSS selectors), for a page of thousands of alike items; the rules
 * about the page as a whole (headings, landmarks, ids…) still read all of it.
 */
export async function axeViolations(page: Page, options: { within?: string[] } = {}): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async ({ tags, within }) => {
    type Result = { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, options: object) => Promise<Result>; getRules: (tags: string[]) => Array<{ ruleId: string }> } }).axe;
    const describe = (result: Result) => result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    if (!within) return describe(await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }));
    const whole = ['bypass', 'document-title', 'duplicate-id', 'duplicate-id-active', 'duplicate-id-aria', 'heading-order', 'html-has-lang', 'landmark-one-main', 'landmark-unique', 'page-has-heading-one', 'region', 'list', 'listitem', 'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'landmark-no-duplicate-main'];
    const rules = axe.getRules(tags).map((r) => r.ruleId);
    // One run at a time: axe refuses a second while one is running.
    const all = await axe.run(document, { runOnly: { type: 'rule', values: rules.filter((r) => whole.includes(r)) }, resultTypes: ['violations'] });
    const sample = await axe.run({ include: within.map((s) => [s]) }, { runOnly: { type: 'rule', values: rules.filter((r) => !whole.includes(r)) }, resultTypes: ['violations'] });
    return [...describe(all), ...describe(sample)];
  }, { tags: TAGS, within: options.within });
}
