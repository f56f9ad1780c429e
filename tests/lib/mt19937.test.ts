import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PyRandom, type PyNum } from '../../runtime/lib/mt19937.js';
import { doubleBits } from '../../runtime/lib/bigfloat.js';
import { attempt, f2h, h2f, h2i, i2h, runPython, type Outcome } from './oracle.js';

type Num = { i: string } | { f: string };
type Seed = Num | { s: string } | { b: number[] };
type Op =
  | ['random']
  | ['getrandbits', number]
  | ['randrange', Num, Num | null, Num | null]
  | ['randint', Num, Num]
  | ['choice', number]
  | ['shuffle', number]
  | ['sample', number, number]
  | ['uniform', number, number]
  | ['gauss', number, number]
  | ['normalvariate', number, number]
  | ['expovariate', number]
  | ['choices', number, number, number[] | null];

const I = (v: bigint | number): Num => ({ i: i2h(BigInt(v)) });
const Fl = (v: number): Num => ({ f: f2h(v) });

const SEEDS: Seed[] = [I(0), I(1), I(42), I(2n ** 40n + 7n), I(-5), { s: 'hello' }, I(2n ** 100n + 3n), Fl(-5.0), Fl(5.5), { s: '' }, { s: 'héllo' }, { b: [0, 255, 7] }];

function program(seedIndex: number): Op[] {
  const ops: Op[] = [];
  for (let i = 0; i < 20; i++) ops.push(['random']);
  for (const k of [0, 1, 5, 31, 32, 33, 53, 64, 100, 200, -1]) ops.push(['getrandbits', k]);
  const rr: [Num, Num | null, Num | null][] = [
    [I(10), null, null], [I(0), I(10), null], [I(5), I(100), I(7)], [I(100), I(5), I(-7)], [I(-10), I(10), I(3)],
    [I(2n ** 70n), null, null], [I(0), I(2n ** 100n), I(3)], [I(0), null, null], [I(5), I(5), null], [I(5), I(1), I(0)],
    [I(5), I(1), null], [I(0), I(10), I(-1)], [Fl(10), null, null], [Fl(1.5), null, null], [I(0), Fl(10), Fl(2)],
    [Fl(Infinity), null, null], [I(0), null, I(1)], [I(1), I(2n ** 53n + 1n), null], [I(3), I(2n ** 32n), null],
  ];
  for (const [a, b, c] of rr) ops.push(['randrange', a, b, c]);
  // random ranges too
  const extra = fc.sample(fc.tuple(fc.bigInt({ min: -(2n ** 66n), max: 2n ** 66n }), fc.bigInt({ min: -(2n ** 66n), max: 2n ** 66n }), fc.bigInt({ min: -9n, max: 9n })), { seed: 5 + seedIndex, numRuns: 30 });
  for (const [a, b, c] of extra) ops.push(['randrange', I(a), I(b), I(c)]);
  for (let i = 0; i < 15; i++) ops.push(['randint', I(1), I(6)]);
  ops.push(['randint', I(-1000), I(1000)], ['randint', I(-(2n ** 80n)), I(2n ** 80n)]);
  for (let i = 0; i < 8; i++) ops.push(['choice', 7]);
  ops.push(['choice', 0], ['choice', 1], ['choice', 2 ** 40]);
  for (const n of [0, 1, 2, 10, 50]) ops.push(['shuffle', n]);
  for (const [n, k] of [[10, 3], [10, 10], [100, 5], [1000, 10], [50, 0], [30, 25], [5, 6], [22, 5], [21, 6], [10 ** 6, 40], [200, 30]] as const) ops.push(['sample', n, k]);
  for (let i = 0; i < 5; i++) ops.push(['uniform', 1.5, 2.5]);
  ops.push(['uniform', -1e300, 1e300]);
  for (let i = 0; i < 10; i++) ops.push(['gauss', 0, 1]);
  ops.push(['gauss', 100, 15]);
  for (let i = 0; i < 10; i++) ops.push(['normalvariate', 0, 1]);
  ops.push(['expovariate', 2.0], ['expovariate', 0.5]);
  ops.push(['choices', 10, 5, null], ['choices', 4, 6, [1, 2, 3, 4]], ['choices', 3, 3, [0.5, 0, 2.25]], ['choices', 3, 2, [1, 2]], ['choices', 2, 2, [0, 0]]);
  ops.push(['random']);
  return ops;
}

function num(n: Num): PyNum {
  return 'i' in n ? h2i(n.i) : h2f(n.f);
}

/**
 * gauss() uses cos/sin, which we round correctly while glibc misrounds ~0.15%
 * of inputs (by one ulp); log/exp are bit-exact ports of glibc's.
 */
const LIBM_OPS = new Set(['gauss']);

function runJs(seed: Seed, ops: Op[]): Outcome[] {
  const s = 'i' in seed ? h2i(seed.i) : 'f' in seed ? h2f(seed.f) : 's' in seed ? seed.s : Uint8Array.from(seed.b);
  const r = new PyRandom(s);
  return ops.map((op) =>
    attempt(() => {
      switch (op[0]) {
        case 'random':
          return f2h(r.random());
        case 'getrandbits': {
          const v = r.getrandbits(op[1]);
          return i2h(typeof v === 'bigint' ? v : BigInt(v));
        }
        case 'randrange':
          return i2h(r.randrange(num(op[1]), op[2] === null ? undefined : num(op[2]), op[3] === null ? undefined : num(op[3])));
        case 'randint':
          return i2h(r.randint(num(op[1]), num(op[2])));
        case 'choice':
          return r.choice(op[1]);
        case 'shuffle': {
          const a = Array.from({ length: op[1] }, (_, i) => i);
          r.shuffle(a);
          return a;
        }
        case 'sample':
          return r.sample(op[1], op[2]);
        case 'uniform':
          return f2h(r.uniform(op[1], op[2]));
        case 'gauss':
          return f2h(r.gauss(op[1], op[2]));
        case 'normalvariate':
          return f2h(r.normalvariate(op[1], op[2]));
        case 'expovariate':
          return f2h(r.expovariate(op[1]));
        case 'choices':
          return r.choices(op[1], op[2], op[3] === null ? {} : { weights: op[3] });
      }
    }),
  );
}

const PY = String.raw`
import random, warnings
warnings.simplefilter('ignore')
def num(n): return h2i(n['i']) if 'i' in n else h2f(n['f'])
def seedval(s):
    if 's' in s: return s['s']
    if 'b' in s: return bytes(s['b'])
    return num(s)
def run(seed, ops):
    r = random.Random(seedval(seed))
    def one(op):
        k = op[0]
        if k == 'random': return f2h(r.random())
        if k == 'getrandbits': return i2h(r.getrandbits(op[1]))
        if k == 'randrange':
            args = [num(op[1])] + ([num(op[2])] if op[2] is not None else [])
            if op[3] is not None:
                return i2h(r.randrange(args[0], args[1] if len(args) > 1 else None, num(op[3])))
            return i2h(r.randrange(*args))
        if k == 'randint': return i2h(r.randint(num(op[1]), num(op[2])))
        if k == 'choice': return r.choice(range(op[1]))
        if k == 'shuffle':
            a = list(range(op[1])); r.shuffle(a); return a
        if k == 'sample': return r.sample(range(op[1]), op[2])
        if k == 'uniform': return f2h(r.uniform(op[1], op[2]))
        if k == 'gauss': return f2h(r.gauss(op[1], op[2]))
        if k == 'normalvariate': return f2h(r.normalvariate(op[1], op[2]))
        if k == 'expovariate': return f2h(r.expovariate(op[1]))
        if k == 'choices': return r.choices(range(op[1]), op[3], k=op[2])
    return [attempt(lambda: one(op)) for op in ops]
OUT = [run(seed, ops) for seed, ops in data]`;

describe('PyRandom', () => {
  const programs = SEEDS.map((s, i) => [s, program(i)] as [Seed, Op[]]);
  const want = runPython<Outcome[][]>(PY, programs);

  programs.forEach(([seed, ops], si) => {
    it(`reproduces CPython's stream for seed ${JSON.stringify(seed)}`, () => {
      const got = runJs(seed, ops);
      const bad: string[] = [];
      got.forEach((g, i) => {
        const w = want[si]![i]!;
        if (JSON.stringify(g) === JSON.stringify(w)) return;
        // gauss calls cos/sin: allow a 1-ulp difference there only.
        if (LIBM_OPS.has(ops[i]![0]) && g[0] === 'ok' && w[0] === 'ok') {
          const d = BigInt.asIntN(64, doubleBits(h2f(g[1] as string))) - BigInt.asIntN(64, doubleBits(h2f(w[1] as string)));
          if (d === 1n || d === -1n) return;
        }
        bad.push(`${JSON.stringify(ops[i])}: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
      });
      expect(bad.slice(0, 8)).toEqual([]);
    });
  });

  it('reports randrange/choice/sample errors like CPython', () => {
    const r = new PyRandom(1n);
    expect(() => r.randrange(0n)).toThrow('empty range for randrange()');
    expect(() => r.randrange(5n, 1n)).toThrow('empty range for randrange() (5, 1, -4)');
    expect(() => r.randrange(0n, 10n, 0n)).toThrow('zero step for randrange()');
    expect(() => r.randrange(1.5)).toThrow('non-integer arg 1 for randrange()');
    expect(() => r.choice(0)).toThrow('Cannot choose from an empty sequence');
    expect(() => r.sample(5, 6)).toThrow('Sample larger than population or is negative');
  });
});
