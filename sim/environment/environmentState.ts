// The environment actors' state: the perk programme (thresholds, launched or not) and the hires of every employer.

/** Most perk thresholds a run can have: bit k of the per-agent `perks` byte is threshold k. */
export const MAX_PERK_THRESHOLDS = 8;

/**
 * What brands and employers have done so far. Plain JSON-safe data, copied whole into checkpoints.
 * Defaults come from the scenario's `environment` (perks at 35, 40, 50, 55, not launched; no employers).
 */
export interface EnvironmentState {
  perks: {
    /** Score thresholds, increasing; bit k of `agents.perks` is held while the score is ≥ thresholds[k]. */
    thresholds: number[];
    /** Whether perks are granted at all (a `perks` shock launches them). */
    active: boolean;
  };
  /** Every employer of the run, in order of first mention in the scenario (standing policies, then hire shocks). */
  employers: string[];
  /** Agents hired so far by each employer, parallel to `employers`. */
  hires: number[];
}

/** What `createEnvironment` reads from a scenario. */
export interface EnvironmentSource {
  environment: { perks: { thresholds: number[]; active: boolean }; hiring: ReadonlyArray<{ employer: string }> };
  shocks: ReadonlyArray<{ hire?: { employer: string } }>;
}

/** The environment at tick 0: the scenario's perk programme and every employer it names, none having hired. */
export function createEnvironment(scenario: EnvironmentSource): EnvironmentState {
  const employers: string[] = [];
  const mention = (name: string) => {
    if (!employers.includes(name)) employers.push(name);
  };
  for (const policy of scenario.environment.hiring) mention(policy.employer);
  for (const shock of scenario.shocks) if (shock.hire) mention(shock.hire.employer);
  return {
    perks: { thresholds: [...scenario.environment.perks.thresholds], active: scenario.environment.perks.active },
    employers,
    hires: employers.map(() => 0),
  };
}

/** The thresholds agents can see right now: the programme's thresholds once launched, none before. */
export function livePerkThresholds(environment: EnvironmentState): readonly number[] {
  return environment.perks.active ? environment.perks.thresholds : [];
}

/** Adds `count` hires to an employer's total (an employer not named in the scenario is appended). */
export function countHires(environment: EnvironmentState, employer: string, count: number): void {
  let k = environment.employers.indexOf(employer);
  if (k < 0) {
    k = environment.employers.push(employer) - 1;
    environment.hires.push(0);
  }
  environment.hires[k] += count;
}
