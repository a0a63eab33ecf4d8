// Draws one agent's traits (interests, posting rate, quality, offline influence, secondary networks) from its type.
import { AGENT_TYPES } from '../core/agentTypes.js';
import type { Rng } from '../core/rng.js';
import type { ResolvedScenario } from '../scenario/resolved.js';
import type { AgentStore } from './agentStore.js';

/**
 * Fills agent `id`'s fields in `store` for behaviour type `type` joining at `tick`.
 * `primaryTopic` is the agent's topic block, or -1 to draw one. Draws only from `rng`.
 */
export function initialiseAgent(
  store: AgentStore,
  id: number,
  type: number,
  scenario: ResolvedScenario,
  rng: Rng,
  primaryTopic: number,
  tick: number,
): void {
  const params = scenario.agents.types[AGENT_TYPES[type]];
  const topics = scenario.topics;
  store.type[id] = type;
  store.active[id] = 1;
  store.joinedTick[id] = tick;

  const first = primaryTopic >= 0 ? primaryTopic % topics : rng.int(topics);
  let interests = 1 << first;
  const wanted = Math.min(params.topics, topics);
  for (let k = 1; k < wanted; ) {
    const bit = 1 << rng.int(topics);
    if ((interests & bit) === 0) {
      interests |= bit;
      k++;
    }
  }
  store.primaryTopic[id] = first;
  store.interests[id] = interests >>> 0;

  const { min, max } = params.postsPerDay;
  store.postRate[id] =
    min > 0 && max > min ? Math.exp(rng.uniform(Math.log(min), Math.log(max))) : rng.uniform(min, max);
  store.quality[id] = Math.min(1, Math.max(0.01, rng.normal(params.quality.mean, params.quality.sd)));

  const offline = params.offlineInfluence;
  store.offlineInfluence[id] =
    offline.mean > 0 && rng.chance(offline.share) ? rng.logNormal(Math.log(offline.mean) - 0.5, 1) : 0;

  let present = 0;
  let linked = 0;
  const s = store.secondaryCount;
  scenario.secondaryNetworks.forEach((net, k) => {
    if (!rng.chance(net.presence)) return;
    present |= 1 << k;
    if (rng.chance(params.linkNetworks)) linked |= 1 << k;
    store.secondaryAudience[id * s + k] = rng.logNormal(Math.log(Math.max(net.audience, 1e-9)) - 0.5, 1);
    store.secondaryActivity[id * s + k] = rng.logNormal(Math.log(Math.max(net.activity, 1e-9)) - 0.5, 1);
  });
  store.present[id] = present;
  store.linked[id] = linked;
}
