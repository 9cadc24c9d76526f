import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { Theme } from '../lib/schemas/theme.ts';

const SYMBOLS: Readonly<Record<Theme['shape'], SymbolType>> = Object.freeze({
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
  star: symbolStar,
  cross: symbolCross,
  wye: symbolWye,
});

/** SVG path data of a theme's shape centred on 0,0, with an area of `area` square pixels. */
export function themeSymbolPath(shape: Theme['shape'], area: number): string {
  return symbol(SYMBOLS[shape], area)() ?? '';
}

/** Traces a theme's shape centred on 0,0 into a canvas path (the caller fills and strokes it). */
export function traceThemeSymbol(context: CanvasPath, shape: Theme['shape'], area: number): void {
  // d3-shape only traces with moveTo, lineTo, arc and closePath: any canvas path will do.
  symbol(SYMBOLS[shape], area).context(context as CanvasRenderingContext2D)();
}
