// The reproduction block: the exact commands that re-run and verify the results, and the hashes that pin them.
import { stringify } from 'yaml';
import type { Provenance } from '../data/reportData.js';
import { block, type Block } from '../doc/reportDoc.js';
import { shellWord } from '../doc/escape.js';

/**
 * The commands (run with the same seed and days into `resultsDir`, then verify), the version, the hashes of
 * manifest.json and of the resolved scenario, and the scenario as written, as YAML.
 */
export function reproductionBlocks(provenance: Provenance, written: unknown, resultsDir: string): Block[] {
  const folder = shellWord(resultsDir);
  const commands = [
    `npx scorechase run ${shellWord(provenance.scenarioFile)} --seed ${shellWord(String(provenance.seed))} --ticks ${provenance.ticks} --out ${folder}`,
    `npx scorechase verify ${folder}`,
  ].join('\n');
  return [
    block.p(`Made with ${provenance.engine} ${provenance.version}. To re-run, save the scenario below as `, { code: provenance.scenarioFile }, ' and run:'),
    block.code('sh', commands),
    block.p('or check this results folder against a fresh run of its own manifest with ', { code: 'npx scorechase verify' }, '.'),
    block.list([
      ['manifest.json sha256: ', { code: provenance.manifestHash }],
      ['resolved scenario sha256: ', { code: provenance.scenarioHash }],
      [`seed ${String(provenance.seed)}, ${provenance.ticks} days`],
    ]),
    block.p('The scenario as written:'),
    block.code('yaml', stringify(written ?? {}).trimEnd()),
  ];
}
