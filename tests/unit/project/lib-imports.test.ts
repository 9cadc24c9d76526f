import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// src/lib is the pipeline and pure view logic: it runs in Node at build time, in the browser and
// in tests alike, so it imports no drawing or markup (src/render), no words (src/i18n), no page
// wiring (src/scripts, src/components, src/pages), no data access (src/data, src/loaders),
// nothing of Astro's, and uses no DOM.
const LIB = resolve('src/lib');
const FORBIDDEN_FOLDERS = ['src/render', 'src/i18n', 'src/scripts', 'src/components', 'src/pages', 'src/data', 'src/loaders', 'src/layouts'];
const FORBIDDEN_PACKAGES = /^(?:astro(?::|\/|$)|d3-selection|d3-transition|d3-zoom|d3-brush|jsdom|@observablehq\/plot|node:fs|fs$)/;

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports or re-exports, type-only ones too, and dynamic imports. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statement = /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...text.matchAll(statement)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

const libFiles = files(LIB);

describe('src/lib imports only the pipeline, pure view logic and pure packages', () => {
  test.each(libFiles.map((file) => [relative('.', file), file]))('%s', (_, file) => {
    const wrong = specifiers(file).filter((specifier) => {
      if (specifier.startsWith('.')) {
        const target = relative('.', resolve(dirname(file), specifier));
        return FORBIDDEN_FOLDERS.some((folder) => target === folder || target.startsWith(`${folder}/`)) || !target.startsWith('src/lib/');
      }
      return FORBIDDEN_PACKAGES.test(specifier);
    });
    expect(wrong, `${relative('.', file)} imports what src/lib must not: move that code to src/render or src/scripts, or pass it in`).toEqual([]);
  });
});

test('src/lib type-checks without the DOM: no document, window, elements or canvas', () => {
  // Node's types only (TextDecoder and timers are Node's too); the compiler then names every DOM use.
  const program = ts.createProgram(libFiles, {
    noEmit: true, skipLibCheck: true, allowImportingTsExtensions: true,
    target: ts.ScriptTarget.ES2023, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'], types: ['node'],
  });
  // Only names not found (a DOM global or type), not every type error of work in progress.
  const NOT_FOUND = new Set([2304, 2552, 2583, 2584]);
  const problems = ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file && d.file.fileName.startsWith(LIB) && NOT_FOUND.has(d.code))
    .map((d) => `${relative('.', d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  expect(problems).toEqual([]);
}, 60_000);
