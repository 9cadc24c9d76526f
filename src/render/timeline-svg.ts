import { select, type Selection } from 'd3-selection';
import type { Language } from '../lib/dates/format-date.ts';
import type { TimelineLayout } from '../lib/timeline/layout.ts';
import type { MarkGeometry } from '../lib/timeline/mark-geometry.ts';
import type { Theme } from '../lib/schemas/theme.ts';
import { themeSymbolPath } from './theme-symbol.ts';

export interface TimelineRenderOptions {
  width: number;
  themes: ReadonlyArray<Pick<Theme, 'id' | 'colour' | 'shape' | 'label'>>;
  language: Language;
  /** The geometry the layout placed the marks by: the axis's height and where a lane's label sits. */
  geometry: Readonly<MarkGeometry>;
}

/**
 * Draws the frame of a timeline into an <svg>: the theme lanes with their labels, and room for
 * the time axis above them; the marks and the axis go on a canvas above it (timeline-canvas.ts).
 * Works on any DOM, the browser's or jsdom's, and updates in place. Text goes in as text, never as markup.
 */
export function renderTimelineSvg(svgNode: SVGSVGElement, layout: TimelineLayout, options: TimelineRenderOptions): void {
  const { width, themes, language, geometry: g } = options;
  const height = layout.height;
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
      const lane = enter.append('g').attr('class', 'lane');
      lane.append('rect').attr('class', 'lane-band');
      const label = lane.append('g').attr('class', 'lane-label');
      label.append('path').attr('class', 'lane-symbol');
      label.append('text').attr('x', g.laneLabelTextX).attr('y', g.laneLabelTextY);
      return lane;
    });
  lanes.attr('data-lane', (d) => d.id).attr('transform', (d) => `translate(0,${d.y})`);
  lanes.select('rect.lane-band').attr('width', width).attr('height', (d) => d.height);
  lanes.select('g.lane-label').attr('transform', `translate(${g.laneLabelX},${g.laneLabelY})`);
  lanes.select('path.lane-symbol').attr('d', (d) => themeSymbolPath(themeById.get(d.id)!.shape, g.laneSymbolArea)).attr('fill', (d) => themeById.get(d.id)!.colour);
  lanes.select('text').text((d) => themeById.get(d.id)!.label[language]);
}

function layer(svg: Selection<SVGSVGElement, unknown, null, undefined>, name: string): Selection<SVGGElement, unknown, null, undefined> {
  const existing = svg.select<SVGGElement>(`g.${name}`);
  return existing.empty() ? svg.append('g').attr('class', name) : existing;
}

