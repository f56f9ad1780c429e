// tuple methods: index/count, the sequence protocol for tuple subclasses (namedtuple…), hashing
// and repr. Exact tuples take the fast paths in ops/*.ts; these are what `t.__len__()`, method
// descriptors and subclasses see.
import * as L from "../layout.js";
import { raise, typeName } from "../objects/exceptions.js";
import { newSeqIter } from "../objects/iterators.js";
import { T } from "../objects/registry.js";
import { lookupType, typeInfo } from "../objects/typeobj.js";
import { bigOf, bool, floatOf, newInt, newStr, newTuple, NULL, tupleAt, tupleItems, tupleLength, typeOfValue } from "../objects/values.js";
import { hashFloat, hashInt, hashTuple } from "../lib/hash.js";
import { eq, hash } from "../vm/ops/compare.js";
import { sliceIndices } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
import type { Value } from "../vm/types.js";
import { arity } from "./define.js";
import {
  adjustIndices, asIndex, def, defCompare, isIndexable, isObj, joinReprs, repeatItems, reprGuard, reverseIter, sliceArg, strOrNull,
} from "./methods-list.js";

const isTuple = (v: Value): boolean => isObj(v) && typeInfo(typeOfValue(v)).layout === "tuple";

function tupleGetItem(self: Value, key: Value): Value {
  if (typeOfValue(key) === T.slice) {
    const items = tupleItems(self);
    const s = sliceIndices(key, items.length);
    if (!s) return NULL;
    if (s.step === 1 && s.length === items.length && typeOfValue(self) === L.TYPE_TUPLE) return self;
    const out: Value[] = [];
    for (let i = 0, j = s.start; i < s.length; i++, j += s.step) out.push(items[j]!);
    return newTuple(out);
  }
  if (!isIndexable(key)) return raise(T.TypeError!, `tuple indices must be integers or slices, not ${typeName(key)}`);
  let i = asIndex(key);
  if (i === undefined) return NULL;
  const n = tupleLength(self);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(T.IndexError!, "tuple index out of range");
  return tupleAt(self, i);
}

/**
 * hash(v) as CPython's exact 64-bit value for ints, floats, bools and tuples (JS numbers lose
 * bits above 2**53, and tuple hashes use all 64); other objects use the VM's hash().
 * undefined with an exception set.
 */
export function exactHash(v: Value): bigint | undefined {
  if ((v & 1) === 1) return hashInt(v >> 1);
  const t = typeOfValue(v);
  if (t === L.TYPE_INT || t === L.TYPE_BOOL) return hashInt(bigOf(v));
  if (t === L.TYPE_FLOAT) return floatOf(v) !== floatOf(v) ? BigInt(hash(v)!) : hashFloat(floatOf(v));
  if (typeInfo(t).layout === "tuple" && lookupType(t, "__hash__") === tupleHashFn) {
    const hs: bigint[] = [];
    for (const x of tupleItems(v)) {
      const h = exactHash(x);
      if (h === undefined) return undefined;
      hs.push(h);
    }
    return hashTuple(hs);
  }
  const h = hash(v);
  return h === undefined ? undefined : BigInt(h);
}
let tupleHashFn: Value = NULL;

export function defineTupleMethods(): void {
  const t = L.TYPE_TUPLE;
  def(t, "index", (self, a, kw) => {
    if (!arity("index", a, 1, 3, kw)) return NULL;
    const n = tupleLength(self);
    const s = sliceArg(a[1], 0, false);
    const e = s === undefined ? undefined : sliceArg(a[2], n, false);
    if (s === undefined || e === undefined) return NULL;
    const [start, stop] = adjustIndices(s, e, n);
    for (let i = start; i < stop; i++) {
      const r = eq(tupleAt(self, i), a[0]!);
      if (r === undefined) return NULL;
      if (r) return newInt(i);
    }
    return raise(T.ValueError!, "tuple.index(x): x not in tuple");
  });
  def(t, "count", (self, a, kw) => {
    if (!arity("tuple.count", a, 1, 1, kw)) return NULL;
    let c = 0;
    for (const x of tupleItems(self)) {
      const r = eq(x, a[0]!);
      if (r === undefined) return NULL;
      if (r) c++;
    }
    return newInt(c);
  });
  def(t, "__len__", (self) => newInt(tupleLength(self)));
  def(t, "__getitem__", (self, a) => (arity("__getitem__", a, 1, 1) ? tupleGetItem(self, a[0]!) : NULL));
  def(t, "__contains__", (self, a) => {
    if (!arity("__contains__", a, 1, 1)) return NULL;
    for (const x of tupleItems(self)) {
      const r = eq(x, a[0]!);
      if (r === undefined) return NULL;
      if (r) return bool(true);
    }
    return bool(false);
  });
  def(t, "__iter__", (self) => newSeqIter(L.TYPE_TUPLE_ITER, self));
  def(t, "__reversed__", (self) => reverseIter(self, tupleLength, tupleAt));
  def(t, "__add__", (self, a) => {
    if (!arity("__add__", a, 1, 1)) return NULL;
    if (!isTuple(a[0]!)) return notImplemented();
    return newTuple([...tupleItems(self), ...tupleItems(a[0]!)]);
  });
  const mul = (self: Value, a: readonly Value[]) => {
    if (!arity("__mul__", a, 1, 1)) return NULL;
    if (!isIndexable(a[0]!)) return notImplemented();
    const out = repeatItems(tupleItems(self), a[0]!);
    return out ? newTuple(out) : NULL;
  };
  def(t, "__mul__", mul);
  def(t, "__rmul__", mul);
  defCompare(t, isTuple, tupleLength, tupleAt);
  def(t, "__hash__", (self) => {
    const h = exactHash(self);
    return h === undefined ? NULL : newInt(h);
  });
  tupleHashFn = lookupType(t, "__hash__");
  def(t, "__repr__", (self) => {
    const n = tupleLength(self);
    if (n === 0) return newStr("()");
    return strOrNull(reprGuard(self, "(...)", () => {
      const s = joinReprs(() => tupleLength(self), (i) => tupleAt(self, i));
      return s === undefined ? undefined : n === 1 ? `(${s},)` : `(${s})`;
    }));
  });
}
