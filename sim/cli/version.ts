// The scorechase version, read from the package.json above this module (the same from sim/cli/ and dist/sim/cli/).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `version` of the nearest enclosing package.json named `scorechase`; `0.0.0` if none is found. */
export function scorechaseVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'scorechase' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // no readable package.json here; keep looking upwards
    }
    const parent = dirname(folder);
    if (parent === folder) return '0.0.0';
    folder = parent;
  }
}
