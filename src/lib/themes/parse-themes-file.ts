import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from '../errors.ts';
import { HINTS } from '../errors.ts';
import { themesFileSchema, type Theme } from '../schemas/theme.ts';
import { fieldName } from '../articles/parse-article-file.ts';
import { yamlValue } from '../articles/yaml-value.ts';

type ThemesResult = { themes: Theme[] } | { problems: ContentProblem[] };

// The last file read and what it gave: every build of a corpus reads the same taxonomy, and YAML
// parsing is its slowest step (a few milliseconds a time). Same text in, same result out.
let last: { raw: string; file: string; result: ThemesResult } | undefined;

/** Reads content/themes.yaml; problems name the line and the field. The result is shared: read it, never change it. */
export function parseThemesFile(raw: string, file: string): ThemesResult {
  if (last?.raw === raw && last.file === file) return last.result;
  const result = readThemes(raw, file);
  last = { raw, file, result };
  return result;
}

function readThemes(raw: string, file: string): ThemesResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter });
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line, field: 'themes', message: e.message.split('\n')[0]!, hint: HINTS.frontmatterSyntax })) };
  }
  const data = yamlValue(doc);
  if ('error' in data) return { problems: [{ file, line: lineCounter.linePos(data.offset).line, field: 'themes', message: data.error, hint: HINTS.yamlAliases }] };
  const parsed = themesFileSchema.safeParse(data.value);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const node = doc.getIn(issue.path, true) as { range?: [number] } | undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
        return { file, line, field: fieldName(issue.path), message: issue.message, hint: HINTS.fieldValue };
      }),
    };
  }
  const ids = new Set<string>();
  for (const theme of parsed.data.themes) {
    if (ids.has(theme.id)) return { problems: [{ file, line: 1, field: 'themes.id', message: `theme "${theme.id}" is defined twice`, hint: 'give each theme its own id' }] };
    ids.add(theme.id);
  }
  return { themes: parsed.data.themes };
}
