// Density of a directed or undirected simple graph: edges over possible edges.

/**
 * Edges over possible edges (networkx `density`): m / (n(n − 1)) for a directed graph, 2m / (n(n − 1))
 * for an undirected one, where m counts distinct edges without self-loops; 0 below two nodes.
 */
export function density(nodeCount: number, edgeCount: number, directed: boolean): number {
  if (nodeCount < 2) return 0;
  return ((directed ? 1 : 2) * edgeCount) / (nodeCount * (nodeCount - 1));
}
