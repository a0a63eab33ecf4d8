// `scorechase metrics --graph EDGES.csv`: graph metrics (and score metrics) of any network, as a table or JSON.
import type { Command } from 'commander';
import { graphMetrics } from '../analysis/graphMetrics.js';
import { metricsJson, metricsTables } from '../analysis/metricsReport.js';
import { parseScores, ScoresFileError } from '../analysis/scoresCsv.js';
import { Rng } from '../core/rng.js';
import { parseEdgeList } from '../network/edgeList.js';
import { formatTable } from './formatTable.js';
import type { CliIo } from './io.js';
import { parseSeedOption } from './options.js';
import { readTextFile } from './readTextFile.js';

/** Options of `scorechase metrics`. Defaults: undirected, no scores, tables, seed 1. */
export interface MetricsCommandOptions {
  graph: string;
  directed?: boolean;
  scores?: string;
  json?: boolean;
  seed?: number | string;
}

/** Seed of Louvain's node order and the score shuffles when `--seed` is not given. */
export const DEFAULT_METRICS_SEED = 1;

const EXAMPLES = `
Examples:
  $ scorechase metrics --graph tests/fixtures/graphs/karate.csv
  $ scorechase metrics --graph follows.csv --directed --scores scores.csv --json > metrics.json
  $ scorechase metrics --graph follows.csv --seed 7

EDGES.csv has one "source,target" edge per line (a header and # comments allowed; a row "a,a"
declares a node without edges). SCORES.csv starts with the header "id,score" and has one row per
node. Clustering, assortativity, rich clubs and communities use the undirected view; density,
reciprocity and PageRank follow --directed. The same files and seed print the same numbers.
Exit codes: 0 done, 2 bad input or usage, 1 internal error.`;

/**
 * Reads the edge list (and scores), measures the graph and prints tables or, with `json`, one JSON
 * object. Returns 0, or 2 after printing `file:line: reason` for a bad scores file. Unreadable files and
 * bad edge lists are thrown (`CliInputError`, `EdgeListError`) for `main` to report with exit 2.
 */
export async function metricsCommand(options: MetricsCommandOptions, io: CliIo): Promise<number> {
  const edges = parseEdgeList(await readTextFile(options.graph, 'edge list'), options.graph);
  let scores: Float64Array | undefined;
  if (options.scores !== undefined) {
    const text = await readTextFile(options.scores, 'scores file');
    try {
      scores = parseScores(text, options.scores, edges.ids);
    } catch (error) {
      if (!(error instanceof ScoresFileError)) throw error;
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
  }
  const rng = Rng.fromSeed(options.seed ?? DEFAULT_METRICS_SEED);
  const metrics = graphMetrics({ ...edges, directed: options.directed === true }, rng, { scores });
  if (options.json) io.stdout.write(`${JSON.stringify(metricsJson(metrics, edges.ids), null, 2)}\n`);
  else io.stdout.write(metricsTables(metrics, edges.ids, options.graph).map(formatTable).join('\n'));
  return 0;
}

/** Adds the `metrics` command to the program; its exit code is handed to `setExitCode`. */
export function addMetricsCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('metrics')
    .description('measure any network: density, reciprocity, clustering, assortativity, rich clubs, PageRank, communities')
    .requiredOption('--graph <file>', 'edge list: one "source,target" edge per line')
    .option('--directed', 'read edges as directed (default: undirected)')
    .option('--scores <file>', 'scores file "id,score" with one row per node: adds score assortativity and the score rich club')
    .option('--json', 'print one JSON object instead of tables')
    .option('--seed <n>', `seed of Louvain's node order and of the score shuffles (default: ${DEFAULT_METRICS_SEED})`, parseSeedOption)
    .addHelpText('after', EXAMPLES)
    .action(async (options: MetricsCommandOptions) => {
      setExitCode(await metricsCommand(options, io));
    });
}
