import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashFloat, hashInt, hashPointer, hashTuple } from '../../runtime/lib/hash.js';
import { f2h, h2f, h2i, i2h, interestingDoubles, OracleBatch } from './oracle.js';

/** Every oracle question of this file goes to python3 in one run. */
const batch = new OracleBatch();

const SEED = 606;

/** A tuple tree: ints and floats at the leaves. */
type Item = { i: string } | { f: string } | { t: Item[] };

const leafArb: fc.Arbitrary<Item> = fc.oneof(
  fc.oneof(fc.integer({ min: -5, max: 5 }).map(BigInt), fc.bigInt({ min: -(2n ** 130n), max: 2n ** 130n })).map((v): Item => ({ i: i2h(v) })),
  fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0.5, -1.5, 1e300, Infinity)).map((v): Item => ({ f: f2h(v) })),
);
const { tree } = fc.letrec<{ tree: Item }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafArb, fc.array(tie('tree'), { maxLength: 4 }).map((t): Item => ({ t }))),
}));

function jsHash(x: Item): bigint {
  if ('i' in x) return hashInt(h2i(x.i));
  if ('f' in x) return hashFloat(h2f(x.f));
  return hashTuple(x.t.map(jsHash));
}

describe('hash', () => {
  const ints = [
    ...fc.sample(fc.oneof(fc.integer().map(BigInt), fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n })), { seed: SEED, numRuns: 2000 }),
    0n, 1n, -1n, -2n, 2n ** 61n - 1n, 2n ** 61n - 2n, 2n ** 61n, -(2n ** 61n - 1n), 2n ** 64n, -(2n ** 122n),
  ];
  const floats = [...interestingDoubles().filter((x) => !Number.isNaN(x)), ...fc.sample(fc.double({ noNaN: true }), { seed: SEED + 1, numRuns: 2000 }), 2 ** 61, 2 ** 61 - 2 ** 9, -1.0];
  const tuples = fc.sample(fc.array(tree, { maxLength: 5 }).map((t): Item => ({ t })), { seed: SEED + 2, numRuns: 1500 });
  tuples.push({ t: [] }, { t: [{ i: '0x1' }, { i: '0x2' }, { i: '0x3' }] });

  const wantL = batch.add<[string[], string[], string[]]>(
    String.raw`
def build(x):
    if 'i' in x: return h2i(x['i'])
    if 'f' in x: return h2f(x['f'])
    return tuple(build(y) for y in x['t'])
ints, floats, tuples = data
OUT = [[str(hash(h2i(a))) for a in ints], [str(hash(h2f(h))) for h in floats], [str(hash(build(t))) for t in tuples]]`,
    [ints.map(i2h), floats.map(f2h), tuples],
  );

  it(`hashInt matches hash(int) for ${ints.length} ints`, () => {
    const want = wantL();
    const bad = ints.filter((v, i) => String(hashInt(v)) !== want[0][i]).slice(0, 5).map(String);
    expect(bad).toEqual([]);
  });
  it(`hashFloat matches hash(float) for ${floats.length} floats`, () => {
    const want = wantL();
    const bad = floats.filter((v, i) => String(hashFloat(v)) !== want[1][i]).slice(0, 5).map(f2h);
    expect(bad).toEqual([]);
  });
  it(`hashTuple matches hash(tuple) for ${tuples.length} (nested) tuples`, () => {
    const want = wantL();
    const bad = tuples.filter((t, i) => String(jsHash(t)) !== want[2][i]).slice(0, 3).map((t) => JSON.stringify(t));
    expect(bad).toEqual([]);
  });
  it('hash((1, 2, 3)) and friends', () => {
    expect(hashTuple([1n, 2n, 3n])).toBe(529344067295497451n);
    expect(hashTuple([])).toBe(5740354900026072187n);
    expect(hashInt(-1n)).toBe(-2n);
    expect(hashFloat(Infinity)).toBe(314159n);
    expect(hashFloat(1.5)).toBe(1152921504606846977n);
  });
  const nanL = batch.add<[string, string]>(`x = float('nan')\nOUT = [str(hash(x)), str(id(x))]`, null);
  it('nan hashes by identity like _Py_HashPointer', () => {
    const [h, id] = nanL();
    expect(String(hashFloat(NaN, BigInt(id)))).toBe(h);
    expect(hashPointer(BigInt(id))).toBe(BigInt(h));
  });
});
