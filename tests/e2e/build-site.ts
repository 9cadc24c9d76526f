import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WORK = resolve('tests/.work');

/** The environment of a site build: the test runner's own Vite variables (BASE_URL, MODE…) must not leak into it. */
export function buildEnv(content: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)));
  return { ...env, CONTENT_DIR: content, SOURCE_DATE_EPOCH: '1700000000' };
}

/**
 * The test site: the real content plus the fixture articles (a second source for the summit,
 * an English article, an undated one), built into tests/.work/<name>-dist; or, with
 * `contentOnly`, just the articles of that folder.
 */
export function buildTestSite(name: string, options: { base?: string; extraContent?: string[]; contentOnly?: string } = {}): string {
  const content = join(WORK, `${name}-content`);
  const out = join(WORK, `${name}-dist`);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  cpSync('content/themes.yaml', join(content, 'themes.yaml'));
  const folders = options.contentOnly ? [options.contentOnly] : ['content/articles', 'tests/fixtures/site/articles', ...(options.extraContent ?? [])];
  for (const folder of folders) {
    cpSync(folder, join(content, 'articles'), { recursive: true });
  }
  const args = ['astro', 'build', '--outDir', out, ...(options.base ? ['--base', options.base] : [])];
  // The build's report goes to tests/.work/<name>-build.log, for tests that read it.
  const log = openSync(join(WORK, `${name}-build.log`), 'w');
  execFileSync('npx', args, {
    stdio: ['ignore', log, 'inherit'],
    env: buildEnv(content),
  });
  return out;
}
