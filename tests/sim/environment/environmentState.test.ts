// Tests of createEnvironment and countHires: the employers of a run and their hires.
import { describe, expect, it } from 'vitest';
import { countHires, createEnvironment } from '../../../sim/environment/environmentState.js';

describe('createEnvironment', () => {
  it('copies the perk programme and lists every employer once, standing policies first, with no hires', () => {
    const env = createEnvironment({
      environment: { perks: { thresholds: [35, 40], active: true }, hiring: [{ employer: 'bigco' }] },
      shocks: [{ hire: { employer: 'acme' } }, {}, { hire: { employer: 'bigco' } }],
    });
    expect(env).toEqual({ perks: { thresholds: [35, 40], active: true }, employers: ['bigco', 'acme'], hires: [0, 0] });
  });
});

describe('countHires', () => {
  it('adds to an employer\'s total and appends an employer it has not seen', () => {
    const env = createEnvironment({ environment: { perks: { thresholds: [35], active: false }, hiring: [{ employer: 'a' }] }, shocks: [] });
    countHires(env, 'a', 3);
    countHires(env, 'b', 2);
    countHires(env, 'a', 1);
    expect(env.employers).toEqual(['a', 'b']);
    expect(env.hires).toEqual([4, 2]);
  });
});
