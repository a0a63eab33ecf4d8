// Builds the initial population: assigns behaviour types to network nodes and draws every agent's traits.
import { AGENT_TYPES, AgentType, type AgentTypeName } from '../core/agentTypes.js';
import type { Rng } from '../core/rng.js';
import type { ResolvedScenario } from '../scenario/resolved.js';
import { AgentStore } from './agentStore.js';
import { initialiseAgent } from './initialiseAgent.js';

/** What the population builder needs to know about the initial network. */
export interface PopulationNetwork {
  nodeCount: number;
  /** Followers of each node at the start (celebrities take the most-followed nodes). */
  inDegree: Int32Array;
  /** Topic block of each node, when the generator made blocks. */
  block?: Uint8Array;
}

/**
 * Rescales per-type counts to a different total by largest remainder, ties broken by type order;
 * used when an edge-list file fixes the number of agents.
 */
export function rescaleCounts(
  counts: Record<AgentTypeName, number>,
  total: number,
): Record<AgentTypeName, number> {
  const sum = AGENT_TYPES.reduce((s, t) => s + counts[t], 0);
  if (sum === total) return { ...counts };
  const exact = AGENT_TYPES.map((t) => (counts[t] / sum) * total);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = AGENT_TYPES.map((_, i) => i).sort(
    (a, b) => exact[b] - result[b] - (exact[a] - result[a]) || a - b,
  );
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) result[order[i]]++;
  return Object.fromEntries(AGENT_TYPES.map((t, i) => [t, result[i]])) as Record<AgentTypeName, number>;
}

/**
 * Assigns types to nodes: celebrities take the most-followed nodes (ties by id), every other type is
 * spread over the rest in a seeded random order. Returns the type code of each node.
 */
export function assignTypes(
  counts: Record<AgentTypeName, number>,
  inDegree: Int32Array,
  rng: Rng,
): Uint8Array {
  const n = inDegree.length;
  const types = new Uint8Array(n);
  const byFollowers = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => inDegree[b] - inDegree[a] || a - b,
  );
  const celebrities = counts.celebrity;
  for (let i = 0; i < celebrities; i++) types[byFollowers[i]] = AgentType.celebrity;
  const rest = rng.shuffle(byFollowers.slice(celebrities));
  let next = 0;
  for (const name of AGENT_TYPES) {
    if (name === 'celebrity') continue;
    for (let k = 0; k < counts[name]; k++) types[rest[next++]] = AgentType[name];
  }
  return types;
}

/** Builds the agent store for the scenario over the given initial network. */
export function buildPopulation(
  scenario: ResolvedScenario,
  network: PopulationNetwork,
  rng: Rng,
): AgentStore {
  const n = network.nodeCount;
  const counts = rescaleCounts(scenario.agents.counts, n);
  const types = assignTypes(counts, network.inDegree, rng.fork('types'));
  const store = new AgentStore(n, scenario.secondaryNetworks.length);
  store.add(n);
  const traits = rng.fork('traits');
  for (let i = 0; i < n; i++) {
    initialiseAgent(store, i, types[i], scenario, traits, network.block ? network.block[i] : -1, 0);
  }
  return store;
}
