import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { Language } from '../lib/dates/format-date.ts';
import type { Mark, TimelineLayout } from '../lib/timeline/layout.ts';
import { axisTickFormat } from '../lib/timeline/time-format.ts';
import { themeSymbolPath } from '../lib/themes/theme-symbol.ts';
import type { Theme } from '../lib/schemas/theme.ts';

export interface TimelineRenderOptions {
  width: number;
  x: ScaleTime<number, number>;
  themes: ReadonlyArray<Pick<Theme, 'id' | 'colour' | 'shape' | 'label'>>;
  language: Language;
  selectedId?: string | undefined;
  focusedId?: string | undefined;
  /** Events in a lesson: drawn with a star. */
  starredIds?: ReadonlySet<string> | undefined;
  axisHeight: number;
}

const CLUSTER_RADIUS = 11;

/**
 * Draws a timeline layout into an <svg>: lanes, an axis, marks and labels. Works on any DOM,
 * the browser's or jsdom's (the svg brings its own document), and updates in place by key,
 * so zooming only moves what is already there. Text goes in as text, never as markup.
 */
export function renderTimelineSvg(svgNode: SVGSVGElement, layout: TimelineLayout, options: TimelineRenderOptions): void {
  const { width, x, themes, language, axisHeight } = options;
  const height = layout.height + axisHeight;
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const svg = select(svgNode)
    .attr('class', 'timeline-svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('aria-hidden', 'true');

  const lanes = layer(svg, 'lanes')
    .selectAll<SVGGElement, TimelineLayout['lanes'][number]>('g.lane')
    .data(layout.lanes, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane');
      g.append('rect').attr('class', 'lane-band');
      const label = g.append('g').attr('class', 'lane-label');
      label.append('path').attr('class', 'lane-symbol');
      label.append('text').attr('x', 12).attr('y', 4);
      return g;
    });
  lanes.attr('data-lane', (d) => d.id).attr('transform', (d) => `translate(0,${d.y})`);
  lanes.select('rect.lane-band').attr('width', width).attr('height', (d) => d.height);
  lanes.select('g.lane-label').attr('transform', 'translate(10,14)');
  lanes.select('path.lane-symbol').attr('d', (d) => themeSymbolPath(themeById.get(d.id)!.shape, 60)).attr('fill', (d) => themeById.get(d.id)!.colour);
  lanes.select('text').text((d) => themeById.get(d.id)!.label[language]);

  const axis = axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))).tickFormat((d) => axisTickFormat(language)(d as Date));
  layer(svg, 'axis').attr('transform', `translate(0,${layout.height})`).call(axis);

  const selectedMarks = layout.marks.filter((m) => options.selectedId !== undefined && m.ids.includes(options.selectedId));
  const link = layer(svg, 'selection-link')
    .selectAll('line')
    .data(selectedMarks.length > 1 ? [selectedMarks] : [])
    .join('line');
  link
    .attr('x1', (d) => centreOf(d[0]!))
    .attr('x2', (d) => centreOf(d[0]!))
    .attr('y1', (d) => Math.min(...d.map((m) => m.y)))
    .attr('y2', (d) => Math.max(...d.map((m) => m.y)));

  const marks = layer(svg, 'marks')
    .selectAll<SVGGElement, Mark>('g.mark')
    .data(layout.marks, (d) => d.key)
    .join((enter) => enter.append('g'));
  marks
    .attr('class', (d) => `mark ${d.kind}${d.inferred ? ' inferred' : ''}${d.ids.includes(options.selectedId ?? '\0') ? ' selected' : ''}${d.ids.includes(options.focusedId ?? '\0') ? ' focused' : ''}`)
    .attr('data-key', (d) => d.key)
    .attr('data-ids', (d) => d.ids.join(' '))
    .attr('data-lane', (d) => d.lane)
    .attr('transform', (d) => `translate(${round(d.kind === 'span' ? d.x : d.x)},${round(d.y)})`)
    .each(function (d) {
      drawMark(select(this), d, themeById.get(d.lane)!, d.ids.some((id) => options.starredIds?.has(id)));
    });
}

function drawMark(g: Selection<SVGGElement, Mark, null, undefined>, mark: Mark, theme: Pick<Theme, 'colour' | 'shape'>, starred: boolean): void {
  const shape = g.selectAll<SVGElement, Mark>('.shape').data([mark], (d) => d.kind).join((enter) =>
    enter.append((d) => g.node()!.ownerDocument.createElementNS('http://www.w3.org/2000/svg', d.kind === 'span' ? 'rect' : d.kind === 'cluster' ? 'circle' : 'path')),
  );
  shape.attr('class', 'shape').attr('stroke', theme.colour);
  if (mark.kind === 'span') {
    shape.attr('width', round(Math.max(mark.x2 - mark.x, 1))).attr('height', 10).attr('y', -5).attr('rx', 3).attr('fill', theme.colour);
  } else if (mark.kind === 'cluster') {
    shape.attr('r', CLUSTER_RADIUS).attr('fill', '#ffffff');
  } else {
    shape.attr('d', themeSymbolPath(theme.shape, 110)).attr('fill', theme.colour);
  }
  g.selectAll('text.count')
    .data(mark.kind === 'cluster' ? [mark.ids.length] : [])
    .join('text')
    .attr('class', 'count')
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .text((n) => String(n));
  g.selectAll('text.star')
    .data(starred ? ['★'] : [])
    .join('text')
    .attr('class', 'star')
    .attr('x', mark.kind === 'span' ? -4 : 0)
    .attr('y', mark.kind === 'cluster' ? -14 : -10)
    .attr('text-anchor', 'middle')
    .text((s) => s);
  g.selectAll('text.label')
    .data(mark.label ? [mark.label] : [])
    .join('text')
    .attr('class', 'label')
    .attr('x', (l) => round(l.x - mark.x))
    .attr('y', mark.kind === 'span' ? -8 : 0)
    .attr('dy', mark.kind === 'span' ? 0 : '0.35em')
    .text((l) => l.text);
}

function layer(svg: Selection<SVGSVGElement, unknown, null, undefined>, name: string): Selection<SVGGElement, unknown, null, undefined> {
  const existing = svg.select<SVGGElement>(`g.${name}`);
  return existing.empty() ? svg.append('g').attr('class', name) : existing;
}

const centreOf = (m: Mark) => (m.kind === 'span' ? (m.x + m.x2) / 2 : m.x);
const round = (n: number) => Math.round(n * 10) / 10;
