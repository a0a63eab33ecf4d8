// The results folder's manifest.json: what was run and the hash of every output, with nothing machine- or time-specific.
import type { ResolvedScenario } from '../scenario/resolved.js';

/** Everything `buildManifest` records. */
export interface ManifestInput {
  /** The scenario file; only its base name is kept (`scenarios/baseline.yaml` → `baseline.yaml`). */
  scenarioFile: string;
  /** The scenario as written (the parsed YAML before defaults). */
  written: unknown;
  /** The scenario with every default applied. */
  resolved: ResolvedScenario;
  /** The seed the run used (after any `--seed` override). */
  seed: number | string;
  /** The number of ticks the run used (after any `--ticks` override). */
  ticks: number;
  /** The scorechase version that produced the results. */
  version: string;
  /** The program that produced the results; always `scorechase`. */
  engine: 'scorechase';
  /** sha256 (lower-case hex) of every other file in the folder, by file name. */
  outputs: Record<string, string>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The base name of a path, for `/` and `\` separators alike (`C:\x\a.yaml` → `a.yaml`). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1];
}

/**
 * The text of manifest.json: pretty JSON (two-space indent) with keys in a fixed order — engine, version,
 * scenarioFile, seed, ticks, outputs (sorted by file name), written, resolved — and a trailing newline.
 * It holds no timestamp, host name or absolute path, so the same scenario and seed give the same bytes on
 * any machine. Throws when an output hash is not 64 lower-case hex digits (a programming error).
 */
export function buildManifest(input: ManifestInput): string {
  const outputs: Record<string, string> = {};
  for (const name of Object.keys(input.outputs).sort()) {
    const hash = input.outputs[name];
    if (!SHA256_HEX.test(hash)) throw new Error(`buildManifest: output "${name}" has no sha256 hex hash`);
    outputs[name] = hash;
  }
  const manifest = {
    engine: input.engine,
    version: input.version,
    scenarioFile: baseName(input.scenarioFile),
    seed: input.seed,
    ticks: input.ticks,
    outputs,
    written: input.written ?? null,
    resolved: input.resolved,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
