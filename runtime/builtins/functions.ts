// The built-in functions (the `builtins` module's callables).
import * as L from "../layout.js";
import { floatRepr } from "../lib/float-repr.js";
import { intToBaseString } from "../lib/int-ops.js";
import { floatDivmod, floatRound, floatRoundNdigits } from "../lib/float-ops.js";
import { PyLibError } from "../lib/errors.js";
import { type Kw, type NativeFn } from "../objects/callables.js";
import { dictStore } from "../objects/dict.js";
import { raise, typeName } from "../objects/exceptions.js";
import { newNativeIter } from "../objects/iterators.js";
import { T } from "../objects/registry.js";
import { isSubtype, lookupType, typeInfo } from "../objects/typeobj.js";
import {
  bigOf, bool, False, floatOf, intern, newFloat, newInt, newList, newStr, newTuple, None, NULL, strOf, True, tupleItems,
  typeOfValue,
} from "../objects/values.js";
import { call, isCallable } from "../vm/ops/call.js";
import { eq, hash, identityHash, richCompare } from "../vm/ops/compare.js";
import { format } from "../vm/ops/format.js";
import { binaryOp } from "../vm/ops/number.js";
import { getAttr, isTrue, repr, setAttr, str } from "../vm/ops/object.js";
import { iter, iterFailed, length, next, toArray } from "../vm/ops/sequence.js";
import { writeStdout } from "../vm/io.js";
import { heap } from "../vm/space.js";
import type { Value } from "../vm/types.js";
import { arity, fn, kwArg, onlyKw } from "./define.js";
import { sortValues } from "./sort.js";

const isType = (v: Value) => (v & 1) === 0 && v !== 0 && (typeOfValue(v) === L.TYPE_TYPE || typeInfo(typeOfValue(v)).layout === "type");
const isIntLike = (v: Value) => typeOfValue(v) === L.TYPE_INT || typeOfValue(v) === L.TYPE_BOOL;

function libError(e: unknown): Value {
  if (e instanceof PyLibError) return raise(T[e.pyType]!, e.message);
  throw e;
}

function print(_s: Value, args: readonly Value[], kw: Kw | undefined): Value {
  if (!onlyKw("print", kw, ["sep", "end", "file", "flush"])) return NULL;
  const sepV = kwArg(kw, "sep");
  const endV = kwArg(kw, "end");
  for (const [name, v] of [["sep", sepV], ["end", endV]] as const) {
    if (v !== undefined && v !== None && typeOfValue(v) !== L.TYPE_STR) return raise(T.TypeError!, `${name} must be None or a string, not ${typeName(v)}`);
  }
  const sep = sepV === undefined || sepV === None ? " " : strOf(sepV);
  const end = endV === undefined || endV === None ? "\n" : strOf(endV);
  const parts: string[] = [];
  for (const a of args) {
    const s = str(a);
    if (s === undefined) return NULL;
    parts.push(s);
  }
  const file = kwArg(kw, "file");
  const text = parts.join(sep) + end;
  if (file !== undefined && file !== None) {
    const w = getAttr(file, "write");
    if (w === NULL || call(w, [newStr(text)]) === NULL) return NULL;
    return None;
  }
  writeStdout(text);
  return None;
}

function minmax(name: "min" | "max", args: readonly Value[], kw: Kw | undefined): Value {
  if (!onlyKw(name, kw, ["key", "default"])) return NULL;
  const key = kwArg(kw, "key");
  const dflt = kwArg(kw, "default");
  let items: Value[] | undefined;
  if (args.length === 0) return raise(T.TypeError!, `${name} expected at least 1 argument, got 0`);
  if (args.length === 1) {
    items = toArray(args[0]!);
    if (!items) return NULL;
    if (!items.length) {
      if (dflt !== undefined) return dflt;
      return raise(T.ValueError!, `${name}() arg is an empty sequence`);
    }
  } else {
    if (dflt !== undefined) return raise(T.TypeError!, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = [...args];
  }
  const roots = heap().roots;
  const mark = roots.length;
  for (const x of items) roots.push(x);
  try {
    let best = items[0]!;
    let bestKey = key && key !== None ? call(key, [best]) : best;
    if (bestKey === NULL) return NULL;
    roots.push(bestKey);
    for (let i = 1; i < items.length; i++) {
      const k = key && key !== None ? call(key, [items[i]!]) : items[i]!;
      if (k === NULL) return NULL;
      const c = richCompare(name === "min" ? 0 : 4, k, bestKey);
      if (c === NULL) return NULL;
      const t = isTrue(c);
      if (t < 0) return NULL;
      if (t) {
        best = items[i]!;
        bestKey = k;
        roots.push(k);
      }
    }
    return best;
  } finally {
    roots.length = mark;
  }
}

function sum(_s: Value, args: readonly Value[], kw: Kw | undefined): Value {
  if (!onlyKw("sum", kw, ["start"])) return NULL;
  if (!arity("sum", args, 1, 2)) return NULL;
  let acc = args[1] ?? kwArg(kw, "start") ?? (((0 << 1) | 1) as Value);
  if (typeOfValue(acc) === L.TYPE_STR) return raise(T.TypeError!, "sum() can't sum strings [use ''.join(seq) instead]");
  const items = toArray(args[0]!);
  if (!items) return NULL;
  const roots = heap().roots;
  const mark = roots.length;
  for (const x of items) roots.push(x);
  try {
    for (const x of items) {
      acc = binaryOp(0, acc, x);
      if (acc === NULL) return NULL;
      roots.push(acc);
    }
    return acc;
  } finally {
    roots.length = mark;
  }
}

/** `len` (CALL_LEN recognizes the built-in by this native). */
export const lenNative: NativeFn = (_s, a, kw) => {
  if (!arity("len", a, 1, 1, kw)) return NULL;
  const n = length(a[0]!);
  return n < 0 ? NULL : newInt(n);
};

/** `isinstance` (CALL_ISINSTANCE recognizes the built-in by this native). */
export const isinstanceNative: NativeFn = (_s, a, kw) => {
  if (!arity("isinstance", a, 2, 2, kw)) return NULL;
  const r = isinstanceCheck(a[0]!, a[1]!);
  return r < 0 ? NULL : bool(r === 1);
};

/** isinstance(obj, cls): 1, 0, or -1 with an exception set. */
export function isinstanceCheck(obj: Value, cls: Value): number {
  if (typeOfValue(cls) === L.TYPE_TUPLE) {
    for (const c of tupleItems(cls)) {
      const r = isinstanceCheck(obj, c);
      if (r !== 0) return r;
    }
    return 0;
  }
  if (!isType(cls)) {
    raise(T.TypeError!, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  return isSubtype(typeOfValue(obj), cls) ? 1 : 0;
}

function issubclassCheck(c: Value, cls: Value): number {
  if (!isType(c)) {
    raise(T.TypeError!, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (typeOfValue(cls) === L.TYPE_TUPLE) {
    for (const x of tupleItems(cls)) {
      const r = issubclassCheck(c, x);
      if (r !== 0) return r;
    }
    return 0;
  }
  if (!isType(cls)) {
    raise(T.TypeError!, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return isSubtype(c, cls) ? 1 : 0;
}

function native(type: number, nextFn: () => Value, keep: Value[]): Value {
  return newNativeIter({ next: nextFn, trace: (visit) => keep.forEach(visit) }, type);
}

function round(_s: Value, args: readonly Value[], kw: Kw | undefined): Value {
  const x = args[0] ?? kwArg(kw, "number");
  const nd = args[1] ?? kwArg(kw, "ndigits");
  if (x === undefined) return raise(T.TypeError!, "round() missing required argument 'number' (pos 1)");
  const t = typeOfValue(x);
  try {
    if (t === L.TYPE_FLOAT) {
      if (nd === undefined || nd === None) return newInt(floatRound(floatOf(x)));
      return newFloat(floatRoundNdigits(floatOf(x), bigOf(nd)));
    }
    if (isIntLike(x)) {
      if (nd === undefined || nd === None) return newInt(bigOf(x));
      const n = bigOf(nd);
      if (n >= 0n) return newInt(bigOf(x));
      const p = 10n ** -n;
      const v = bigOf(x);
      let q = v / p;
      let r = v - q * p;
      if (r < 0n) {
        q -= 1n;
        r += p;
      }
      if (2n * r > p || (2n * r === p && q % 2n !== 0n)) q += 1n;
      return newInt(q * p);
    }
  } catch (e) {
    return libError(e);
  }
  const f = lookupType(t, "__round__");
  if (f === NULL) return raise(T.TypeError!, `type ${typeName(x)} doesn't define __round__ method`);
  return call(f, nd === undefined ? [x] : [x, nd]);
}

export function builtinFunctions(): [string, Value][] {
  return [
    ["print", fn("print", print)],
    ["len", fn("len", lenNative)],
    ["repr", fn("repr", (_s, a, kw) => {
      if (!arity("repr", a, 1, 1, kw)) return NULL;
      const r = repr(a[0]!);
      return r === undefined ? NULL : newStr(r);
    })],
    ["ascii", fn("ascii", (_s, a) => {
      const r = repr(a[0]!);
      return r === undefined ? NULL : newStr(r.replace(/[^\x00-\x7f]/gu, (c) => { const p = c.codePointAt(0)!; return p < 0x100 ? `\\x${p.toString(16).padStart(2, "0")}` : p < 0x10000 ? `\\u${p.toString(16).padStart(4, "0")}` : `\\U${p.toString(16).padStart(8, "0")}`; }));
    })],
    ["abs", fn("abs", (_s, a, kw) => {
      if (!arity("abs", a, 1, 1, kw)) return NULL;
      const x = a[0]!;
      if (isIntLike(x)) { const b = bigOf(x); return newInt(b < 0n ? -b : b); }
      if (typeOfValue(x) === L.TYPE_FLOAT) return newFloat(Math.abs(floatOf(x)));
      const f = lookupType(typeOfValue(x), "__abs__");
      if (f === NULL) return raise(T.TypeError!, `bad operand type for abs(): '${typeName(x)}'`);
      return call(f, [x]);
    })],
    ["min", fn("min", (_s, a, kw) => minmax("min", a, kw))],
    ["max", fn("max", (_s, a, kw) => minmax("max", a, kw))],
    ["sum", fn("sum", sum)],
    ["sorted", fn("sorted", (_s, a, kw) => {
      if (!onlyKw("sorted", kw, ["key", "reverse"])) return NULL;
      if (a.length !== 1) return raise(T.TypeError!, `sorted expected 1 argument, got ${a.length}`);
      const items = toArray(a[0]!);
      if (!items) return NULL;
      const l = newList(items);
      if (l === NULL) return NULL;
      const key = kwArg(kw, "key");
      const rev = kwArg(kw, "reverse");
      const reverse = rev === undefined ? false : isTrue(rev) === 1;
      return sortValues(l, key === undefined || key === None ? NULL : key, reverse) ? l : NULL;
    })],
    ["isinstance", fn("isinstance", isinstanceNative)],
    ["issubclass", fn("issubclass", (_s, a, kw) => {
      if (!arity("issubclass", a, 2, 2, kw)) return NULL;
      const r = issubclassCheck(a[0]!, a[1]!);
      return r < 0 ? NULL : bool(r === 1);
    })],
    ["hasattr", fn("hasattr", (_s, a) => {
      if (!arity("hasattr", a, 2, 2)) return NULL;
      const v = getAttr(a[0]!, strOf(a[1]!));
      if (v !== NULL) return True;
      if (isAttributeError()) return False;
      return NULL;
    })],
    ["getattr", fn("getattr", (_s, a) => {
      if (!arity("getattr", a, 2, 3)) return NULL;
      if (typeOfValue(a[1]!) !== L.TYPE_STR) return raise(T.TypeError!, `attribute name must be string, not '${typeName(a[1]!)}'`);
      const v = getAttr(a[0]!, strOf(a[1]!));
      if (v === NULL && a.length === 3 && isAttributeError()) return a[2]!;
      return v;
    })],
    ["setattr", fn("setattr", (_s, a) => (arity("setattr", a, 3, 3) && setAttr(a[0]!, strOf(a[1]!), a[2]!) ? None : NULL))],
    ["delattr", fn("delattr", (_s, a) => (arity("delattr", a, 2, 2) && setAttr(a[0]!, strOf(a[1]!), NULL) ? None : NULL))],
    ["iter", fn("iter", (_s, a) => {
      if (!arity("iter", a, 1, 2)) return NULL;
      if (a.length === 2) {
        const [f, sentinel] = a as [Value, Value];
        let done = false;
        return native(T.iterator!, () => {
          if (done) return NULL;
          const v = call(f, []);
          if (v === NULL) return NULL;
          const e = eq(v, sentinel);
          if (e === undefined) return NULL;
          if (e) { done = true; return NULL; }
          return v;
        }, [f, sentinel]);
      }
      return iter(a[0]!);
    })],
    ["next", fn("next", (_s, a) => {
      if (!arity("next", a, 1, 2)) return NULL;
      const t = typeOfValue(a[0]!);
      if (t !== T.iterator && t !== T.generator && t !== L.TYPE_LIST_ITER && t !== L.TYPE_TUPLE_ITER && t !== L.TYPE_RANGE_ITER && lookupType(t, "__next__") === NULL && typeInfo(t).layout !== "iterator") {
        return raise(T.TypeError!, `'${typeName(a[0]!)}' object is not an iterator`);
      }
      const v = next(a[0]!);
      if (v !== NULL) return v;
      if (iterFailed()) return NULL;
      if (a.length === 2) return a[1]!;
      return raise(T.StopIteration!);
    })],
    ["enumerate", fn("enumerate", (_s, a, kw) => {
      const it = iter(a[0] ?? kwArg(kw, "iterable")!);
      if (it === NULL) return NULL;
      const start = a[1] ?? kwArg(kw, "start");
      let i = start === undefined ? 0n : bigOf(start);
      return native(T.enumerate!, () => {
        const v = next(it);
        if (v === NULL) return NULL;
        const idx = newInt(i++);
        return newTuple([idx, v]);
      }, [it]);
    })],
    ["zip", fn("zip", (_s, a, kw) => {
      const strict = kwArg(kw, "strict");
      const its: Value[] = [];
      for (const x of a) {
        const it = iter(x);
        if (it === NULL) return NULL;
        its.push(it);
      }
      let done = its.length === 0;
      return native(T.zip!, () => {
        if (done) return NULL;
        const row: Value[] = [];
        for (let k = 0; k < its.length; k++) {
          const v = next(its[k]!);
          if (v === NULL) {
            done = true;
            if (!iterFailed() && strict !== undefined && isTrue(strict) === 1 && k > 0) return raise(T.ValueError!, `zip() argument ${k + 1} is shorter than argument${k > 1 ? "s 1-" + k : " 1"}`);
            return NULL;
          }
          row.push(v);
        }
        return newTuple(row);
      }, its);
    })],
    ["map", fn("map", (_s, a) => {
      if (a.length < 2) return raise(T.TypeError!, "map() must have at least two arguments.");
      const f = a[0]!;
      const its: Value[] = [];
      for (const x of a.slice(1)) {
        const it = iter(x);
        if (it === NULL) return NULL;
        its.push(it);
      }
      return native(T.map!, () => {
        const row: Value[] = [];
        for (const it of its) {
          const v = next(it);
          if (v === NULL) return NULL;
          row.push(v);
        }
        return call(f, row);
      }, [f, ...its]);
    })],
    ["filter", fn("filter", (_s, a) => {
      if (!arity("filter", a, 2, 2)) return NULL;
      const f = a[0]!;
      const it = iter(a[1]!);
      if (it === NULL) return NULL;
      return native(T.filter!, () => {
        for (;;) {
          const v = next(it);
          if (v === NULL) return NULL;
          const keep = f === None ? v : call(f, [v]);
          if (keep === NULL) return NULL;
          const t = isTrue(keep);
          if (t < 0) return NULL;
          if (t) return v;
        }
      }, [f, it]);
    })],
    ["reversed", fn("reversed", (_s, a) => {
      if (!arity("reversed", a, 1, 1)) return NULL;
      const x = a[0]!;
      const rev = lookupType(typeOfValue(x), "__reversed__");
      if (rev !== NULL) return call(rev, [x]);
      const t = typeOfValue(x);
      if (t !== L.TYPE_LIST && t !== L.TYPE_TUPLE && t !== L.TYPE_STR && t !== T.range && lookupType(t, "__getitem__") === NULL) {
        return raise(T.TypeError!, `'${typeName(x)}' object is not reversible`);
      }
      const items = toArray(x);
      if (!items) return NULL;
      let i = items.length;
      return native(T.reversed!, () => (i > 0 ? items[--i]! : NULL), items);
    })],
    ["any", fn("any", (_s, a) => anyAll(a[0]!, true))],
    ["all", fn("all", (_s, a) => anyAll(a[0]!, false))],
    ["ord", fn("ord", (_s, a) => {
      if (!arity("ord", a, 1, 1)) return NULL;
      if (typeOfValue(a[0]!) !== L.TYPE_STR) return raise(T.TypeError!, `ord() expected string of length 1, but ${typeName(a[0]!)} found`);
      const chars = [...strOf(a[0]!)];
      if (chars.length !== 1) return raise(T.TypeError!, `ord() expected a character, but string of length ${chars.length} found`);
      return newInt(chars[0]!.codePointAt(0)!);
    })],
    ["chr", fn("chr", (_s, a) => {
      if (!arity("chr", a, 1, 1)) return NULL;
      const n = bigOf(a[0]!);
      if (n < 0n || n > 0x10ffffn) return raise(T.ValueError!, "chr() arg not in range(0x110000)");
      return newStr(String.fromCodePoint(Number(n)));
    })],
    ["hex", fn("hex", (_s, a) => baseString(a[0]!, 16))],
    ["oct", fn("oct", (_s, a) => baseString(a[0]!, 8))],
    ["bin", fn("bin", (_s, a) => baseString(a[0]!, 2))],
    ["id", fn("id", (_s, a) => newInt(a[0]! & 1 ? 0x7f0000000000 + (a[0]! >> 1) * 32 : a[0]!))],
    ["hash", fn("hash", (_s, a) => {
      if (!arity("hash", a, 1, 1)) return NULL;
      const h = hash(a[0]!);
      return h === undefined ? NULL : newInt(h);
    })],
    ["callable", fn("callable", (_s, a) => bool(isCallable(a[0]!)))],
    ["divmod", fn("divmod", (_s, a) => {
      if (!arity("divmod", a, 2, 2)) return NULL;
      const [x, y] = a as [Value, Value];
      if (typeOfValue(x) === L.TYPE_FLOAT || typeOfValue(y) === L.TYPE_FLOAT) {
        const num = (v: Value) => (typeOfValue(v) === L.TYPE_FLOAT ? floatOf(v) : isIntLike(v) ? Number(bigOf(v)) : undefined);
        const fx = num(x);
        const fy = num(y);
        if (fx !== undefined && fy !== undefined) {
          if (fy === 0) return raise(T.ZeroDivisionError!, "float divmod()");
          const [q, r] = floatDivmod(fx, fy);
          return newTuple([newFloat(q), newFloat(r)]);
        }
      }
      if (isIntLike(x) && isIntLike(y) && bigOf(y) === 0n) return raise(T.ZeroDivisionError!, "integer division or modulo by zero");
      const q = binaryOp(2, a[0]!, a[1]!);
      if (q === NULL) return NULL;
      heap().roots.push(q);
      const r = binaryOp(6, a[0]!, a[1]!);
      heap().roots.pop();
      return r === NULL ? NULL : newTuple([q, r]);
    })],
    ["pow", fn("pow", (_s, a, kw) => {
      const base = a[0] ?? kwArg(kw, "base")!;
      const exp = a[1] ?? kwArg(kw, "exp")!;
      const mod = a[2] ?? kwArg(kw, "mod");
      if (mod === undefined || mod === None) return binaryOp(8, base, exp);
      if (!isIntLike(base) || !isIntLike(exp) || !isIntLike(mod)) return raise(T.TypeError!, "pow() 3rd argument not allowed unless all arguments are integers");
      let m = bigOf(mod);
      if (m === 0n) return raise(T.ValueError!, "pow() 3rd argument cannot be 0");
      const neg = m < 0n;
      if (neg) m = -m;
      let b = ((bigOf(base) % m) + m) % m;
      let e = bigOf(exp);
      if (e < 0n) {
        const inv = modInverse(b, m);
        if (inv === undefined) return raise(T.ValueError!, "base is not invertible for the given modulus");
        b = inv;
        e = -e;
      }
      let r = 1n % m;
      while (e > 0n) {
        if (e & 1n) r = (r * b) % m;
        b = (b * b) % m;
        e >>= 1n;
      }
      if (neg && r !== 0n) r -= m;
      return newInt(r);
    })],
    ["round", fn("round", round)],
    ["format", fn("format", (_s, a) => {
      if (!arity("format", a, 1, 2)) return NULL;
      const r = format(a[0]!, a.length > 1 ? strOf(a[1]!) : "");
      return r === undefined ? NULL : newStr(r);
    })],
    ["vars", fn("vars", (_s, a) => getAttr(a[0]!, "__dict__"))],
  ];
}

function modInverse(a: bigint, m: bigint): bigint | undefined {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return undefined;
  return ((oldS % m) + m) % m;
}

function baseString(x: Value, base: 2 | 8 | 16): Value {
  if (!isIntLike(x)) {
    const idx = lookupType(typeOfValue(x), "__index__");
    if (idx === NULL) return raise(T.TypeError!, `'${typeName(x)}' object cannot be interpreted as an integer`);
    const r = call(idx, [x]);
    return r === NULL ? NULL : baseString(r, base);
  }
  return newStr(intToBaseString(bigOf(x), base));
}

function anyAll(iterable: Value, any: boolean): Value {
  const it = iter(iterable);
  if (it === NULL) return NULL;
  for (;;) {
    const v = next(it);
    if (v === NULL) return iterFailed() ? NULL : bool(!any);
    const t = isTrue(v);
    if (t < 0) return NULL;
    if (any && t) return True;
    if (!any && !t) return False;
  }
}

import { exceptionMatches, clearException } from "../objects/exceptions.js";
function isAttributeError(): boolean {
  if (exceptionMatches(T.AttributeError!)) {
    clearException();
    return true;
  }
  return false;
}

export { floatRepr, intern, dictStore, identityHash };
