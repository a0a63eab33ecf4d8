#!/usr/bin/env node
// The scorechase command: runs the compiled command line from dist/ (built by `npm run build:cli`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/sim/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('scorechase: the command line is not built yet; run `npm run build:cli` (npm install does it).\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
