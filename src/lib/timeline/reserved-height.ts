import { NARROW, NARROW_BELOW, timelineHeight, WIDE } from './mark-geometry.ts';

/**
 * The CSS that gives the timeline its height before its script has drawn it: the wide height, and
 * the narrow one where the view is narrower than NARROW_BELOW (a container query on the view, whose
 * width is the one markGeometry() is given), so a phone's page does not jump as the lanes are
 * drawn. Only the undrawn svg (no .timeline-svg yet): once drawn, its own height attribute holds.
 */
export function reservedHeightCss(lanes: number): string {
  const undrawn = '.timeline-view > svg:not(.timeline-svg)';
  return [
    '.timeline-view { container-type: inline-size; }',
    // A block, as the drawn one is (.timeline-svg): inline, it would also keep a line's descent below it.
    `${undrawn} { display: block; height: ${timelineHeight(lanes, WIDE)}px; }`,
    `@container (width < ${NARROW_BELOW}px) { ${undrawn} { height: ${timelineHeight(lanes, NARROW)}px; } }`,
    '',
  ].join('\n');
}
