import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as I from '../../runtime/lib/int-ops.js';
import { attempt, f2h, h2f, h2i, i2h, interestingDoubles, mismatches, OracleBatch, type Outcome } from './oracle.js';

/** Every oracle question of this file goes to python3 in one run. */
const batch = new OracleBatch();

const SEED = 31337;

const bigArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -100, max: 100 }).map(BigInt) },
  { weight: 3, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: -(2n ** 1200n), max: 2n ** 1200n }) },
  { weight: 1, arbitrary: fc.constantFrom(0n, 1n, -1n, 2n ** 53n + 1n, 10n ** 400n, -(10n ** 399n), 2n ** 1024n, 2n ** 1024n - 2n ** 970n, 2n ** 1024n - 2n ** 971n) },
);

// Binary operations on two ints; results are ints (hex) or floats (bits).
const BINOPS = ['floordiv', 'mod', 'divmod', 'truediv', 'lshift', 'rshift', 'round', 'pow'] as const;
type BinOp = (typeof BINOPS)[number];

function jsBin(op: BinOp, a: bigint, b: bigint): unknown {
  switch (op) {
    case 'floordiv':
      return i2h(I.floorDiv(a, b));
    case 'mod':
      return i2h(I.mod(a, b));
    case 'divmod':
      return I.divmod(a, b).map(i2h);
    case 'truediv':
      return f2h(I.trueDiv(a, b));
    case 'lshift':
      return i2h(I.lshift(a, b));
    case 'rshift':
      return i2h(I.rshift(a, b));
    case 'round':
      return i2h(I.roundInt(a, b));
    case 'pow': {
      const r = I.intPow(a, b);
      return typeof r === 'bigint' ? i2h(r) : f2h(r);
    }
  }
}

const PY_BIN = String.raw`
def num(r): return f2h(r) if isinstance(r, float) else i2h(r)
def bin_op(op, a, b):
    if op == 'floordiv': return i2h(a // b)
    if op == 'mod': return i2h(a % b)
    if op == 'divmod': return [i2h(x) for x in divmod(a, b)]
    if op == 'truediv': return f2h(a / b)
    if op == 'lshift': return i2h(a << b)
    if op == 'rshift': return i2h(a >> b)
    if op == 'round': return i2h(round(a, b))
    if op == 'pow': return num(a ** b)
`;

function binCases(): [BinOp, string, string][] {
  const pairs = fc.sample(fc.tuple(fc.constantFrom(...BINOPS), bigArb, bigArb), { seed: SEED, numRuns: 6000 });
  return pairs.map(([op, a, b]) => {
    // keep shifts, round digits and exponents small enough to be cheap
    if (op === 'lshift' || op === 'rshift') b = b % 300n;
    if (op === 'round') b = b % 40n;
    if (op === 'pow') {
      b = b % 40n;
      if (a > 2n ** 80n || a < -(2n ** 80n)) a = a % 2n ** 80n;
    }
    return [op, i2h(a), i2h(b)];
  });
}

describe('int-ops: binary operations', () => {
  const cases = binCases();
  cases.push(['truediv', i2h(10n ** 400n), i2h(10n ** 399n)], ['truediv', i2h(10n ** 400n), '0x3'], ['pow', '0x0', '-0x1'], ['pow', '0x2', '-0x2'], ['truediv', '0x0', '-0x5'], ['mod', '0x1', '0x0'], ['floordiv', '0x1', '0x0'], ['truediv', '0x1', '0x0'], ['divmod', '0x1', '0x0'], ['lshift', '0x1', '-0x1']);
  const wantL = batch.add<Outcome[]>(PY_BIN + `OUT = [attempt(lambda: bin_op(op, h2i(a), h2i(b))) for op, a, b in data]`, cases);
  it(`matches CPython for ${cases.length} cases`, () => {
    const want = wantL();
    const got = cases.map(([op, a, b]) => attempt(() => jsBin(op, h2i(a), h2i(b))));
    expect(mismatches(cases, got, want)).toEqual([]);
  });
});

describe('int-ops: pow(a, b, m)', () => {
  const triples = fc
    .sample(fc.tuple(bigArb, fc.bigInt({ min: -300n, max: 300n }), fc.oneof(fc.bigInt({ min: -50n, max: 50n }), bigArb)), { seed: SEED + 1, numRuns: 3000 })
    .map(([a, b, m]) => [i2h(a), i2h(b), i2h(m)]);
  const wantL = batch.add<Outcome[]>(`OUT = [attempt(lambda: i2h(pow(h2i(a), h2i(b), h2i(m)))) for a, b, m in data]`, triples);
  it(`matches CPython for ${triples.length} cases`, () => {
    const want = wantL();
    const got = triples.map(([a, b, m]) => attempt(() => i2h(I.intPowMod(h2i(a!), h2i(b!), h2i(m!)))));
    expect(mismatches(triples, got, want)).toEqual([]);
  });
});

describe('int-ops: conversions', () => {
  const ints = fc.sample(bigArb, { seed: SEED + 2, numRuns: 2000 }).concat([10n ** 4300n - 1n, 10n ** 4300n, -(10n ** 4300n)]);
  const wantL = batch.add<Outcome[][]>(
    String.raw`
def conv(n):
    return [attempt(lambda: f2h(float(n))), attempt(lambda: str(n)), attempt(lambda: [bin(n), oct(n), hex(n)]), attempt(lambda: n.bit_length())]
OUT = [conv(h2i(a)) for a in data]`,
    ints.map(i2h),
  );
  it(`int -> float/str/bin/oct/hex/bit_length for ${ints.length} ints`, () => {
    const want = wantL();
    const got = ints.map((n) => [
      attempt(() => f2h(I.intToFloat(n))),
      attempt(() => I.intToDecimalString(n)),
      attempt(() => [I.intToBaseString(n, 2), I.intToBaseString(n, 8), I.intToBaseString(n, 16)]),
      attempt(() => I.bitLength(n)),
    ]);
    const bad = ints.filter((_, i) => JSON.stringify(got[i]) !== JSON.stringify(want[i])).map(String).slice(0, 5);
    expect(bad).toEqual([]);
  });

  const floats = [...interestingDoubles(), ...fc.sample(fc.double(), { seed: SEED + 3, numRuns: 1000 })];
  const wantFL = batch.add<Outcome[]>(`OUT = [attempt(lambda: i2h(int(h2f(h)))) for h in data]`, floats.map(f2h));
  it(`int(float) for ${floats.length} floats`, () => {
    const wantF = wantFL();
    const got = floats.map((x) => attempt(() => i2h(I.floatToInt(x))));
    expect(mismatches(floats.map(f2h), got, wantF)).toEqual([]);
  });
});

describe('int-ops: int(str, base)', () => {
  const pieces = ['0', '1', '7', '9', 'a', 'f', 'z', 'Z', '_', '__', ' ', '\t', '+', '-', '0x', '0X', '0o', '0b', '0B', 'x', '.', 'é', '\u0661', '\u0969', '\u3000', '\x1c', '\0', '\u{1d7ce}'];
  const strArb = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 8 }).map((a) => a.join(''));
  const baseArb = fc.constantFrom(0, 0, 10, 10, 2, 8, 16, 36, 7, 4, 32, 1, 37, -1);
  const cases: [string, number][] = fc.sample(fc.tuple(strArb, baseArb), { seed: SEED + 4, numRuns: 4000 });
  // Mostly well-formed literals: [space][sign][prefix][digits with single underscores][space]
  const digitRun = fc.array(fc.constantFrom(...'0101234567012345678901234567890abcdefxyzABF\u0661'.split('')), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
  const wellFormed = fc
    .tuple(fc.constantFrom('', ' ', '\u3000'), fc.constantFrom('', '-', '+'), fc.constantFrom('', '', '0x', '0o', '0b', '0X', '0'), fc.constantFrom('', '', '_'), fc.array(digitRun, { minLength: 1, maxLength: 3 }).map((a) => a.join('_')), fc.constantFrom('', '\n'), baseArb)
    .map(([sp, sign, pre, us, ds, tail, b]): [string, number] => [sp + sign + pre + us + ds + tail, b]);
  cases.push(...fc.sample(wellFormed, { seed: SEED + 5, numRuns: 2000 }));
  cases.push(['1'.repeat(5000), 10], ['1_0'.repeat(3000), 10], ['f'.repeat(5000), 16], ['x'.repeat(300), 10], ['1'.repeat(5000) + 'x', 10], ['1'.repeat(4300), 10], ['7'.repeat(700), 7]);
  const wantL = batch.add<Outcome[]>(`OUT = [attempt(lambda: i2h(int(s, b))) for s, b in data]`, cases);
  it(`matches int(s, base) for ${cases.length} strings`, () => {
    const want = wantL();
    const got = cases.map(([s, b]) => attempt(() => i2h(I.intFromString(s, b))));
    expect(mismatches(cases, got, want)).toEqual([]);
    expect(want.filter((o) => o[0] === 'ok').length).toBeGreaterThan(500);
  });
});

describe('int-ops: documented behaviour', () => {
  it('true division is correctly rounded for huge ints', () => {
    expect(I.trueDiv(10n ** 400n, 10n ** 399n)).toBe(10.0);
  });
  it('errors carry CPython messages', () => {
    expect(() => I.lshift(1n, -1n)).toThrow('negative shift count');
    expect(() => I.intFromString('x')).toThrow("invalid literal for int() with base 10: 'x'");
    expect(() => I.intToFloat(2n ** 1024n)).toThrow('int too large to convert to float');
  });
  it('round(int, n) rounds half to even', () => {
    expect(I.roundInt(25n, -1n)).toBe(20n);
    expect(I.roundInt(35n, -1n)).toBe(40n);
    expect(I.roundInt(-25n, -1n)).toBe(-20n);
  });
});

void h2f;
