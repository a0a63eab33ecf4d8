// Reporter `cliques`: communities of the recent interaction graph with persistent identities, and how cliquish the network is.
import { AgentType } from '../../core/agentTypes.js';
import type { SimState } from '../../engine/state.js';
import type { JsonValue } from '../../shocks/types.js';
import { cliqueMeasures, type CliqueMeasures } from '../cliqueMeasures.js';
import { matchCommunities, MIN_COMMUNITY_SIZE, type IdentityStep } from '../communityIdentity.js';
import { interactionGraph, type InteractionGraph } from '../interactionGraph.js';
import type { EmitRow, Reporter } from '../reporter.js';

/** Births and deaths are listed in summary.json's events for communities of at least this many agents (all are counted). */
export const LISTED_COMMUNITY_SIZE = 10;

/** How many of the largest communities each snapshot lists in summary.json. */
export const LARGEST_LISTED = 10;

/** The reporter's own state: every agent's community identity at the last snapshot, and the history for summary.json. */
export interface CliqueState {
  label: Int32Array;
  nextId: number;
  history: JsonValue[];
  events: JsonValue[];
  last: JsonValue;
}

/** Each agent's tracked community index (communities of MIN_COMMUNITY_SIZE or more, in order of lowest id) and their sizes. */
function trackedCommunities(graph: InteractionGraph, measures: CliqueMeasures, agentCount: number) {
  const { community, count } = measures.communities;
  const size = new Int32Array(count);
  for (let u = 0; u < community.length; u++) size[community[u]]++;
  const index = new Int32Array(count).fill(-1);
  const sizes: number[] = [];
  for (let c = 0; c < count; c++) if (size[c] >= MIN_COMMUNITY_SIZE) index[c] = sizes.push(size[c]) - 1;
  const raw = new Int32Array(agentCount).fill(-1);
  for (let u = 0; u < community.length; u++) raw[graph.agent[u]] = index[community[u]];
  return { raw, sizes };
}

/** Emits a snapshot's rows (group `all`, the rich club by `q10` … `q90`). */
function emitRows(emit: EmitRow, m: CliqueMeasures, step: IdentityStep, sizes: number[]): void {
  const row = (metric: string, value: number) => emit(`clique.${metric}`, 'all', value);
  row('nodes', m.nodes);
  row('edges', m.edges);
  row('communities', sizes.length);
  row('largest-community', sizes.reduce((a, b) => Math.max(a, b), 0));
  row('modularity', m.communities.modularity);
  row('births', step.births);
  row('deaths', step.deaths);
  row('merges', step.merges);
  row('splits', step.splits);
  row('score-assortativity', m.scoreAssortativity);
  for (const p of m.scoreRichClub) emit('clique.score-rich-club', `q${Math.round(p.quantile * 100)}`, p.normalised);
  row('degree-assortativity', m.degreeAssortativity);
  row('average-clustering', m.averageClustering);
  row('transitivity', m.transitivity);
  row('reciprocity', m.reciprocity);
  row('chaser-ei', m.chaserEI);
}

/** The LARGEST_LISTED largest tracked communities (ties to the lower identity) with their chasers and mean displayed score. */
function largest(state: SimState, step: IdentityStep, sizes: number[]): JsonValue {
  const { agents } = state;
  const chasers = new Float64Array(sizes.length);
  const scoreSum = new Float64Array(sizes.length);
  const indexOf = new Map<number, number>();
  step.identity.forEach((id, c) => indexOf.set(id, c));
  for (let i = 0; i < step.label.length; i++) {
    if (step.label[i] < 0) continue;
    const c = indexOf.get(step.label[i])!;
    if (agents.type[i] === AgentType.chaser) chasers[c]++;
    scoreSum[c] += agents.score[i];
  }
  const order = sizes.map((_, c) => c).sort((a, b) => sizes[b] - sizes[a] || step.identity[a] - step.identity[b]);
  return order.slice(0, LARGEST_LISTED).map((c) => ({ id: step.identity[c], size: sizes[c], chasers: chasers[c], meanScore: scoreSum[c] / sizes[c] }));
}

/** Sizes of the given old identities in the previous labels. */
function oldSizes(label: Int32Array, ids: number[]): Map<number, number> {
  const sizes = new Map(ids.map((id) => [id, 0]));
  for (const id of label) if (sizes.has(id)) sizes.set(id, sizes.get(id)! + 1);
  return sizes;
}

/**
 * Every `metrics.cliqueInterval` ticks (default 28) and on the last tick: the interaction graph of the
 * last `metrics.cliqueWindow` days of reactions (default 28; the scoring service's log, `interactionGraph`),
 * measured by `cliqueMeasures` with a stream forked from `metrics` by tick, its Louvain communities of
 * MIN_COMMUNITY_SIZE or more matched to the previous snapshot's (`matchCommunities`). Rows `clique.*`,
 * group `all`; `clique.score-rich-club` by decile `q10` … `q90`.
 */
export const cliquesReporter: Reporter<CliqueState> = {
  name: 'cliques',
  description:
    'Every `metrics.cliqueInterval` ticks and on the last tick, on the undirected graph of who reacted to whom in the last ' +
    '`metrics.cliqueWindow` days (agents with an interaction): `clique.nodes`, `clique.edges`, `clique.communities` (Louvain, 3 or more ' +
    'agents), `clique.largest-community`, `clique.modularity`, `clique.births`, `clique.deaths`, `clique.merges`, `clique.splits` (against ' +
    'the previous snapshot, identities matched by largest overlap), `clique.score-assortativity` (displayed score), `clique.score-rich-club` ' +
    'by `q10` … `q90` (density above that score decile over its mean with shuffled scores), `clique.degree-assortativity`, ' +
    '`clique.average-clustering`, `clique.transitivity`, `clique.reciprocity` (directed), `clique.chaser-ei` (E-I index of chasers\' ties).',
  createState: () => ({ label: new Int32Array(0), nextId: 0, history: [], events: [], last: null }),
  due: (state, schedule) => state.tick > 0 && (state.tick % state.scenario.metrics.cliqueInterval === 0 || state.tick === schedule.lastTick),
  report(state: SimState, emit, own) {
    const { agents } = state;
    const n = agents.count;
    const graph = interactionGraph(state.scoring.recentLogs(state.scenario.metrics.cliqueWindow), n);
    const score = Float64Array.from(graph.agent, (i) => agents.score[i]);
    const chaser = Uint8Array.from(graph.agent, (i) => (agents.type[i] === AgentType.chaser ? 1 : 0));
    const measures = cliqueMeasures(graph, score, chaser, state.streams.metrics.fork(`cliques@${state.tick}`));
    const { raw, sizes } = trackedCommunities(graph, measures, n);
    const step = matchCommunities(own.label, raw, sizes.length, own.nextId);
    emitRows(emit, measures, step, sizes);
    const tick = state.tick;
    const bornSizes = new Map(Array.from(step.identity, (id, c) => [id, sizes[c]]));
    const diedSizes = oldSizes(own.label, step.died);
    for (const id of step.born) if (bornSizes.get(id)! >= LISTED_COMMUNITY_SIZE) own.events.push({ tick, kind: 'birth', id, size: bornSizes.get(id)! });
    for (const id of step.died) if (diedSizes.get(id)! >= LISTED_COMMUNITY_SIZE) own.events.push({ tick, kind: 'death', id, size: diedSizes.get(id)! });
    for (const e of step.events) own.events.push({ tick, kind: e.kind, from: e.from, into: e.into });
    own.last = {
      tick,
      nodes: measures.nodes,
      edges: measures.edges,
      modularity: measures.communities.modularity,
      scoreAssortativity: measures.scoreAssortativity,
      scoreRichClub: measures.scoreRichClub.map((p) => ({ ...p })),
      degreeAssortativity: measures.degreeAssortativity,
      averageClustering: measures.averageClustering,
      transitivity: measures.transitivity,
      reciprocity: measures.reciprocity,
      chaserEI: measures.chaserEI,
    };
    own.history.push({
      tick,
      communities: sizes.length,
      modularity: measures.communities.modularity,
      births: step.births,
      deaths: step.deaths,
      merges: step.merges,
      splits: step.splits,
      largest: largest(state, step, sizes),
    });
    own.label = step.label;
    own.nextId = step.nextId;
  },
  summary: (_state, own) => ({ last: own.last, history: own.history, events: own.events }),
};
