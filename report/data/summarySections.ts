// Typed views of the summary.json sections a report reads; every field may be missing in an older or partial folder.

/** Validity of one algorithm against true influence. */
export interface ValidityEntry {
  spearman?: number | null;
  kendall?: number | null;
  top10?: { spearman?: number | null; kendall?: number | null; precision?: number | null };
  top1?: { spearman?: number | null; kendall?: number | null; precision?: number | null };
  hiddenGems?: number;
  hiddenGemsByType?: Record<string, number>;
}

/** summary.json `validity`. */
export interface ValiditySection {
  tick?: number;
  displayed?: string;
  agents?: number;
  algorithms?: Record<string, ValidityEntry>;
}

/** summary.json `million-follower-fallacy`. */
export interface FallacySection {
  tick?: number;
  agents?: number;
  pairs?: Array<{ pair: string; all: number | null; top10: number | null; top1: number | null }>;
}

/** One cohort's change of score over a shock. */
export interface CohortChange {
  agents: number;
  mean: number | null;
  median: number | null;
  rose: number | null;
  fell: number | null;
  stayed: number | null;
}

/** summary.json `shock-analysis` entry: one shock, its horizons and the cohorts' changes. */
export interface ShockAnalysis {
  shock: number;
  tick: number;
  from?: string;
  to?: string;
  horizons: Array<{ horizon: string; tick: number; daysAfter: number; panel: number; rankChurn: number | null; cohorts: Record<string, CohortChange> }>;
}

/** summary.json `cliques.last`. */
export interface CliqueLast {
  tick?: number;
  modularity?: number | null;
  scoreAssortativity?: number | null;
  chaserEI?: number | null;
  averageClustering?: number | null;
  reciprocity?: number | null;
}

/** summary.json `hiring` entry. */
export interface HiringEntry {
  [key: string]: unknown;
}

/** The sections of a summary.json, typed loosely. */
export function summarySections(summary: Record<string, unknown>): {
  validity: ValiditySection | undefined;
  fallacy: FallacySection | undefined;
  shocks: ShockAnalysis[];
  cliques: CliqueLast | undefined;
  experience: { scoreGini?: Record<string, number | null>; baitFeedShare?: number | null } | undefined;
  hiring: HiringEntry[];
} {
  const object = <T>(v: unknown): T | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as T) : undefined);
  return {
    validity: object<ValiditySection>(summary.validity),
    fallacy: object<FallacySection>(summary['million-follower-fallacy']),
    shocks: Array.isArray(summary['shock-analysis']) ? (summary['shock-analysis'] as ShockAnalysis[]) : [],
    cliques: object<CliqueLast>(object<{ last?: unknown }>(summary.cliques)?.last),
    experience: object(summary.experience),
    hiring: Array.isArray(summary.hiring) ? (summary.hiring as HiringEntry[]) : [],
  };
}
