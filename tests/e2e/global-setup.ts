import type { TestProject } from 'vitest/node';
import { buildTestSite } from './build-site.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

/** Builds the test site once and serves it for every browser test. */
export default async function setup(project: TestProject) {
  const dir = buildTestSite('e2e');
  const server = await serveStatic(dir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', dir);
  return server.close;
}
