import type { TimelineItem } from './timeline-item.ts';

/**
 * Which event the arrow keys go to. Left/Right: the previous or next shown event in date order.
 * Up/Down: the event in the lane above or below whose time is nearest the current one.
 * Pure: `items` are the shown events in date order, `lanes` the theme ids top to bottom.
 */
export function nextInDateOrder(items: readonly TimelineItem[], currentId: string | undefined, step: 1 | -1): string | undefined {
  if (items.length === 0) return undefined;
  const index = items.findIndex((i) => i.id === currentId);
  if (index < 0) return (step === 1 ? items[0] : items[items.length - 1])!.id;
  return items[Math.min(items.length - 1, Math.max(0, index + step))]!.id;
}

export function nextInLane(
  items: readonly TimelineItem[],
  lanes: readonly string[],
  current: { id: string; lane: string } | undefined,
  step: 1 | -1,
): { id: string; lane: string } | undefined {
  if (!current) {
    const first = items[0];
    return first ? { id: first.id, lane: first.themes[0]! } : undefined;
  }
  const item = items.find((i) => i.id === current.id);
  if (!item) return undefined;
  const time = (item.start + item.end) / 2;
  for (let lane = lanes.indexOf(current.lane) + step; lane >= 0 && lane < lanes.length; lane += step) {
    const laneId = lanes[lane]!;
    let best: TimelineItem | undefined;
    let bestDistance = Infinity;
    for (const candidate of items) {
      if (!candidate.themes.includes(laneId)) continue;
      const distance = Math.abs((candidate.start + candidate.end) / 2 - time);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best) return { id: best.id, lane: laneId };
  }
  return current;
}
