// The report of a run: golden report.md and figures for the fixture scenario, provenance in every SVG, and findings that match the results.
import { beforeAll, describe, expect, it } from 'vitest';
import { headlessDocument } from '../../sim/cli/svgRendering.js';
import { renderMarkdown } from '../../report/doc/markdown.js';
import { runReport } from '../../report/runReport.js';
import { PHASE_SUMMARIES } from '../../report/sections/methods.js';
import { DAY_PHASES } from '../../sim/engine/phases/index.js';
import { dataOf, readResults, runFixture } from './reportFixture.js';
import type { RunReportData } from '../../report/data/reportData.js';

let files: Map<string, string>;
let data: RunReportData;

beforeAll(async () => {
  files = await readResults(await runFixture());
  data = dataOf(files);
});

describe('the report of a run', () => {
  it('matches the golden report.md', async () => {
    const { document } = headlessDocument();
    const report = runReport(document, data, 'results/report-fixture-seed5');
    await expect(renderMarkdown(report.blocks)).toMatchFileSnapshot('./__golden__/report.md');
  });

  it('matches the golden SVG of the time chart and the shock chart', async () => {
    const headless = headlessDocument();
    const figures = runReport(headless.document, data, 'x').figures;
    const byId = new Map(figures.map((f) => [f.ref.id, headless.serialize(f.svg)]));
    await expect(byId.get('score-by-type')).toMatchFileSnapshot('./__golden__/score-by-type.svg');
    await expect(byId.get('shock-1')).toMatchFileSnapshot('./__golden__/shock-1.svg');
  });

  it('draws every figure with a title, alt text and provenance metadata', () => {
    const headless = headlessDocument();
    const figures = runReport(headless.document, data, 'x').figures;
    expect(figures.map((f) => f.ref.id)).toEqual([
      'score-by-type', 'score-percentiles', 'validity', 'influence-share', 'cliques', 'shock-1', 'score-distribution', 'score-vs-influence', 'million-follower-fallacy',
    ]);
    for (const figure of figures) {
      const xml = headless.serialize(figure.svg);
      expect(figure.svg.querySelector('title')?.textContent).toBe(figure.ref.title);
      expect(figure.ref.alt.length).toBeGreaterThan(figure.ref.title.length);
      expect(xml).toContain('xmlns:scorechase="urn:scorechase:provenance"');
      expect(xml).toContain(`scenario-sha256="${data.provenance.scenarioHash}"`);
      expect(xml).toContain(`manifest-sha256="${data.provenance.manifestHash}"`);
      expect(xml).toContain('seed="5"');
      expect(xml).toContain('version="0.1.0"');
    }
  });

  it('quotes the measured numbers of summary.json and metrics.csv in its findings', () => {
    const { document } = headlessDocument();
    const markdown = renderMarkdown(runReport(document, data, 'x').blocks);
    const summary = JSON.parse(files.get('summary.json')!);
    const validity = summary.validity.algorithms['klout-2011'];
    const rho = String(Number(validity.spearman.toPrecision(3))).replace('-', '−');
    expect(markdown).toContain(`with Spearman's ρ = ${rho} over all`);
    const pair = summary['million-follower-fallacy'].pairs[0];
    expect(markdown).toContain(`ρ = ${String(Number(pair.all.toPrecision(3))).replace('-', '−')} over all active agents`);
    expect(markdown).toContain('On day 30 the displayed score switched from klout-2010 to klout-2011. 20 days later');
    expect(markdown).toMatch(/npx scorechase run report-fixture\.yaml --seed 5 --ticks 60 --out x/);
    expect(markdown).toContain(`manifest.json sha256: \`${data.provenance.manifestHash}\``);
  });

  it('describes every phase of the day in its methods', () => {
    for (const phase of DAY_PHASES) expect(PHASE_SUMMARIES[phase.name], phase.name).toBeTruthy();
    const { document } = headlessDocument();
    const markdown = renderMarkdown(runReport(document, data, 'x').blocks);
    for (const heading of ['### Purpose', '### Entities, state variables and scales', '### Process overview and scheduling', '### Parameters', '### Shocks']) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain('| `metrics.interval` | 5 | file |');
  });

  it('leaves out what a folder does not hold', () => {
    const partial = new Map(files);
    partial.delete('agents.csv');
    partial.delete('summary.json');
    partial.set('events.json', '[]');
    const { document } = headlessDocument();
    const report = runReport(document, dataOf(partial), 'x');
    expect(report.figures.map((f) => f.ref.id)).toEqual(['score-by-type', 'score-percentiles', 'validity', 'influence-share', 'cliques']);
    expect(renderMarkdown(report.blocks)).not.toContain('### Validity against true influence');
  });
});
