// Community identities that persist across snapshots: each new community matched to the old one it overlaps most.

/** Communities smaller than this are not tracked (no identity, not counted): pairs and singletons come and go daily. */
export const MIN_COMMUNITY_SIZE = 3;

/** A merge or a split, for summary.json: the identities before and after. */
export interface CommunityEvent {
  kind: 'merge' | 'split';
  /** Identities it came from (a merge: every absorbed community, and the survivor's own if it had one). */
  from: number[];
  /** Identities it went to (a split: every community matched to the one that split). */
  into: number[];
}

/** One snapshot's matching. */
export interface IdentityStep {
  /** Identity of each agent's community now (-1: not in a tracked community). */
  label: Int32Array;
  /** Identity of each new community, by its index in the raw labels. */
  identity: Int32Array;
  /** The next unused identity. */
  nextId: number;
  /** New communities overlapping no old one. */
  births: number;
  /** Old communities overlapping no new one. */
  deaths: number;
  /** New communities that absorbed at least one old community whose identity ended there. */
  merges: number;
  /** Old communities matched by two or more new ones. */
  splits: number;
  events: CommunityEvent[];
  /** Identities of the new communities born and of the old ones that died. */
  born: number[];
  died: number[];
}

/** The argmax of a sparse row of (column, overlap) pairs: the largest overlap, ties to the lower column. */
function best(row: Map<number, number>): number {
  let at = -1;
  let top = 0;
  for (const [column, overlap] of row) if (overlap > top || (overlap === top && column < at)) [at, top] = [column, overlap];
  return at;
}

/**
 * Matches the communities of this snapshot (`raw[i]`: agent i's community index 0 … count − 1, or -1) to
 * the identities of the previous one (`previous[i]`, -1 for none; shorter arrays mean newer agents had
 * none). Each new community C is matched to the old identity P it shares most agents with (ties to the
 * lower identity). Of the new communities matched to one P, the one sharing most with P (ties to the
 * lower index) keeps P's identity, the others get fresh ones: P split when two or more match it. A new
 * community sharing no agent with an old one is born. An old identity that survives nowhere merged into
 * the new community holding most of its agents (ties to the lower index), or died when none holds any.
 */
export function matchCommunities(previous: Int32Array, raw: Int32Array, count: number, nextId: number): IdentityStep {
  const back: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  const forward = new Map<number, Map<number, number>>();
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    const p = i < previous.length ? previous[i] : -1;
    if (c < 0 || p < 0) continue;
    back[c].set(p, (back[c].get(p) ?? 0) + 1);
    let row = forward.get(p);
    if (!row) forward.set(p, (row = new Map()));
    row.set(c, (row.get(c) ?? 0) + 1);
  }
  const oldIds = new Set<number>();
  for (const p of previous) if (p >= 0) oldIds.add(p);
  const matchedTo = Int32Array.from(back, best);
  const identity = new Int32Array(count).fill(-1);
  const step: IdentityStep = { label: new Int32Array(raw.length), identity, nextId, births: 0, deaths: 0, merges: 0, splits: 0, events: [], born: [], died: [] };
  // Heirs first: for each old identity, the matched community sharing most with it.
  const heirs = new Map<number, number[]>();
  for (let c = 0; c < count; c++) if (matchedTo[c] >= 0) (heirs.get(matchedTo[c]) ?? heirs.set(matchedTo[c], []).get(matchedTo[c])!).push(c);
  for (const [p, claimants] of heirs) identity[best(new Map(claimants.map((c) => [c, back[c].get(p)!])))] = p;
  for (let c = 0; c < count; c++) {
    if (identity[c] >= 0) continue;
    identity[c] = step.nextId++;
    if (matchedTo[c] < 0) {
      step.births++;
      step.born.push(identity[c]);
    }
  }
  for (const [p, claimants] of [...heirs].sort((a, b) => a[0] - b[0])) {
    if (claimants.length < 2) continue;
    step.splits++;
    step.events.push({ kind: 'split', from: [p], into: claimants.map((c) => identity[c]).sort((a, b) => a - b) });
  }
  const absorbed = new Map<number, number[]>();
  for (const p of [...oldIds].sort((a, b) => a - b)) {
    if (heirs.has(p)) continue;
    const row = forward.get(p);
    if (!row) {
      step.deaths++;
      step.died.push(p);
      continue;
    }
    const c = best(row);
    (absorbed.get(c) ?? absorbed.set(c, []).get(c)!).push(p);
  }
  for (const [c, ps] of [...absorbed].sort((a, b) => a[0] - b[0])) {
    step.merges++;
    const survivor = matchedTo[c] >= 0 && identity[c] === matchedTo[c] ? [identity[c]] : [];
    step.events.push({ kind: 'merge', from: [...survivor, ...ps].sort((a, b) => a - b), into: [identity[c]] });
  }
  for (let i = 0; i < raw.length; i++) step.label[i] = raw[i] >= 0 ? identity[raw[i]] : -1;
  return step;
}
