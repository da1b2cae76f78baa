import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startFixtureServer } from '../tools/fixture-server.ts';

/** Builds the extension once and serves the fixture pages on 127.0.0.1. */
export default async function setup(project: TestProject) {
  if (!process.env.CLINICCHECK_SKIP_BUILD) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
  const server = await startFixtureServer(0);
  project.provide('fixtureOrigin', server.origin);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOrigin: string;
  }
}
