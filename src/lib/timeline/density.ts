/**
 * How many events fall in each column `binWidth` px wide across [0, width), an event counting
 * where the middle of its span is drawn (`x` maps ms to px): the overview strip's profile.
 */
export function densityBins(items: ReadonlyArray<{ start: number; end: number }>, x: (ms: number) => number, width: number, binWidth: number): number[] {
  const bins = new Array<number>(Math.ceil(width / binWidth)).fill(0);
  for (const item of items) {
    const bin = Math.floor(x((item.start + item.end) / 2) / binWidth);
    if (bin >= 0 && bin < bins.length) bins[bin]!++;
  }
  return bins;
}

/**
 * The bins as bars standing on `baseline`, the fullest `height` px tall, drawn as one SVG path:
 * one element, not one per bar, so the strip costs the page next to nothing to lay out.
 */
export function densityPath(bins: readonly number[], { binWidth, barWidth, baseline, height }: { binWidth: number; barWidth: number; baseline: number; height: number }): string {
  const max = Math.max(1, ...bins);
  const round = (n: number) => Math.round(n * 100) / 100;
  return bins
    .map((n, i) => (n === 0 ? '' : `M${round(i * binWidth)},${baseline}h${barWidth}v${-round((n / max) * height)}h${-barWidth}Z`))
    .join('');
}
