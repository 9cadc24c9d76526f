import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clientBuilds } from '../../../integrations/client-scripts.mjs';

// package.json says what the project uses: nothing declared that nothing imports, nothing
// imported that only arrives through another package, and no build-time code in the browser.
const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/;
const SKIP = new Set(['node_modules', 'dist', 'public', 'output', 'fixtures', '.work', '.astro']);

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return SOURCE.test(path) ? [path] : [];
  return readdirSync(path).filter((name) => !SKIP.has(name) && !name.startsWith('dist-')).flatMap((name) => sourceFiles(join(path, name)));
}

/** Package names a file imports, requires or resolves ("d3-scale", "@observablehq/plot"). */
function packagesOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // `from` only at the end of an import or export statement, so prose that says "from '…'" is not read.
  const statement = /^\s*(?:import|export|\})[^\n'"]*?\bfrom\s+|\bimport\s*\(?\s*|\brequire\(\s*|(?:require|\))\.resolve\(\s*/.source;
  const specifiers = [...text.matchAll(new RegExp(`(?:${statement})(['"])([^'"\\s./][^'"\\s]*)\\1`, 'gm'))].map((m) => m[2]!);
  return specifiers
    .filter((s) => !s.startsWith('astro:'))
    // Node's built-ins count as "node", which @types/node types.
    .map((s) => (s.startsWith('node:') || builtinModules.includes(s) ? 'node' : s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

const importers = (roots: string[]) => {
  const byPackage = new Map<string, string[]>();
  for (const file of roots.flatMap(sourceFiles)) for (const name of packagesOf(file)) byPackage.set(name, [...(byPackage.get(name) ?? []), file]);
  return byPackage;
};

// What `npm install && npm start` and `npm run import` run; tests and the bench come on top.
const runtime = importers(['src', 'integrations', 'scripts', 'astro.config.mjs']);
const everything = importers(['src', 'integrations', 'scripts', 'astro.config.mjs', 'tests', 'bench', 'vitest.config.ts']);
// Tools run by name from the npm scripts, and the compiler `astro check` needs beside them.
const scriptsText = Object.values(pkg.scripts).join(' ');
const USED_AS_TOOLS: Record<string, string> = { '@astrojs/check': 'astro check', typescript: 'astro check', tsx: 'tsx' };

describe('package.json declares what is used', () => {
  test.each(Object.keys(pkg.dependencies))('dependency %s is imported by the site, its build or its import', (name) => {
    expect(runtime.get(name), `${name} is in dependencies but src, integrations and scripts never import it`).toBeDefined();
  });
  test.each(Object.keys(pkg.devDependencies))('dev dependency %s is used', (name) => {
    const tool = USED_AS_TOOLS[name];
    if (name.startsWith('@types/')) expect(everything.has(name.slice('@types/'.length)), `${name} types a package nothing imports`).toBe(true);
    else if (tool) expect(scriptsText).toContain(tool);
    else expect(everything.get(name), `${name} is in devDependencies but nothing imports it`).toBeDefined();
  });
  test('every package imported is declared', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    const undeclared = [...everything].filter(([name]) => name !== 'node' && !declared.has(name)).map(([name, files]) => `${name} (${files[0]})`);
    expect(undeclared).toEqual([]);
  });
  test('what the site, its build and its import need is in dependencies, not devDependencies', () => {
    const dev = [...runtime.keys()].filter((name) => name in pkg.devDependencies);
    expect(dev).toEqual([]);
  });
});

describe('the browser gets only browser code', () => {
  test('no client bundle carries build-time packages or Node built-ins; the chart bundle has only the Plot marks it draws', async () => {
    const inputs: Record<string, string[]> = {};
    for (const options of clientBuilds(root, 'build')) {
      const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent' });
      for (const [out, meta] of Object.entries(result.metafile!.outputs)) {
        if (out.endsWith('.js')) inputs[out] = Object.entries(meta.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path);
      }
    }
    const all = Object.values(inputs).flat();
    expect(all.filter((path) => /node_modules\/(?:jsdom|zod|yaml|workbox-build|fflate|papaparse|entities|esbuild|astro)\//.test(path))).toEqual([]);
    const charts = Object.entries(inputs).find(([out]) => out.endsWith('charts.js'))![1];
    const marks = charts.filter((path) => path.includes('plot/src/marks/')).map((path) => path.split('/').pop());
    // bar and rule are drawn; axis, text, tip, frame, rect and vector make Plot's axes and bars.
    expect(marks.sort()).toEqual(['axis.js', 'bar.js', 'frame.js', 'rect.js', 'rule.js', 'text.js', 'tip.js', 'vector.js']);
    // Packages only some actions need come in bundles of their own, loaded when wanted: not with the first screen's scripts.
    const bundled = (name: string, pkg: string) => Object.entries(inputs).find(([out]) => out.endsWith(`/${name}.js`))![1].some((path) => path.includes(`node_modules/${pkg}/`));
    for (const pkg of ['qrcode-generator', 'fuse.js', '@observablehq/plot']) expect(bundled('timeline-page', pkg) || bundled('site', pkg), pkg).toBe(false);
    expect([bundled('qr-code', 'qrcode-generator'), bundled('fuzzy-search', 'fuse.js'), bundled('charts', '@observablehq/plot')]).toEqual([true, true, true]);
  }, 60_000);
});
