/** An element as plain data, for Astro to render as markup with every text escaped. */
export interface SvgTree {
  tag: string;
  attrs: Record<string, string>;
  children: Array<SvgTree | string>;
}

/**
 * Turns a rendered SVG (Plot's, in jsdom) into plain data. Leaves out <style> elements and
 * style attributes: a strict Content-Security-Policy refuses inline styles, so the site's
 * stylesheet carries them instead.
 */
export function toSvgTree(element: Element): SvgTree {
  const attrs: Record<string, string> = {};
  for (const attr of Array.from(element.attributes)) if (attr.name !== 'style') attrs[attr.name] = attr.value;
  // Plot labels its mark groups (aria-label="bar"); a label needs a role to be announced.
  if (element.tagName.toLowerCase() === 'g' && attrs['aria-label'] && !attrs['role']) attrs['role'] = 'group';
  const children: SvgTree['children'] = [];
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) children.push(node.textContent ?? '');
    else if (node.nodeType === 1 && (node as Element).tagName.toLowerCase() !== 'style') children.push(toSvgTree(node as Element));
  }
  return { tag: element.tagName.toLowerCase(), attrs, children };
}
