import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleBits, doubleFromBits, fma, fmaExact } from '../../runtime/lib/bigfloat.js';
import { glibcExp, glibcLog, glibcPow } from '../../runtime/lib/glibc-libm.js';
import { crCos, crSin } from '../../runtime/lib/crmath.js';
import { cpuHasFma, f2h, OracleBatch } from './oracle.js';

/** Every oracle question of this file goes to python3 in one run. */
const batch = new OracleBatch();

const SEED = 1234;

const anyDouble = fc.tuple(fc.nat(0xffffffff), fc.nat(0xffffffff)).map(([h, l]) => doubleFromBits((BigInt(h) << 32n) | BigInt(l)));
const enc = (x: number): string => (Number.isNaN(x) ? 'nan' : f2h(x));

describe('fma emulation', () => {
  it('fast path agrees with exact bigint fma', () => {
    const cases = fc.sample(
      fc.oneof(
        fc.tuple(anyDouble, anyDouble, anyDouble),
        fc.tuple(fc.double({ min: -4, max: 4 }), fc.double({ min: -4, max: 4 }), fc.double({ min: -4, max: 4 })),
        // cancellation: c close to -a*b
        fc.tuple(fc.double({ min: 0.5, max: 2 }), fc.double({ min: 0.5, max: 2 }), fc.integer({ min: -1000, max: 1000 })).map(([a, b, k]) => [a, b, -(a * b) * (1 + k * 2 ** -52)] as [number, number, number]),
      ),
      { seed: SEED, numRuns: 20000 },
    );
    const bad = cases.filter(([a, b, c]) => Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && !Object.is(fma(a, b, c), fmaExact(a, b, c)));
    expect(bad.slice(0, 3)).toEqual([]);
  });
});

describe('glibc exp/log/pow ports', () => {
  const cases: [string, number, number][] = [];
  const xs = fc.sample(
    fc.oneof(
      anyDouble.filter((x) => x > 0 && Number.isFinite(x)),
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      fc.double({ min: 0.9, max: 1.1, noNaN: true }),
      fc.constantFrom(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 2, 10, 0.1),
    ),
    { seed: SEED + 1, numRuns: 8000 },
  );
  const ys = fc.sample(
    fc.oneof(
      fc.double({ min: -30, max: 30, noNaN: true }),
      fc.integer({ min: -50, max: 50 }).map((n) => n || 1),
      fc.constantFrom(0.5, -0.5, 2, 3, 1 / 3, 1e-70, -1e-70, 1e20, -1e20),
      fc.double({ min: -2000, max: 2000, noNaN: true }),
    ),
    { seed: SEED + 2, numRuns: 8000 },
  );
  xs.forEach((x, i) => {
    const y = ys[i]!;
    if (x !== 1 && y !== 0) cases.push(['pow', x, y]);
    cases.push(['log', x, 0]);
  });
  for (const x of fc.sample(fc.oneof(fc.double({ min: -760, max: 720, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), anyDouble), { seed: SEED + 3, numRuns: 8000 }))
    cases.push(['exp', x, 0]);
  cases.push(['exp', -745.1, 0], ['exp', -744.5, 0], ['exp', 709.7, 0], ['exp', 709.8, 0], ['exp', -708.5, 0], ['exp', -Infinity, 0], ['exp', NaN, 0]);
  cases.push(['pow', 2, -1074], ['pow', 2, -1075], ['pow', 2, 1023.9], ['pow', 0.5, 1074.4], ['pow', 1.0000001, 7e9], ['pow', 5e-324, 0.9]);

  const wantL = batch.add<string[]>(
    String.raw`
def run(op, x, y):
    x = h2f(x); y = h2f(y)
    try:
        if op == 'pow': r = x ** y
        elif op == 'exp': r = math.exp(x)
        else: r = math.log(x)
    except OverflowError:
        return 'overflow'
    except ValueError:
        return 'valueerror'
    return 'nan' if r != r else f2h(r)
OUT = [run(op, x, y) for op, x, y in data]`,
    cases.map(([op, x, y]) => [op, f2h(x), f2h(y)]),
  );

  it.skipIf(!cpuHasFma())(`match CPython's math.exp / math.log / ** bit for bit (${cases.length} cases)`, () => {
    const want = wantL();
    const bad: string[] = [];
    cases.forEach(([op, x, y], i) => {
      const w = want[i]!;
      if (w === 'valueerror') return; // math.log(0) etc.: the VM raises
      const r = op === 'pow' ? glibcPow(x, y) : op === 'exp' ? glibcExp(x) : glibcLog(x);
      const g = w === 'overflow' ? (r === Infinity ? 'overflow' : enc(r)) : enc(r);
      if (g !== w) bad.push(`${op}(${x}, ${y}): got ${g}, want ${w}`);
    });
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

describe('correctly rounded sin/cos', () => {
  const xs = [
    ...fc.sample(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), { seed: SEED + 4, numRuns: 3000 }),
    ...fc.sample(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { seed: SEED + 5, numRuns: 1000 }),
    ...fc.sample(anyDouble.filter(Number.isFinite), { seed: SEED + 6, numRuns: 500 }),
    0, -0, 1e-300, 5e-324, Math.PI, Math.PI / 2, 1e22,
  ];
  const wantL = batch.add<[string, string][]>(`OUT = [[f2h(math.sin(h2f(h))), f2h(math.cos(h2f(h)))] for h in data]`, xs.map(f2h));
  it(`are within one ulp of glibc, and equal for >= 99.5% of ${xs.length} inputs`, () => {
    const want = wantL();
    let differ = 0;
    const far: string[] = [];
    xs.forEach((x, i) => {
      for (const [got, w] of [[crSin(x), want[i]![0]], [crCos(x), want[i]![1]]] as const) {
        if (f2h(got) === w) continue;
        differ++;
        const d = BigInt.asIntN(64, doubleBits(got)) - BigInt.asIntN(64, BigInt('0x' + w));
        if (d !== 1n && d !== -1n) far.push(`${x}: ${f2h(got)} vs ${w}`);
      }
    });
    expect(far).toEqual([]);
    expect(differ).toBeLessThan(xs.length * 2 * 0.005);
  });
});
