// The agents' state in structure-of-arrays typed storage: one typed array per field, indexed by agent id.

type NumericArray =
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | Int32Array
  | Float32Array
  | Float64Array;
type NumericArrayConstructor = { new (length: number): NumericArray; BYTES_PER_ELEMENT: number };

/** Per-agent fields and their element types. Secondary-network fields hold `secondaryCount` values per agent. */
const FIELDS = {
  // identity and fixed traits
  type: Uint8Array,
  interests: Uint32Array,
  primaryTopic: Uint8Array,
  postRate: Float32Array,
  quality: Float32Array,
  offlineInfluence: Float32Array,
  joinedTick: Int32Array,
  active: Uint8Array,
  // secondary networks: bit k of `present` / `linked` is secondary network k
  present: Uint8Array,
  linked: Uint8Array,
  // what the scoring service shows, and what it brings
  score: Float32Array,
  /** Bit k set: the agent holds the perk of threshold k (see environment perks). */
  perks: Uint8Array,
  /** Tick the agent was hired on its score, or 0 if never. */
  hiredTick: Int32Array,
  /** The score-raising tactic a score seeker uses today (index into TACTICS; 0 when none). */
  tactic: Uint8Array,
  // cumulative observable activity
  posts: Uint32Array,
  baitPosts: Uint32Array,
  likesReceived: Uint32Array,
  repliesReceived: Uint32Array,
  sharesReceived: Uint32Array,
  mentionsReceived: Uint32Array,
  reactionsGiven: Uint32Array,
  follows: Uint32Array,
  // cumulative hidden activity: exposure and the ground truth of influence
  exposures: Float64Array,
  trueInfluence: Float64Array,
  onlineConversions: Float64Array,
  shareConversions: Float64Array,
  offlineConversions: Float64Array,
  conversations: Uint32Array,
  minutesSpent: Float64Array,
} satisfies Record<string, NumericArrayConstructor>;

/** Per-agent secondary-network signals, `secondaryCount` values per agent (agent-major). */
const SECONDARY_FIELDS = {
  secondaryAudience: Float32Array,
  secondaryActivity: Float32Array,
} satisfies Record<string, NumericArrayConstructor>;

type FieldName = keyof typeof FIELDS;
type SecondaryFieldName = keyof typeof SECONDARY_FIELDS;
type Fields = { [K in FieldName]: InstanceType<(typeof FIELDS)[K]> };
type SecondaryFields = { [K in SecondaryFieldName]: InstanceType<(typeof SECONDARY_FIELDS)[K]> };

/** A plain, structured-clone-safe copy of an `AgentStore`. */
export interface AgentStoreSnapshot {
  count: number;
  secondaryCount: number;
  fields: Record<string, NumericArray>;
}

/** Names of the per-agent fields, in storage order. */
export const AGENT_FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/**
 * All agents' state as typed arrays (structure of arrays): `store.score[i]` is agent i's displayed score.
 * Capacity grows geometrically when agents join; arrays are then replaced, so hot loops read a field
 * once per phase, not once per run.
 */
export interface AgentStore extends Fields, SecondaryFields {}
export class AgentStore {
  /** Number of agents (ids 0..count-1). */
  count = 0;
  /** Allocated length of every per-agent array. */
  capacity: number;

  /** @param secondaryCount number of secondary networks (0–7). */
  constructor(
    capacity: number,
    readonly secondaryCount: number,
  ) {
    this.capacity = Math.max(1, capacity);
    for (const name of AGENT_FIELD_NAMES) {
      (this as unknown as Record<string, NumericArray>)[name] = new FIELDS[name](this.capacity);
    }
    for (const name of Object.keys(SECONDARY_FIELDS) as SecondaryFieldName[]) {
      (this as unknown as Record<string, NumericArray>)[name] = new SECONDARY_FIELDS[name](
        this.capacity * secondaryCount,
      );
    }
  }

  /** Appends k agents with zeroed fields and returns the first new id. */
  add(k: number): number {
    const first = this.count;
    if (first + k > this.capacity) this.reallocate(Math.max(first + k, Math.ceil(this.capacity * 1.5)));
    this.count += k;
    return first;
  }

  private reallocate(capacity: number): void {
    const self = this as unknown as Record<string, NumericArray>;
    for (const name of AGENT_FIELD_NAMES) {
      const next = new FIELDS[name](capacity);
      next.set(self[name]);
      self[name] = next;
    }
    for (const name of Object.keys(SECONDARY_FIELDS) as SecondaryFieldName[]) {
      const next = new SECONDARY_FIELDS[name](capacity * this.secondaryCount);
      next.set(self[name]);
      self[name] = next;
    }
    this.capacity = capacity;
  }

  /** A trimmed copy of every field, safe to structured-clone or keep as a checkpoint. */
  snapshot(): AgentStoreSnapshot {
    const self = this as unknown as Record<string, NumericArray>;
    const fields: Record<string, NumericArray> = {};
    for (const name of AGENT_FIELD_NAMES) fields[name] = self[name].slice(0, this.count);
    for (const name of Object.keys(SECONDARY_FIELDS)) {
      fields[name] = self[name].slice(0, this.count * this.secondaryCount);
    }
    return { count: this.count, secondaryCount: this.secondaryCount, fields };
  }

  /** Rebuilds a store from `snapshot()`. */
  static fromSnapshot(snapshot: AgentStoreSnapshot): AgentStore {
    const store = new AgentStore(snapshot.count, snapshot.secondaryCount);
    store.count = snapshot.count;
    const self = store as unknown as Record<string, NumericArray>;
    for (const [name, values] of Object.entries(snapshot.fields)) self[name].set(values);
    return store;
  }
}
