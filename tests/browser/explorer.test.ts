// The explorer in a real browser (Debian's Chromium via playwright-core): run, every panel, exports, files, permalink, 10k agents.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, explorerFixture, explorerReady, watchedPage, type ExplorerFixture } from './explorerSetup.js';

const PANELS = ['network', 'timelines', 'shock', 'validity', 'cliques', 'fallacy', 'compare'];
let fixture: ExplorerFixture;
const errors: string[] = [];

type ExplorerWindow = { scorechase: { explorer: { runTo(t: number): Promise<void>; viewTick: number; run: { head: number } }; measureFps(ms: number): Promise<{ fps: number; frames: number; meanDrawMs: number }>; network: { view: { firstDrawAt?: number } } } };

beforeAll(async () => {
  fixture = await explorerFixture();
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `explorer-${name}.png`), fullPage: true });
}

describe('the explorer in Chromium', () => {
  it('runs the default scenario to tick 100, shows every panel and exports a chart', async () => {
    const page = await watchedPage(fixture.context, errors);
    await page.goto(fixture.server.url);
    await explorerReady(page);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => (window as unknown as ExplorerWindow).scorechase.explorer.run.head >= 3);
    await page.keyboard.press('Space');
    await page.evaluate(() => (window as unknown as ExplorerWindow).scorechase.explorer.runTo(100));
    await expect.poll(() => page.textContent('#tick-label'), { timeout: 30_000 }).toContain('tick 100 / 100 of 365');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => (window as unknown as ExplorerWindow).scorechase.explorer.viewTick), { timeout: 30_000 }).toBeLessThan(100);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => (window as unknown as ExplorerWindow).scorechase.explorer.viewTick), { timeout: 30_000 }).toBe(100);

    for (const [index, id] of PANELS.entries()) {
      await page.keyboard.press(String(index + 1));
      await expect.poll(() => page.getAttribute(`#tab-${id}`, 'aria-selected'), { timeout: 30_000 }).toBe('true');
      if (id !== 'network' && id !== 'compare') {
        await page.waitForSelector(`#panel-${id} svg title`, { state: 'attached' });
        const described = await page.$$eval(`#panel-${id} svg[role=img]`, (svgs) => svgs.every((s) => s.querySelector('title')?.textContent && s.querySelector('desc')?.textContent));
        expect(described).toBe(true);
      }
      await page.waitForTimeout(300);
      await shoot(page, id);
    }

    await page.click('#tab-timelines');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#panel-timelines [data-export=svg] >> nth=0')]);
    const svgText = await readFile(await svgDownload.path(), 'utf8');
    expect(svgText.startsWith('<?xml')).toBe(true);
    expect(svgText).toMatch(/<svg[^>]*role="img"[\s\S]*<title>klout-2010 \(displayed\): score by type<\/title><desc>/);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#panel-timelines [data-export=csv] >> nth=0')]);
    expect((await readFile(await csvDownload.path(), 'utf8')).split('\n')[0]).toBe('tick,group,q1,median,q3');
    await page.click('#tab-network');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#panel-network [data-export=png]')]);
    expect((await readFile(await pngDownload.path())).subarray(1, 4).toString()).toBe('PNG');

    await page.selectOption('select[name=colour-by]', 'community');
    await page.waitForTimeout(4000);
    await shoot(page, 'network-communities');
    expect(await page.textContent('#panel-network .legend')).toContain('community 0');
    await page.fill('input[name=agent-search]', '7');
    await page.press('input[name=agent-search]', 'Enter');
    await expect.poll(() => page.textContent('.agent-details'), { timeout: 30_000 }).toContain('Agent 7');

    await page.focus('#play');
    await page.keyboard.press('?');
    await expect.poll(() => page.isVisible('#help'), { timeout: 30_000 }).toBe(true);
    await shoot(page, 'help');
    await page.keyboard.press('Escape');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('compares two algorithms on the same seed, linked to one timeline', async () => {
    const page = await watchedPage(fixture.context, errors);
    await page.goto(`${fixture.server.url}#scenario=baseline&seed=1&tick=40&panel=compare&p.agents.count=1500`);
    await explorerReady(page);
    await page.selectOption('select[name=compare-variant]', 'algorithm:klout-2011');
    await page.click('#panel-compare button:has-text("Start run B")');
    await expect.poll(() => page.textContent('#status'), { timeout: 60_000 }).toContain('B: klout-2011 at tick 40');
    await page.waitForSelector('[data-chart=compare-band-b] svg');
    await page.waitForTimeout(1500);
    await shoot(page, 'compare-running');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('opens a saved results folder, shows located errors for a bad scenario file, and reopens a permalink', async () => {
    const page = await watchedPage(fixture.context, errors);
    await page.goto(`${fixture.server.url}#scenario=baseline&seed=2&tick=20&panel=validity&p.agents.count=500`);
    await explorerReady(page);
    expect(await page.inputValue('#seed')).toBe('2');
    expect(await page.inputValue('input[data-path="agents.count"]')).toBe('500');
    await expect.poll(() => page.textContent('#tick-label'), { timeout: 30_000 }).toContain('tick 20 / 20');
    expect(await page.getAttribute('#tab-validity', 'aria-selected')).toBe('true');

    await page.setInputFiles('#scenario-file', { name: 'bad.yaml', mimeType: 'text/yaml', buffer: Buffer.from('ticks: 0\nagents:\n  count: 5\n') });
    await expect.poll(() => page.textContent('#issues'), { timeout: 30_000 }).toContain('bad.yaml:1:1: ticks:');
    expect(await page.textContent('#issues')).toContain('bad.yaml:3:3: agents.count:');
    await shoot(page, 'invalid-scenario');

    const files = ['manifest.json', 'metrics.csv', 'agents.csv', 'events.json'].map((f) => join(fixture.resultsDir, f));
    await page.setInputFiles('#results-files', files);
    await expect.poll(() => page.textContent('#status'), { timeout: 30_000 }).toContain('saved results');
    expect(await page.textContent('#tick-label')).toContain('tick 30 / 30 of 30');
    for (const id of ['timelines', 'validity', 'fallacy', 'network']) {
      await page.click(`#tab-${id}`);
      await page.waitForTimeout(300);
      await shoot(page, `saved-${id}`);
    }
    expect(await page.textContent('#panel-fallacy desc')).toContain('followers – shares received');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('marks a shock on the timelines and shows its winners and losers', async () => {
    const page = await watchedPage(fixture.context, errors);
    await page.goto(`${fixture.server.url}#panel=shock`);
    await explorerReady(page);
    const baseline = await readFile('scenarios/baseline.yaml', 'utf8');
    const shocked = `${baseline.replace('name: baseline', 'name: klout-switch').replace('ticks: 365', 'ticks: 80').replace('count: 3000', 'count: 1500')}shocks:\n  - at: 40\n    switch:\n      to: klout-2011\n`;
    await page.setInputFiles('#scenario-file', { name: 'klout-switch.yaml', mimeType: 'text/yaml', buffer: Buffer.from(shocked) });
    await page.click('#run-button');
    await expect.poll(() => page.textContent('#status'), { timeout: 30_000 }).toContain('klout-switch');
    await page.evaluate(() => (window as unknown as ExplorerWindow).scorechase.explorer.runTo(75));
    await expect.poll(() => page.textContent('#panel-shock .chart-message'), { timeout: 30_000 }).toContain('switch → klout-2011 on tick 40');
    expect(await page.textContent('#panel-shock')).toContain('Biggest losers');
    await shoot(page, 'shock-switch');
    await page.click('#tab-timelines');
    await page.waitForSelector('#panel-timelines .markers', { state: 'attached' });
    expect(await page.textContent('#panel-timelines desc')).toContain('Shocks: switch → klout-2011 on tick 40.');
    await shoot(page, 'timelines-switch');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('draws 10,000 agents: time to first render and frames per second of the network view', async () => {
    const page = await watchedPage(fixture.context, errors);
    await page.goto(`${fixture.server.url}#p.agents.count=10000&p.ticks=60`);
    await page.waitForFunction(() => (window as unknown as ExplorerWindow).scorechase?.network.view.firstDrawAt !== undefined, null, { timeout: 60_000 });
    const firstRenderMs = await page.evaluate(() => (window as unknown as ExplorerWindow).scorechase.network.view.firstDrawAt!);
    const layoutRunning = await page.evaluate(() => (window as unknown as ExplorerWindow).scorechase.measureFps(3000));
    await page.click('#play');
    const playing = await page.evaluate(() => (window as unknown as ExplorerWindow).scorechase.measureFps(3000));
    await page.click('#play');
    const figures = { agents: 10_000, firstRenderMs, layoutRunning, playing, loadAverage: (await readFile('/proc/loadavg', 'utf8').catch(() => '')).trim() };
    await writeFile(join(ARTIFACTS, 'network-10k.json'), `${JSON.stringify(figures, null, 2)}\n`);
    await shoot(page, 'network-10k');
    console.log(`network at 10k agents: ${JSON.stringify(figures)}`);
    expect(firstRenderMs).toBeLessThan(15_000);
    expect(layoutRunning.frames).toBeGreaterThan(0);
    await page.close();
    expect(errors).toEqual([]);
  });
});
