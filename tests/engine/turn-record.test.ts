import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FLOW_METRICS } from '../../src/engine/results';
import { borderFlows } from '../../src/engine/turn-record';
import { ACTOR_KINDS } from '../../src/scenario/schema';

describe('turn records', () => {
  test('borderFlows sums each flow over the kinds in kind order, starting from 0', () => {
    const nk = ACTOR_KINDS.length;
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: FLOW_METRICS.length * nk, maxLength: FLOW_METRICS.length * nk }),
        (values) => {
          const acc = Float64Array.from(values);
          const out = borderFlows(acc, new Float64Array(FLOW_METRICS.length));
          for (let m = 0; m < FLOW_METRICS.length; m++) {
            let v = 0;
            for (let k = 0; k < nk; k++) v += values[m * nk + k] as number;
            expect(out[m]).toBe(v);
          }
        },
      ),
    );
  });
});
