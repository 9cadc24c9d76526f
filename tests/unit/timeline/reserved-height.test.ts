import { describe, expect, test } from 'vitest';
import { NARROW, NARROW_BELOW, timelineHeight, WIDE } from '../../../src/lib/timeline/mark-geometry.ts';
import { reservedHeightCss } from '../../../src/lib/timeline/reserved-height.ts';

describe('reservedHeightCss', () => {
  test.each([5, 8])('reserves the wide height, and the narrow one below NARROW_BELOW, for %i lanes', (lanes) => {
    const css = reservedHeightCss(lanes);
    const [wide, narrow] = [...css.matchAll(/height: (\d+)px/g)].map((m) => Number(m[1]));
    expect(wide).toBe(timelineHeight(lanes, WIDE));
    expect(narrow).toBe(timelineHeight(lanes, NARROW));
    expect(narrow).toBeLessThan(wide!);
    expect(css).toContain(`@container (width < ${NARROW_BELOW}px)`);
  });
});
