import type { ElementTree } from '../render/element-tree.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** An element from its description as data; texts become text nodes, so nothing is parsed as markup. */
export function buildElement(tree: ElementTree, inSvg = false): Element {
  const svg = inSvg || tree.tag === 'svg';
  const element = svg ? document.createElementNS(SVG, tree.tag) : document.createElement(tree.tag);
  for (const [name, value] of Object.entries(tree.attrs)) element.setAttribute(name, value);
  for (const child of tree.children) element.append(typeof child === 'string' ? document.createTextNode(child) : buildElement(child, svg));
  return element;
}
