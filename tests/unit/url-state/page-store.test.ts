import { describe, expect, test } from 'vitest';
import { PageStore, reducePage, RESTORE_SETTLE_MS, TYPING_PAUSE_MS, type PageAction } from '../../../src/lib/url-state/page-store.ts';

const known = { event: (id: string) => id.startsWith('e'), theme: (id: string) => ['economy', 'security'].includes(id) };

/** A page's address and history, and a clock and timers the test moves by hand. */
function page(search = '') {
  const history = [search];
  let now = 0;
  const timers = new Map<number, { at: number; task: () => void }>();
  let next = 0;
  const store = new PageStore({
    address: {
      read: () => history.at(-1)!,
      write: (value, mode) => {
        if (value === history.at(-1)) return;
        if (mode === 'push') history.push(value);
        else history[history.length - 1] = value;
      },
    },
    known,
    now: () => now,
    setTimer: (task, ms) => (timers.set(++next, { at: now + ms, task }), next),
    clearTimer: (timer) => void timers.delete(timer as number),
  });
  const wait = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers]) if (timer.at <= now) (timers.delete(id), timer.task());
  };
  return { store, history, wait };
}

describe('the state a change leaves', () => {
  const start = { query: 'vac', themes: ['economy'], event: 'e1' };
  test.each<[string, PageAction, object]>([
    ['a keystroke', { type: 'type', query: 'vac x' }, { query: 'vac x' }],
    ['a theme on', { type: 'toggle-theme', theme: 'security' }, { themes: ['economy', 'security'] }],
    ['a theme off', { type: 'toggle-theme', theme: 'economy' }, { themes: [] }],
    ['clearing', { type: 'clear-filters' }, { query: '', themes: [] }],
    ['an event picked', { type: 'select', event: 'e2' }, { event: 'e2' }],
    ['an event this build lacks', { type: 'select', event: 'gone' }, { event: undefined }],
    ['presenting the lesson', { type: 'present', event: 'e3', slides: 'lesson' }, { present: 'e3', slides: 'lesson' }],
    ['presenting ends on the last slide', { type: 'stop-presenting', event: 'e4' }, { event: 'e4', present: undefined, slides: undefined, contrast: undefined }],
    ['a restore drops unknown themes and events', { type: 'restore', state: { query: 'x', themes: ['economy', 'nope'], event: 'gone' } }, { query: 'x', themes: ['economy'], event: undefined }],
  ])('%s', (_, action, expected) => {
    expect(reducePage(start, action, known)).toMatchObject(expected);
  });
});

describe('the address follows: Back undoes steps, not adjustments', () => {
  test('a filter, a pick and presenting are steps; a slide and a lesson are adjustments', () => {
    const { store, history } = page();
    store.dispatch({ type: 'toggle-theme', theme: 'economy' });
    store.dispatch({ type: 'select', event: 'e1' });
    store.dispatch({ type: 'lesson', lesson: 'e1' });
    store.dispatch({ type: 'present', event: 'e1', slides: undefined });
    store.dispatch({ type: 'slide', event: 'e2', contrast: 'dark' });
    expect(history).toEqual(['', '?themes=economy', '?themes=economy&event=e1&lesson=e1', '?themes=economy&event=e1&present=e2&contrast=dark&lesson=e1']);
    store.dispatch({ type: 'stop-presenting', event: 'e2' });
    expect(history.at(-1)).toBe('?themes=economy&event=e2&lesson=e1');
  });

  test('typing: one entry once typing pauses, not one a keystroke', () => {
    const { store, history, wait } = page();
    for (const query of ['v', 'va', 'vac']) {
      store.dispatch({ type: 'type', query });
      wait(TYPING_PAUSE_MS - 1);
    }
    expect(history).toEqual(['']);
    wait(1);
    expect(history).toEqual(['', '?q=vac']);
  });

  test('the window the view settles on after a restore rewrites the entry; later ones add entries', () => {
    const { store, history, wait } = page('?event=e1');
    store.dispatch({ type: 'window', window: ['2021-01-01', '2021-06-01'] });
    expect(history).toEqual(['?event=e1&from=2021-01-01&to=2021-06-01']);
    wait(RESTORE_SETTLE_MS);
    store.dispatch({ type: 'window', window: ['2021-02-01', '2021-06-01'] });
    expect(history).toHaveLength(2);
  });

  test('opening reads the address; listeners hear each change after the address is written', () => {
    const { store, history } = page('?q=vac&themes=economy,nope&utm=x');
    expect(store.state).toEqual({ query: 'vac', themes: ['economy'] });
    const heard: string[] = [];
    store.subscribe((state, previous, action) => heard.push(`${action.type}: ${previous.event ?? '-'} → ${state.event ?? '-'} at ${history.at(-1)}`));
    store.dispatch({ type: 'select', event: 'e1' });
    expect(heard).toEqual(['select: - → e1 at ?utm=x&q=vac&themes=economy&event=e1']);
  });

  test('a change asked for while listeners run is applied at once, and the address ends on it', () => {
    const { store, history } = page();
    // Presenting begins, and the presentation shows its first slide.
    store.subscribe((_, __, action) => action.type === 'present' && store.dispatch({ type: 'slide', event: 'e5', contrast: undefined }));
    store.dispatch({ type: 'present', event: 'e1', slides: undefined });
    expect(store.state.present).toBe('e5');
    expect(history).toEqual(['', '?present=e5']);
  });
});
