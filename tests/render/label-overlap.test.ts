import { beforeEach, expect, test } from 'vitest';
import { markAt } from '../../src/lib/timeline/hit-test.ts';
import { layoutTimeline, type TimelineLayout } from '../../src/lib/timeline/layout.ts';
import { labelBox, shapeBox } from '../../src/lib/timeline/mark-boxes.ts';
import { collisions } from './label-collisions.ts';
import { markGeometry, NARROW, WIDE, type MarkGeometry } from '../../src/lib/timeline/mark-geometry.ts';
import { toTimelineItem, type TimelineItem } from '../../src/lib/timeline/timeline-item.ts';

// Over many random layouts (seeded) and the seed events: no label overlaps another label, a
// lane's name, another mark or a star, and the hit test finds each mark where it is drawn.

const DAY = 86_400_000;
const LANES = [
  { id: 'vaccines', label: 'Vắc-xin và y tế' },
  { id: 'security', label: 'An ninh và quốc phòng' },
  { id: 'society', label: 'Văn hóa, giáo dục và du lịch' },
  { id: 'diplomacy', label: 'Ngoại giao' },
];

/** mulberry32: a small seeded generator, so a failure is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Hội', 'nghị', 'Cấp', 'cao', 'ASEAN-Nga', 'Kế', 'hoạch', 'hành', 'động', 'vắc-xin', 'Bộ', 'trưởng', 'Ngoại', 'giao', 'lần', 'thứ', '52'];

function randomItems(rand: () => number, count: number, from: number, days: number): TimelineItem[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, i): TimelineItem => {
    const start = from + Math.floor(rand() ** 2 * days) * DAY;
    const kind = rand();
    const end = kind < 0.6 ? start + DAY : kind < 0.75 ? start + 30 * DAY : kind < 0.85 ? start + 365 * DAY : start + Math.floor(rand() * days) * DAY;
    const themes = [...new Set([pick(LANES).id, ...(rand() < 0.3 ? [pick(LANES).id] : [])])];
    const title = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pick(WORDS)).join(' ');
    return { id: `e${i}`, start, end, precision: kind < 0.6 ? 'day' : kind < 0.75 ? 'month' : 'year', isRange: kind >= 0.85, inferred: rand() < 0.2, themes, title };
  }).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Marks whose shape's or label's centre on screen the hit test does not find them at. */
function misses(layout: TimelineLayout, g: Readonly<MarkGeometry>, width: number): string[] {
  const found: string[] = [];
  for (const mark of layout.marks) {
    for (const box of [shapeBox(mark, g), labelBox(mark, g)]) {
      // The part on screen: a mark partly past an edge is clicked where it shows.
      if (!box || box.right <= 0 || box.left >= width) continue;
      const [x, y] = [(Math.max(box.left, 0) + Math.min(box.right, width)) / 2, (box.top + box.bottom) / 2];
      if (markAt(layout, x, y, g) !== mark) found.push(`${mark.key} at ${x}, ${y}`);
    }
  }
  return found;
}

beforeEach(() => {
  expect.hasAssertions();
});

test.each(Array.from({ length: 500 }, (_, seed) => seed))('random layout %i: nothing overlaps and a click finds what is drawn', (seed) => {
  const rand = random(seed + 1);
  const width = Math.round(300 + rand() * 1700);
  const g = markGeometry(width);
  const days = 30 + Math.floor(rand() ** 2 * 20_000);
  const items = randomItems(rand, 1 + Math.floor(rand() ** 2 * 400), 0, days);
  // A window somewhere in the events' time, from a tenth of it to a bit more than all of it.
  const span = days * DAY * (0.05 + rand() * 1.1);
  const from = (rand() - 0.1) * days * DAY;
  const x = (ms: number) => ((ms - from) / span) * width;
  const starred = new Set(items.filter(() => rand() < 0.15).map((i) => i.id));
  const layout = layoutTimeline(items, x, { lanes: LANES, width, geometry: g, starred });
  expect(collisions(layout, g)).toEqual([]);
  expect(misses(layout, g, width)).toEqual([]);
});

test.each([['wide', WIDE, 1366], ['narrow', NARROW, 390]] as const)('the seed events, %s: nothing overlaps, every mark is found', (_, g, width) => {
  const seeds = [
    { id: 'video', start: '2020-06-17', precision: 'day', dateInferred: true, themes: ['diplomacy', 'vaccines', 'security'], title: 'Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19' },
    { id: 'plan', start: '2021', end: '2025', precision: 'year', dateInferred: false, themes: ['diplomacy'], title: 'Kế hoạch hành động toàn diện giai đoạn 2021-2025' },
    { id: 'summit', start: '2021-10-28', precision: 'day', dateInferred: true, themes: ['diplomacy', 'vaccines', 'security'], title: 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4' },
    { id: 'year', start: '2022', precision: 'year', dateInferred: false, themes: ['diplomacy'], title: 'Năm Hợp tác Khoa học-Kỹ thuật và Công nghiệp ASEAN-Nga' },
  ] as const;
  const items = seeds.map((e) => toTimelineItem(e));
  for (const [from, to] of [[Date.UTC(2020, 0), Date.UTC(2026, 0)], [Date.UTC(2021, 6), Date.UTC(2022, 6)], [Date.UTC(2019, 0), Date.UTC(2030, 0)]]) {
    const x = (ms: number) => ((ms - from!) / (to! - from!)) * width;
    const layout = layoutTimeline(items, x, { lanes: LANES, width, geometry: g, starred: new Set(['summit', 'plan']) });
    expect(layout.marks.length).toBeGreaterThan(0);
    expect(collisions(layout, g)).toEqual([]);
    expect(misses(layout, g, width)).toEqual([]);
  }
});
