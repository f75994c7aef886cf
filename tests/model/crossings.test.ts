/**
 * The crossing chain (src/model/crossings.ts) draws one uniform a link, always in the same
 * positions, stops at the first link with no trials, and hands a uniform to the binomial sampler
 * only when the count can depend on it. Read from the block link by link (`linkCount` with each
 * uniform at its place, as the engine does), it gives the same counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './fast-check-seed';
import { DRAW, drawAttemptsAndDetections, linkCount, resolveCrossings, resolveCrossingsInto, type CrossingCounts } from '../../src/model/crossings';
import { binomialQuantile, poissonQuantile } from '../../src/rng/distributions';
import { RandomStreams } from '../../src/rng/streams';

/** The chain as written out with the samplers alone: every link's uniform goes to the sampler. */
function reference(mean: number, pDetect: number, pResponse: number, pStop: number, share: number, u: number[]): CrossingCounts {
  const attempts = poissonQuantile(u[0] as number, mean);
  const detected = binomialQuantile(u[1] as number, attempts, pDetect);
  const reached = binomialQuantile(u[2] as number, detected, pResponse);
  const interdicted = binomialQuantile(u[3] as number, reached, pStop);
  const apprehended = binomialQuantile(u[4] as number, interdicted, share);
  return { attempts, detected, reached, interdicted, apprehended, turnedBack: interdicted - apprehended, gotAway: attempts - interdicted };
}

// fast-check's doubles lean to the extremes (most come out near 0), which would leave the later
// links without trials; the thousandths cover the inside of [0, 1] evenly.
const probability = fc.oneof(
  fc.constantFrom(0, 1, 0.5, 1e-12, 1 - 1e-12),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 1, max: 999 }).map((i) => i / 1000),
);

describe('the crossing chain', () => {
  it('gives the counts of the samplers applied link by link, from the same five uniforms, whatever the probabilities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        probability,
        probability,
        probability,
        probability,
        (seed, mean, pD, pR, pS, share) => {
          const uniforms = new RandomStreams(seed).at('cross/s/a', 0, 5);
          const u = [0, 1, 2, 3, 4].map(() => uniforms.next());
          const expected = reference(mean, pD, pR, pS, share, u);
          const out = resolveCrossingsInto(mean, pD, pR, pS, share, new RandomStreams(seed).at('cross/s/a', 0, 5), {
            attempts: -1,
            detected: -1,
            reached: -1,
            interdicted: -1,
            apprehended: -1,
            turnedBack: -1,
            gotAway: -1,
          });
          expect(out).toEqual(expected);
          expect(
            resolveCrossings(mean, { pDetect: pD, pResponse: pR, pStop: pS, apprehendShare: share }, new RandomStreams(seed).at('cross/s/a', 0, 5)),
          ).toEqual(expected);
          expect(drawAttemptsAndDetections(mean, pD, new RandomStreams(seed).at('cross/s/a', 0, 5))).toEqual({
            attempts: expected.attempts,
            detected: expected.detected,
          });
          // Link by link from the block, each uniform at its place (the engine's crossings).
          const detected = linkCount(u[DRAW.detect] as number, expected.attempts, pD);
          const reached = linkCount(u[DRAW.response] as number, detected, pR);
          const interdicted = linkCount(u[DRAW.stop] as number, reached, pS);
          const apprehended = linkCount(u[DRAW.apprehend] as number, interdicted, share);
          expect({ detected, reached, interdicted, apprehended }).toEqual({
            detected: expected.detected,
            reached: expected.reached,
            interdicted: expected.interdicted,
            apprehended: expected.apprehended,
          });
        },
      ),
      // Enough runs that the last links often meet probabilities inside (0, 1) with trials to spare.
      { numRuns: 1000 },
    );
  });

  it('stops drawing at the first link with no trials, and the next turn of the stream starts where it would', () => {
    const counts = (): CrossingCounts => ({ attempts: 0, detected: 0, reached: 0, interdicted: 0, apprehended: 0, turnedBack: 0, gotAway: 0 });
    // No attempts (mean 0): one uniform drawn, the other four skipped at the next turn.
    const streams = new RandomStreams(3);
    resolveCrossingsInto(0, 0.5, 0.5, 1, 1, streams.stream('cross/s/a', 5).at(0), counts());
    expect(streams.drawn).toBe(1);
    const full = new RandomStreams(3);
    const rng = full.stream('cross/s/a', 5).at(0);
    for (let i = 0; i < 5; i++) rng.next();
    expect(streams.stream('cross/s/a', 5).at(1).next()).toBe(full.stream('cross/s/a', 5).at(1).next());
    expect(streams.drawn).toBe(6);
    // Attempts but no detection (p = 0): two drawn. Certain links (p = 1) still draw their uniform.
    const some = new RandomStreams(3);
    const c = resolveCrossingsInto(50, 0, 0.5, 1, 1, some.at('cross/s/a', 0, 5), counts());
    expect(c.attempts).toBeGreaterThan(0);
    expect(some.drawn).toBe(2);
    const sure = new RandomStreams(3);
    const d = resolveCrossingsInto(50, 1, 1, 1, 0.5, sure.at('cross/s/a', 0, 5), counts());
    expect(d.interdicted).toBe(d.attempts);
    expect(sure.drawn).toBe(5);
    // Never more than the block: the sixth draw of a turn throws.
    const rng5 = sure.at('cross/s/a', 0, 5);
    expect(() => rng5.next()).toThrow(/more than 5 draws/);
  });
});
