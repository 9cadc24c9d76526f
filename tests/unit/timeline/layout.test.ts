import { beforeEach, describe, expect, test } from 'vitest';
import { fitLabel, layoutTimeline, type LayoutOptions, type Mark } from '../../../src/lib/timeline/layout.ts';
import { WIDE, type MarkGeometry } from '../../../src/lib/timeline/mark-geometry.ts';
import type { TimelineItem } from '../../../src/lib/timeline/timeline-item.ts';

const DAY = 86_400_000;
/** One pixel per day from day 0: item positions read as pixels. */
const x = (ms: number) => ms / DAY;
const LANES = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }];
// Three rows, spans in the first two: the cases count marks against these, whatever WIDE's rows are.
const options = (geometry: Partial<MarkGeometry> = {}): LayoutOptions => ({ lanes: LANES, width: 1000, geometry: { ...WIDE, rows: 3, spanRows: 2, ...geometry } });
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

// Lanes start below the time axis, along the top.
const rowOf = (m: Mark) => (m.y - WIDE.axisHeight - WIDE.lanePad - WIDE.rowHeight / 2) % WIDE.laneHeight / WIDE.rowHeight;

describe('lanes, rows and clusters', () => {
  test.each([
    ['one point', [day('e1', 100)], ['a:point:e1']],
    ['an event in two themes is drawn in both lanes', [day('e1', 100, ['a', 'b'])], ['a:point:e1', 'b:point:e1']],
    ['close points stack in rows instead of merging', [day('e1', 100), day('e2', 105), day('e3', 300)], ['a:point:e1', 'a:point:e2', 'a:point:e3']],
    ['a point that finds no free row joins the last row\'s mark as a cluster', [day('e1', 100), day('e2', 101), day('e3', 102), day('e4', 103), day('e5', 104)], ['a:point:e1', 'a:point:e2', 'a:cluster:e3+e4+e5']],
    ['more points within clusterReach than twice the rows are one cluster', Array.from({ length: 8 }, (_, i) => day(`e${i + 1}`, 100 + i)), ['a:cluster:e1+e2+e3+e4+e5+e6+e7+e8']],
    ['clusters are per lane', [day('e1', 100, ['a']), day('e2', 105, ['b'])], ['a:point:e1', 'b:point:e2']],
    ['items off screen are left out', [day('e1', -500), day('e2', 2000), day('e3', 100)], ['a:point:e3']],
    ['an unknown theme has no lane', [day('e1', 100, ['z'])], []],
  ])('%s', (_, items, expected) => {
    expect(summary(items)).toEqual(expected);
  });

  test('each point takes the first row where it and its label fit', () => {
    const marks = layoutTimeline([day('first title', 100), day('second title', 130), day('third', 400)], x, options()).marks;
    expect(marks.map(rowOf)).toEqual([0, 1, 0]);
    expect(marks.map((m) => m.label?.text)).toEqual(['first title', 'second title', 'third']);
  });

  test('a cluster covers the time of all its events, to zoom into, and stands where its first point stood', () => {
    const marks = layoutTimeline([day('e1', 100), day('e2', 101), day('e3', 102), day('e4', 104)], x, options()).marks;
    expect(marks[2]).toMatchObject({ kind: 'cluster', x: 102, extent: [102 * DAY, 105 * DAY] });
    expect(marks[2]!.label).toBeUndefined();
  });

  test('the lane\'s name keeps the first row clear: a mark under it goes to the next row', () => {
    const lane = layoutTimeline([], x, options()).lanes[0]!;
    const [under, after] = layoutTimeline([day('e1', 10), day('e2', lane.labelRight + WIDE.itemSpacing + WIDE.clusterRadius)], x, options()).marks;
    expect([rowOf(under!), rowOf(after!)]).toEqual([1, 0]);
  });

  test('thousands of events give at most a row\'s worth of marks per row', () => {
    const items = Array.from({ length: 5000 }, (_, i) => day(`e${i}`, (i * 7) % 1000));
    const marks = layoutTimeline(items.sort((p, q) => p.start - q.start), x, options()).marks;
    expect(marks.length).toBeLessThanOrEqual(3 * Math.ceil((1000 + 4 * WIDE.clusterRadius) / (2 * WIDE.clusterRadius + WIDE.itemSpacing)));
    expect(marks.flatMap((m) => m.ids).sort()).toEqual(items.map((i) => i.id).sort());
  });
});

describe('spans', () => {
  test("a point whose label would run into a span just after it goes to a row where the label fits, not under the span's start", () => {
    const [span, point] = layoutTimeline([range('a plan', 130, 400), day('a summit with a long title', 100)].sort((p, q) => p.start - q.start), x, options()).marks
      .sort((p, q) => (p.kind === 'span' ? -1 : 1) - (q.kind === 'span' ? -1 : 1));
    expect(span!.kind).toBe('span');
    expect(rowOf(span!)).toBe(0);
    expect(rowOf(point!)).toBe(1);
    expect(point!.label?.text).toBe('a summit with a long title');
  });

  test.each([
    ['a range is a span from start to end', [range('r1', 100, 400)], ['a:span:r1']],
    ['overlapping ranges take separate rows', [range('r1', 100, 400), range('r2', 200, 500)], ['a:span:r1', 'a:span:r2']],
    ['ranges past the span rows become points', [range('r1', 100, 400), range('r2', 200, 500), range('r3', 300, 600)], ['a:span:r1', 'a:span:r2', 'a:point:r3']],
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

  test('a span begun before the view keeps its label clear of the lane\'s name: it goes below it', () => {
    const [span] = layoutTimeline([range('a plan for the years', -300, 600)], x, options()).marks;
    expect(rowOf(span!)).toBe(1);
    expect(span!.label).toEqual({ text: 'a plan for the years', x: WIDE.spanLabelInset });
  });

  test('a span too short for its label has it on its right', () => {
    const [span] = layoutTimeline([range('a plan', 100, 120)], x, options()).marks;
    expect(span!.label).toEqual({ text: 'a plan', x: 120 + WIDE.labelGap });
  });
});

describe('labels never overlap', () => {
  test('a label takes the room before the next mark in its row', () => {
    const marks = layoutTimeline([day('first event title', 100), day('e2', 240)], x, options()).marks;
    expect(marks[0]!.label?.text).toBe('first event title');
    const right = marks[0]!.label!.x + marks[0]!.label!.text.length * WIDE.charWidth;
    expect(right).toBeLessThanOrEqual(240 - WIDE.pointRadius);
  });

  test('a label too long for its room is cut with …', () => {
    const marks = layoutTimeline([day('a very long title that cannot fit in the room before the edge', 800)], x, options()).marks;
    expect(marks[0]!.label?.text).toMatch(/…$/);
    expect(marks[0]!.label!.x + marks[0]!.label!.text.length * WIDE.charWidth).toBeLessThanOrEqual(1000);
  });

  test('a lesson\'s star sits left of its mark, in its row, and the mark keeps room for it', () => {
    const items = [day('e1', 100), day('e2', 125)];
    const marks = layoutTimeline(items, x, { ...options(), starred: new Set(['e2']) }).marks;
    expect(marks[1]!.star!.x).toBe(125 - WIDE.clusterRadius - 1 - WIDE.starWidth / 2);
    expect(marks[0]!.star).toBeUndefined();
  });

  // From room for every label to none: each case says how many labels there are, then checks each one.
  test.each([
    [10, 10],
    [20, 20],
    [40, 35],
    [200, 0],
  ])('%i events across 1000 px: %i labels, each ending before the next mark in its row', (count, labelled) => {
    const items = Array.from({ length: count }, (_, i) => day(`event number ${i}`, (i * 37) % 1000, [i % 2 ? 'a' : 'b']));
    const { marks } = layoutTimeline(items.sort((p, q) => p.start - q.start), x, options());
    expect(marks.filter((m) => m.label)).toHaveLength(labelled);
    for (const mark of marks) {
      if (!mark.label) continue;
      const end = mark.label.x + mark.label.text.length * WIDE.charWidth;
      expect(end).toBeLessThanOrEqual(1000);
      const next = marks.filter((m) => m.lane === mark.lane && m.y === mark.y && m.x > mark.x).sort((p, q) => p.x - q.x)[0];
      if (next) expect(end).toBeLessThan(next.x - WIDE.pointRadius);
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
