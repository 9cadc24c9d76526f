import { beforeEach, expect, test } from 'vitest';
import { firstWindow } from '../../../src/lib/timeline/first-window.ts';
import { layoutTimeline } from '../../../src/lib/timeline/layout.ts';
import { markGeometry, WIDE } from '../../../src/lib/timeline/mark-geometry.ts';
import { fullExtent, toTimelineItem, type TimelineItem } from '../../../src/lib/timeline/timeline-item.ts';

const DAY = 86_400_000;
const day = (id: string, date: string, themes = ['diplomacy'], title = `Sự kiện ${id} giữa ASEAN và Nga`): TimelineItem =>
  toTimelineItem({ id, start: date, precision: 'day', dateInferred: false, themes, title });

beforeEach(() => {
  expect.hasAssertions();
});

// Twenty events as five articles give them: a few across thirty years, most in three recent ones.
const TWENTY: TimelineItem[] = [
  day('a', '1991-07-23'), day('b', '1996-07-24', ['diplomacy'], 'Nga trở thành Đối tác đối thoại toàn diện của ASEAN'),
  day('c', '2004-07-02'), day('d', '2005-12-13', ['diplomacy', 'security'], 'Hội nghị Cấp cao ASEAN-Nga lần thứ nhất tại Kuala Lumpur'),
  day('e', '2010-10-30'), day('f', '2016-05-19', ['diplomacy', 'economy'], 'Hội nghị Cấp cao kỷ niệm 20 năm quan hệ đối tác tại Sochi'),
  day('g', '2018-11-14', ['diplomacy', 'security']), day('h', '2019-08-01', ['diplomacy'], 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52'),
  day('i', '2020-06-17', ['diplomacy', 'vaccines'], 'Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19'),
  day('j', '2020-09-09', ['diplomacy']), day('k', '2020-11-12', ['vaccines'], 'Nga hỗ trợ vắc-xin cho các nước ASEAN'),
  day('l', '2021-01-15', ['vaccines']), day('m', '2021-03-03', ['economy']), day('n', '2021-06-10', ['vaccines', 'diplomacy']),
  day('o', '2021-07-03', ['diplomacy'], 'Quan hệ ASEAN-Nga: kết quả và những vấn đề đặt ra'),
  day('p', '2021-08-04', ['diplomacy', 'security']), day('q', '2021-10-28', ['diplomacy', 'vaccines', 'security'], 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4'),
  day('r', '2021-11-20', ['science']), day('s', '2022-03-01', ['diplomacy']), day('t', '2022-08-05', ['diplomacy', 'economy']),
];
const LANES = ['vaccines', 'security', 'economy', 'science', 'society', 'diplomacy'].map((id) => ({ id, label: `Chủ đề ${id}` }));

test('with no more events than the width can label, the window shows them all', () => {
  const few = TWENTY.slice(0, 3);
  expect(firstWindow(few, 1366, fullExtent(few), WIDE)).toEqual(fullExtent(few));
});

test('many events: the latest dense run, inside the full extent', () => {
  const [from, to] = firstWindow(TWENTY, 1366, fullExtent(TWENTY), WIDE);
  const [first, last] = fullExtent(TWENTY);
  expect(from).toBeGreaterThanOrEqual(first);
  expect(to).toBeLessThanOrEqual(last);
  expect(from).toBeGreaterThan(Date.UTC(2016, 0));
  expect(to).toBeGreaterThan(Date.UTC(2021, 9, 28));
});

test('of two runs as dense, the later one', () => {
  const burst = (year: number) => Array.from({ length: 15 }, (_, i) => day(`${year}-${i}`, `${year}-03-${String(i + 1).padStart(2, '0')}`));
  const [from, to] = firstWindow([...burst(2001), ...burst(2021)], 1366, fullExtent([...burst(2001), ...burst(2021)]), WIDE);
  expect(from).toBeGreaterThan(Date.UTC(2020, 0));
  expect(to - from).toBeGreaterThanOrEqual(60 * DAY);
});

test.each([[1366], [390], [1920]])('at %i px the first window labels most of its marks', (width) => {
  const [from, to] = firstWindow(TWENTY, width, fullExtent(TWENTY), markGeometry(width));
  const x = (ms: number) => ((ms - from) / (to - from)) * width;
  const { marks } = layoutTimeline(TWENTY, x, { lanes: LANES, width, geometry: markGeometry(width) });
  const full = fullExtent(TWENTY);
  const everything = layoutTimeline(TWENTY, (ms) => ((ms - full[0]) / (full[1] - full[0])) * width, { lanes: LANES, width, geometry: markGeometry(width) }).marks;
  expect(marks.length).toBeGreaterThanOrEqual(4);
  expect(marks.filter((m) => m.label).length / marks.length).toBeGreaterThanOrEqual(0.7);
  // ...more labelled marks than the full extent shows
  // ...a larger share than the full extent labels (at 390 px: 7 of 10 against 4 of 23)
  const share = (ms: typeof marks) => ms.filter((m) => m.label).length / ms.length;
  expect(share(marks)).toBeGreaterThan(share(everything));
});
