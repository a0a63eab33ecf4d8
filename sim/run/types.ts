// Types of a single run: its options, the output files it produces and the summary the CLI prints.
import type { EdgeListGraph } from '../network/edgeList.js';

/** Options of `runScenario`. Defaults: the scenario's own seed and ticks, no progress callback. */
export interface RunOptions {
  /** Overrides the scenario's seed. */
  seed?: number | string;
  /** Overrides the scenario's number of ticks. */
  ticks?: number;
  /** The parsed edge list when the scenario's network generator is `edge-list` (the CLI reads the file). */
  edgeList?: EdgeListGraph;
  /** Called after every tick with the tick just completed (1-based) and the total. */
  onProgress?: (tick: number, ticks: number) => void;
}

/** One output file of a run, as text. */
export interface OutputFile {
  /** File name inside the results folder, e.g. `metrics.csv`. */
  name: string;
  /** Its full content. */
  content: string;
}

/** A small table for the terminal. */
export interface SummaryTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/** What a finished run returns: every output file except `manifest.json`, and a summary table. */
export interface RunResult {
  seed: number | string;
  ticks: number;
  files: OutputFile[];
  summary: SummaryTable;
}
