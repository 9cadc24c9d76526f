/**
 * Makes Plot's SVG fit this site: no <style> elements or style attributes (a strict
 * Content-Security-Policy refuses inline styles; the site's stylesheet carries them), and a
 * role on each labelled mark group (aria-label="bar"), since a label needs a role to be announced.
 */
export function cleanPlotSvg(svg: Element): Element {
  svg.querySelectorAll('style').forEach((style) => style.remove());
  for (const element of [svg, ...Array.from(svg.querySelectorAll('[style]'))]) element.removeAttribute('style');
  svg.querySelectorAll('g[aria-label]:not([role])').forEach((g) => g.setAttribute('role', 'group'));
  if (svg.hasAttribute('aria-label') && !svg.hasAttribute('role')) svg.setAttribute('role', 'img');
  return svg;
}
