// Reporter `environment`: perk holders by threshold and agents hired by each employer.
import { perkHolderCounts } from '../../environment/perks.js';
import type { Reporter } from '../reporter.js';

/** `perk-holders` by threshold (and `any`), `hired` by employer (cumulative). */
export const environmentReporter: Reporter = {
  name: 'environment',
  description:
    '`perk-holders` by threshold (active agents holding that perk; 0 before perks launch) and `any` (holding at least one); ' +
    '`hired` by employer: agents hired so far (cumulative).',
  report({ agents, environment }, emit) {
    const thresholds = environment.perks.thresholds;
    const counts = perkHolderCounts(agents, thresholds);
    thresholds.forEach((threshold, k) => emit('perk-holders', String(threshold), counts[k]));
    let any = 0;
    for (let i = 0; i < agents.count; i++) if (agents.perks[i] !== 0 && agents.active[i] !== 0) any++;
    emit('perk-holders', 'any', any);
    environment.employers.forEach((employer, k) => emit('hired', employer, environment.hires[k]));
  },
};
