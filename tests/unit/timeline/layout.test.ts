import { beforeEach, describe, expect, test } from 'vitest';
import { fitLabel, layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout.ts';
import { WIDE, type MarkGeometry } from '../../../src/lib/timeline/mark-geometry.ts';
import type { TimelineItem } from '../../../src/lib/timeline/timeline-item.ts';

const DAY = 86_400_000;
/** One pixel per day from day 0: item positions read as pixels. */
const x = (ms: number) => ms / DAY;
const options = (geometry: Partial<MarkGeometry> = {}): LayoutOptions => ({ lanes: ['a', 'b'], width: 1000, geometry: { ...WIDE, ...geometry } });
const day = (id: string, at: number, themes = ['a'], title = id): TimelineItem => ({
  id, start: at * DAY, end: (at + 1) * DAY, precision: 'day', isRange: false, inferred: false, themes, title,
});
const range = (id: string, from: number, to: number, themes = ['a']): TimelineItem => ({
  id, start: from * DAY, end: to * DAY, precision: 'year', isRange: true, inferred: false, themes, title: id,
});
// Every case, table rows included, must assert something: a check that never runs passes silently.
beforeEach(() => {
  expect.hasAssertions();
});

const summary = (items: TimelineItem[], o?: Partial<MarkGeometry>) =>
  layoutTimeline(items, x, options(o)).marks.map((m) => `${m.lane}:${m.kind}:${m.ids.join('+')}`);

describe('lanes and clusters', () => {
  test.each([
    ['one point', [day('e1', 100)], ['a:point:e1']],
    ['an event in two themes is drawn in both lanes', [day('e1', 100, ['a', 'b'])], ['a:point:e1', 'b:point:e1']],
    ['points closer than minGap merge', [day('e1', 100), day('e2', 105), day('e3', 300)], ['a:cluster:e1+e2', 'a:point:e3']],
    ['a chain of close points is one cluster', [day('e1', 100), day('e2', 110), day('e3', 120)], ['a:cluster:e1+e2+e3']],
    ['points just apart stay apart', [day('e1', 100), day('e2', 115)], ['a:point:e1', 'a:point:e2']],
    ['clusters are per lane', [day('e1', 100, ['a']), day('e2', 105, ['b'])], ['a:point:e1', 'b:point:e2']],
    ['items off screen are left out', [day('e1', -500), day('e2', 2000), day('e3', 10)], ['a:point:e3']],
    ['an unknown theme has no lane', [day('e1', 100, ['z'])], []],
  ])('%s', (_, items, expected) => {
    expect(summary(items)).toEqual(expected);
  });

  test('a cluster covers the time of all its events, to zoom into', () => {
    const [cluster] = layoutTimeline([day('e1', 100), day('e2', 105)], x, options()).marks;
    expect(cluster!.extent).toEqual([100 * DAY, 106 * DAY]);
    expect(cluster!.x).toBe(102.5);
  });
});

describe('spans', () => {
  test.each([
    ['a range is a span from start to end', [range('r1', 100, 400)], ['a:span:r1']],
    ['overlapping ranges take separate rows', [range('r1', 100, 400), range('r2', 200, 500)], ['a:span:r1', 'a:span:r2']],
    ['ranges past the rows become points', [range('r1', 100, 400), range('r2', 200, 500), range('r3', 300, 600)], ['a:span:r1', 'a:span:r2', 'a:point:r3']],
    ['a span too narrow to see is a point', [range('r1', 100, 103)], ['a:point:r1']],
  ])('%s', (_, items, expected) => {
    expect(summary(items)).toEqual(expected);
  });

  test('rows do not overlap', () => {
    const marks = layoutTimeline([range('r1', 100, 400), range('r2', 200, 500)], x, options()).marks;
    expect(marks[0]!.y).not.toBe(marks[1]!.y);
  });

  test('a month-precision event is a short bar across its month', () => {
    const month: TimelineItem = { ...day('m', 100), precision: 'month', end: 131 * DAY };
    expect(layoutTimeline([month], x, options()).marks[0]).toMatchObject({ kind: 'span', x: 100, x2: 131 });
  });
});

describe('labels never overlap', () => {
  test('a label takes the room before the next mark', () => {
    const marks = layoutTimeline([day('first event title', 100), day('e2', 240)], x, options()).marks;
    expect(marks[0]!.label?.text).toBe('first event title');
    const right = marks[0]!.label!.x + marks[0]!.label!.text.length * WIDE.charWidth;
    expect(right).toBeLessThanOrEqual(240 - WIDE.pointRadius);
  });

  test('a label too long for its room is cut with …', () => {
    const marks = layoutTimeline([day('a very long title that cannot fit in the room', 100), day('e2', 200)], x, options()).marks;
    expect(marks[0]!.label?.text).toMatch(/…$/);
  });

  test('a label with almost no room is hidden', () => {
    const marks = layoutTimeline([day('a long title', 100), day('e2', 130)], x, options()).marks;
    expect(marks[0]!.label).toBeUndefined();
  });

  // From room for every label to none: each case says how many labels there are, then checks each one.
  test.each([
    [10, 10],
    [20, 20],
    [40, 14],
    [200, 0],
  ])('%i events across 1000 px: %i labels, each ending before the next mark', (count, labelled) => {
    const items = Array.from({ length: count }, (_, i) => day(`event number ${i}`, (i * 37) % 1000, [i % 2 ? 'a' : 'b']));
    const { marks } = layoutTimeline(items, x, options());
    expect(marks.filter((m) => m.label)).toHaveLength(labelled);
    for (const lane of ['a', 'b']) {
      const inLane = marks.filter((m) => m.lane === lane && m.kind !== 'span').sort((p, q) => p.x - q.x);
      inLane.forEach((mark, i) => {
        if (!mark.label) return;
        const end = mark.label.x + mark.label.text.length * WIDE.charWidth;
        expect(end).toBeLessThanOrEqual(1000);
        const next = inLane[i + 1];
        if (next) expect(end).toBeLessThan(next.x - WIDE.pointRadius);
      });
    }
  });
});

test.each([
  ['Hội nghị', 100, 'Hội nghị'],
  ['Hội nghị Cấp cao ASEAN-Nga', 66, 'Hội nghị…'],
  ['Hội nghị Cấp cao ASEAN-Nga', 30, ''],
])('fitLabel(%s, %d px) = %s', (text, width, expected) => {
  expect(fitLabel(text, width, { charWidth: 6.6, minLabelChars: 6 })).toBe(expected);
});

test('layout is pure: the same input gives the same marks', () => {
  const items = [day('e1', 100, ['a', 'b']), range('r1', 50, 500), day('e2', 104)];
  expect(layoutTimeline(items, x, options())).toEqual(layoutTimeline([...items].reverse(), x, options()));
});

test('a subset laid out with the orders of all items gives what it gives alone', () => {
  const all = [
    range('r1', 40, 400, ['a', 'b']), day('d1', 50), day('d2', 55, ['a', 'b']), range('r2', 60, 62), day('d3', 120, ['b']),
    range('r3', 100, 700), day('d4', 300), range('r4', 290, 310, ['a']), day('d5', 500, ['a', 'b']), range('r5', 480, 900, ['b']),
  ].sort((p, q) => p.start - q.start || p.end - q.end);
  for (let mask = 1; mask < 1 << all.length; mask += 37) {
    const subset = all.filter((_, i) => mask & (1 << i));
    const alone = layoutTimeline(subset, x, options({ spanRows: 1 }));
    expect(layoutTimeline(subset, x, options({ spanRows: 1 }), all)).toEqual(alone);
  }
  // items that are not some of `all` in its order are laid out on their own
  const foreign = [day('f1', 100), day('f2', 104)];
  expect(layoutTimeline(foreign, x, options(), all)).toEqual(layoutTimeline(foreign, x, options()));
  expect(layoutTimeline([...all].reverse(), x, options(), all)).toEqual(layoutTimeline([...all].reverse(), x, options()));
});
