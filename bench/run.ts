// `npm run bench`: runs each benchmark in its own process (so peak memory is its own) and prints JSON lines.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Sizes of the simulated-year benchmark; `--sizes 10000,100000` picks others. */
const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];

const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : DEFAULT_SIZES;
const worker = fileURLToPath(new URL('./simulationYear.js', import.meta.url));

let failed = false;
for (const agents of sizes) {
  process.stderr.write(`simulated year, ${agents} agents…\n`);
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', worker, String(agents)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    process.stderr.write(`benchmark at ${agents} agents failed (exit ${result.status})\n`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
