// The resolved scenario: a parsed scenario with every default applied and the population mix turned into counts.
import type { AgentTypeName } from '../core/agentTypes.js';
import type { ScenarioParsed } from './schema.js';
import type { TypeParams } from './typeDefaults.js';

/** A scenario ready to build: what the engine consumes. Plain data, JSON-safe. */
export interface ResolvedScenario extends Omit<ScenarioParsed, 'agents' | 'name' | 'scoring'> {
  /** Scoring: the displayed algorithm, every shadow algorithm (default: all registered) and their constants. */
  scoring: Omit<ScenarioParsed['scoring'], 'shadow'> & { shadow: string[] };
  /** Short name (from the file, or the file name). */
  name: string;
  agents: {
    /** Total agents at the start. */
    count: number;
    /** Agents of each type; sums to `count`. */
    counts: Record<AgentTypeName, number>;
    /** Full behaviour parameters of each type: defaults merged with the scenario's overrides. */
    types: Record<AgentTypeName, TypeParams>;
  };
}

/** A scenario file as loaded: its source, what was written, and the resolved form. */
export interface LoadedScenario {
  /** The file path as the user gave it (for messages). */
  file: string;
  /** The file's text exactly as read. */
  source: string;
  /** The parsed YAML as written, before defaults. */
  written: unknown;
  /** The resolved scenario. */
  resolved: ResolvedScenario;
}
