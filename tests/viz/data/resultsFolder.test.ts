// Tests of opening a results folder: the files `scorechase run` writes become a saved run with rows, a frame and events.
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../sim/output/manifest.js';
import { runScenario } from '../../../sim/run/runScenario.js';
import { loadScenario } from '../../../sim/scenario/load.js';
import { ResultsFolderError, openResultsFolder } from '../../../viz/data/resultsFolder.js';

function resultsFiles(): Map<string, string> {
  const loaded = loadScenario('ticks: 6\nagents:\n  count: 120\nmetrics:\n  interval: 3\n', 'tiny.yaml');
  const result = runScenario(loaded);
  const files = new Map(result.files.map((f) => [f.name, f.content]));
  const outputs = Object.fromEntries(result.files.map((f) => [f.name, '0'.repeat(64)]));
  files.set('manifest.json', buildManifest({ engine: 'scorechase', version: '0', scenarioFile: 'tiny.yaml', seed: 1, ticks: 6, outputs, written: loaded.written, resolved: loaded.resolved }));
  return files;
}

describe('openResultsFolder', () => {
  it('reads the manifest, metrics, agents and events of a run', () => {
    const store = openResultsFolder(resultsFiles());
    expect(store.origin).toBe('saved');
    expect(store.summary).toMatchObject({ name: 'tiny', seed: 1, ticks: 6, agentCount: 120, displayed: 'followers' });
    expect(store.summary.algorithms).toContain('followers');
    expect(store.summary.source).toContain('count: 120');
    expect(store.head).toBe(6);
    expect(store.frames).toHaveLength(1);
    const frame = store.frames[0];
    expect(frame.tick).toBe(6);
    expect(frame.count).toBe(120);
    expect(frame.edgeSrc).toHaveLength(0);
    expect(store.rows.filter((r) => r.metric === 'agents').map((r) => r.tick)).toContain(6);
    expect(store.events).toEqual([]);
  });

  it('says what is missing when manifest.json is not among the files', () => {
    expect(() => openResultsFolder(new Map([['metrics.csv', 'tick,metric,group,value\n']]))).toThrow(ResultsFolderError);
    expect(() => openResultsFolder(new Map([['manifest.json', '{"x":1}']]))).toThrow(/no "resolved" scenario/);
  });
});
