// The random module: random.Random over runtime/lib/mt19937.ts (CPython's Mersenne Twister and
// Lib/random.py's algorithms, so seeded sequences are exactly CPython's), and the module-level
// functions bound to one hidden instance, as random.py does.
import * as L from "../layout.js";
import { DequeType } from "./deque.js";
import { floatPow } from "../lib/float-pow.js";
import { glibcLog } from "../lib/glibc-libm.js";
import { PyRandom, type PyNum } from "../lib/mt19937.js";
import { builtinData, type Kw, newBuiltin, newBytes } from "../objects/callables.js";
import { raise } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { side } from "../objects/side.js";
import { typeInfo } from "../objects/typeobj.js";
import {
  bigOf, floatOf, listItems, listSet, newFloat, newInt, newList, newTuple, None, NULL, strOf, tupleItems, typeOfValue,
} from "../objects/values.js";
import { binaryOp } from "../vm/ops/number.js";
import { getItem, length, setItem, toArray } from "../vm/ops/sequence.js";
import type { Ptr, Value } from "../vm/types.js";
import {
  checkArgs, checkKw, defineModule, defMethod, indexOf, isInstance, isIntLike, kwGet, libError, nativeType, newPayloadObject, payloadOf, rootScope,
  toDouble, withRoots,
} from "./util.js";

let RandomType: Ptr = 0;
const rng = (self: Value): PyRandom => payloadOf<PyRandom>(self);

/** A Python int or float as the library's number type; undefined with an error set. */
function pyNum(v: Value, what: string): PyNum | undefined {
  if (isIntLike(v)) return bigOf(v);
  if (typeOfValue(v) === L.TYPE_FLOAT) return floatOf(v);
  const n = indexOf(v);
  if (n === undefined) {
    raise(T.ValueError!, `non-integer ${what} for randrange()`);
    return undefined;
  }
  return n;
}

/** random.seed(a): ints, floats, str, bytes and None, as version 2 of CPython's seed(). */
function seedWith(r: PyRandom, a: Value | undefined): boolean {
  if (a === undefined || a === None) r.seed(null);
  else if (isIntLike(a)) r.seed(bigOf(a));
  else if (typeOfValue(a) === L.TYPE_FLOAT) r.seed(floatOf(a));
  else if (typeOfValue(a) === L.TYPE_STR) r.seed(strOf(a));
  else if (typeOfValue(a) === T.bytes) r.seed(side<Uint8Array>(a));
  else {
    raise(T.TypeError!, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return false;
  }
  return true;
}

/** The Mersenne Twister's state words, for getstate/setstate (the library keeps them private). */
interface MTState {
  mt: Uint32Array;
  index: number;
}
const mtState = (r: PyRandom): MTState => r as unknown as MTState;

function getstate(self: Value): Value {
  const r = rng(self);
  const st = mtState(r);
  const words = [...st.mt].map((w) => newInt(w));
  words.push(newInt(st.index));
  return newTuple([newInt(3), newTuple(words), r.gaussNext === null ? None : newFloat(r.gaussNext)]);
}

function setstate(self: Value, state: Value): Value {
  const r = rng(self);
  const parts = typeOfValue(state) === L.TYPE_TUPLE ? tupleItems(state) : [];
  if (parts.length !== 3 || !isIntLike(parts[0]!) || bigOf(parts[0]!) !== 3n) {
    return raise(T.ValueError!, `state with version ${parts.length ? (isIntLike(parts[0]!) ? bigOf(parts[0]!) : "?") : "?"} passed to Random.setstate() of version 3`);
  }
  const words = typeOfValue(parts[1]!) === L.TYPE_TUPLE ? tupleItems(parts[1]!) : [];
  if (words.length !== 625) return raise(T.ValueError!, "state vector is the wrong size");
  const st = mtState(r);
  for (let i = 0; i < 624; i++) st.mt[i] = Number(BigInt.asUintN(32, bigOf(words[i]!)));
  const index = Number(bigOf(words[624]!));
  if (index < 0 || index > 624) return raise(T.ValueError!, "invalid state");
  st.index = index;
  const g = parts[2]!;
  r.gaussNext = g === None ? null : floatOf(g);
  return None;
}

/** Whether random.sample accepts v as a population (a Sequence, not a set or mapping). */
function isSequence(v: Value): boolean {
  const layout = typeInfo(typeOfValue(v)).layout;
  if (layout === "dict" || layout === "set" || layout === "frozenset") return false;
  return ["list", "tuple", "str", "range", "bytes"].includes(layout) || (DequeType !== 0 && isInstance(v, DequeType));
}

function sample(self: Value, a: readonly Value[], kw: Kw | undefined): Value {
  if (!checkKw("sample", kw, ["population", "k", "counts"])) return NULL;
  const pop = a[0] ?? kwGet(kw, "population");
  const kv = a[1] ?? kwGet(kw, "k");
  if (pop === undefined || kv === undefined) return raise(T.TypeError!, `Random.sample() missing 1 required positional argument: '${pop === undefined ? "population" : "k"}'`);
  if (!isSequence(pop)) return raise(T.TypeError!, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  const n = length(pop);
  if (n < 0) return NULL;
  const k = indexOf(kv);
  if (k === undefined) return NULL;
  const counts = kwGet(kw, "counts");
  try {
    if (counts !== undefined && counts !== None) {
      const cs = toArray(counts);
      if (!cs) return NULL;
      if (cs.length !== n) return raise(T.ValueError!, "The number of counts does not match the population");
      const cum: number[] = [];
      let total = 0;
      for (const c of cs) {
        if (!isIntLike(c)) return raise(T.TypeError!, "Counts must be integers");
        cum.push((total += Number(bigOf(c))));
      }
      if (total <= 0) return raise(T.ValueError!, "Total of counts must be greater than zero");
      const picks = rng(self).sample(total, Number(k));
      return pickAll(pop, picks.map((s) => bisectRight(cum, s)));
    }
    return pickAll(pop, rng(self).sample(n, k > BigInt(n) || k < 0n ? -1 : Number(k)));
  } catch (e) {
    return libError(e);
  }
}

function bisectRight(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length - 1; // cum_counts.pop(): the last total is not searched
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** [population[i] for i in indices] — the items stay rooted while later ones are fetched. */
function pickAll(pop: Value, indices: number[]): Value {
  const out: Value[] = [];
  return rootScope((keep) => {
    for (const i of indices) {
      const v = typeOfValue(pop) === L.TYPE_LIST ? listItems(pop)[i]! : getItem(pop, newInt(i));
      if (v === NULL) return NULL;
      out.push(keep(v));
    }
    return newList(out);
  });
}

function choices(self: Value, a: readonly Value[], kw: Kw | undefined): Value {
  if (!checkKw("choices", kw, ["population", "weights", "cum_weights", "k"])) return NULL;
  const pop = a[0] ?? kwGet(kw, "population");
  if (pop === undefined) return raise(T.TypeError!, "Random.choices() missing 1 required positional argument: 'population'");
  const n = length(pop);
  if (n < 0) return NULL;
  const kv = kwGet(kw, "k");
  const k = kv === undefined ? 1n : indexOf(kv);
  if (k === undefined) return NULL;
  const floats = (v: Value | undefined): number[] | undefined | null => {
    if (v === undefined || v === None) return null;
    const xs = toArray(v);
    if (!xs) return undefined;
    return withRoots(xs, () => {
      const out: number[] = [];
      for (const x of xs) {
        const d = toDouble(x);
        if (d === undefined) return undefined;
        out.push(d);
      }
      return out;
    });
  };
  const weights = floats(a[1] ?? kwGet(kw, "weights"));
  if (weights === undefined) return NULL;
  const cum = floats(kwGet(kw, "cum_weights"));
  if (cum === undefined) return NULL;
  try {
    const idx = rng(self).choices(n, Number(k), { ...(weights ? { weights } : {}), ...(cum ? { cumWeights: cum } : {}) });
    return pickAll(pop, idx);
  } catch (e) {
    return libError(e);
  }
}

function shuffle(self: Value, x: Value): Value {
  const r = rng(self);
  if (typeOfValue(x) === L.TYPE_LIST) {
    const items = listItems(x);
    r.shuffle(items);
    items.forEach((v, i) => listSet(x, i, v));
    return None;
  }
  const n = length(x);
  if (n < 0) return NULL;
  for (let i = n - 1; i >= 1; i--) {
    const j = r.randbelow(i + 1);
    const ok = withRoots([], () => {
      const vi = getItem(x, newInt(i));
      if (vi === NULL) return false;
      const vj = withRoots([vi], () => getItem(x, newInt(j)));
      if (vj === NULL) return false;
      return withRoots([vi, vj], () => setItem(x, newInt(i), vj) && setItem(x, newInt(j), vi));
    });
    if (!ok) return NULL;
  }
  return None;
}

/** Float arguments with defaults, for the distributions. */
function floatArgs(a: readonly Value[], defaults: (number | undefined)[], name: string): number[] | undefined {
  if (a.length > defaults.length) {
    raise(T.TypeError!, `Random.${name}() takes from ${defaults.filter((d) => d === undefined).length + 1} to ${defaults.length + 1} positional arguments but ${a.length + 1} were given`);
    return undefined;
  }
  const out: number[] = [];
  for (let i = 0; i < defaults.length; i++) {
    if (i >= a.length) {
      if (defaults[i] === undefined) {
        raise(T.TypeError!, `Random.${name}() missing 1 required positional argument`);
        return undefined;
      }
      out.push(defaults[i]!);
      continue;
    }
    const d = toDouble(a[i]!);
    if (d === undefined) return undefined;
    out.push(d);
  }
  return out;
}

function defineRandomMethods(t: Ptr): void {
  const m = (name: string, fn: (r: PyRandom, self: Value, a: readonly Value[], kw: Kw | undefined) => Value) =>
    defMethod(t, name, (self, a, kw) => {
      try {
        return fn(rng(self), self, a, kw);
      } catch (e) {
        return libError(e);
      }
    });
  const floatFn = (name: string, defaults: (number | undefined)[], f: (r: PyRandom, xs: number[]) => number) =>
    m(name, (r, _self, a) => {
      const xs = floatArgs(a, defaults, name);
      return xs ? newFloat(f(r, xs)) : NULL;
    });
  typeInfo(t).dict.set("__new__", newBuiltin("__new__", (_s, a) => newPayloadObject(a[0]! as Ptr, new PyRandom(0n))));
  m("__init__", (r, _self, a) => (checkArgs("Random", a, 0, 1) && seedWith(r, a[0]) ? None : NULL));
  m("seed", (r, _self, a, kw) => (seedWith(r, a[0] ?? kwGet(kw, "a")) ? None : NULL));
  m("random", (r, _self, a) => (checkArgs("random", a, 0, 0) ? newFloat(r.random()) : NULL));
  m("getrandbits", (r, _self, a) => {
    if (!checkArgs("getrandbits", a, 1, 1)) return NULL;
    const k = indexOf(a[0]!);
    return k === undefined ? NULL : newInt(r.getrandbitsBig(Number(k)));
  });
  m("randbytes", (r, _self, a) => {
    if (!checkArgs("randbytes", a, 1, 1)) return NULL;
    const n = indexOf(a[0]!);
    if (n === undefined) return NULL;
    let v = r.getrandbitsBig(Number(n) * 8);
    const bytes = new Uint8Array(Number(n));
    for (let i = 0; i < bytes.length; i++, v >>= 8n) bytes[i] = Number(v & 0xffn); // little-endian
    return newBytes(bytes);
  });
  m("randrange", (r, _self, a, kw) => {
    const start = a[0] ?? kwGet(kw, "start");
    const stop = a[1] ?? kwGet(kw, "stop");
    const step = a[2] ?? kwGet(kw, "step");
    if (start === undefined) return raise(T.TypeError!, "Random.randrange() missing 1 required positional argument: 'start'");
    const s0 = pyNum(start, "arg 1");
    if (s0 === undefined) return NULL;
    const s1 = stop === undefined || stop === None ? null : pyNum(stop, "stop");
    if (s1 === undefined) return NULL;
    const s2 = step === undefined ? undefined : pyNum(step, "step");
    if (step !== undefined && s2 === undefined) return NULL;
    return newInt(r.randrange(s0, s1, s2));
  });
  m("randint", (r, _self, a) => {
    if (!checkArgs("randint", a, 2, 2)) return NULL;
    // randrange(a, b + 1), with b + 1 evaluated first as Python does
    const b1 = binaryOp(0, a[1]!, newInt(1));
    if (b1 === NULL) return NULL;
    const lo = pyNum(a[0]!, "arg 1");
    const hi = lo === undefined ? undefined : pyNum(b1, "stop");
    return hi === undefined ? NULL : newInt(r.randrange(lo!, hi));
  });
  m("choice", (r, _self, a) => {
    if (!checkArgs("choice", a, 1, 1)) return NULL;
    const n = length(a[0]!);
    if (n < 0) return NULL;
    return getItem(a[0]!, newInt(r.choice(n)));
  });
  m("shuffle", (_r, self, a) => (checkArgs("shuffle", a, 1, 1) ? shuffle(self, a[0]!) : NULL));
  m("sample", (_r, self, a, kw) => sample(self, a, kw));
  m("choices", (_r, self, a, kw) => choices(self, a, kw));
  m("uniform", (r, _self, a) => {
    if (!checkArgs("uniform", a, 2, 2)) return NULL;
    // a + (b - a) * random(), with Python arithmetic so ints and floats mix exactly as in CPython
    const d = binaryOp(10, a[1]!, a[0]!);
    if (d === NULL) return NULL;
    const p = withRoots([d], () => binaryOp(5, d, newFloat(r.random())));
    return p === NULL ? NULL : withRoots([p], () => binaryOp(0, a[0]!, p));
  });
  floatFn("triangular", [0.0, 1.0, NaN], (r, [low, high, mode]) => {
    const u = r.random();
    let c = Number.isNaN(mode!) ? 0.5 : (mode! - low!) / (high! - low!);
    if (high === low) return low!;
    let lo = low!;
    let hi = high!;
    let uu = u;
    if (uu > c) {
      uu = 1.0 - uu;
      c = 1.0 - c;
      [lo, hi] = [hi, lo];
    }
    return lo + (hi - lo) * Math.sqrt(uu * c);
  });
  floatFn("gauss", [0.0, 1.0], (r, [mu, sigma]) => r.gauss(mu, sigma));
  floatFn("normalvariate", [0.0, 1.0], (r, [mu, sigma]) => r.normalvariate(mu, sigma));
  floatFn("lognormvariate", [undefined, undefined], (r, [mu, sigma]) => r.lognormvariate(mu!, sigma!));
  floatFn("expovariate", [undefined], (r, [lambd]) => r.expovariate(lambd!));
  floatFn("paretovariate", [undefined], (r, [alpha]) => floatPow(1.0 - r.random(), -1.0 / alpha!));
  floatFn("weibullvariate", [undefined, undefined], (r, [alpha, beta]) => alpha! * floatPow(-glibcLog(1.0 - r.random()), 1.0 / beta!));
  m("getstate", (_r, self) => getstate(self));
  m("setstate", (_r, self, a) => (checkArgs("setstate", a, 1, 1) ? setstate(self, a[0]!) : NULL));
}

const MODULE_FUNCTIONS = [
  "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle", "choices", "normalvariate",
  "lognormvariate", "expovariate", "gauss", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes",
];

export function installRandom(): void {
  defineModule("random", (set) => {
    if (!RandomType) {
      RandomType = nativeType("Random", "random", { hasDict: true, trace: () => {} });
      defineRandomMethods(RandomType);
    }
    const inst = newPayloadObject(RandomType, new PyRandom(null));
    set("Random", RandomType as Value);
    set("_inst", inst);
    // Module functions are the hidden instance's bound methods (random.random is _inst.random).
    for (const name of MODULE_FUNCTIONS) {
      const d = builtinData(typeInfo(RandomType).dict.get(name)!);
      set(name, newBuiltin(name, d.fn, inst, RandomType, d.qualname));
    }
  });
}
