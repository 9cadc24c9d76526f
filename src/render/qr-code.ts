import qrcode from 'qrcode-generator';

const SVG = 'http://www.w3.org/2000/svg';
// The quiet zone a reader needs around the code, in modules.
const QUIET = 4;

/**
 * A QR code of `text` as an SVG: one path of dark modules, drawn with the DOM (no markup string),
 * so it prints sharp at any size. `text` is a link: ASCII, as an address is once percent-encoded.
 */
export function qrCodeSvg(document: Document, text: string, label: string): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < n; row++) for (let col = 0; col < n; col++) if (qr.isDark(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n + 2 * QUIET} ${n + 2 * QUIET}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}
