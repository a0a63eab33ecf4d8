// The built-in scenario library: every scenarios/*.yaml file, bundled as text at build time.
import { nameFromFile } from '../../sim/scenario/normalise.js';

const files = import.meta.glob('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** One bundled scenario: its name (the file name without extension), file name and text. */
export interface LibraryScenario {
  name: string;
  file: string;
  source: string;
}

/** Every bundled scenario, sorted by name with `baseline` first. */
export const SCENARIO_LIBRARY: readonly LibraryScenario[] = Object.entries(files)
  .map(([path, source]) => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    return { name: nameFromFile(file), file, source };
  })
  .sort((a, b) => (a.name === 'baseline' ? -1 : b.name === 'baseline' ? 1 : a.name.localeCompare(b.name)));

/** The library scenario of that name, if any. */
export function libraryScenario(name: string): LibraryScenario | undefined {
  return SCENARIO_LIBRARY.find((s) => s.name === name);
}
