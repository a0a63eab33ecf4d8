// How the network draws each agent: colour by type or community, size by score; derived from a frame, never stored in it.
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import { TYPE_COLOURS, communityColour } from '../charts/palette.js';
import type { AgentFrame } from '../worker/protocol.js';

/** What colours the nodes. */
export type ColourBy = 'type' | 'community';

/** Radius in layout units: `base + range · √(score / 100)`. */
export const NODE_RADIUS = { base: 1.2, range: 6 };

/** Nodes grouped by colour (drawn group by group, small scores first) and each node's radius. */
export interface NodeStyle {
  groups: Array<{ label: string; colour: string; ids: Int32Array }>;
  radius: Float32Array;
}

/** Radius of a node with this score. */
export function nodeRadius(score: number): number {
  return NODE_RADIUS.base + NODE_RADIUS.range * Math.sqrt(Math.max(0, Math.min(100, score)) / 100);
}

/**
 * The style of every active agent in `frame`: groups by type (in type order) or by community (when the
 * frame has communities; else by type), ids within a group ordered by score then id so big nodes are drawn on top.
 */
export function nodeStyle(frame: AgentFrame, colourBy: ColourBy): NodeStyle {
  const n = frame.count;
  const radius = new Float32Array(n);
  for (let i = 0; i < n; i++) radius[i] = nodeRadius(frame.score[i]);
  const byCommunity = colourBy === 'community' && frame.community !== undefined;
  const key = byCommunity ? frame.community! : frame.type;
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!frame.active[i]) continue;
    let list = members.get(key[i]);
    if (!list) members.set(key[i], (list = []));
    list.push(i);
  }
  const groups = [...members.keys()].sort((a, b) => a - b).map((k) => {
    const ids = Int32Array.from(members.get(k)!).sort((a, b) => frame.score[a] - frame.score[b] || a - b);
    return byCommunity
      ? { label: `community ${k}`, colour: communityColour(k), ids }
      : { label: AGENT_TYPES[k], colour: TYPE_COLOURS[AGENT_TYPES[k]], ids };
  });
  return { groups, radius };
}

/** The lines of the hover card of agent `id`. */
export function agentDetails(frame: AgentFrame, id: number, algorithms: readonly string[]): string[] {
  const lines = [
    `Agent ${id} · ${AGENT_TYPES[frame.type[id]]}${frame.active[id] ? '' : ' (left)'}`,
    `displayed score (${frame.displayed}): ${frame.score[id].toFixed(1)}`,
    `followers ${frame.followers[id]} · posts ${frame.posts[id]}`,
    `shares received ${frame.sharesReceived[id]} · mentions ${frame.mentionsReceived[id]}`,
    `true influence ${frame.trueInfluence[id].toFixed(1)} conversions`,
  ];
  const others = algorithms.map((a, k) => `${a} ${frame.scores[k][id].toFixed(0)}`).filter((_, k) => algorithms[k] !== frame.displayed);
  if (others.length > 0) lines.push(`other scores: ${others.join(', ')}`);
  if (frame.community) lines.push(`community ${frame.community[id]}`);
  return lines;
}
