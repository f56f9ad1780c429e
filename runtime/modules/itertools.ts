// The itertools module (Modules/itertoolsmodule.c). Every iterator is a native iterator of its
// own type (`itertools.count`…); its state lives in a JS closure whose trace() reports every
// Value it holds. Algorithms follow the C code step for step, so the order in which source
// iterators are consumed (visible with shared iterators, e.g. islice over iter(x)) matches.
import * as L from "../layout.js";
import { newBuiltin } from "../objects/callables.js";
import { nativeIter } from "../objects/iterators.js";
import { raise, tstate } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { lookupType, typeInfo } from "../objects/typeobj.js";
import { bigOf, newInt, newStr, newTuple, None, NULL, typeOfValue } from "../objects/values.js";
import { call } from "../vm/ops/call.js";
import { eq } from "../vm/ops/compare.js";
import { binaryOp } from "../vm/ops/number.js";
import { isTrue, repr } from "../vm/ops/object.js";
import { iter, toArray } from "../vm/ops/sequence.js";
import type { Value } from "../vm/types.js";
import { combinationsOf, newTee, permutations, product, tee, type TeeState, zipLongest } from "./combinatorics.js";
import { type Ctor, iterAll, make, step, test, types } from "./iterkit.js";
import { checkArgs, checkKw, defClassMethod, defineModule, defMethod, indexOf, isIntLike, iteratorType, kwGet, withRoots } from "./util.js";

const isNumber = (v: Value): boolean => {
  const t = typeOfValue(v);
  return t === L.TYPE_INT || t === L.TYPE_BOOL || t === L.TYPE_FLOAT || ["__index__", "__int__", "__float__"].some((n) => lookupType(t, n) !== NULL);
};

const count: Ctor = (a, kw) => {
  if (!checkKw("count", kw, ["start", "step"])) return NULL;
  if (a.length > 2) return raise(T.TypeError!, `count() takes at most 2 arguments (${a.length} given)`);
  let cur = a[0] ?? kwGet(kw, "start") ?? newInt(0);
  const stepV = a[1] ?? kwGet(kw, "step") ?? newInt(1);
  if (!isNumber(cur) || !isNumber(stepV)) return raise(T.TypeError!, "a number is required");
  const it = make("count", {
    next: () => {
      const v = cur;
      const n = withRoots([v], () => binaryOp(0, v, stepV));
      if (n === NULL) return NULL;
      cur = n;
      return v;
    },
    trace: (visit) => (visit(cur), visit(stepV)),
  });
  if (it !== NULL) countState.set(nativeIter(it), () => [cur, stepV]);
  return it;
};
const countState = new WeakMap<object, () => [Value, Value]>();

const cycle: Ctor = (a, kw) => {
  if (!checkKw("cycle", kw, []) || !checkArgs("cycle", a, 1, 1)) return NULL;
  const src = iter(a[0]!);
  if (src === NULL) return NULL;
  const saved: Value[] = [];
  let firstPass = true;
  let i = 0;
  return make("cycle", {
    next: () => {
      if (firstPass) {
        const v = step(src);
        if (v === undefined) return NULL;
        if (v !== null) {
          saved.push(v);
          return v;
        }
        firstPass = false;
      }
      if (!saved.length) return NULL;
      const v = saved[i]!;
      i = (i + 1) % saved.length;
      return v;
    },
    trace: (visit) => (visit(src), saved.forEach(visit)),
  });
};

const repeat: Ctor = (a, kw) => {
  if (!checkKw("repeat", kw, ["object", "times"])) return NULL;
  if (a.length > 2) return raise(T.TypeError!, `repeat() takes at most 2 arguments (${a.length} given)`);
  const obj = a[0] ?? kwGet(kw, "object");
  if (obj === undefined) return raise(T.TypeError!, "repeat() missing required argument 'object' (pos 1)");
  const tv = a[1] ?? kwGet(kw, "times");
  let left: bigint | null = null;
  if (tv !== undefined) {
    const n = indexOf(tv);
    if (n === undefined) return NULL;
    left = n < 0n ? 0n : n;
  }
  const it = make("repeat", {
    next: () => {
      if (left === null) return obj;
      if (left <= 0n) return NULL;
      left--;
      return obj;
    },
    trace: (visit) => visit(obj),
  });
  if (it !== NULL) repeatState.set(nativeIter(it), () => [obj, left]);
  return it;
};
const repeatState = new WeakMap<object, () => [Value, bigint | null]>();

const accumulate: Ctor = (a, kw) => {
  if (!checkKw("accumulate", kw, ["iterable", "func", "initial"])) return NULL;
  const src0 = a[0] ?? kwGet(kw, "iterable");
  if (src0 === undefined) return raise(T.TypeError!, "accumulate() missing required argument 'iterable' (pos 1)");
  const fn = a[1] ?? kwGet(kw, "func") ?? None;
  const initial = kwGet(kw, "initial") ?? None;
  const src = iter(src0);
  if (src === NULL) return NULL;
  let total: Value = NULL;
  let pendingInitial = initial !== None;
  return make("accumulate", {
    next: () => {
      if (pendingInitial) {
        pendingInitial = false;
        total = initial;
        return initial;
      }
      const x = step(src);
      if (x === undefined || x === null) return NULL;
      if (total === NULL) total = x;
      else {
        const t = total;
        const r = withRoots([x], () => (fn === None ? binaryOp(0, t, x) : call(fn, [t, x])));
        if (r === NULL) return NULL;
        total = r;
      }
      return total;
    },
    trace: (visit) => (visit(src), visit(fn), visit(initial), visit(total)),
  });
};

/** chain over an iterator of iterables (chain(*xs) passes iter(xs)). */
function chainOver(source: Value): Value {
  let active: Value = NULL;
  let src: Value = source;
  return make("chain", {
    next: () => {
      for (;;) {
        if (active === NULL) {
          if (src === NULL) return NULL;
          const nxt = step(src);
          if (nxt === undefined) return NULL;
          if (nxt === null) {
            src = NULL;
            return NULL;
          }
          active = withRoots([nxt], () => iter(nxt));
          if (active === NULL) return NULL;
        }
        const v = step(active);
        if (v === undefined) return NULL;
        if (v !== null) return v;
        active = NULL;
      }
    },
    trace: (visit) => (visit(src), visit(active)),
  });
}
const chain: Ctor = (a, kw) => {
  if (!checkKw("chain", kw, [])) return NULL;
  const t = newTuple(a);
  const src = withRoots([t], () => iter(t));
  return src === NULL ? NULL : withRoots([src], () => chainOver(src));
};

const compress: Ctor = (a, kw) => {
  if (!checkKw("compress", kw, ["data", "selectors"])) return NULL;
  const data = a[0] ?? kwGet(kw, "data");
  const sel = a[1] ?? kwGet(kw, "selectors");
  if (data === undefined) return raise(T.TypeError!, "compress() missing required argument 'data' (pos 1)");
  if (sel === undefined) return raise(T.TypeError!, "compress() missing required argument 'selectors' (pos 2)");
  const its = iterAll([data, sel]);
  if (!its) return NULL;
  const [d, s] = its as [Value, Value];
  return make("compress", {
    next: () => {
      for (;;) {
        const v = step(d);
        if (!v) return NULL;
        const keep = withRoots([v], () => step(s));
        if (!keep) return NULL;
        const t = isTrue(keep);
        if (t < 0) return NULL;
        if (t) return v;
      }
    },
    trace: (visit) => (visit(d), visit(s)),
  });
};

function predicateIter(name: string, kind: "drop" | "take" | "false"): Ctor {
  return (a, kw) => {
    if (!checkKw(name, kw, []) || !checkArgs(name, a, 2, 2)) return NULL;
    const pred = a[0]!;
    const src = iter(a[1]!);
    if (src === NULL) return NULL;
    let done = false; // dropwhile: dropping over; takewhile: stopped
    return make(name, {
      next: () => {
        for (;;) {
          if (kind === "take" && done) return NULL;
          const v = step(src);
          if (!v) return NULL;
          if (kind === "drop" && done) return v;
          const t = test(pred, v);
          if (t < 0) return NULL;
          if (kind === "false") {
            if (!t) return v;
            continue;
          }
          if (kind === "take") {
            if (t) return v;
            done = true;
            return NULL;
          }
          if (!t) {
            done = true;
            return v;
          }
        }
      },
      trace: (visit) => (visit(pred), visit(src)),
    });
  };
}

/** groupby: the C algorithm, with groupers valid only while they are the current one. */
const groupby: Ctor = (a, kw) => {
  if (!checkKw("groupby", kw, ["iterable", "key"])) return NULL;
  const src0 = a[0] ?? kwGet(kw, "iterable");
  if (src0 === undefined) return raise(T.TypeError!, "groupby() missing required argument 'iterable' (pos 1)");
  const keyfunc = a[1] ?? kwGet(kw, "key") ?? None;
  const src = iter(src0);
  if (src === NULL) return NULL;
  const g = { tgtkey: NULL as Value, currkey: NULL as Value, currvalue: NULL as Value, currgrouper: null as object | null, self: NULL as Value };
  /** Advances to the next item and its key: 1 ok, 0 exhausted, -1 error. */
  const advance = (): number => {
    const v = step(src);
    if (!v) return v === null ? 0 : -1;
    g.currvalue = v;
    const k = keyfunc === None ? v : call(keyfunc, [v]);
    if (k === NULL) return -1;
    g.currkey = k;
    return 1;
  };
  const self = make("groupby", {
    next: () => {
      g.currgrouper = null;
      for (;;) {
        if (g.currkey !== NULL) {
          if (g.tgtkey === NULL) break;
          const e = eq(g.tgtkey, g.currkey);
          if (e === undefined) return NULL;
          if (!e) break;
        }
        if (advance() <= 0) return NULL;
      }
      g.tgtkey = g.currkey;
      const tgt = g.tgtkey;
      const token = {};
      g.currgrouper = token;
      const parent = g.self;
      const grouper = make("_grouper", {
        next: () => {
          if (g.currgrouper !== token) return NULL;
          if (g.currvalue === NULL && advance() <= 0) return NULL;
          const e = eq(tgt, g.currkey);
          if (e === undefined || !e) return NULL;
          const r = g.currvalue;
          g.currvalue = NULL;
          g.currkey = NULL;
          return r;
        },
        trace: (visit) => (visit(parent), visit(tgt)),
      });
      return grouper === NULL ? NULL : withRoots([grouper], () => newTuple([tgt, grouper]));
    },
    trace: (visit) => {
      visit(src);
      visit(keyfunc);
      visit(g.tgtkey);
      visit(g.currkey);
      visit(g.currvalue);
    },
  });
  g.self = self;
  return self;
};

const ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const islice: Ctor = (a, kw) => {
  if (!checkKw("islice", kw, [])) return NULL;
  if (a.length < 2 || a.length > 4) return raise(T.TypeError!, `islice expected ${a.length < 2 ? "at least 2" : "at most 4"} arguments, got ${a.length}`);
  const asInt = (v: Value): number | null => (isIntLike(v) || lookupType(typeOfValue(v), "__index__") !== NULL ? Number(indexOf(v) ?? -1) : null);
  let start = 0;
  let stop = -1;
  let stepN = 1;
  const stopArg = a.length === 2 ? a[1]! : a[2]!;
  if (a.length > 2 && a[1] !== None) start = asInt(a[1]!) ?? -1;
  if (stopArg !== None) {
    const s = asInt(stopArg);
    if (s === null || s === -1) {
      tstate.current = NULL;
      return raise(T.ValueError!, ISLICE_STOP);
    }
    stop = s;
  }
  tstate.current = NULL;
  if (start < 0 || stop < -1) return raise(T.ValueError!, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (a.length === 4 && a[3] !== None) stepN = asInt(a[3]!) ?? -1;
  tstate.current = NULL;
  if (stepN < 1) return raise(T.ValueError!, "Step for islice() must be a positive integer or None.");
  let src = iter(a[0]!);
  if (src === NULL) return NULL;
  let cnt = 0;
  let nextIdx = start;
  return make("islice", {
    next: () => {
      if (src === NULL) return NULL;
      while (cnt < nextIdx) {
        const v = step(src);
        if (!v) {
          src = NULL;
          return NULL;
        }
        cnt++;
      }
      if (stop !== -1 && cnt >= stop) {
        src = NULL;
        return NULL;
      }
      const v = step(src);
      if (!v) {
        src = NULL;
        return NULL;
      }
      cnt++;
      nextIdx += stepN;
      if (stop !== -1 && nextIdx > stop) nextIdx = stop;
      return v;
    },
    trace: (visit) => visit(src),
  });
};

const starmap: Ctor = (a, kw) => {
  if (!checkKw("starmap", kw, []) || !checkArgs("starmap", a, 2, 2)) return NULL;
  const fn = a[0]!;
  const src = iter(a[1]!);
  if (src === NULL) return NULL;
  return make("starmap", {
    next: () => {
      const args = step(src);
      if (!args) return NULL;
      const xs = withRoots([args], () => toArray(args));
      if (!xs) return NULL;
      return withRoots([args], () => call(fn, xs));
    },
    trace: (visit) => (visit(fn), visit(src)),
  });
};

const pairwise: Ctor = (a, kw) => {
  if (!checkKw("pairwise", kw, []) || !checkArgs("pairwise", a, 1, 1)) return NULL;
  let src = iter(a[0]!);
  if (src === NULL) return NULL;
  let old: Value = NULL;
  return make("pairwise", {
    next: () => {
      if (src === NULL) return NULL;
      if (old === NULL) {
        const v = step(src);
        if (!v) {
          src = NULL;
          return NULL;
        }
        old = v;
      }
      const v = step(src);
      if (!v) {
        src = NULL;
        old = NULL;
        return NULL;
      }
      const r = newTuple([old, v]);
      old = v;
      return r;
    },
    trace: (visit) => (visit(src), visit(old)),
  });
};

const CTORS: [string, Ctor][] = [
  ["count", count], ["cycle", cycle], ["repeat", repeat], ["accumulate", accumulate], ["chain", chain], ["compress", compress],
  ["dropwhile", predicateIter("dropwhile", "drop")], ["takewhile", predicateIter("takewhile", "take")],
  ["filterfalse", predicateIter("filterfalse", "false")], ["groupby", groupby], ["islice", islice], ["starmap", starmap],
  ["zip_longest", zipLongest], ["product", product], ["permutations", permutations],
  ["combinations", combinationsOf("combinations", false)], ["combinations_with_replacement", combinationsOf("combinations_with_replacement", true)],
  ["pairwise", pairwise],
];

function defineTypes(): void {
  for (const [name, ctor] of CTORS) {
    const t = iteratorType(name, "itertools");
    types.set(name, t);
    // Calling the type constructs the iterator (the types are what the module exports).
    typeInfo(t).dict.set("__new__", newBuiltin("__new__", (_s, a, kw) => ctor(a.slice(1), kw)));
  }
  for (const name of ["_grouper", "_tee"]) types.set(name, iteratorType(name, "itertools"));
  defClassMethod(types.get("chain")!, "from_iterable", (_cls, a) => {
    if (!checkArgs("chain.from_iterable", a, 1, 1)) return NULL;
    const src = iter(a[0]!);
    return src === NULL ? NULL : withRoots([src], () => chainOver(src));
  });
  defMethod(types.get("_tee")!, "__copy__", (self) => {
    const st = nativeIter(self) as TeeState;
    return newTee(st.chunk, st.index);
  });
  defMethod(types.get("count")!, "__repr__", (self) => {
    const [cur, stepV] = countState.get(nativeIter(self))!();
    const c = repr(cur);
    if (c === undefined) return NULL;
    if (isIntLike(stepV) && bigOf(stepV) === 1n) return newStr(`count(${c})`);
    const s = repr(stepV);
    return s === undefined ? NULL : newStr(`count(${c}, ${s})`);
  });
  defMethod(types.get("repeat")!, "__repr__", (self) => {
    const [obj, left] = repeatState.get(nativeIter(self))!();
    const r = repr(obj);
    if (r === undefined) return NULL;
    return newStr(left === null ? `repeat(${r})` : `repeat(${r}, ${left})`);
  });
  defMethod(types.get("repeat")!, "__length_hint__", (self) => {
    const [, left] = repeatState.get(nativeIter(self))!();
    return left === null ? raise(T.TypeError!, "len() of unsized object") : newInt(left);
  });
}

export function installItertools(): void {
  defineModule("itertools", (set) => {
    if (!types.size) defineTypes();
    for (const [name] of CTORS) set(name, types.get(name)! as Value);
    set("tee", newBuiltin("tee", tee));
  });
}
