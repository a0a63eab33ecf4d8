// The "topic-blocks" generator: preferential attachment inside topic blocks, with a share of follows across them.
import type { Rng } from '../../core/rng.js';
import type { GeneratedNetwork, GeneratorOptions } from '../types.js';
import { EdgeBuffer } from './edgeBuffer.js';
import { followCountSampler } from './followCount.js';

/** Tries of the block-preferential choice for one follow before falling back to a uniform free node. */
const ATTEMPTS_PER_FOLLOW = 8;

/**
 * Each node gets a uniformly drawn topic block in 0 .. blocks − 1 (returned as `block`). Nodes then arrive
 * one at a time (ids in arrival order) and follow m existing nodes, m drawn as in preferential-attachment
 * (mean meanOutDegree / (1 + reciprocity), capped at t). Each follow picks the node's own block with
 * probability withinBlock, else one of the other blocks uniformly, then a node present in that block with
 * probability ∝ in-degree + attachmentOffset, so every block is heavy-tailed. When the chosen block has
 * nobody left to follow, the own block is used, and when that has nobody either, any node. Every follow is followed back with probability reciprocity. No
 * self-loops, no duplicates; edges in the order made. Uses every option except triadicClosure.
 */
export function topicBlocks(nodeCount: number, options: GeneratorOptions, rng: Rng): GeneratedNetwork {
  const { reciprocity, withinBlock, attachmentOffset } = options;
  const blocks = options.blocks;
  if (!(Number.isInteger(blocks) && blocks >= 1 && blocks <= 256)) {
    throw new RangeError(`topic-blocks needs 1 to 256 blocks, got ${blocks}`);
  }
  const block = new Uint8Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) block[i] = rng.int(blocks);

  // Members of each block in id order: members[memberFirst[b] ..]; the first present[b] have arrived.
  const memberFirst = new Int32Array(blocks + 1);
  for (let i = 0; i < nodeCount; i++) memberFirst[block[i] + 1]++;
  for (let b = 0; b < blocks; b++) memberFirst[b + 1] += memberFirst[b];
  const members = new Int32Array(nodeCount);
  const present = new Int32Array(blocks);
  for (let i = 0; i < nodeCount; i++) members[memberFirst[block[i]] + present[block[i]]++] = i;
  present.fill(0);
  // Targets of all edges into each block so far: a uniform draw is a draw ∝ in-degree within the block.
  const targets = Array.from({ length: blocks }, (_, b) => new Int32Array(Math.max(16, (memberFirst[b + 1] - memberFirst[b]) * 12)));
  const targetCount = new Int32Array(blocks);
  const edges = new EdgeBuffer(Math.ceil(nodeCount * options.meanOutDegree * 1.05) + 16);
  const addEdge = (u: number, v: number): void => {
    edges.push(u, v);
    const b = block[v];
    if (targetCount[b] === targets[b].length) {
      const grown = new Int32Array(targets[b].length * 2);
      grown.set(targets[b]);
      targets[b] = grown;
    }
    targets[b][targetCount[b]++] = v;
  };

  const drawFollowCount = followCountSampler(options.meanOutDegree / (1 + reciprocity));
  const chosenBy = new Int32Array(nodeCount).fill(-1);
  const preferentialIn = (b: number): number => {
    const count = targetCount[b];
    if (rng.next() * (count + attachmentOffset * present[b]) < count) return targets[b][rng.int(count)];
    return members[memberFirst[b] + rng.int(present[b])];
  };
  const takenIn = new Int32Array(blocks); // follows node t has already made into each block
  const hasFree = (b: number): boolean => present[b] > takenIn[b];
  const pickBlock = (t: number): number => {
    let b = block[t];
    if (blocks > 1 && !rng.chance(withinBlock)) {
      b = rng.int(blocks - 1);
      if (b >= block[t]) b++;
    }
    return hasFree(b) ? b : hasFree(block[t]) ? block[t] : -1;
  };
  const pick = (t: number): number => {
    const b = pickBlock(t);
    if (b < 0) {
      let v = rng.int(t);
      while (chosenBy[v] === t) v = rng.int(t);
      return v;
    }
    for (let attempt = 0; attempt < ATTEMPTS_PER_FOLLOW; attempt++) {
      const v = preferentialIn(b);
      if (chosenBy[v] !== t) return v;
    }
    let v = members[memberFirst[b] + rng.int(present[b])];
    while (chosenBy[v] === t) v = members[memberFirst[b] + rng.int(present[b])];
    return v;
  };

  for (let t = 0; t < nodeCount; t++) {
    const m = Math.min(drawFollowCount(rng), t);
    const first = edges.length;
    for (let k = 0; k < m; k++) {
      const v = m === t ? k : pick(t);
      chosenBy[v] = t;
      takenIn[block[v]]++;
      addEdge(t, v);
    }
    for (let k = 0; k < m; k++) takenIn[block[edges.dst[first + k]]] = 0;
    for (let k = 0; k < m; k++) if (rng.chance(reciprocity)) addEdge(edges.dst[first + k], t);
    present[block[t]]++;
  }
  return { nodeCount, ...edges.toArrays(), block };
}
