// The double-double fast path of crSin/crCos must never answer differently from the exact
// (bigint) evaluation: it either returns the correctly rounded double or declines (NaN).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubleFromBits } from '../../runtime/lib/bigfloat.js';
import { trigExact } from '../../runtime/lib/crmath.js';
import { trigFast } from '../../runtime/lib/trig-dd.js';

const SEED = 4321;
const anyDouble = fc.tuple(fc.nat(0xffffffff), fc.nat(0xffffffff)).map(([h, l]) => doubleFromBits((BigInt(h) << 32n) | BigInt(l)));
const inputs = fc.oneof(
  fc.double({ min: -8, max: 8, noNaN: true }),
  fc.double({ min: -1048576, max: 1048576, noNaN: true }),
  // Near multiples of π/2, where the reduction cancels most bits.
  fc.tuple(fc.integer({ min: -600000, max: 600000 }), fc.integer({ min: -50, max: 50 })).map(([k, d]) => {
    const x = (k * Math.PI) / 2;
    return x + d * Number.EPSILON * Math.max(1, Math.abs(x));
  }),
  // Tiny arguments and the edges of the fast path's range.
  fc.double({ min: 2 ** -520, max: 2 ** -20, noNaN: true }),
  fc.constantFrom(1048576, -1048576, 1048577, 2 ** -500, 2 ** -501, 1e-300, 0.7853981633974483, 1.5707963267948966, 3.141592653589793),
  anyDouble,
);

describe('sin/cos double-double fast path', () => {
  it('agrees with the exact evaluation whenever it answers, and almost always answers', () => {
    const xs = fc.sample(inputs, { seed: SEED, numRuns: 30000 }).filter((x) => Number.isFinite(x) && x !== 0);
    const wrong: string[] = [];
    let decided = 0;
    let inRange = 0;
    for (const x of xs) {
      for (const wantCos of [false, true]) {
        const fast = trigFast(x, wantCos);
        const ax = Math.abs(x);
        if (ax <= 1048576 && ax >= 2 ** -500) inRange++;
        if (Number.isNaN(fast)) continue;
        decided++;
        const exact = trigExact(x, wantCos);
        if (!Object.is(fast, exact)) wrong.push(`${wantCos ? 'cos' : 'sin'}(${x}) = ${exact}, fast path said ${fast}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Declining is allowed, but it must be rare inside the supported range.
    expect(decided / inRange).toBeGreaterThan(0.99);
  });
});
