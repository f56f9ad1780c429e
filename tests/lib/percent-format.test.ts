import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultPercentHooks, percentFormat, type PercentArgs, type PercentHooks } from '../../runtime/lib/percent-format.js';
import { pyStrRepr } from '../../runtime/lib/unicode.js';
import { attempt, f2h, h2f, h2i, i2h, interestingDoubles, mismatches, runPython, type Outcome } from './oracle.js';

const SEED = 777;

type Val =
  | { t: 'i'; v: string }
  | { t: 'f'; v: string }
  | { t: 's'; v: string }
  | { t: 'b'; v: boolean }
  | { t: 'n' }
  | { t: 'l'; v: Val[] };
type ArgsEnc = { t: 'tuple'; v: Val[] } | { t: 'single'; v: Val } | { t: 'dict'; v: [string, Val][] };
type Case = [string, ArgsEnc];

const valArb: fc.Arbitrary<Val> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(fc.integer({ min: -300, max: 300 }).map(BigInt), fc.bigInt({ min: -(2n ** 90n), max: 2n ** 90n }), fc.constantFrom(65n, 0x10ffffn, 0x110000n, -1n)).map((v): Val => ({ t: 'i', v: i2h(v) })) },
  { weight: 3, arbitrary: fc.oneof(fc.constantFrom(...interestingDoubles()), fc.double()).map((v): Val => ({ t: 'f', v: f2h(v) })) },
  { weight: 3, arbitrary: fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom('x', 'é', '\u{1f600}', "it's", 'a"b')).map((v): Val => ({ t: 's', v })) },
  { weight: 1, arbitrary: fc.boolean().map((v): Val => ({ t: 'b', v })) },
  { weight: 1, arbitrary: fc.constant<Val>({ t: 'n' }) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 9 }).map((v): Val => ({ t: 'i', v: i2h(BigInt(v)) })), { maxLength: 2 }).map((v): Val => ({ t: 'l', v })) },
);

const convArb = fc
  .tuple(
    fc.constantFrom('', '', '', '(a)', '(b)', '(x(y)z)', '(a'),
    fc.array(fc.constantFrom('-', '+', ' ', '#', '0'), { maxLength: 3 }).map((a) => a.join('')),
    fc.constantFrom('', '', '5', '12', '1', '*', '0'),
    fc.constantFrom('', '', '', '.', '.0', '.3', '.10', '.*'),
    fc.constantFrom('', '', '', '', 'l', 'h'),
    fc.constantFrom(...'ssssrrdddiiuoxXxeEfFgGgcca%z\u00e9'.split(''), ''),
  )
  .map((p) => '%' + p.join(''));

const formatArb = fc
  .array(fc.oneof({ weight: 3, arbitrary: convArb }, { weight: 1, arbitrary: fc.constantFrom('ab', ' ', '-', '%%', 'é', '') }), { minLength: 1, maxLength: 4 })
  .map((a) => a.join(''));

const argsArb: fc.Arbitrary<ArgsEnc> = fc.oneof(
  fc.array(valArb, { maxLength: 4 }).map((v): ArgsEnc => ({ t: 'tuple', v })),
  valArb.map((v): ArgsEnc => ({ t: 'single', v })),
  fc.tuple(valArb, valArb, fc.integer({ min: 0, max: 5 })).map(([a, b, k]): ArgsEnc => ({ t: 'dict', v: k > 1 ? [['a', a], ['b', b]] : k === 1 ? [['a', a]] : [['x(y)z', a]] })),
);

function buildCases(): Case[] {
  const fixed: Case[] = [
    ['%s %s', { t: 'tuple', v: [{ t: 'i', v: '0x1' }] }],
    ['%s', { t: 'tuple', v: [{ t: 'i', v: '0x1' }, { t: 'i', v: '0x2' }] }],
    ['abc', { t: 'single', v: { t: 'l', v: [{ t: 'i', v: '0x1' }] } }],
    ['abc', { t: 'single', v: { t: 'i', v: '0x5' } }],
    ['%', { t: 'tuple', v: [] }],
    ['%(a', { t: 'dict', v: [] }],
    ['%(a)s', { t: 'single', v: { t: 'i', v: '0x1' } }],
    ['%#05o', { t: 'single', v: { t: 'i', v: '0x8' } }],
    ['%#08x|%-#8X|%+.3d', { t: 'tuple', v: [{ t: 'i', v: '0xff' }, { t: 'i', v: '-0xff' }, { t: 'i', v: '0x7' }] }],
    ['%.2f %e %g %10.4f %-10.3e| %+g %#g %G', { t: 'tuple', v: [1.005, 12345.678, 1e-5, -2.5, 1e300, 0.5, 1.0, Infinity].map((x) => ({ t: 'f', v: f2h(x) }) as Val) }],
    ['%c%c', { t: 'tuple', v: [{ t: 'i', v: '0x41' }, { t: 's', v: 'é' }] }],
    ['%5.2s|%-6r|%a', { t: 'tuple', v: [{ t: 's', v: 'hello' }, { t: 's', v: 'x' }, { t: 's', v: 'é' }] }],
    ['%*d|%-*d|%.*f', { t: 'tuple', v: [{ t: 'i', v: '0x5' }, { t: 'i', v: '0x2a' }, { t: 'i', v: '-0x5' }, { t: 'i', v: '0x2a' }, { t: 'i', v: '0x2' }, { t: 'f', v: f2h(Math.PI) }] }],
    ['%d %i %u', { t: 'tuple', v: [{ t: 'f', v: f2h(3.7) }, { t: 'f', v: f2h(-3.7) }, { t: 'b', v: true }] }],
    ['%d', { t: 'single', v: { t: 'f', v: f2h(Infinity) } }],
    ['%x', { t: 'single', v: { t: 'f', v: f2h(1.5) } }],
    ['%z', { t: 'tuple', v: [] }],
    ['%-%', { t: 'tuple', v: [] }],
  ];
  return [...fixed, ...fc.sample(fc.tuple(formatArb, argsArb), { seed: SEED, numRuns: 6000 })];
}

// ---- JS side: decode values and provide hooks for the list/dict stand-ins

class PyDict {
  constructor(readonly entries: [string, unknown][]) {}
}
function decode(v: Val): unknown {
  switch (v.t) {
    case 'i':
      return h2i(v.v);
    case 'f':
      return h2f(v.v);
    case 's':
      return v.v;
    case 'b':
      return v.v;
    case 'n':
      return null;
    case 'l':
      return v.v.map(decode);
  }
}
const hooks: Partial<PercentHooks> = {
  repr(v) {
    if (Array.isArray(v)) return '[' + v.map((x) => hooks.repr!(x)).join(', ') + ']';
    if (v instanceof PyDict) return '{' + v.entries.map(([k, x]) => pyStrRepr(k) + ': ' + hooks.repr!(x)).join(', ') + '}';
    return defaultPercentHooks.repr(v);
  },
  str(v) {
    if (Array.isArray(v) || v instanceof PyDict) return hooks.repr!(v);
    return defaultPercentHooks.str(v);
  },
  ascii(v) {
    let out = '';
    for (const ch of hooks.repr!(v)) {
      const cp = ch.codePointAt(0)!;
      out += cp < 0x80 ? ch : cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    }
    return out;
  },
  typeName(v) {
    if (v instanceof PyDict) return 'dict';
    return defaultPercentHooks.typeName(v);
  },
};
function toArgs(a: ArgsEnc): PercentArgs {
  if (a.t === 'tuple') return { tuple: a.v.map(decode) };
  if (a.t === 'dict') {
    const d = new PyDict(a.v.map(([k, x]) => [k, decode(x)]));
    return {
      value: d,
      getItem(key) {
        const hit = d.entries.find(([k]) => k === key);
        if (!hit) throw { pyType: 'KeyError', message: pyStrRepr(key) };
        return hit[1];
      },
    };
  }
  const value = decode(a.v);
  if (Array.isArray(value))
    return {
      value,
      getItem() {
        throw { pyType: 'TypeError', message: 'list indices must be integers or slices, not str' };
      },
    };
  return { value };
}

describe('percentFormat', () => {
  const cases = buildCases();
  const want = runPython<Outcome[]>(
    String.raw`
def conv(v):
    t = v['t']
    if t == 'i': return h2i(v['v'])
    if t == 'f': return h2f(v['v'])
    if t == 's': return v['v']
    if t == 'b': return v['v']
    if t == 'n': return None
    return [conv(x) for x in v['v']]
def args(a):
    if a['t'] == 'tuple': return tuple(conv(x) for x in a['v'])
    if a['t'] == 'dict': return {k: conv(x) for k, x in a['v']}
    return conv(a['v'])
OUT = [attempt(lambda: f % args(a)) for f, a in data]`,
    cases,
  );

  it(`matches str % args for ${cases.length} cases`, () => {
    const got = cases.map(([f, a]) => attempt(() => percentFormat(f, toArgs(a), hooks)));
    expect(mismatches(cases, got, want)).toEqual([]);
  });

  it('formats plain JS values with the default hooks', () => {
    expect(percentFormat('%s|%r|%d|%5.1f|%x', { tuple: ['a', 'a', 42n, 2.25, 255n] })).toBe("a|'a'|42|  2.2|ff");
    expect(() => percentFormat('%s %s', { tuple: [1n] })).toThrow('not enough arguments for format string');
  });
});
