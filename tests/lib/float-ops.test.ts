import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as F from '../../runtime/lib/float-ops.js';
import { attempt, cpuHasFma, f2h, h2f, i2h, interestingDoubles, mismatches, OracleBatch, type Outcome } from './oracle.js';

/** Every oracle question of this file goes to python3 in one run. */
const batch = new OracleBatch();

const SEED = 9001;

const floatArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...interestingDoubles(), 7.5, -7.5, 2, -2, 3, -3, 7, -0.0, 0.0) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: -6, max: 6 })).map(([m, e]) => Number(`${m}e${e}`)) },
);

// Canonical result encoding: NaNs compare equal whatever their payload.
function enc(x: number): string {
  return Number.isNaN(x) ? 'nan' : f2h(x);
}

const OPS = ['floordiv', 'mod', 'divmod', 'truediv', 'round', 'round_n', 'is_integer'] as const;
type Op = (typeof OPS)[number];

function jsOp(op: Op, a: number, b: number, n: number): unknown {
  switch (op) {
    case 'floordiv':
      return enc(F.floatFloorDiv(a, b));
    case 'mod':
      return enc(F.floatMod(a, b));
    case 'divmod':
      return F.floatDivmod(a, b).map(enc);
    case 'truediv':
      return enc(F.floatTrueDiv(a, b));
    case 'round':
      return i2h(F.floatRound(a));
    case 'round_n':
      return enc(F.floatRoundNdigits(a, n));
    case 'is_integer':
      return F.floatIsInteger(a);
  }
}

const PY_OPS = String.raw`
def enc(x): return 'nan' if x != x else f2h(x)
def op_(op, a, b, n):
    if op == 'floordiv': return enc(a // b)
    if op == 'mod': return enc(a % b)
    if op == 'divmod': return [enc(x) for x in divmod(a, b)]
    if op == 'truediv': return enc(a / b)
    if op == 'round': return i2h(round(a))
    if op == 'round_n': return enc(round(a, n))
    if op == 'is_integer': return a.is_integer()
`;

describe('float-ops: arithmetic and rounding', () => {
  const cases = fc
    .sample(fc.tuple(fc.constantFrom(...OPS), floatArb, floatArb, fc.oneof(fc.integer({ min: -5, max: 20 }), fc.integer({ min: -400, max: 400 }))), { seed: SEED, numRuns: 8000 })
    .map(([op, a, b, n]) => [op, f2h(a), f2h(b), n] as [Op, string, string, number]);
  for (const [a, b] of [[-7.5, 2], [7.0, -3], [-0.0, 5], [0.0, -5], [1, 0], [1, -0.0], [5, Infinity], [-5, Infinity], [Infinity, 2]])
    for (const op of ['floordiv', 'mod', 'divmod', 'truediv'] as const) cases.push([op, f2h(a!), f2h(b!), 0]);
  for (const [x, n] of [[2.675, 2], [2.5, 0], [-0.4, 0], [1.7976931348623157e308, -308], [0.5, 0], [1.5, 0], [1e300, -300], [5e-324, 323], [1.25, 1], [1.35, 1]])
    cases.push(['round_n', f2h(x!), f2h(0), n!], ['round', f2h(x!), f2h(0), 0]);
  const wantL = batch.add<Outcome[]>(PY_OPS + `OUT = [attempt(lambda: op_(op, h2f(a), h2f(b), n)) for op, a, b, n in data]`, cases);

  it(`matches CPython for ${cases.length} cases`, () => {
    const want = wantL();
    const got = cases.map(([op, a, b, n]) => attempt(() => jsOp(op, h2f(a), h2f(b), n)));
    expect(mismatches(cases, got, want)).toEqual([]);
  });
});

describe('float-ops: float(str)', () => {
  const pieces = ['1', '0', '5', '9', '_', '.', 'e', 'E', '+', '-', ' ', '\t', 'inf', 'Infinity', 'nan', 'NaN', 'iNf', 'x', '0x', '\u0661', '\u3000', '\x1c', '\0', 'é', 'e5', 'e-3', '1e400', '1e-400'];
  const strArb = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 6 }).map((a) => a.join(''));
  const cases = fc.sample(strArb, { seed: SEED + 1, numRuns: 4000 });
  // Mostly well-formed: [space][sign]digits[.digits][e[sign]digits][space], single underscores
  const digits = fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
  const grouped = fc.array(digits, { minLength: 1, maxLength: 3 }).map((a) => a.join('_'));
  const wellFormed = fc
    .tuple(fc.constantFrom('', ' ', '\n'), fc.constantFrom('', '-', '+'), fc.oneof(grouped, fc.constant('')), fc.constantFrom('', '.', '.', '._'), fc.oneof(grouped, fc.constant('')), fc.constantFrom('', '', 'e', 'E-', 'e+'), fc.oneof(grouped, fc.constant('')))
    .map((p) => p.join(''));
  cases.push(...fc.sample(wellFormed, { seed: SEED + 3, numRuns: 2000 }));
  cases.push('1_000.5', ' -Infinity ', 'nan', '1__0', '', '\u0661.5', 'infinit', '-nan', '1e1_0', '0x10', '1.', '.5', '.', '1e', '1_', '_1', '1._5', '1_.5', '123456789012345678901234567890e-30', '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623158e308', '1.7976931348623159e308');
  const wantL = batch.add<Outcome[]>(`OUT = [attempt(lambda: (lambda x: 'nan' if x != x else f2h(x))(float(s))) for s in data]`, cases);
  it(`matches float(s) for ${cases.length} strings`, () => {
    const want = wantL();
    const got = cases.map((s) => attempt(() => enc(F.floatFromString(s))));
    expect(mismatches(cases, got, want)).toEqual([]);
    expect(want.filter((o) => o[0] === 'ok').length).toBeGreaterThan(1000);
  });
});

describe('float-ops: float ** float', () => {
  const special = [0, -0, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1.5, -1.5, Infinity, -Infinity, NaN, 1e308, -1e308, 5e-324, 1 / 3, 2 ** 53 + 2, 1e20];
  const cases: [string, string][] = [];
  for (const a of special) for (const b of special) cases.push([f2h(a), f2h(b)]);
  const general = fc.sample(
    fc.tuple(
      fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0.5, max: 2 }), floatArb),
      fc.oneof(fc.integer({ min: -60, max: 60 }), fc.double({ min: -50, max: 50, noNaN: true }), fc.constantFrom(0.5, -0.5, 2, 3, 1 / 3)),
    ),
    { seed: SEED + 2, numRuns: 5000 },
  );
  for (const [a, b] of general) cases.push([f2h(a), f2h(b)]);
  const wantL = batch.add<Outcome[]>(
    String.raw`
def p(a, b):
    r = a ** b
    if isinstance(r, complex):
        raise ValueError('negative number cannot be raised to a fractional power')
    return 'nan' if r != r else f2h(r)
OUT = [attempt(lambda: p(h2f(a), h2f(b))) for a, b in data]`,
    cases,
  );

  // glibc's pow differs on CPUs without FMA (see runtime/lib/glibc-libm.ts)
  it.skipIf(!cpuHasFma())(`matches CPython bit for bit for ${cases.length} cases`, () => {
    const want = wantL();
    const got = cases.map(([a, b]) => attempt(() => enc(F.floatPow(h2f(a), h2f(b)))));
    expect(mismatches(cases, got, want)).toEqual([]);
  });
});
