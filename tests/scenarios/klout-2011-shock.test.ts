// scenarios/klout-2011-shock.yaml: on the day the displayed score switches from klout-2010 to klout-2011, high-volume
// community managers and chasers fall, quiet multi-network accounts rise and the median stays; with klout-2011's
// default constants (the control) community managers fall much less and quiet accounts do not rise.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../sim/core/agentTypes.js';
import { Simulation } from '../../sim/engine/simulation.js';
import type { ResolvedScenario } from '../../sim/scenario/resolved.js';
import { klout2011Params } from '../../sim/scoring/klout2011.js';
import { libraryScenario, median } from '../helpers/scenario.js';

const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 1500;
/** Posts a day below which an account counts as quiet. */
const QUIET_POSTS_PER_DAY = 0.3;

/** Median displayed score of a group the day before the switch and on the day of the switch, and the median change. */
interface GroupChange {
  before: number;
  after: number;
  change: number;
}

type Group = 'all' | 'bottomHalf' | 'top10' | 'chaser' | 'communityManager' | 'quietMultiNetwork';

function scenario(defaultKlout2011: boolean): { resolved: ResolvedScenario; switchTick: number } {
  const resolved = libraryScenario('klout-2011-shock');
  resolved.agents.count = AGENTS;
  const shock = resolved.shocks.find((s) => 'switch' in s);
  if (!shock) throw new Error('klout-2011-shock.yaml has no switch shock');
  resolved.ticks = shock.at;
  if (defaultKlout2011) resolved.scoring.params['klout-2011'] = klout2011Params.parse({});
  return { resolved, switchTick: shock.at };
}

/** Runs to the day before the switch, then through the switch day; the change of each group's displayed score. */
function run(seed: number, defaultKlout2011: boolean): Record<Group, GroupChange> {
  const { resolved, switchTick } = scenario(defaultKlout2011);
  const sim = Simulation.create(resolved, { seed, ticks: switchTick }).tick(switchTick - 1);
  const agents = sim.state.agents;
  const before = Float64Array.from(sim.state.scoring.scores.get('klout-2010')!);
  const wasActive = Uint8Array.from(agents.active);
  const dayBefore = sim.state.tick;
  const quietMulti = Uint8Array.from({ length: agents.count }, (_, i) =>
    (agents.linked[i] & agents.present[i]) !== 0 && agents.posts[i] / Math.max(1, dayBefore - agents.joinedTick[i]) < QUIET_POSTS_PER_DAY ? 1 : 0);
  sim.tick(1);
  const after = sim.state.scoring.scores.get('klout-2011')!;
  const ids: number[] = [];
  for (let i = 0; i < before.length; i++) if (wasActive[i] && agents.active[i]) ids.push(i);
  const medianBefore = median(ids.map((i) => before[i]));
  const topCut = [...ids].map((i) => before[i]).sort((a, b) => b - a)[Math.floor(ids.length / 10)];
  const members: Record<Group, (i: number) => boolean> = {
    all: () => true,
    bottomHalf: (i) => before[i] < medianBefore,
    top10: (i) => before[i] > topCut,
    chaser: (i) => agents.type[i] === AgentType.chaser,
    communityManager: (i) => agents.type[i] === AgentType.communityManager,
    quietMultiNetwork: (i) => quietMulti[i] === 1,
  };
  const out = {} as Record<Group, GroupChange>;
  for (const [group, member] of Object.entries(members) as [Group, (i: number) => boolean][]) {
    const chosen = ids.filter(member);
    out[group] = {
      before: median(chosen.map((i) => before[i])),
      after: median(chosen.map((i) => after[i])),
      change: median(chosen.map((i) => after[i] - before[i])),
    };
  }
  return out;
}

describe('scenarios/klout-2011-shock.yaml', () => {
  const shock = SEEDS.map((seed) => run(seed, false));
  const control = SEEDS.map((seed) => run(seed, true));
  const changes = (runs: Record<Group, GroupChange>[], group: Group) => runs.map((r) => r[group].change);
  console.log('klout-2011-shock, seeds 1-5, median change on the switch day:', JSON.stringify(Object.fromEntries(
    (['communityManager', 'chaser', 'top10', 'quietMultiNetwork', 'bottomHalf'] as Group[]).map((g) => [g, {
      scenario: changes(shock, g).map((v) => +v.toFixed(1)), defaultKlout2011: changes(control, g).map((v) => +v.toFixed(1)),
    }]),
  )), 'community managers before → after:', shock.map((r) => `${r.communityManager.before.toFixed(1)} → ${r.communityManager.after.toFixed(1)}`).join(', '),
  'population median:', shock.map((r) => `${r.all.before.toFixed(1)} → ${r.all.after.toFixed(1)}`).join(', '));

  it('community managers, the previously active high scorers, fall by about 8 points', () => {
    expect(median(shock.map((r) => r.communityManager.before))).toBeGreaterThan(45);
    expect(median(changes(shock, 'communityManager'))).toBeLessThan(-7);
    expect(changes(shock, 'communityManager').filter((c) => c < -5).length).toBeGreaterThanOrEqual(4);
  });

  it('chasers fall too, and the prior top decile falls', () => {
    expect(median(changes(shock, 'chaser'))).toBeLessThan(-5);
    expect(changes(shock, 'top10').filter((c) => c < 0).length).toBeGreaterThanOrEqual(4);
  });

  it('quiet multi-network accounts rise, and the population median and the bottom half hold', () => {
    expect(median(changes(shock, 'quietMultiNetwork'))).toBeGreaterThan(3);
    expect(changes(shock, 'quietMultiNetwork').filter((c) => c > 0).length).toBeGreaterThanOrEqual(4);
    for (const r of shock) expect(Math.abs(r.all.after - r.all.before)).toBeLessThanOrEqual(1);
    expect(median(changes(shock, 'bottomHalf'))).toBeGreaterThanOrEqual(-1);
  });

  it("with klout-2011's default constants community managers fall far less and quiet accounts do not rise", () => {
    const gaps = SEEDS.map((_, k) => control[k].communityManager.change - shock[k].communityManager.change);
    expect(gaps.filter((g) => g > 0).length).toBeGreaterThanOrEqual(4);
    expect(median(changes(control, 'communityManager'))).toBeGreaterThan(-6);
    expect(median(changes(control, 'quietMultiNetwork'))).toBeLessThan(2);
  });
});
