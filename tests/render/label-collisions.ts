import type { TimelineLayout } from '../../src/lib/timeline/layout.ts';
import { labelBox, laneLabelBox, overlaps, shapeBox, starBox, type Box } from '../../src/lib/timeline/mark-boxes.ts';
import type { MarkGeometry } from '../../src/lib/timeline/mark-geometry.ts';

// What "nothing overlaps" means on the timeline, for the layout's property test and the browser's first screen.

interface Drawn {
  key: string;
  what: 'shape' | 'label' | 'star' | 'lane name';
  box: Box;
}

function drawnBoxes(layout: TimelineLayout, g: Readonly<MarkGeometry>): Drawn[] {
  const drawn: Drawn[] = layout.lanes.map((lane) => ({ key: `lane ${lane.id}`, what: 'lane name', box: laneLabelBox(lane, g) }));
  for (const mark of layout.marks) {
    drawn.push({ key: mark.key, what: 'shape', box: shapeBox(mark, g) });
    const label = labelBox(mark, g);
    if (label) drawn.push({ key: mark.key, what: 'label', box: label });
    const star = starBox(mark, g);
    if (star) drawn.push({ key: mark.key, what: 'star', box: star });
  }
  return drawn;
}

/** Every overlap between labels, lane names, stars and marks' shapes, each named: none is expected. */
export function collisions(layout: TimelineLayout, g: Readonly<MarkGeometry>): string[] {
  const drawn = drawnBoxes(layout, g);
  const found: string[] = [];
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const [a, b] = [drawn[i]!, drawn[j]!];
      // A span's label sits inside its own bar, a star beside its own mark.
      if (a.key === b.key || (a.what === 'lane name' && b.what === 'lane name')) continue;
      if (overlaps(a.box, b.box)) found.push(`${a.what} of ${a.key} over ${b.what} of ${b.key}`);
    }
  }
  return found;
}

