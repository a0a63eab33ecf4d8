// How many days of activity log the metrics reporters read: the clique window and the shock analysis's activity cohort.

/** Days of posts before a switch that sort agents into active and quiet (`shock-analysis`): 30. */
export const SHOCK_ACTIVITY_DAYS = 30;

/**
 * Days of the scoring service's activity log the reporters need kept, at least: the clique pass's
 * rolling window (`metrics.cliqueWindow`, default 28) and the 30 days of posts before a switch
 * (`SHOCK_ACTIVITY_DAYS`). The engine passes it to the scoring service as `logDays`.
 */
export function metricsLogDays(metrics: { cliqueWindow: number }): number {
  return Math.max(metrics.cliqueWindow, SHOCK_ACTIVITY_DAYS);
}
