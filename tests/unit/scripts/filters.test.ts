import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import type { PageAction } from '../../../src/lib/url-state/page-store.ts';
import { Filters } from '../../../src/scripts/timeline/filters.ts';

// A part of the page alone: it asks for changes and shows what it is told, with no page around it.
function filters() {
  const { document, Event } = new JSDOM(`<div>
    <input data-search>
    <button data-theme-toggle="economy"><span data-theme-count></span></button>
    <button data-theme-toggle="security"><span data-theme-count></span></button>
    <button data-clear></button>
    <p data-status></p><div data-empty></div>
  </div>`).window;
  const root = document.querySelector('div')!;
  const asked: PageAction[] = [];
  const part = new Filters(root, { t: useTranslations('en'), dispatch: (action) => asked.push(action), prepare: () => {} });
  return { part, root, asked, Event };
}

test('a keystroke, a toggle and clear are asked for, nothing is changed by the part itself', () => {
  const { root, asked, Event } = filters();
  const box = root.querySelector('input')!;
  box.value = 'vac';
  box.dispatchEvent(new Event('input'));
  root.querySelector<HTMLButtonElement>('[data-theme-toggle="security"]')!.click();
  root.querySelector<HTMLButtonElement>('[data-clear]')!.click();
  expect(asked).toEqual([{ type: 'type', query: 'vac' }, { type: 'toggle-theme', theme: 'security' }, { type: 'clear-filters' }]);
  expect(root.querySelector('[data-theme-toggle="security"]')!.getAttribute('aria-pressed')).toBeNull();
});

test('it shows what it is told: pressed toggles, counts, how many are shown, the empty notice', () => {
  const { part, root } = filters();
  part.query = 'dong nam a';
  part.show(['economy'], new Map([['economy', 3]]), 0, 12);
  expect(root.querySelector('input')!.value).toBe('dong nam a');
  expect([...root.querySelectorAll('[data-theme-toggle]')].map((b) => [b.getAttribute('aria-pressed'), b.textContent])).toEqual([['true', '3'], ['false', '0']]);
  expect(root.querySelector('[data-status]')!.textContent).toMatch(/0/);
  expect(root.querySelector<HTMLElement>('[data-empty]')!.hidden).toBe(false);
});
