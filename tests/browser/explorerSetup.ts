// Fixtures of the browser tests: the built site served on 127.0.0.1, a results folder made by the CLI, and Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { serveFolder, type StaticServer } from './staticServer.js';

/** Where screenshots and measurements go (gitignored). */
export const ARTIFACTS = 'tests/artifacts';

/** Everything a browser test needs, and one function that tears it all down. */
export interface ExplorerFixture {
  server: StaticServer;
  context: BrowserContext;
  resultsDir: string;
  close(): Promise<void>;
}

/** Builds the explorer into dist/site, writes a 30-tick baseline results folder with the CLI, serves the site, starts Chromium. */
export async function explorerFixture(): Promise<ExplorerFixture> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  if (!existsSync('dist/sim/cli/main.js')) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const work = await mkdtemp(join(tmpdir(), 'scorechase-browser-'));
  const resultsDir = join(work, 'baseline-results');
  execFileSync('node', ['bin/scorechase.js', 'run', 'scenarios/baseline.yaml', '--ticks', '30', '--out', resultsDir, '--quiet'], { stdio: 'pipe' });
  const server = await serveFolder('dist/site');
  const browser = await launchChromium();
  return {
    server,
    context: browser.context,
    resultsDir,
    async close() {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/** A new page that records every console error and uncaught exception into `errors`. */
export async function watchedPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return page;
}

/** Waits until the explorer has loaded its first scenario. */
export async function explorerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => 'scorechase' in window, null, { timeout: 30_000 });
  await page.evaluate(() => (window as unknown as { scorechase: { ready: Promise<void> } }).scorechase.ready);
}
