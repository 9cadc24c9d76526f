import { beforeEach, describe, expect, test } from 'vitest';
import { markAt } from '../../src/lib/timeline/hit-test.ts';
import type { Mark, TimelineLayout } from '../../src/lib/timeline/layout.ts';
import { NARROW, WIDE, type MarkGeometry } from '../../src/lib/timeline/mark-geometry.ts';
import type { Theme } from '../../src/lib/schemas/theme.ts';
import { drawTimelineMarks, type MarkContext } from '../../src/render/timeline-canvas.ts';

// What the canvas draws of a mark is what a click finds: each kind of mark is drawn on a context
// that keeps the drawing's points and texts, then points inside the drawing must hit the mark
// and points further than the hit slop outside it must not.

type Point = [number, number];
/** One thing drawn: the points that make it (a path's vertices, a box's corners) and the box around them. */
interface Drawn {
  what: string;
  points: Point[];
  box: { left: number; right: number; top: number; bottom: number };
}

/** A 2D context that keeps, for each filled path and each text, where it was drawn. */
function tracingContext(charWidth: number): { context: MarkContext; drawn: Drawn[] } {
  const drawn: Drawn[] = [];
  let path: Point[] = [];
  let [dx, dy] = [0, 0];
  const settings: Record<string, unknown> = { textAlign: 'start', textBaseline: 'alphabetic', font: '10px sans-serif' };
  const add = (what: string, points: Point[]) => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    drawn.push({ what, points, box: { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) } });
  };
  const calls: Record<string, (...args: never[]) => void> = {
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => path.push([x + dx, y + dy]),
    lineTo: (x: number, y: number) => path.push([x + dx, y + dy]),
    // A circle's points every 45°.
    arc: (x: number, y: number, r: number) => {
      for (let a = 0; a < 8; a++) path.push([x + dx + r * Math.cos((a * Math.PI) / 4), y + dy + r * Math.sin((a * Math.PI) / 4)]);
    },
    rect: (x: number, y: number, w: number, h: number) => path.push([x + dx, y + dy], [x + dx + w, y + dy], [x + dx + w, y + dy + h], [x + dx, y + dy + h]),
    roundRect: (x: number, y: number, w: number, h: number) => path.push([x + dx, y + dy], [x + dx + w, y + dy], [x + dx + w, y + dy + h], [x + dx, y + dy + h]),
    translate: (x: number, y: number) => {
      dx += x;
      dy += y;
    },
    fill: () => add('shape', path),
    // A text's width as the layout estimates it; its height, the font's size.
    fillText: (text: string, x: number, y: number) => {
      const size = Number(/([\d.]+)px/.exec(String(settings['font']))![1]);
      const width = text.length * charWidth;
      const left = settings['textAlign'] === 'center' ? x - width / 2 : x;
      const top = settings['textBaseline'] === 'middle' ? y - size / 2 : y;
      add(`text "${text}"`, [[left, top], [left + width, top], [left + width, top + size], [left, top + size]]);
    },
  };
  const context = new Proxy({}, {
    get: (_, name: string) => (name in settings ? settings[name] : calls[name] ?? (() => undefined)),
    set: (_, name: string, value) => {
      settings[name] = value;
      return true;
    },
  });
  return { context: context as MarkContext, drawn };
}

const SHAPES: ReadonlyArray<Theme['shape']> = ['circle', 'square', 'diamond', 'triangle', 'star', 'cross', 'wye'];

function marksOf(g: MarkGeometry): Array<[string, Theme['shape'], Mark]> {
  const base = { lane: 't', ids: ['e'], extent: [0, 0] as [number, number], inferred: false, y: 40 };
  const labelled = (mark: Mark, text: string, x: number): Mark => ({ ...mark, label: { text, x } });
  const point = (shape: Theme['shape']): [string, Theme['shape'], Mark] => [`a ${shape} point`, shape, { ...base, key: 'p', kind: 'point', x: 200, x2: 200 }];
  const span: Mark = { ...base, key: 's', kind: 'span', x: 100, x2: 300, y: 24 };
  const cluster: Mark = { ...base, key: 'c', kind: 'cluster', x: 200, x2: 200, ids: ['a', 'b', 'c'] };
  return [
    ...SHAPES.map(point),
    ['a cluster', 'circle', cluster],
    ['a span', 'square', span],
    ['a labelled point', 'star', labelled(point('star')[2], 'Hội nghị Cấp cao ASEAN-Nga', 200 + g.clusterRadius + 1)],
    ['a labelled span', 'square', labelled(span, 'Kế hoạch 2021-2025', span.x + g.spanLabelInset)],
    ['an inferred point', 'diamond', { ...point('diamond')[2], inferred: true }],
  ];
}

beforeEach(() => {
  expect.hasAssertions();
});

describe.each([['wide', WIDE], ['narrow', NARROW]] as const)('%s: the hit test finds what the canvas draws', (_, g) => {
  test.each(marksOf(g))('%s', (_name, shape, mark) => {
    const layout: TimelineLayout = { lanes: [{ id: 't', y: 0, height: g.laneHeight, labelRight: 0 }], marks: [mark], height: g.laneHeight };
    const { context, drawn } = tracingContext(g.charWidth);
    drawTimelineMarks(context, layout, { width: 600, height: layout.height, geometry: g, themes: [{ id: 't', colour: '#000', shape }], fontFamily: 'sans-serif', accent: '#00f' });
    expect(drawn.length).toBeGreaterThan(0);
    const hits = ([x, y]: Point) => markAt(layout, x, y, g) !== undefined;
    for (const { what, points, box } of drawn) {
      // Inside: the drawing's own points, a hair inside its box (drawn positions are rounded to 0.1 px), and its centre.
      const inset = ([x, y]: Point): Point => [x + Math.sign((box.left + box.right) / 2 - x) * 0.5, y + Math.sign((box.top + box.bottom) / 2 - y) * 0.5];
      for (const point of [...points.map(inset), [(box.left + box.right) / 2, (box.top + box.bottom) / 2] as Point]) {
        expect(hits(point), `${what} at ${point.join(', ')}`).toBe(true);
      }
    }
    // Outside: around each thing drawn, a pixel past the slop, unless that is near another thing drawn.
    // A point's symbol is found within a circle around its centre: outside is past the symbol's farthest tip.
    const away = g.hitSlop + 1;
    const nearSomething = ([x, y]: Point) => drawn.some(({ box }) => x >= box.left - away && x <= box.right + away && y >= box.top - away && y <= box.bottom + away);
    let outside = 0;
    for (const { what, points, box } of drawn) {
      const [cx, cy] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
      const symbol = mark.kind === 'point' && what === 'shape';
      const reach = Math.max(...points.map(([x, y]) => Math.hypot(x - mark.x, y - mark.y)));
      const probes: Point[] = symbol
        ? Array.from({ length: 8 }, (_, a) => [mark.x + (reach + away + 0.1) * Math.cos((a * Math.PI) / 4), mark.y + (reach + away + 0.1) * Math.sin((a * Math.PI) / 4)])
        : [
          [box.left - away - 0.1, cy], [box.right + away + 0.1, cy], [cx, box.top - away - 0.1], [cx, box.bottom + away + 0.1],
          [box.left - away - 0.1, box.top - away - 0.1], [box.right + away + 0.1, box.bottom + away + 0.1],
        ];
      for (const probe of probes.filter((p) => !nearSomething(p))) {
        outside++;
        expect(hits(probe), `empty space at ${probe.join(', ')}`).toBe(false);
      }
    }
    expect(outside).toBeGreaterThan(0);
  });
});
