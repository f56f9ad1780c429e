import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { floatRepr, floatStr } from '../../runtime/lib/float-repr.js';
import { doubleFromBits } from '../../runtime/lib/bigfloat.js';
import { f2h, interestingDoubles, runPython } from './oracle.js';

const SEED = 20251122;

function cases(): number[] {
  const raw = fc.sample(fc.tuple(fc.nat(0xffffffff), fc.nat(0xffffffff)), { seed: SEED, numRuns: 3000 });
  const fromBits = raw.map(([hi, lo]) => doubleFromBits((BigInt(hi) << 32n) | BigInt(lo)));
  const doubles = fc.sample(fc.double(), { seed: SEED + 1, numRuns: 2000 });
  // Values near the fixed/exponent switch points and short decimals.
  const decimals = fc.sample(
    fc.tuple(fc.integer({ min: -99999999, max: 99999999 }), fc.integer({ min: -25, max: 25 })),
    { seed: SEED + 2, numRuns: 2000 },
  ).map(([m, e]) => Number(`${m}e${e}`));
  const boundaries: number[] = [];
  for (const b of [1e16, 1e-4, 1e-5, 1e15, 2 ** 53, 5e-324, 2.2250738585072014e-308]) {
    let lo = b;
    let hi = b;
    for (let i = 0; i < 5; i++) {
      boundaries.push(lo, hi);
      lo = nextDown(lo);
      hi = nextUp(hi);
    }
  }
  return [...interestingDoubles(), ...boundaries, ...fromBits, ...doubles, ...decimals];
}

function nextUp(x: number): number {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  b.setBigUint64(0, b.getBigUint64(0) + (x >= 0 ? 1n : -1n));
  return b.getFloat64(0);
}
function nextDown(x: number): number {
  return -nextUp(-x);
}

describe('floatRepr', () => {
  const xs = cases();
  const want = runPython<string[][]>(
    `OUT = [[repr(h2f(h)), str(h2f(h))] for h in data]`,
    xs.map(f2h),
  );

  it(`matches repr() and str() for ${xs.length} doubles`, () => {
    const bad: string[] = [];
    xs.forEach((x, i) => {
      const [r, s] = want[i]!;
      if (floatRepr(x) !== r || floatStr(x) !== s) bad.push(`${f2h(x)}: got ${floatRepr(x)}, want ${r}`);
    });
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('handles the documented examples', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(Infinity)).toBe('inf');
    expect(floatRepr(-Infinity)).toBe('-inf');
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatRepr(1)).toBe('1.0');
    expect(floatRepr(123456789012345.6)).toBe('123456789012345.6');
  });
});
