import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { eventItemTree, type EventItemContext } from '../../src/render/event-item.ts';
import { elementTreeHtml } from '../../src/render/element-tree.ts';

const THEMES = new Map([['security', { id: 'security', colour: '#b91c1c', shape: 'square' as const, label: { vi: 'An ninh', en: 'Security' } }]]);
const EVENT = {
  id: 'x', start: '2021-10-28', precision: 'day' as const, dateText: 'Chiều 28/10', dateInferred: true,
  inference: { from: 'published' as const, published: '2021-10-29' }, title: '<img src=x onerror=alert(1)> & "Hội nghị"',
  themes: ['security'], language: 'vi' as const, sources: [{ article: 'a', paragraph: 2 }, { article: 'b', paragraph: 5 }],
};
const TEXTS = { summary: 'Tóm tắt <b>đậm</b>', sentences: ['Tóm tắt <b>đậm</b>', 'Câu khác "trích" <script>'] };
const context = (more: Partial<EventItemContext> = {}): EventItemContext => ({
  t: useTranslations('vi'), language: 'vi', themes: THEMES, passageHref: (a, p) => `../articles/${a}/#p-${p}`, ...more,
});
const parse = (html: string) => new JSDOM(`<ol>${html}</ol>`).window.document.querySelector('li')!;

test('an item: date, title, summary, themes, inference, each source linked, article text as text', () => {
  const li = parse(elementTreeHtml(eventItemTree(EVENT as never, TEXTS, context())));
  expect(li.id).toBe('event-x');
  expect(li.querySelector('time')!.getAttribute('datetime')).toBe('2021-10-28');
  expect(li.querySelector('.event-title')!.textContent).toBe(EVENT.title);
  expect(li.querySelector('.event-summary')!.textContent).toBe(TEXTS.summary);
  expect(li.querySelectorAll('img, b, script')).toHaveLength(0);
  expect(li.querySelector('.event-inference')!.textContent).toContain('2021-10-29');
  expect([...li.querySelectorAll('a[data-source-link]')].map((a) => a.getAttribute('href'))).toEqual(['../articles/a/#p-2', '../articles/b/#p-5']);
  // the first sentence is the summary, written once; the second is quoted, marked with its index
  expect([...li.querySelectorAll('[data-sentence]')].map((s) => [s.getAttribute('data-sentence'), s.textContent])).toEqual([['1', TEXTS.sentences[1]]]);
  expect(li.querySelector('.theme-badge')!.textContent).toBe('An ninh');
  expect(li.querySelector('button[data-show-event]')).not.toBeNull();
});

test('on the static list page, "show on the timeline" is a link and there is no star', () => {
  const li = parse(elementTreeHtml(eventItemTree(EVENT as never, TEXTS, context({ timelineHref: (id) => `../?event=${id}` }))));
  expect(li.querySelector('a.show-on-timeline')!.getAttribute('href')).toBe('../?event=x');
  expect(li.querySelector('[data-star], [data-requires-js]')).toBeNull();
});

test('elementTreeHtml escapes text and attribute values', () => {
  expect(elementTreeHtml({ tag: 'p', attrs: { title: '"><script>', hidden: '' }, children: ['a < b & c', { tag: 'b', attrs: {}, children: ['x'] }] }))
    .toBe('<p title="&quot;&gt;&lt;script&gt;" hidden>a &lt; b &amp; c<b>x</b></p>');
});
