/** An element as plain data, for Astro to render as markup with every text escaped. */
export interface ElementTree {
  tag: string;
  attrs: Record<string, string>;
  children: Array<ElementTree | string>;
}

/** Turns a rendered SVG (Plot's, in jsdom, cleaned by cleanPlotSvg) into plain data. */
export function toElementTree(element: Element): ElementTree {
  const attrs: Record<string, string> = {};
  for (const attr of Array.from(element.attributes)) attrs[attr.name] = attr.value;
  const children: ElementTree['children'] = [];
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) children.push(node.textContent ?? '');
    else if (node.nodeType === 1) children.push(toElementTree(node as Element));
  }
  return { tag: element.tagName.toLowerCase(), attrs, children };
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => escapes[ch]!);

/**
 * The markup of an element tree, every text and attribute value escaped: what Astro would
 * write for it, without a component call per element (thousands of list items build in
 * milliseconds instead of seconds).
 */
export function elementTreeHtml(tree: ElementTree): string {
  const attrs = Object.entries(tree.attrs).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');
  const children = tree.children.map((child) => (typeof child === 'string' ? escape(child) : elementTreeHtml(child))).join('');
  return `<${tree.tag}${attrs}>${children}</${tree.tag}>`;
}
