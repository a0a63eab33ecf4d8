// The behaviour types an agent can have, with their numeric codes in the typed agent store.

/** Agent behaviour types in code order; the index is the value stored in `AgentStore.type`. */
export const AGENT_TYPES = [
  'lurker',
  'engager',
  'chaser',
  'communityManager',
  'celebrity',
  'farmer',
  'bot',
] as const;

/** The name of an agent behaviour type, as written in scenario files and outputs. */
export type AgentTypeName = (typeof AGENT_TYPES)[number];

/** Numeric type codes, e.g. `AgentType.chaser === 2`. */
export const AgentType = Object.fromEntries(AGENT_TYPES.map((name, code) => [name, code])) as {
  readonly [K in AgentTypeName]: number;
};

/** Number of agent types. */
export const AGENT_TYPE_COUNT = AGENT_TYPES.length;
