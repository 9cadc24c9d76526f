import type { Page } from 'playwright-core';

/** A target too small for WCAG 2.2's 2.5.8 (24 × 24 CSS px, or spaced so that 24 px circles keep clear). */
export interface SmallTarget {
  target: string;
  width: number;
  height: number;
}

/**
 * The interactive elements inside `scopes` (CSS selectors) that fail WCAG 2.2 target size
 * (minimum), 2.5.8, as laid out now: each is at least 24 × 24 CSS px, or, if smaller, a 24 px
 * circle centred on it meets no other target and no other small target's circle. Targets in a
 * sentence (a link among words of the same line) are exempt, as the criterion says. Every
 * visible target of the page counts as a neighbour, in scope or not.
 */
export function smallTargets(page: Page, scopes: string[]): Promise<SmallTarget[]> {
  return page.evaluate((scopes) => {
    const MIN = 24;
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const name = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const attrs = [...el.attributes].filter((a) => a.name.startsWith('data-') || a.name === 'class').map((a) => (a.value ? `[${a.name}="${a.value}"]` : `[${a.name}]`)).join('');
      return `${el.tagName.toLowerCase()}${attrs} "${text}"`;
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    };
    // In a sentence: the line the target sits on has text outside it (the exception for inline targets).
    const inSentence = (el: Element) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement;
      if (!block) return false;
      const rect = el.getBoundingClientRect();
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (el.contains(node) || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const parent = node.parentElement;
        if (parent && !parent.checkVisibility()) continue;
        for (const r of range.getClientRects()) if (r.width > 0 && r.bottom > rect.top + 1 && r.top < rect.bottom - 1) return true;
      }
      return false;
    };
    const all = [...document.querySelectorAll(selector)].filter(visible);
    const boxes = new Map(all.map((el) => [el, el.getBoundingClientRect()]));
    const small = all.filter((el) => {
      const r = boxes.get(el)!;
      return r.width < MIN - 0.01 || r.height < MIN - 0.01;
    });
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const circleMeetsRect = (c: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right);
      const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return dx * dx + dy * dy < (MIN / 2) ** 2 - 0.01;
    };
    const inScope = (el: Element) => scopes.some((s) => el.closest(s));
    const failures: Array<{ target: string; width: number; height: number }> = [];
    for (const el of small) {
      if (!inScope(el) || inSentence(el)) continue;
      const r = boxes.get(el)!;
      const c = centre(r);
      const crowded = all.some((other) => {
        if (other === el || other.contains(el) || el.contains(other)) return false;
        const o = boxes.get(other)!;
        if (circleMeetsRect(c, o)) return true;
        if (!small.includes(other)) return false;
        const oc = centre(o);
        return Math.hypot(oc.x - c.x, oc.y - c.y) < MIN - 0.01;
      });
      if (crowded) failures.push({ target: name(el), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
    }
    return failures;
  }, scopes);
}

/** Width and height of the first element matching `selector`, in CSS px. */
export async function boxOf(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not laid out`);
  return { width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 };
}
