import { scaleUtc } from 'd3-scale';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { layoutTimeline } from '../../src/lib/timeline/layout.ts';
import { markGeometry } from '../../src/lib/timeline/mark-geometry.ts';
import { fullExtent, toTimelineItem } from '../../src/lib/timeline/timeline-item.ts';
import { renderTimelineSvg } from '../../src/render/timeline-svg.ts';
import { axisTicks } from '../../src/lib/timeline/axis-ticks.ts';
import { drawTimelineAxis, drawTimelineMarks, type MarkContext } from '../../src/render/timeline-canvas.ts';
import { expectDrawingSnapshot, expectSvgSnapshot, recordingContext } from './render-harness.ts';

const THEMES = [
  { id: 'vaccines', colour: '#0f766e', shape: 'circle', label: { vi: 'Vắc-xin và y tế', en: 'Vaccines and health' } },
  { id: 'security', colour: '#b91c1c', shape: 'square', label: { vi: 'An ninh và quốc phòng', en: 'Security and defence' } },
  { id: 'diplomacy', colour: '#a16207', shape: 'star', label: { vi: 'Ngoại giao', en: 'Diplomacy' } },
] as const;

type Input = { id: string; start: string; end?: string; precision: 'day' | 'month' | 'year'; dateInferred?: boolean; themes: string[]; title: string };

function render(events: Input[], options: { width?: number; selectedId?: string; language?: 'vi' | 'en'; window?: [string, string]; starred?: Set<string> } = {}) {
  const { document } = new JSDOM('<!doctype html><svg></svg>').window;
  const svg = document.querySelector('svg')!;
  const items = events.map((e) => toTimelineItem({ dateInferred: false, ...e }));
  const width = options.width ?? 720;
  const domain = options.window ? options.window.map((d) => Date.parse(d)) : fullExtent(items);
  const x = scaleUtc().domain(domain).range([0, width]);
  const geometry = markGeometry(width);
  const lanes = THEMES.map((t) => ({ id: t.id, label: t.label[options.language ?? 'vi'] }));
  const layout = layoutTimeline(items, x, { lanes, width, geometry, starred: options.starred });
  renderTimelineSvg(svg, layout, { width, themes: THEMES, language: options.language ?? 'vi', geometry });
  const { context, log } = recordingContext<MarkContext>();
  drawTimelineMarks(context, layout, { width, height: layout.height, geometry, themes: THEMES, selectedId: options.selectedId, starredIds: options.starred, fontFamily: 'sans-serif', accent: '#0b57d0' });
  drawTimelineAxis(context, axisTicks(domain as [number, number], width, options.language ?? 'vi'), { height: geometry.axisHeight, width, fontFamily: 'sans-serif' });
  return { svg, marks: log };
}

/** The lanes as SVG, and the marks and the axis as the canvas calls that draw them. */
async function expectSnapshots(name: string, drawn: ReturnType<typeof render>) {
  await expectSvgSnapshot(name, drawn.svg);
  await expectDrawingSnapshot(`${name}-marks`, drawn.marks);
}

const SEEDS: Input[] = [
  { id: 'video', start: '2020-06-17', precision: 'day', dateInferred: true, themes: ['diplomacy', 'vaccines', 'security'], title: 'Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19' },
  { id: 'plan', start: '2021', end: '2025', precision: 'year', themes: ['diplomacy'], title: 'Kế hoạch hành động toàn diện giai đoạn 2021-2025' },
  { id: 'summit', start: '2021-10-28', precision: 'day', dateInferred: true, themes: ['diplomacy', 'vaccines', 'security'], title: 'Hội nghị Cấp cao ASEAN-Nga lần thứ 4' },
  { id: 'year', start: '2022', precision: 'year', themes: ['diplomacy'], title: 'Năm Hợp tác Khoa học-Kỹ thuật và Công nghiệp ASEAN-Nga' },
];

test('timelineSeeds', async () => {
  await expectSnapshots('timelineSeeds', render(SEEDS));
});

test('timelineSeedsStarredNarrow', async () => {
  await expectSnapshots('timelineSeedsStarredNarrow', render(SEEDS, { width: 390, starred: new Set(['summit', 'plan']), window: ['2020-01-01', '2023-06-01'] }));
});

test('timelineSeedsSelectedEnglish', async () => {
  await expectSnapshots('timelineSeedsSelectedEnglish', render(SEEDS, { selectedId: 'summit', language: 'en' }));
});

test('timelineDenseWeek', async () => {
  const week: Input[] = Array.from({ length: 7 }, (_, i) => ({ id: `d${i}`, start: `2024-03-0${i + 1}`, precision: 'day', themes: ['security'], title: `Ngày ${i + 1} của tuần lễ hàng hải` }));
  await expectSnapshots('timelineDenseWeek', render([...week, { id: 'far', start: '2023-01-15', precision: 'day', themes: ['security'], title: 'Một sự kiện xa' }]));
});

test('timelineDenseWeekStarredInCluster', async () => {
  // A lesson's event that joins another's cluster has no room for its star: the cluster's circle shows it.
  const week: Input[] = Array.from({ length: 7 }, (_, i) => ({ id: `d${i}`, start: `2024-03-0${i + 1}`, precision: 'day', themes: ['security'], title: `Ngày ${i + 1} của tuần lễ hàng hải` }));
  const far: Input = { id: 'far', start: '2023-01-15', precision: 'day', themes: ['security'], title: 'Một sự kiện xa' };
  const drawn = render([...week, far], { starred: new Set(['d6']) });
  const cluster = drawn.marks.findIndex((call) => call.startsWith('arc('));
  const [fill, stroke] = ['fillStyle', 'strokeStyle'].map((name) => drawn.marks.slice(cluster).find((call) => call.startsWith(`${name} =`)));
  expect([fill, stroke]).toEqual(['fillStyle = "#fef3c7"', 'strokeStyle = "#92400e"']);
  expect(drawn.marks[cluster]).toMatch(/^arc\(/);
  expect(render([...week, far]).marks.slice(cluster).find((call) => call.startsWith('fillStyle ='))).toBe('fillStyle = "#ffffff"');
  await expectSnapshots('timelineDenseWeekStarredInCluster', drawn);
});

test('timelineDenseWeekZoomed', async () => {
  const week: Input[] = Array.from({ length: 7 }, (_, i) => ({ id: `d${i}`, start: `2024-03-0${i + 1}`, precision: 'day', themes: ['security'], title: `Ngày ${i + 1}` }));
  await expectSnapshots('timelineDenseWeekZoomed', render(week, { window: ['2024-02-28', '2024-03-10'] }));
});

test('timelineOverlappingRanges', async () => {
  const ranges: Input[] = [
    { id: 'r1', start: '2021', end: '2025', precision: 'year', themes: ['diplomacy'], title: 'Kế hoạch 2021-2025' },
    { id: 'r2', start: '2022', end: '2026', precision: 'year', themes: ['diplomacy'], title: 'Chương trình 2022-2026' },
    { id: 'r3', start: '2023', end: '2024', precision: 'year', themes: ['diplomacy'], title: 'Giai đoạn 2023-2024' },
    { id: 'm1', start: '2022-05', precision: 'month', dateInferred: true, themes: ['vaccines'], title: 'Tháng tiêm chủng' },
  ];
  await expectSnapshots('timelineOverlappingRanges', render(ranges));
});

test('timelineHostileText', async () => {
  const hostile: Input[] = [{ id: 'x', start: '2021-01-01', precision: 'day', themes: ['security'], title: '<script>alert(1)</script> & "quotes"' }];
  await expectSnapshots('timelineHostileText', render(hostile, { width: 900 }));
});
