import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extrapolateEngagements, MAX_BATTLES_PER_SECTOR_TURN } from '../../src/model/engagement';

describe('engagements beyond the individual-battle bound', () => {
  test('the worked example: twice as many groups as fought, twice each count', () => {
    const x = extrapolateEngagements(
      { fought: 4, evaded: 1, repulses: 2, breakthroughs: 1, localCasualties: 4, quickReactionCasualties: 0, attackerCasualties: 8, sorties: 0 },
      8,
      { local: 100, quickReaction: 0, attackers: 100 },
    );
    expect(x).toEqual({ evaded: 2, repulses: 4, breakthroughs: 2, localCasualties: 8, quickReactionCasualties: 0, attackerCasualties: 16, sorties: 0 });
  });

  test('outcomes add up to the groups left, casualties never exceed who is left, nothing negative', () => {
    const tally = fc
      .record({ evaded: fc.nat(300), repulses: fc.nat(300), breakthroughs: fc.nat(300) })
      .filter((t) => t.evaded + t.repulses + t.breakthroughs > 0)
      .chain((t) =>
        fc.record({
          fought: fc.constant(t.evaded + t.repulses + t.breakthroughs),
          evaded: fc.constant(t.evaded),
          repulses: fc.constant(t.repulses),
          breakthroughs: fc.constant(t.breakthroughs),
          localCasualties: fc.nat(5000),
          quickReactionCasualties: fc.nat(5000),
          attackerCasualties: fc.nat(5000),
          sorties: fc.nat(300),
        }),
      );
    fc.assert(
      fc.property(tally, fc.nat(1e7), fc.nat(1e6), fc.nat(1e6), fc.nat(1e6), (t, remaining, local, qrf, attackers) => {
        const x = extrapolateEngagements(t, remaining, { local, quickReaction: qrf, attackers });
        expect(x.evaded + x.repulses + x.breakthroughs).toBe(remaining);
        for (const v of Object.values(x)) expect(Number.isInteger(v) && v >= 0).toBe(true);
        expect(x.localCasualties).toBeLessThanOrEqual(local);
        expect(x.quickReactionCasualties).toBeLessThanOrEqual(qrf);
        expect(x.attackerCasualties).toBeLessThanOrEqual(attackers);
        // In proportion: each outcome within one group of its scaled count (rounding).
        const f = remaining / t.fought;
        expect(Math.abs(x.evaded - t.evaded * f)).toBeLessThanOrEqual(1);
        expect(Math.abs(x.repulses - t.repulses * f)).toBeLessThanOrEqual(1);
      }),
      { seed: 1344, numRuns: 300 },
    );
  });

  test('nothing fought or nothing left gives nothing', () => {
    const zero = { fought: 0, evaded: 0, repulses: 0, breakthroughs: 0, localCasualties: 0, quickReactionCasualties: 0, attackerCasualties: 0, sorties: 0 };
    expect(Object.values(extrapolateEngagements(zero, 50, { local: 10, quickReaction: 0, attackers: 10 })).every((v) => v === 0)).toBe(true);
    expect(MAX_BATTLES_PER_SECTOR_TURN).toBeGreaterThan(0);
  });
});
