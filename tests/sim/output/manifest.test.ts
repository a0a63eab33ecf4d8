// Tests of buildManifest: fixed key order, base name only, sorted hashes, nothing machine- or time-specific.
import { describe, expect, it } from 'vitest';
import { baseName, buildManifest, type ManifestInput } from '../../../sim/output/manifest.js';
import type { ResolvedScenario } from '../../../sim/scenario/resolved.js';

const hash = (c: string) => c.repeat(64);

function input(overrides: Partial<ManifestInput> = {}): ManifestInput {
  return {
    scenarioFile: '/home/someone/work/scenarios/tiny.yaml',
    written: { agents: { count: 200 }, ticks: 20 },
    resolved: { name: 'tiny', ticks: 20 } as unknown as ResolvedScenario,
    seed: 7,
    ticks: 20,
    version: '0.1.0',
    engine: 'scorechase',
    outputs: { 'metrics.csv': hash('b'), 'agents.csv': hash('a'), 'events.json': hash('c') },
    ...overrides,
  };
}

describe('buildManifest', () => {
  it('writes pretty JSON with keys in a fixed order and a trailing newline', () => {
    const text = buildManifest(input());
    expect(text.endsWith('}\n')).toBe(true);
    const manifest = JSON.parse(text);
    expect(Object.keys(manifest)).toEqual(['engine', 'version', 'scenarioFile', 'seed', 'ticks', 'outputs', 'written', 'resolved']);
    expect(text).toContain('\n  "engine": "scorechase",\n');
  });

  it('keeps only the base name of the scenario file and no absolute path anywhere', () => {
    const text = buildManifest(input());
    expect(JSON.parse(text).scenarioFile).toBe('tiny.yaml');
    expect(text).not.toContain('/home/');
    expect(JSON.parse(buildManifest(input({ scenarioFile: 'C:\\runs\\tiny.yaml' }))).scenarioFile).toBe('tiny.yaml');
  });

  it('lists outputs sorted by file name', () => {
    expect(Object.keys(JSON.parse(buildManifest(input())).outputs)).toEqual(['agents.csv', 'events.json', 'metrics.csv']);
  });

  it('is the same text for the same input, whatever the order outputs were added in', () => {
    const reordered = input({ outputs: { 'events.json': hash('c'), 'agents.csv': hash('a'), 'metrics.csv': hash('b') } });
    expect(buildManifest(reordered)).toBe(buildManifest(input()));
  });

  it('holds no timestamp', () => {
    expect(buildManifest(input())).not.toMatch(/\d{4}-\d{2}-\d{2}T|"(time|date|created|host)/i);
  });

  it('records an empty scenario as written as null', () => {
    expect(JSON.parse(buildManifest(input({ written: undefined }))).written).toBeNull();
  });

  it('rejects a hash that is not sha256 hex', () => {
    expect(() => buildManifest(input({ outputs: { 'a.csv': 'abc' } }))).toThrow(/a\.csv/);
  });
});

describe('baseName', () => {
  it('strips folders with either separator', () => {
    expect(baseName('a/b/c.yaml')).toBe('c.yaml');
    expect(baseName('a\\b.yaml')).toBe('b.yaml');
    expect(baseName('c.yaml')).toBe('c.yaml');
  });
});
