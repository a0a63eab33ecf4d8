// Finds the report page's built script (dist/report-page/report-page.js), which report.html inlines.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this module with a package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the scorechase package folder');
    dir = parent;
  }
  return dir;
}

/** The path of the built report page script. */
export function reportPageScriptPath(): string {
  return join(packageRoot(), 'dist', 'report-page', 'report-page.js');
}

/** The text of the report page script; throws when it has not been built (`npm run build:cli` builds it). */
export function reportPageScript(): string {
  const path = reportPageScriptPath();
  if (!existsSync(path)) throw new Error(`the report page script ${path} is missing; run "npm run build:cli" to build it`);
  return readFileSync(path, 'utf8');
}
