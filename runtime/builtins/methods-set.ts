// set and frozenset methods and operators, their GC hooks, and CPython-compatible iteration
// order. A set's store is insertion-ordered, but CPython iterates a set in hash-table slot order,
// which programs observe when they print a set of ints ({3, 1, 2} prints as {1, 2, 3}). For sets
// whose elements all have deterministic CPython hashes (ints, floats, tuples of them) the order
// is computed by replaying CPython's table insertions; other sets (strings, whose CPython hashes
// are randomized) iterate in insertion order.
import * as L from "../layout.js";
import { type DictStore } from "../objects/dict.js";
import { clearException, exceptionMatches, raise } from "../objects/exceptions.js";
import { newNativeIter } from "../objects/iterators.js";
import { T } from "../objects/registry.js";
import { newSet, setStore } from "../objects/sets.js";
import { releaseHandle } from "../objects/side.js";
import { typeInfo } from "../objects/typeobj.js";
import { bool, False, newInt, newStr, None, NULL, True, tupleItems, typeOfValue } from "../objects/values.js";
import { load32 } from "../vm/memory.js";
import { contains, length, toArray } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
import { constructors } from "../vm/classes.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { arity } from "./define.js";
import { def, isObj, joinReprs, raiseKey, reprGuard, strOrNull, unhashable, withRoots } from "./methods-list.js";

export const isAnySet = (v: Value): boolean => {
  if (!isObj(v)) return false;
  const layout = typeInfo(typeOfValue(v)).layout;
  return layout === "set" || layout === "frozenset";
};
const isFrozen = (v: Value): boolean => typeInfo(typeOfValue(v)).layout === "frozenset";
/** The type of results of operations on `s` (set or frozenset, never a subclass). */
const baseType = (s: Value): Ptr => (isFrozen(s) ? L.TYPE_FROZENSET : L.TYPE_SET);

// ---- iteration order ------------------------------------------------------------------------

interface OrderCache {
  version: number;
  order: number[];
  /** The table mask the replay ended with: CPython tables never shrink when items are removed. */
  mask: number;
  /** The store's entry array then (clear() replaces it, and a cleared set's table is small again). */
  keys: unknown[];
}
const orderCache = new WeakMap<DictStore, OrderCache>();

/**
 * Bulk updates from a set or dict (set(s), s.copy(), a | b, s.update(t)…) go through CPython's
 * set_merge, which presizes the table for the incoming items first: remember where each began
 * (entry index `at`, `n` incoming items) so the replay can resize at the same points.
 */
interface Merges {
  keys: unknown[];
  events: { at: number; n: number }[];
}
const merges = new WeakMap<DictStore, Merges>();
function noteMerge(st: DictStore, n: number): void {
  let m = merges.get(st);
  // A compaction or clear() renumbers entries: earlier events no longer apply.
  if (!m || m.keys !== st.keys) merges.set(st, (m = { keys: st.keys, events: [] }));
  m.events.push({ at: st.keys.length, n });
}

function deterministicHash(v: Value): boolean {
  if ((v & 1) === 1) return true;
  const t = typeOfValue(v);
  if (t === L.TYPE_INT || t === L.TYPE_BOOL || t === L.TYPE_FLOAT) return true;
  return t === L.TYPE_TUPLE && tupleItems(v).every(deterministicHash);
}

/** The free slot set_insert_clean/set_add_entry would use for hash `h` (linear probes, then perturbation). */
function probe(table: Int32Array, mask: number, h: number | bigint): number {
  const small = typeof h === "number" && h >= 0 && h < 0x80000000;
  let perturbN = small ? (h as number) : 0;
  let perturbB = small ? 0n : BigInt.asUintN(64, BigInt(h));
  let i = small ? perturbN & mask : Number(perturbB & BigInt(mask));
  for (;;) {
    if (table[i] === -1) return i;
    if (i + 9 <= mask) for (let j = 1; j <= 9; j++) if (table[i + j] === -1) return i + j;
    let low: number;
    if (small) low = perturbN >>>= 5;
    else {
      perturbB >>= 5n;
      low = Number(perturbB & 0xffffffffn);
    }
    // Only the low bits survive `& mask`, so arithmetic modulo 2**32 is exact enough.
    i = (i * 5 + 1 + low) & mask;
  }
}

function replay(live: number[], hashes: (number | bigint)[], startMask: number, events: { at: number; n: number }[]): [number[], number] {
  let mask = startMask;
  let table = new Int32Array(mask + 1).fill(-1);
  let used = 0;
  const resize = (minused: number) => {
    let size = 8;
    while (size <= minused) size <<= 1;
    const old = table;
    mask = size - 1;
    table = new Int32Array(size).fill(-1);
    for (const e of old) if (e !== -1) table[probe(table, mask, hashes[e]!)] = e;
  };
  let ev = 0;
  for (const idx of live) {
    while (ev < events.length && events[ev]!.at <= idx) {
      const n = events[ev++]!.n;
      if ((used + n) * 5 >= mask * 3) resize((used + n) * 2);
    }
    table[probe(table, mask, hashes[idx]!)] = idx;
    used++;
    if (used * 5 >= mask * 3) resize(used > 50000 ? used * 2 : used * 4);
  }
  return [[...table].filter((e) => e !== -1), mask];
}

/** Live entry indices of a set's store in the order CPython would iterate them. */
export function setOrder(st: DictStore): number[] {
  const c = orderCache.get(st);
  if (c && c.version === st.version) return c.order;
  const live = [...st.indices()];
  let order = live;
  let mask = st.size === 0 || !c || c.keys !== st.keys ? 7 : c.mask;
  if (live.every((i) => deterministicHash(st.keys[i]!))) {
    const m = merges.get(st);
    [order, mask] = replay(live, st.hashes, mask, m && m.keys === st.keys ? m.events : []);
  }
  orderCache.set(st, { version: st.version, order, mask, keys: st.keys });
  return order;
}

/** A set's elements in iteration order. */
export function setValues(s: Value): Value[] {
  const st = setStore(s);
  return setOrder(st).map((i) => st.keys[i]!);
}

// ---- building blocks ------------------------------------------------------------------------

/** The elements of any iterable (sets in their order, dicts' keys); undefined on error. */
function elements(other: Value): Value[] | undefined {
  return isAnySet(other) ? setValues(other) : toArray(other);
}

const isDictLike = (v: Value): boolean => isObj(v) && typeInfo(typeOfValue(v)).layout === "dict";

/** Adds `vals` to set `s`; hashing may run Python code, so `s` and `vals` stay rooted. */
function addAll(s: Value, vals: readonly Value[]): boolean {
  const st = setStore(s);
  return withRoots([s, ...vals], () => vals.every((x) => st.set(x, None)));
}

/** set_update_internal: adds the elements of `other`, as one merge when it is a set or a dict. */
export function updateFrom(s: Value, other: Value): boolean {
  const vals = elements(other);
  if (!vals) return false;
  if (isAnySet(other) || isDictLike(other)) noteMerge(setStore(s), vals.length);
  return addAll(s, vals);
}

/** A new set (or frozenset) of type `type` holding the elements of `iterable`. */
export function setFrom(type: Ptr, iterable: Value | undefined): Value {
  const s = newSet(type);
  if (s === NULL) return NULL;
  return iterable === undefined || withRoots([s], () => updateFrom(s, iterable)) ? s : NULL;
}

/** Membership; a set key is looked up as a frozenset (sets are unhashable). -1 on error. */
function has(s: Value, key: Value): number {
  const i = setStore(s).find(key);
  if (i !== undefined) return i >= 0 ? 1 : 0;
  if (!isAnySet(key) || isFrozen(key) || !exceptionMatches(T.TypeError!)) return -1;
  clearException();
  const f = setFrom(L.TYPE_FROZENSET, key);
  return f === NULL ? -1 : withRoots([f], () => has(s, f));
}

/** set_intersection: a new set of the elements of `s` also in `other` (iterating the smaller). */
function intersection(s: Value, other: Value): Value {
  const r = newSet(baseType(s));
  if (r === NULL) return NULL;
  return withRoots([r], () => {
    let big = s;
    let vals: Value[] | undefined;
    if (isAnySet(other)) {
      const otherBigger = setStore(other).size > setStore(s).size;
      big = otherBigger ? other : s;
      vals = setValues(otherBigger ? s : other);
    } else vals = toArray(other);
    if (!vals) return NULL;
    const keep: Value[] = [];
    for (const x of vals) {
      const c = withRoots(vals, () => has(big, x));
      if (c < 0) return NULL;
      if (c) keep.push(x);
    }
    return addAll(r, keep) ? r : NULL;
  });
}

/** Replaces the contents of `s` with those of `src` (set_swap_bodies), keeping its insertion order. */
function takeContents(s: Value, src: Value): boolean {
  const st = setStore(src);
  setStore(s).clear();
  return addAll(s, [...st.indices()].map((i) => st.keys[i]!));
}

export function intersectionUpdate(s: Value, other: Value): boolean {
  const r = intersection(s, other);
  return r !== NULL && withRoots([r], () => takeContents(s, r));
}

export function differenceUpdate(s: Value, other: Value): boolean {
  const vals = other === s ? setValues(s) : elements(other);
  if (!vals) return false;
  const st = setStore(s);
  return withRoots(vals, () => vals.every((x) => st.delete(x) !== undefined));
}

/** set_difference: small `other` sets are subtracted from a copy, else matching elements are collected. */
function difference(s: Value, other: Value): Value {
  const otherSize = isAnySet(other) ? setStore(other).size : isDictLike(other) ? length(other) : -1;
  if (otherSize < 0 || setStore(s).size >> 2 > otherSize) {
    const r = setFrom(baseType(s), s);
    return r !== NULL && withRoots([r], () => differenceUpdate(r, other)) ? r : NULL;
  }
  const r = newSet(baseType(s));
  if (r === NULL) return NULL;
  return withRoots([r], () => {
    const keep: Value[] = [];
    for (const x of setValues(s)) {
      const c = isAnySet(other) ? has(other, x) : contains(other, x);
      if (c < 0) return NULL;
      if (!c) keep.push(x);
    }
    return addAll(r, keep) ? r : NULL;
  });
}

export function symmetricDifferenceUpdate(s: Value, other: Value): boolean {
  if (other === s) {
    setStore(s).clear();
    return true;
  }
  const o = isAnySet(other) ? other : setFrom(L.TYPE_SET, other);
  if (o === NULL) return false;
  const st = setStore(s);
  return withRoots([o], () => {
    for (const x of setValues(o)) {
      const r = st.delete(x);
      if (r === undefined || (r === false && !st.set(x, None))) return false;
    }
    return true;
  });
}

/** set_symmetric_difference: built from `other`, then updated with `s`. */
function symmetricDifference(s: Value, other: Value): Value {
  const r = setFrom(baseType(s), other);
  return r !== NULL && withRoots([r], () => symmetricDifferenceUpdate(r, s)) ? r : NULL;
}

const union = (s: Value, other: Value): Value => {
  const r = setFrom(baseType(s), s);
  return r !== NULL && withRoots([r], () => updateFrom(r, other)) ? r : NULL;
};

/** Whether every element of `a` is in set `b`; undefined on error. */
function allIn(a: Value[], b: Value): boolean | undefined {
  for (const x of a) {
    const r = has(b, x);
    if (r < 0) return undefined;
    if (!r) return false;
  }
  return true;
}

/** Set comparison `a <op> b` for two sets (op as COMPARE_OP). */
export function compareSets(op: number, a: Value, b: Value): Value {
  const na = setStore(a).size;
  const nb = setStore(b).size;
  const sub = (x: Value, y: Value, nx: number, ny: number, strict: boolean): Value => {
    if (nx > ny || (strict && nx === ny)) return False;
    const r = allIn(setValues(x), y);
    return r === undefined ? NULL : bool(r);
  };
  switch (op) {
    case 0: return sub(a, b, na, nb, true);
    case 1: return sub(a, b, na, nb, false);
    case 2: return na !== nb ? False : sub(a, b, na, nb, false);
    case 3: {
      if (na !== nb) return True;
      const r = sub(a, b, na, nb, false);
      return r === NULL ? NULL : bool(r === False);
    }
    case 4: return sub(b, a, nb, na, true);
    default: return sub(b, a, nb, na, false);
  }
}

const M64 = (1n << 64n) - 1n;
const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
const hashCache = new WeakMap<DictStore, { version: number; hash: bigint }>();

/** CPython's frozenset_hash (order-independent, so equal frozensets hash equal). */
function frozensetHash(s: Value): bigint {
  const st = setStore(s);
  const c = hashCache.get(st);
  if (c && c.version === st.version) return c.hash;
  let h = 0n;
  for (const i of st.indices()) h ^= shuffle(BigInt.asUintN(64, BigInt(st.hashes[i]!)));
  h ^= ((BigInt(st.size) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  const r = BigInt.asIntN(64, h);
  hashCache.set(st, { version: st.version, hash: r });
  return r;
}

// ---- methods --------------------------------------------------------------------------------

function setIter(self: Value): Value {
  const st = setStore(self);
  const keys = setValues(self);
  const size = st.size;
  let i = 0;
  return newNativeIter({
    next: () => {
      if (i < 0) return NULL;
      if (st.size !== size) return raise(T.RuntimeError!, "Set changed size during iteration");
      if (i >= keys.length) {
        i = -1;
        return NULL;
      }
      return keys[i++]!;
    },
    trace: (visit) => {
      visit(self);
      keys.forEach(visit);
    },
  });
}

function setRepr(self: Value): Value {
  const type = typeOfValue(self);
  const name = typeInfo(type).name;
  if (setStore(self).size === 0) return newStr(`${name}()`);
  return strOrNull(reprGuard(self, `${name}(...)`, () => {
    const keys = setValues(self);
    const s = withRoots(keys, () => joinReprs(() => keys.length, (i) => keys[i]!));
    if (s === undefined) return undefined;
    return type === L.TYPE_SET ? `{${s}}` : `${name}({${s}})`;
  }));
}

/** The binary operator form: both operands must be sets. */
function operator(op: (s: Value, other: Value) => Value) {
  return (self: Value, a: readonly Value[]) => {
    if (!arity("operator", a, 1, 1)) return NULL;
    return isAnySet(a[0]!) ? op(self, a[0]!) : notImplemented();
  };
}

/** union/intersection/difference(*others): fold `op` over the arguments, starting from a copy. */
function multi(name: string, op: (s: Value, other: Value) => Value, first: (s: Value, other: Value) => Value = op) {
  return (self: Value, a: readonly Value[], kw: unknown) => {
    if (kw) return raise(T.TypeError!, `${typeInfo(typeOfValue(self)).name}.${name}() takes no keyword arguments`);
    if (!a.length) return setFrom(baseType(self), self);
    let r = first(self, a[0]!);
    for (let i = 1; i < a.length && r !== NULL; i++) {
      const prev = r;
      r = withRoots([prev], () => op(prev, a[i]!));
    }
    return r;
  };
}

const inPlaceOf = (step: (s: Value, o: Value) => boolean) => (s: Value, o: Value): Value => (step(s, o) ? s : NULL);

function defineCommon(t: Ptr): void {
  const name = typeInfo(t).name;
  def(t, "copy", (self, a, kw) => {
    if (!arity(`${name}.copy`, a, 0, 0, kw)) return NULL;
    return typeOfValue(self) === L.TYPE_FROZENSET ? self : setFrom(baseType(self), self);
  });
  def(t, "union", multi("union", inPlaceOf(updateFrom), union));
  def(t, "intersection", multi("intersection", intersection));
  def(t, "difference", multi("difference", inPlaceOf(differenceUpdate), difference));
  def(t, "symmetric_difference", (self, a, kw) => (arity(`${name}.symmetric_difference`, a, 1, 1, kw) ? symmetricDifference(self, a[0]!) : NULL));
  def(t, "issubset", (self, a, kw) => {
    if (!arity(`${name}.issubset`, a, 1, 1, kw)) return NULL;
    const o = isAnySet(a[0]!) ? a[0]! : setFrom(L.TYPE_SET, a[0]!);
    return o === NULL ? NULL : withRoots([o], () => compareSets(1, self, o));
  });
  def(t, "issuperset", (self, a, kw) => {
    if (!arity(`${name}.issuperset`, a, 1, 1, kw)) return NULL;
    const vals = elements(a[0]!);
    if (!vals) return NULL;
    const r = withRoots(vals, () => allIn(vals, self));
    return r === undefined ? NULL : bool(r);
  });
  def(t, "isdisjoint", (self, a, kw) => {
    if (!arity(`${name}.isdisjoint`, a, 1, 1, kw)) return NULL;
    const vals = elements(a[0]!);
    if (!vals) return NULL;
    return withRoots(vals, () => {
      for (const x of vals) {
        const r = has(self, x);
        if (r < 0) return NULL;
        if (r) return False;
      }
      return True;
    });
  });
  def(t, "__len__", (self) => newInt(setStore(self).size));
  def(t, "__contains__", (self, a) => {
    if (!arity("__contains__", a, 1, 1)) return NULL;
    const r = has(self, a[0]!);
    return r < 0 ? NULL : bool(r === 1);
  });
  def(t, "__iter__", setIter);
  def(t, "__repr__", setRepr);
  def(t, "__or__", operator(union));
  def(t, "__and__", operator(intersection));
  def(t, "__sub__", operator(difference));
  def(t, "__xor__", operator(symmetricDifference));
  ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].forEach((m, op) => {
    def(t, m, (self, a) => {
      if (!arity(m, a, 1, 1)) return NULL;
      return isAnySet(a[0]!) ? compareSets(op, self, a[0]!) : notImplemented();
    });
  });
}

export function defineSetMethods(): void {
  // Sets hold their elements in a side-table DictStore: the GC must trace it and free the slot.
  for (const t of [L.TYPE_SET, L.TYPE_FROZENSET]) {
    heap().setHooks(t, (obj, visit) => setStore(obj as Value).trace(visit), (obj) => releaseHandle(load32(obj + L.SIDE_HANDLE)));
  }
  // set(x)/frozenset(x), also for subclasses; CPython fills them with set_update_internal.
  for (const t of [L.TYPE_SET, L.TYPE_FROZENSET]) {
    constructors.set(t, (cls, a, kw) => {
      const name = typeInfo(cls).name;
      if (kw) return raise(T.TypeError!, `${name}() takes no keyword arguments`);
      if (!arity(name, a, 0, 1)) return NULL;
      if (cls === L.TYPE_FROZENSET && a.length && typeOfValue(a[0]!) === L.TYPE_FROZENSET) return a[0]!;
      return setFrom(cls, a[0]);
    });
  }
  defineCommon(L.TYPE_SET);
  defineCommon(L.TYPE_FROZENSET);
  const t = L.TYPE_SET;
  unhashable(t);
  def(L.TYPE_FROZENSET, "__hash__", (self) => newInt(frozensetHash(self)));
  def(t, "__init__", (self, a, kw) => {
    if (!arity("set", a, 0, 1, kw)) return NULL;
    setStore(self).clear();
    return a.length && !updateFrom(self, a[0]!) ? NULL : None;
  });
  def(t, "add", (self, a, kw) => (arity("set.add", a, 1, 1, kw) && setStore(self).set(a[0]!, None) ? None : NULL));
  const removeKey = (self: Value, key: Value): boolean | undefined => {
    const r = setStore(self).delete(key);
    if (r !== undefined || !isAnySet(key) || isFrozen(key) || !exceptionMatches(T.TypeError!)) return r;
    clearException();
    const f = setFrom(L.TYPE_FROZENSET, key);
    return f === NULL ? undefined : withRoots([f], () => setStore(self).delete(f));
  };
  def(t, "remove", (self, a, kw) => {
    if (!arity("set.remove", a, 1, 1, kw)) return NULL;
    const r = removeKey(self, a[0]!);
    return r === undefined ? NULL : r ? None : raiseKey(a[0]!);
  });
  def(t, "discard", (self, a, kw) => (arity("set.discard", a, 1, 1, kw) && removeKey(self, a[0]!) !== undefined ? None : NULL));
  def(t, "pop", (self, a, kw) => {
    if (!arity("set.pop", a, 0, 0, kw)) return NULL;
    const st = setStore(self);
    if (st.size === 0) return raiseKey(newStr("pop from an empty set"));
    const i = setOrder(st)[0]!;
    const v = st.keys[i]!;
    st.removeAt(i);
    return v;
  });
  def(t, "clear", (self, a, kw) => (arity("set.clear", a, 0, 0, kw) ? (setStore(self).clear(), None) : NULL));
  const inPlace = (name: string, step: (s: Value, o: Value) => boolean) =>
    def(t, name, (self, a, kw) => {
      if (kw) return raise(T.TypeError!, `set.${name}() takes no keyword arguments`);
      return a.every((o) => step(self, o)) ? None : NULL;
    });
  inPlace("update", updateFrom);
  inPlace("intersection_update", intersectionUpdate);
  inPlace("difference_update", differenceUpdate);
  def(t, "symmetric_difference_update", (self, a, kw) => (arity("set.symmetric_difference_update", a, 1, 1, kw) && symmetricDifferenceUpdate(self, a[0]!) ? None : NULL));
  const iop = (name: string, step: (s: Value, o: Value) => boolean) =>
    def(t, name, (self, a) => {
      if (!arity(name, a, 1, 1)) return NULL;
      if (!isAnySet(a[0]!)) return notImplemented();
      return step(self, a[0]!) ? self : NULL;
    });
  iop("__ior__", updateFrom);
  iop("__iand__", intersectionUpdate);
  iop("__isub__", differenceUpdate);
  iop("__ixor__", symmetricDifferenceUpdate);
}
