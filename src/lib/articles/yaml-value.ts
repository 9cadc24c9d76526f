import { isAlias, visit, type Document, type Node } from 'yaml';
import { stripControlsDeep } from '../text/control-chars.ts';

/**
 * A parsed YAML document's data, or why it cannot be had: aliases that expand past the
 * parser's limit (an "alias bomb", a few lines that would grow to gigabytes) are refused at the
 * first alias, whose offset locates the problem. Strings come without control characters
 * ("\0" or "\e" escapes), so they never reach a page or a data file.
 */
export function yamlValue(doc: Document): { value: unknown } | { error: string; offset: number } {
  try {
    return { value: stripControlsDeep(doc.toJS()).value };
  } catch (error) {
    let offset = 0;
    visit(doc, (_, node) => {
      if (!isAlias(node)) return undefined;
      offset = (node as Node).range?.[0] ?? 0;
      return visit.BREAK;
    });
    return { error: `YAML: ${(error as Error).message}: its aliases (*name) expand to too much data`, offset };
  }
}
