// Benchmark: one daily recompute of each registered scoring algorithm on 90 synthetic days; prints JSON lines per size.
import { AgentStore } from '../sim/agents/agentStore.js';
import { Rng } from '../sim/core/rng.js';
import { FollowGraph } from '../sim/network/followGraph.js';
import { preferentialAttachment } from '../sim/network/generators/preferentialAttachment.js';
import { DEFAULT_GENERATOR_OPTIONS } from '../sim/network/types.js';
import type { DayLog } from '../sim/scoring/activityLog.js';
import { scoringAlgorithms } from '../sim/scoring/registry.js';
import { ScoringService } from '../sim/scoring/service.js';

/** Posts and reactions per agent per day of the synthetic activity, and the days observed before timing. */
const POSTS_PER_AGENT_DAY = 0.1;
const REACTIONS_PER_AGENT_DAY = 0.15;
const WINDOW_DAYS = 90;

/**
 * One synthetic day: each reaction runs along a random follow edge (actor the follower, target the
 * followed, so targets are heavy-tailed like in-degrees: exponent about 2.3); half the posts come from
 * accounts drawn the same way, half from uniform ones. Kinds: 70 % likes, 15 % replies, 10 % shares, 5 % mentions.
 */
function syntheticDay(tick: number, n: number, src: Int32Array, dst: Int32Array, rng: Rng): DayLog {
  const posts = Math.round(n * POSTS_PER_AGENT_DAY);
  const reactions = Math.round(n * REACTIONS_PER_AGENT_DAY);
  const postAuthors = new Int32Array(posts);
  for (let q = 0; q < posts; q++) postAuthors[q] = rng.chance(0.5) ? dst[rng.int(dst.length)] : rng.int(n);
  const reactionActors = new Int32Array(reactions);
  const reactionTargets = new Int32Array(reactions);
  const reactionKinds = new Uint8Array(reactions);
  for (let r = 0; r < reactions; r++) {
    const e = rng.int(src.length);
    reactionActors[r] = src[e];
    reactionTargets[r] = dst[e];
    const u = rng.next();
    reactionKinds[r] = u < 0.7 ? 0 : u < 0.85 ? 1 : u < 0.95 ? 2 : 3;
  }
  return { tick, postAuthors, reactionActors, reactionTargets, reactionKinds };
}

/** n active agents with the default secondary networks (facebook, linkedin), half of them linked. */
function syntheticAgents(n: number, rng: Rng): AgentStore {
  const agents = new AgentStore(n, 2);
  agents.add(n);
  agents.active.fill(1);
  const networks = [{ presence: 0.6, audience: 150, activity: 0.4 }, { presence: 0.35, audience: 200, activity: 0.1 }];
  for (let i = 0; i < n; i++) {
    networks.forEach((net, k) => {
      if (!rng.chance(net.presence)) return;
      agents.present[i] |= 1 << k;
      if (rng.chance(0.5)) agents.linked[i] |= 1 << k;
      agents.secondaryAudience[i * 2 + k] = rng.logNormal(Math.log(net.audience) - 0.5, 1);
      agents.secondaryActivity[i * 2 + k] = rng.logNormal(Math.log(net.activity) - 0.5, 1);
    });
  }
  return agents;
}

/** Wall-clock and CPU (user + system) seconds of `run`; on a shared machine CPU time is the steadier figure. */
function timed(run: () => void): { seconds: number; cpuSeconds: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  run();
  const used = process.cpuUsage(cpu);
  return {
    seconds: Number((Number(process.hrtime.bigint() - start) / 1e9).toFixed(3)),
    cpuSeconds: Number(((used.user + used.system) / 1e6).toFixed(3)),
  };
}

/**
 * Times one daily recompute of every registered algorithm at `n` agents: each gets its own scoring
 * service fed 90 synthetic days and computed once (day 90, from a fresh state: `firstDay…`), then 1 % of
 * the agents follow someone and a 91st day arrives, and that day's recompute is timed (`seconds`,
 * `cpuSeconds`) — reaction pairs, windows' reads, warm starts and the curve included.
 */
function benchmark(n: number): void {
  const rng = Rng.fromSeed('scoring-daily');
  const network = preferentialAttachment(n, DEFAULT_GENERATOR_OPTIONS, rng.fork('network'));
  const agents = syntheticAgents(n, rng.fork('agents'));
  const activity = rng.fork('activity');
  const days = Array.from({ length: WINDOW_DAYS + 1 }, (_, t) => syntheticDay(t + 1, n, network.src, network.dst, activity));
  const newFollows = Array.from({ length: Math.round(n / 100) }, () => [activity.int(n), network.dst[activity.int(network.dst.length)]]);
  for (const name of scoringAlgorithms.names()) {
    const algorithm = scoringAlgorithms.get(name);
    const graph = FollowGraph.fromEdges(n, network.src, network.dst);
    const service = new ScoringService({ displayed: name, shadow: [], params: { [name]: algorithm.params.parse({}) } }, n);
    for (const day of days.slice(0, WINDOW_DAYS)) service.observe(day, n);
    const firstDay = timed(() => service.compute(agents, graph, WINDOW_DAYS, rng.fork('scoring')));
    for (const [u, v] of newFollows) graph.follow(u, v);
    service.observe(days[WINDOW_DAYS], n);
    const nextDay = timed(() => service.compute(agents, graph, WINDOW_DAYS + 1, rng.fork('scoring')));
    process.stdout.write(`${JSON.stringify({
      bench: 'scoring-daily',
      algorithm: name,
      agents: n,
      ...nextDay,
      firstDaySeconds: firstDay.seconds,
      firstDayCpuSeconds: firstDay.cpuSeconds,
    })}\n`);
  }
}

/** Sizes from the command line (`node dist/bench/scoringDaily.js 100000 1000000`); both by default. */
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [100_000, 1_000_000];
for (const n of sizes) benchmark(n);
