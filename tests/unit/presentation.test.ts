import { describe, expect, test } from 'vitest';
import { INITIAL_KEYS, presenterKey, type KeyState } from '../../src/lib/presentation/presenter-keys.ts';
import { decodeLesson, encodeLesson, moveItem } from '../../src/lib/lesson/lesson-url.ts';
import { readViewState, writeViewState } from '../../src/lib/url-state/url-state.ts';
import { slideStripYears } from '../../src/lib/presentation/slide-strip.ts';
import { toTimelineItem } from '../../src/lib/timeline/timeline-item.ts';

describe('presenter keys', () => {
  test.each([
    ...['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].map((key) => [key, 3, { type: 'go', to: 4 }] as const),
    ...['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].map((key) => [key, 3, { type: 'go', to: 2 }] as const),
    ['Home', 3, { type: 'go', to: 0 }],
    ['End', 3, { type: 'go', to: 9 }],
    ['ArrowRight', 9, { type: 'go', to: 9 }],
    ['ArrowLeft', 0, { type: 'go', to: 0 }],
    ['b', 3, { type: 'blank' }],
    ['.', 3, { type: 'blank' }],
    ['f', 3, { type: 'fullscreen' }],
    ['Escape', 3, { type: 'exit' }],
    ['x', 3, { type: 'none' }],
  ] as const)('%s on slide %d → %o', (key, slide, action) => {
    expect(presenterKey(INITIAL_KEYS, key, slide, 10).action).toEqual(action);
  });

  test('a number then Enter jumps', () => {
    let state: KeyState = INITIAL_KEYS;
    for (const key of ['1', '2']) state = presenterKey(state, key, 0, 20).state;
    expect(presenterKey(state, 'Enter', 0, 20).action).toEqual({ type: 'go', to: 11 });
    expect(presenterKey({ digits: '99', blank: false }, 'Enter', 0, 20).action).toEqual({ type: 'go', to: 19 });
  });

  test('when blank, any key brings the slide back and does nothing else', () => {
    const blank = presenterKey(INITIAL_KEYS, 'b', 3, 10).state;
    expect(presenterKey(blank, 'ArrowRight', 3, 10)).toEqual({ state: INITIAL_KEYS, action: { type: 'unblank' } });
  });
});

describe('lesson links', () => {
  const known = new Set(['2021-10-28-summit', '2020-06-17-video', '2022-year']);
  test('round trip with notes, order kept, odd characters safe', () => {
    const items = [
      { id: '2022-year', note: 'Hỏi lớp: vì sao "năm hợp tác"? 50% | ~ & <b>' },
      { id: '2020-06-17-video', note: '' },
    ];
    const param = encodeLesson(items);
    const search = writeViewState({ query: '', themes: [], lesson: param });
    expect(readViewState(search).lesson).toBe(param);
    expect(decodeLesson(readViewState(search).lesson!, known)).toEqual({ items, missing: [] });
    // the address encodes the words once: "ỏ" is %E1%BB%8F, never %25E1%25BB%258F
    expect(search).toContain('H%E1%BB%8Fi+l%E1%BB%9Bp');
    expect(search).not.toMatch(/%25(?!7C|7E|25)/); // only the note's own "%", "|" and "~" are escaped twice
  });

  test('the shortest link: ids and separators as written', () => {
    expect(writeViewState({ query: '', themes: [], lesson: encodeLesson([{ id: '2022-year', note: 'xem' }, { id: '2020-06-17-video', note: '' }]) })).toBe('?lesson=2022-year~xem|2020-06-17-video');
  });

  test('links written before, with every part percent-encoded, still open', () => {
    const older = `2022-year~${encodeURIComponent('Hỏi lớp: 50%').replace(/~/g, '%7E')}|2020-06-17-video`;
    expect(decodeLesson(older, known).items).toEqual([{ id: '2022-year', note: 'Hỏi lớp: 50%' }, { id: '2020-06-17-video', note: '' }]);
  });

  test('ids from an older or newer build are reported, not fatal', () => {
    expect(decodeLesson('2022-year|gone-event~note|2022-year', known)).toEqual({ items: [{ id: '2022-year', note: '' }], missing: ['gone-event'] });
  });

  test.each(['', '|||', '%E0%A4%A~x'])('garbage %s gives an empty lesson', (param) => {
    expect(decodeLesson(param, known).items).toEqual([]);
  });

  test('reorder', () => {
    const items = [{ id: 'a', note: '' }, { id: 'b', note: '' }, { id: 'c', note: '' }];
    expect(moveItem(items, 'c', -1).map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(moveItem(items, 'a', -1).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('the slide strip', () => {
  const item = (id: string, iso: string) => toTimelineItem({ id, start: iso, precision: 'day', dateInferred: false, themes: ['x'], title: id });
  test('labels whole years in order across the strip, inside it', () => {
    const years = slideStripYears([item('a', '2019-03-01'), item('b', '2021-10-28'), item('c', '2024-06-30')]);
    expect(years.map((y) => y.label)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(years.every((y, i) => y.at > 0 && y.at < 1 && (i === 0 || y.at > years[i - 1]!.at))).toBe(true);
  });
  test('a single month gives no year label rather than a wrong one', () => {
    expect(slideStripYears([item('a', '2021-10-03'), item('b', '2021-10-20')]).map((y) => y.label)).toEqual([]);
  });
});
