// The scenario schema of the shock timeline and the environment actors (perks, hiring): `shocks` and `environment`.
import { z } from 'zod';
import { MAX_PERK_THRESHOLDS } from '../environment/environmentState.js';
import { hasSelection, hiringRuleFields, SELECTION_MESSAGE } from '../environment/hiringRule.js';
import { perkThresholdsSchema } from '../environment/perks.js';
import { SHOCK_KIND_OPTIONS, SHOCK_KINDS, shockKinds, type ShockKindName } from '../shocks/registry.js';
import { didYouMean } from './didYouMean.js';

/** A standing hiring policy: a hiring rule held every `every` days from `from`. */
export const hiringPolicySchema = z
  .strictObject({
    ...hiringRuleFields,
    from: z.int().min(1).default(1).describe('Tick of the first hiring round.'),
    every: z.int().min(1).default(30).describe('Days between hiring rounds.'),
  })
  .refine(hasSelection, SELECTION_MESSAGE);

/** Brands and employers that act on the displayed score. Defaults: perks at 35, 40, 50, 55 not launched; no employers. */
export const environmentSchema = z
  .strictObject({
    perks: z
      .strictObject({
        thresholds: perkThresholdsSchema
          .default([35, 40, 50, 55])
          .describe(`Displayed scores above which brands grant a perk (35, 40, 50, 55 were real ones); increasing, at most ${MAX_PERK_THRESHOLDS}; bit k of an agent's perks is threshold k.`),
        active: z.boolean().default(false).describe('Whether perks are granted from the start; a perks shock launches them later.'),
      })
      .prefault({})
      .describe('The perk programme: granted every day after scoring while the score is at or above a threshold, revoked below.'),
    hiring: z
      .array(hiringPolicySchema)
      .default([])
      .describe('Employers with a standing policy, hiring every `every` days from `from` on the score just published; agents hired once are off the market.'),
  })
  .describe('Environment actors: brands that grant perks above score thresholds and employers that hire on the score.');

type ShockKindFields = { [K in ShockKindName]: z.ZodOptional<(typeof SHOCK_KIND_OPTIONS)[K]> };

const shockKindFields = Object.fromEntries(
  SHOCK_KINDS.map((name) => [name, SHOCK_KIND_OPTIONS[name].optional().describe(shockKinds.get(name).description)]),
) as ShockKindFields;

const KIND_LIST = SHOCK_KINDS.join(', ');

/**
 * One scheduled shock: `at` plus exactly one kind key, e.g. `{ at: 200, switch: { to: klout-2011 } }`.
 * A key that is no kind is reported as an unknown shock kind with the closest kind and the list of
 * kinds (replacing zod's generic unknown-key issue); no kind or several kinds are reported on the shock.
 */
export const shockSchema = z
  .strictObject({
    at: z.int().min(1).describe('Tick at whose start the shock applies, 1 to ticks (a run shortened by --ticks never reaches later shocks).'),
    ...shockKindFields,
  })
  .check((ctx) => {
    let unknownKeys = 0;
    for (let i = ctx.issues.length - 1; i >= 0; i--) {
      const issue = ctx.issues[i];
      if (issue.code !== 'unrecognized_keys' || (issue.path !== undefined && issue.path.length > 0)) continue;
      ctx.issues.splice(i, 1);
      for (const key of issue.keys) {
        unknownKeys++;
        const hint = didYouMean(key, [...SHOCK_KINDS, 'at']);
        ctx.issues.push({
          code: 'custom',
          path: [key],
          input: key,
          message: `unknown shock kind "${key}";${hint} a shock is \`at\` plus exactly one of ${KIND_LIST}`,
        });
      }
    }
    const kinds = SHOCK_KINDS.filter((name) => ctx.value[name] !== undefined);
    if (kinds.length === 0 && unknownKeys === 0) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `a shock needs a kind besides \`at\`: one of ${KIND_LIST}` });
    }
    if (kinds.length > 1) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `a shock has exactly one kind, this one has ${kinds.join(' and ')}; write one shock per kind (several may share a tick)`,
      });
    }
  })
  .describe('A shock: `at` and one kind.');

/** The timeline: shocks applied at the start of their tick, in file order within a tick. */
export const shocksSchema = z
  .array(shockSchema)
  .default([])
  .describe(`Shocks applied at the start of their tick, in file order within a tick; kinds: ${KIND_LIST}. Each applied shock is written to events.json and as a \`shock\` row of metrics.csv.`);
