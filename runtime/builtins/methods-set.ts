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
import { toArray } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
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
}
const orderCache = new WeakMap<DictStore, OrderCache>();

function deterministicHash(v: Value): boolean {
  if ((v & 1) === 1) return true;
  const t = typeOfValue(v);
  if (t === L.TYPE_INT || t === L.TYPE_BOOL || t === L.TYPE_FLOAT) return true;
  return t === L.TYPE_TUPLE && tupleItems(v).every(deterministicHash);
}

/** The free slot set_insert_clean/set_add_entry would use for hash `h` (linear probes, then perturbation). */
function probe(table: Int32Array, mask: number, h: number): number {
  const small = h >= 0 && h < 0x80000000;
  let perturbN = h;
  let perturbB = small ? 0n : BigInt.asUintN(64, BigInt(h));
  let i = small ? h & mask : Number(perturbB & BigInt(mask));
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

function replay(live: number[], hashes: number[], startMask: number): [number[], number] {
  let mask = startMask;
  let table = new Int32Array(mask + 1).fill(-1);
  let used = 0;
  for (const idx of live) {
    table[probe(table, mask, hashes[idx]!)] = idx;
    used++;
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = table;
      mask = size - 1;
      table = new Int32Array(size).fill(-1);
      for (const e of old) if (e !== -1) table[probe(table, mask, hashes[e]!)] = e;
    }
  }
  return [[...table].filter((e) => e !== -1), mask];
}

/** Live entry indices of a set's store in the order CPython would iterate them. */
export function setOrder(st: DictStore): number[] {
  const c = orderCache.get(st);
  if (c && c.version === st.version) return c.order;
  const live = [...st.indices()];
  let order = live;
  let mask = st.size === 0 ? 7 : Math.max(7, c?.mask ?? 7);
  if (live.every((i) => deterministicHash(st.keys[i]!))) [order, mask] = replay(live, st.hashes, mask);
  orderCache.set(st, { version: st.version, order, mask });
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

/** Adds `vals` to set `s`; hashing may run Python code, so `s` and `vals` stay rooted. */
function addAll(s: Value, vals: readonly Value[]): boolean {
  const st = setStore(s);
  return withRoots([s, ...vals], () => vals.every((x) => st.set(x, None)));
}

/** A new set (or frozenset) of type `type` holding the elements of `iterable`. */
export function setFrom(type: Ptr, iterable: Value | undefined): Value {
  const vals = iterable === undefined ? [] : elements(iterable);
  if (!vals) return NULL;
  const s = newSet(type);
  return s !== NULL && addAll(s, vals) ? s : NULL;
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

/** Keeps in `s` only the elements also in `other` (an iterable). */
export function intersectionUpdate(s: Value, other: Value): boolean {
  const probeSet = isAnySet(other) ? other : setFrom(L.TYPE_SET, other);
  if (probeSet === NULL) return false;
  return withRoots([probeSet], () => {
    const keep: Value[] = [];
    for (const x of setValues(s)) {
      const r = has(probeSet, x);
      if (r < 0) return false;
      if (r) keep.push(x);
    }
    setStore(s).clear();
    return addAll(s, keep);
  });
}

export function differenceUpdate(s: Value, other: Value): boolean {
  const vals = other === s ? setValues(s) : elements(other);
  if (!vals) return false;
  const st = setStore(s);
  return withRoots(vals, () => vals.every((x) => st.delete(x) !== undefined));
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

export const updateFrom = (s: Value, other: Value): boolean => {
  const vals = elements(other);
  return vals !== undefined && addAll(s, vals);
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

/** A method taking any number of iterables: `result = copy(self)`, then `step(result, other)` each. */
function multi(name: string, step: (s: Value, other: Value) => boolean) {
  return (self: Value, a: readonly Value[], kw: unknown) => {
    if (kw) return raise(T.TypeError!, `${typeInfo(typeOfValue(self)).name}.${name}() takes no keyword arguments`);
    const r = setFrom(baseType(self), self);
    if (r === NULL) return NULL;
    return withRoots([r], () => (a.every((o) => step(r, o)) ? r : NULL));
  };
}

/** The binary operator form: both operands must be sets. */
function operator(step: (s: Value, other: Value) => boolean) {
  return (self: Value, a: readonly Value[]) => {
    if (!arity("operator", a, 1, 1) ) return NULL;
    if (!isAnySet(a[0]!)) return notImplemented();
    const r = setFrom(baseType(self), self);
    if (r === NULL) return NULL;
    return withRoots([r], () => (step(r, a[0]!) ? r : NULL));
  };
}

function defineCommon(t: Ptr): void {
  const name = typeInfo(t).name;
  def(t, "copy", (self, a, kw) => {
    if (!arity(`${name}.copy`, a, 0, 0, kw)) return NULL;
    return typeOfValue(self) === L.TYPE_FROZENSET ? self : setFrom(baseType(self), self);
  });
  def(t, "union", multi("union", updateFrom));
  def(t, "intersection", multi("intersection", intersectionUpdate));
  def(t, "difference", multi("difference", differenceUpdate));
  def(t, "symmetric_difference", (self, a, kw) => (arity(`${name}.symmetric_difference`, a, 1, 1, kw) ? multi("symmetric_difference", symmetricDifferenceUpdate)(self, a, undefined) : NULL));
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
  def(t, "__or__", operator(updateFrom));
  def(t, "__and__", operator(intersectionUpdate));
  def(t, "__sub__", operator(differenceUpdate));
  def(t, "__xor__", operator(symmetricDifferenceUpdate));
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
