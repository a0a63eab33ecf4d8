// The scoring service's memory: a ring of per-day logs of the observable events (posts and reactions).

/** One day's observable events: who posted (one entry per post) and who reacted to whom, how. */
export interface DayLog {
  tick: number;
  postAuthors: Int32Array;
  reactionActors: Int32Array;
  reactionTargets: Int32Array;
  /** Reaction kinds, codes as in REACTION_KINDS (like 0, reply 1, share 2, mention 3). */
  reactionKinds: Uint8Array;
}

/** A structured-clone-safe copy of an ActivityLog. */
export interface ActivityLogSnapshot {
  days: number;
  logs: DayLog[];
}

/**
 * The last `days` days of observable events, oldest first. Appending a day beyond capacity drops the
 * oldest. Holds only what a scoring service could see: no reads, no conversions.
 */
export class ActivityLog {
  private logs: DayLog[] = [];

  /** @param days how many days to keep: the longest window of any active algorithm. */
  constructor(readonly days: number) {}

  /** Appends a day; returns the day that fell out of the log, if one did. */
  append(log: DayLog): DayLog | undefined {
    this.logs.push(log);
    return this.logs.length > this.days ? this.logs.shift() : undefined;
  }

  /** The kept days, oldest first. */
  get entries(): readonly DayLog[] {
    return this.logs;
  }

  /** The days with tick > `afterTick`, oldest first. */
  since(afterTick: number): DayLog[] {
    return this.logs.filter((log) => log.tick > afterTick);
  }

  /** A copy for checkpoints (the logs are immutable once appended, so they are shared). */
  snapshot(): ActivityLogSnapshot {
    return { days: this.days, logs: [...this.logs] };
  }

  /** Rebuilds a log from `snapshot()`. */
  static fromSnapshot(snapshot: ActivityLogSnapshot): ActivityLog {
    const log = new ActivityLog(snapshot.days);
    log.logs = [...snapshot.logs];
    return log;
  }
}
