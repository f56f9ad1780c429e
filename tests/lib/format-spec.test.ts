import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFloat, formatInt, formatStr } from '../../runtime/lib/format-spec.js';
import { attempt, f2h, h2f, h2i, i2h, interestingDoubles, mismatches, runPython, type Outcome } from './oracle.js';

const SEED = 4242;

type Val = { t: 'i'; v: string } | { t: 'f'; v: string } | { t: 's'; v: string };
type Case = [Val, string];

const specArb = fc
  .tuple(
    fc.constantFrom('', '', 'x', '0', '*', ' ', '\u{1f600}', '<', 'é'),
    fc.constantFrom('', '', '<', '>', '=', '^'),
    fc.constantFrom('', '', '+', '-', ' '),
    fc.constantFrom('', '', '', 'z'),
    fc.constantFrom('', '', '#'),
    fc.constantFrom('', '', '0'),
    fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 30 }).map(String)),
    fc.constantFrom('', '', '', ',', '_', ',_'),
    fc.constantFrom('', '', '', '.0', '.1', '.2', '.3', '.6', '.12', '.17', '.25', '.'),
    fc.constantFrom('', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r', 'z', '\x01'),
  )
  .map(([fill, align, ...rest]) => (align ? fill + align : '') + rest.join(''));

const garbageSpecArb = fc
  .array(fc.constantFrom(...'<>=^+- z#0123456789,_.bcdoxXneEfFgG%s'.split('')), { maxLength: 8 })
  .map((a) => a.join(''));

const intArb = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }).map(BigInt),
  fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }),
  fc.constantFrom(0n, -1n, 65n, 0x10ffffn, 0x110000n, 2n ** 63n, 10n ** 16n, -(10n ** 30n)),
);
const floatArb = fc.oneof(
  fc.constantFrom(...interestingDoubles()),
  fc.double(),
  fc.tuple(fc.integer({ min: -999999, max: 999999 }), fc.integer({ min: -12, max: 25 })).map(([m, e]) => Number(`${m}e${e}`)),
);
const strArb = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', 'abc', 'héllo', '\u{1f600}x', 'a\u0301'));

const valArb: fc.Arbitrary<Val> = fc.oneof(
  intArb.map((v): Val => ({ t: 'i', v: i2h(v) })),
  floatArb.map((v): Val => ({ t: 'f', v: f2h(v) })),
  strArb.map((v): Val => ({ t: 's', v })),
);

function buildCases(): Case[] {
  const random = fc.sample(fc.tuple(valArb, specArb), { seed: SEED, numRuns: 7000 });
  const garbage = fc.sample(fc.tuple(valArb, garbageSpecArb), { seed: SEED + 1, numRuns: 2000 });
  const fixed: Case[] = [];
  const ints = [0n, 1n, -1n, 255n, -255n, 1234567n, 10n ** 20n, 65n];
  const floats = [1e16, 0.1, 123.0, 1.5, 2.5, 1.0, 100.0, 1e22, 12345.678, -0.0, -0.001, NaN, -Infinity, 1e-7];
  const specs = ['', 'g', '.3', '.0f', '#.0f', '#g', '#', '#.3', 'f', '020,.2f', '%', 'z.1f', 'zg', '010', '=+09',
    '0=12,', 'x=12,', '#_b', '#012_x', '#X', 'e', 'n', ',', '_', '.2%', '>12.4e', '^+15,.3f', 'z', 'c'];
  for (const s of specs) {
    for (const i of ints) fixed.push([{ t: 'i', v: i2h(i) }, s]);
    for (const f of floats) fixed.push([{ t: 'f', v: f2h(f) }, s]);
  }
  return [...fixed, ...random, ...garbage];
}

function run([val, spec]: Case): Outcome {
  return attempt(() => {
    if (val.t === 'i') return formatInt(h2i(val.v), spec);
    if (val.t === 'f') return formatFloat(h2f(val.v), spec);
    return formatStr(val.v, spec);
  });
}

describe('format-spec', () => {
  const cases = buildCases();
  const want = runPython<Outcome[]>(
    String.raw`
def conv(v):
    t = v['t']
    if t == 'i': return h2i(v['v'])
    if t == 'f': return h2f(v['v'])
    return v['v']
OUT = [attempt(lambda: format(conv(v), s)) for v, s in data]`,
    cases,
  );

  it(`matches format() for ${cases.length} (value, spec) pairs`, () => {
    const got = cases.map(run);
    expect(mismatches(cases, got, want)).toEqual([]);
  });

  it('follows the documented rules', () => {
    expect(formatFloat(1e16, '')).toBe('1e+16');
    expect(formatFloat(0.1, '.3')).toBe('0.1');
    expect(formatFloat(123.0, 'g')).toBe('123');
    expect(formatFloat(1.5, '.0f')).toBe('2');
    expect(formatFloat(2.5, '.0f')).toBe('2');
    expect(() => formatFloat(1.5, 'x')).toThrow("Unknown format code 'x' for object of type 'float'");
    expect(formatInt(1234567n, ',')).toBe('1,234,567');
    expect(formatStr('ab', '05')).toBe('ab000');
  });
});
