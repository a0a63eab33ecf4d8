// The network's force layout (d3-force) as a plain object: feed it graphs, tick it, read positions as a typed array.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';

/** Force constants: repulsion, link length and pull, centring, and how much a new frame reheats the layout. */
export const LAYOUT_DEFAULTS = {
  charge: -12,
  chargeDistanceMax: 250,
  theta: 0.95,
  linkDistance: 18,
  linkStrength: 0.25,
  centring: 0.06,
  reheat: 0.25,
  /** Pull towards the community's anchor when grouping by community, and the smallest community (share of nodes) given an anchor. */
  communityPull: 0.12,
  communityMinShare: 0.01,
};

type Node = SimulationNodeDatum;

/**
 * An incremental d3-force layout. Nodes keep their positions across graphs; new nodes start on d3's
 * phyllotaxis spiral (deterministic, as is d3-force's own jiggle), so the same frames give the same picture.
 */
export class ForceLayout {
  private nodes: Node[] = [];
  private readonly simulation: Simulation<Node, SimulationLinkDatum<Node>>;

  constructor(private readonly constants = LAYOUT_DEFAULTS) {
    this.simulation = forceSimulation<Node>([])
      .force('charge', forceManyBody<Node>().strength(constants.charge).theta(constants.theta).distanceMax(constants.chargeDistanceMax))
      .force('x', forceX<Node>(0).strength(constants.centring))
      .force('y', forceY<Node>(0).strength(constants.centring))
      .stop();
  }

  /**
   * Replaces the links (and grows the nodes when the graph has more); reheats to at least `reheat` (1 for
   * the first graph). With `community`, every community of at least `communityMinShare` of the nodes gets
   * an anchor on a circle and its members are pulled there, so cliques show as clusters.
   */
  setGraph(nodeCount: number, src: Int32Array, dst: Int32Array, community?: Int32Array): void {
    const first = this.nodes.length === 0;
    while (this.nodes.length < nodeCount) this.nodes.push({ index: this.nodes.length });
    const links = Array.from(src, (s, e) => ({ source: s, target: dst[e] }));
    this.simulation.nodes(this.nodes);
    this.simulation.force('link', forceLink<Node, SimulationLinkDatum<Node>>(links).distance(this.constants.linkDistance).strength(this.constants.linkStrength));
    this.setAnchors(nodeCount, community);
    this.simulation.alpha(first ? 1 : Math.max(this.simulation.alpha(), this.constants.reheat));
  }

  /** Centres every node, or pulls each onto its community's anchor (nodes of small communities: centring only). */
  private setAnchors(n: number, community?: Int32Array): void {
    const c = this.constants;
    if (!community || community.length < n) {
      this.simulation.force('x', forceX<Node>(0).strength(c.centring)).force('y', forceY<Node>(0).strength(c.centring));
      return;
    }
    const sizes = new Map<number, number>();
    for (let i = 0; i < n; i++) sizes.set(community[i], (sizes.get(community[i]) ?? 0) + 1);
    const anchored = [...sizes].filter(([, size]) => size >= c.communityMinShare * n).map(([id]) => id).sort((a, b) => a - b);
    const radius = 6 * Math.sqrt(n);
    const anchor = new Map(anchored.map((id, k) => [id, [radius * Math.cos((2 * Math.PI * k) / anchored.length), radius * Math.sin((2 * Math.PI * k) / anchored.length)]]));
    const at = (node: Node, axis: 0 | 1) => anchor.get(community[node.index!])?.[axis] ?? 0;
    const strength = (node: Node) => (anchor.has(community[node.index!]) ? c.communityPull : c.centring);
    this.simulation.force('x', forceX<Node>((d) => at(d, 0)).strength(strength)).force('y', forceY<Node>((d) => at(d, 1)).strength(strength));
  }

  /** Runs `n` ticks (none once settled). */
  tick(n = 1): void {
    if (!this.settled) this.simulation.tick(n);
  }

  /** True once alpha has fallen below d3's alphaMin. */
  get settled(): boolean {
    return this.simulation.alpha() < this.simulation.alphaMin();
  }

  get alpha(): number {
    return this.simulation.alpha();
  }

  /** Positions as (x, y) pairs in node order. */
  positions(): Float32Array {
    const xy = new Float32Array(this.nodes.length * 2);
    this.nodes.forEach((node, i) => {
      xy[2 * i] = node.x ?? 0;
      xy[2 * i + 1] = node.y ?? 0;
    });
    return xy;
  }
}
