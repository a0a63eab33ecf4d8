// report.html in Chromium with the network blocked: its charts draw, the scrubber and toggles work, it embeds in an iframe, and it makes no request.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runFixture } from '../report/reportFixture.js';
import { launchChromium } from './chromium.js';
import { ARTIFACTS, watchedPage } from './explorerSetup.js';

let results: string;
let browser: { context: BrowserContext; close(): Promise<void> };
const requests: string[] = [];

/** Opens `url` in a fresh watched page; every request other than the page's own files is recorded and aborted. */
async function open(url: string, errors: string[]): Promise<Page> {
  const page = await watchedPage(browser.context, errors);
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  results = await runFixture(['--report']);
  browser = await launchChromium({ width: 1100, height: 1400 });
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('report.html', () => {
  it('draws its charts offline, moves the cursor with the scrubber, toggles lines and plays', async () => {
    const errors: string[] = [];
    const page = await open(pathToFileURL(join(results, 'report', 'report.html')).href, errors);
    await page.waitForSelector('#timeline-controls:not([hidden])');
    expect(await page.locator('figure svg').count()).toBe(9);
    expect(await page.locator('figure svg title').count()).toBe(9);

    const cursorX = () => page.locator('figure[data-figure="score-by-type"] line.cursor').getAttribute('x1').then(Number);
    const atEnd = await cursorX();
    await page.locator('#timeline').fill('10');
    await page.locator('#timeline').dispatchEvent('input');
    expect(await cursorX()).toBeLessThan(atEnd);
    await expect.poll(() => page.locator('#snapshot .snapshot-day').textContent()).toContain('Values on day 10');
    expect(await page.locator('#snapshot table').count()).toBe(3);

    const lines = () => page.locator('figure[data-figure="score-by-type"] svg path[stroke-width="1.5"]').count();
    expect(await lines()).toBe(5);
    await page.locator('figure[data-figure="score-by-type"] .toggles input').first().uncheck();
    expect(await lines()).toBe(4);

    await page.locator('#timeline-controls button').click();
    await expect.poll(() => page.locator('#timeline').inputValue(), { timeout: 10_000 }).not.toBe('10');
    await page.locator('#timeline-controls button').click();
    await page.locator('#timeline').fill('45');
    await page.locator('#timeline').dispatchEvent('input');
    await page.screenshot({ path: join(ARTIFACTS, 'report-html.png'), fullPage: false });

    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('embeds in a blog post through an iframe', async () => {
    const parent = join(results, 'post.html');
    await writeFile(parent, '<!DOCTYPE html><html><body><h1>A post</h1><iframe src="report/report.html" width="900" height="800" title="scorechase report"></iframe></body></html>');
    const errors: string[] = [];
    const page = await open(pathToFileURL(parent).href, errors);
    const frame = page.frameLocator('iframe');
    await frame.locator('#timeline-controls:not([hidden])').waitFor();
    expect(await frame.locator('figure svg').count()).toBe(9);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
