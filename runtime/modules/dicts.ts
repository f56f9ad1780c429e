// The dict subclasses of collections: defaultdict, Counter and OrderedDict. Instances are dict
// objects whose type is the subclass (the "dict" layout), so every dict method and fast path
// applies; these add __missing__, the Counter algebra (Lib/collections/__init__.py) and
// OrderedDict's reordering. defaultdict keeps default_factory in its DictStore (a subclass
// whose trace reports it), so the dict's own GC hook keeps the factory alive.
import * as L from "../layout.js";
import { dictUpdate } from "../builtins/methods-dict.js";
import { raiseKey, reprGuard, strOrNull } from "../builtins/methods-list.js";
import { sortValues } from "../builtins/sort.js";
import { newHeapType } from "../objects/bootstrap.js";
import { type Kw, newBuiltin } from "../objects/callables.js";
import { DictStore, dictStore, newDict } from "../objects/dict.js";
import { raise } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { lookupType, typeInfo } from "../objects/typeobj.js";
import { bool, newInt, newList, newStr, newTuple, None, NULL, tupleAt, typeOfValue } from "../objects/values.js";
import { call, isCallable } from "../vm/ops/call.js";
import { richCompare } from "../vm/ops/compare.js";
import { binaryOp } from "../vm/ops/number.js";
import { isTrue, repr } from "../vm/ops/object.js";
import { getItem, iter, iterFailed, next, setItem } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
import type { Ptr, Value } from "../vm/types.js";
import { checkArgs, checkKw, defGetter, defMethod, func, indexOf, isInstance, iteratorType, kwGet, newIterOf, rootScope, withRoots } from "./util.js";

export let DefaultDictType: Ptr = 0;
export let CounterType: Ptr = 0;
export let OrderedDictType: Ptr = 0;
/** Other mapping types Counter.update treats as mappings (ChainMap). */
export const extraMappings: Ptr[] = [];

const isDictLike = (v: Value): boolean => (v & 1) === 0 && v !== 0 && typeInfo(typeOfValue(v)).layout === "dict";
const isMapping = (v: Value): boolean => isDictLike(v) || extraMappings.some((t) => isInstance(v, t));
const ZERO = (): Value => newInt(0);

/** dict.__init__(self, *args, **kw) — the base initializer the subclasses chain to. */
const dictInitCall = (self: Value, a: readonly Value[], kw: Kw | undefined): Value => call(lookupType(L.TYPE_DICT, "__init__"), [self, ...a], kw);

/** Live (key, value) pairs of a dict, snapshotted. */
function entries(d: Value): [Value, Value][] {
  const st = dictStore(d);
  const out: [Value, Value][] = [];
  for (const i of st.indices()) out.push([st.keys[i]!, st.values[i]!]);
  return out;
}
/** (key, value) pairs of any mapping: a dict's entries, else keys() + [key]. */
function mappingItems(m: Value): [Value, Value][] | undefined {
  if (isDictLike(m)) return entries(m);
  return rootScope((keep) => {
    const ks = call(lookupType(typeOfValue(m), "keys"), [m]);
    if (ks === NULL) return undefined;
    const it = iter(keep(ks));
    if (it === NULL) return undefined;
    keep(it);
    const out: [Value, Value][] = [];
    for (;;) {
      const k = next(it);
      if (k === NULL) return iterFailed() ? undefined : out;
      keep(k);
      const v = getItem(m, k);
      if (v === NULL) return undefined;
      out.push([k, keep(v)]);
    }
  });
}
const rootsOf = (pairs: [Value, Value][]): Value[] => pairs.flat();

// ---- defaultdict ----------------------------------------------------------------------------
class FactoryStore extends DictStore {
  factory: Value = None;
  override trace(visit: (v: Value) => void): void {
    super.trace(visit);
    visit(this.factory);
  }
}
const factoryOf = (d: Value): Value => (dictStore(d) as FactoryStore).factory ?? None;

function defineDefaultDict(): void {
  const t = (DefaultDictType = newHeapType("defaultdict", [L.TYPE_DICT], "dict", "collections").ptr);
  typeInfo(t).dict.set("__new__", newBuiltin("__new__", (_s, a) => newDict(a[0]! as Ptr, new FactoryStore())));
  defMethod(t, "__init__", (self, a, kw) => {
    const f = a[0] ?? None;
    if (f !== None && !isCallable(f)) return raise(T.TypeError!, "first argument must be callable or None");
    (dictStore(self) as FactoryStore).factory = f;
    return dictInitCall(self, a.slice(1), kw);
  });
  defMethod(t, "__missing__", (self, a) => {
    if (!checkArgs("__missing__", a, 1, 1)) return NULL;
    const f = factoryOf(self);
    if (f === None) return raiseKey(a[0]!);
    const v = call(f, []);
    if (v === NULL) return NULL;
    return withRoots([v], () => (setItem(self, a[0]!, v) ? v : NULL));
  });
  defGetter(t, "default_factory", factoryOf, (self, v) => {
    (dictStore(self) as FactoryStore).factory = v;
    return true;
  });
  const copy = (self: Value): Value => call(typeOfValue(self) as Value, [factoryOf(self), self]);
  defMethod(t, "copy", copy);
  defMethod(t, "__copy__", copy);
  defMethod(t, "__repr__", (self) => {
    const f = factoryOf(self);
    const fr = f === None ? "None" : reprGuard(f, "...", () => repr(f));
    if (fr === undefined) return NULL;
    const dr = call(lookupType(L.TYPE_DICT, "__repr__"), [self]);
    return dr === NULL ? NULL : strOrNull(`${typeInfo(typeOfValue(self)).name}(${fr}, ${strOf(dr)})`);
  });
}
import { strOf } from "../objects/values.js";

// ---- Counter --------------------------------------------------------------------------------
const gt0 = (v: Value): number => {
  const r = richCompare(4, v, ZERO());
  return r === NULL ? -1 : isTrue(r);
};

/** self[elem] through the subclass's __getitem__ (missing counts are 0). */
const countOf = (c: Value, elem: Value): Value => getItem(c, elem);

/** self.get(elem, 0) for a counter being updated. */
function getOr0(self: Value, elem: Value): Value {
  const v = dictStore(self).get(elem);
  return v === undefined ? NULL : v === null ? ZERO() : v;
}

function counterUpdate(self: Value, src: Value | undefined, kw: Kw | undefined, sign: 1 | -1): boolean {
  if (src !== undefined && src !== None) {
    if (isMapping(src)) {
      if (sign === 1 && dictStore(self).size === 0 && isDictLike(src)) {
        if (!dictUpdate(self, src)) return false; // fast path when the counter is empty
      } else {
        const pairs = mappingItems(src);
        if (!pairs) return false;
        const ok = withRoots(rootsOf(pairs), () => {
          for (const [elem, count] of pairs) {
            const old = getOr0(self, elem);
            if (old === NULL) return false;
            const v = sign === 1 ? binaryOp(0, count, old) : binaryOp(10, old, count);
            if (v === NULL || !withRoots([v], () => setItem(self, elem, v))) return false;
          }
          return true;
        });
        if (!ok) return false;
      }
    } else {
      // _count_elements: for elem in iterable: self[elem] = self.get(elem, 0) ± 1
      const it = iter(src);
      if (it === NULL) return false;
      const ok = withRoots([it], () => {
        const one = newInt(sign);
        for (;;) {
          const elem = next(it);
          if (elem === NULL) return !iterFailed();
          const done = withRoots([elem], () => {
            const old = getOr0(self, elem);
            if (old === NULL) return false;
            const v = binaryOp(0, old, one);
            return v !== NULL && withRoots([v], () => setItem(self, elem, v));
          });
          if (!done) return false;
        }
      });
      if (!ok) return false;
    }
  }
  if (kw && kw.names.length) {
    const d = newDict();
    kw.names.forEach((n, i) => dictStore(d).set(newStr(n), kw.values[i]!));
    return withRoots([d], () => counterUpdate(self, d, undefined, sign));
  }
  return true;
}

/** The counter's items sorted by count, largest first (stable), limited to n. */
function mostCommon(self: Value, n: bigint | null): Value {
  const l = newList(entries(self).map(([k, v]) => newTuple([k, v])));
  if (l === NULL) return NULL;
  return withRoots([l], () => {
    const key = newBuiltin("itemgetter", (_s, a) => tupleAt(a[0]!, 1));
    if (!withRoots([key], () => sortValues(l, key, true))) return NULL;
    if (n === null) return l;
    const items = listItemsOf(l);
    return newList(n <= 0n ? [] : items.slice(0, Number(n)));
  });
}
import { listItems as listItemsOf } from "../objects/values.js";

/** Builds a new Counter from `pairs` of (elem, count) kept when `keep(count)` (1/0/-1 error). */
function counterFrom(pairs: [Value, Value][], keep: (v: Value) => number): Value {
  const result = newDict(CounterType);
  if (result === NULL) return NULL;
  return withRoots([result, ...rootsOf(pairs)], () => {
    for (const [k, v] of pairs) {
      const t = keep(v);
      if (t < 0) return NULL;
      if (t && !dictStore(result).set(k, v)) return NULL;
    }
    return result;
  });
}

/** Counter ⊕ Counter: per element `combine(mine, theirs)`, keeping positive results. */
function counterOp(self: Value, other: Value, combine: (a: Value, b: Value) => Value, otherOnly: (v: Value) => Value | null): Value {
  if (!isInstance(other, CounterType)) return notImplemented();
  const pairs: [Value, Value][] = [];
  return withRoots([self, other], () => {
    return rootScope((keep) => {
      for (const [elem, count] of entries(self)) {
        const o = countOf(other, elem);
        if (o === NULL) return NULL;
        const v = withRoots([o], () => combine(count, o));
        if (v === NULL) return NULL;
        pairs.push([elem, keep(v)]);
      }
      for (const [elem, count] of entries(other)) {
        const i = dictStore(self).find(elem);
        if (i === undefined) return NULL;
        if (i >= 0) continue;
        const v = otherOnly(count);
        if (v === NULL) return NULL;
        if (v !== null) pairs.push([elem, keep(v)]);
      }
      return counterFrom(pairs, gt0);
    });
  });
}

const pick = (op: number) => (a: Value, b: Value): Value => {
  // `b if a < b else a` (|) or `a if a < b else b` (&)
  const r = richCompare(0, a, b);
  if (r === NULL) return NULL;
  const t = isTrue(r);
  return t < 0 ? NULL : op === 7 ? (t ? b : a) : t ? a : b;
};

/** all(self[e] <op> other[e] for c in (self, other) for e in c) */
function allCounts(self: Value, other: Value, op: number): number {
  for (const c of [self, other]) {
    for (const [elem] of entries(c)) {
      const x = countOf(self, elem);
      if (x === NULL) return -1;
      const y = withRoots([x], () => countOf(other, elem));
      if (y === NULL) return -1;
      const r = withRoots([x, y], () => richCompare(op, x, y));
      if (r === NULL) return -1;
      const t = isTrue(r);
      if (t !== 1) return t;
    }
  }
  return 1;
}

function keepPositive(self: Value): Value {
  for (const [elem, count] of entries(self)) {
    const t = gt0(count);
    if (t < 0) return NULL;
    if (!t) dictStore(self).delete(elem);
  }
  return self;
}

function defineCounter(): void {
  const t = (CounterType = newHeapType("Counter", [L.TYPE_DICT], "dict", "collections").ptr);
  const m = defMethod.bind(null, t);
  typeInfo(t).dict.set("__new__", newBuiltin("__new__", (_s, a) => newDict(a[0]! as Ptr)));
  m("__init__", (self, a, kw) => {
    if (a.length > 1) return raise(T.TypeError!, `Counter.__init__() takes from 1 to 2 positional arguments but ${a.length + 1} were given`);
    return counterUpdate(self, a[0], kw, 1) ? None : NULL;
  });
  m("__missing__", () => ZERO());
  m("update", (self, a, kw) => (checkArgs("update", a, 0, 1) && counterUpdate(self, a[0], kw, 1) ? None : NULL));
  m("subtract", (self, a, kw) => (checkArgs("subtract", a, 0, 1) && counterUpdate(self, a[0], kw, -1) ? None : NULL));
  m("total", (self) => {
    let acc = ZERO();
    return rootScope((keep) => {
      for (const [, v] of entries(self)) {
        acc = binaryOp(0, acc, v);
        if (acc === NULL) return NULL;
        keep(acc);
      }
      return acc;
    });
  });
  m("most_common", (self, a, kw) => {
    if (!checkKw("most_common", kw, ["n"]) || !checkArgs("most_common", a, 0, 1)) return NULL;
    const nv = a[0] ?? kwGet(kw, "n") ?? None;
    const n = nv === None ? null : indexOf(nv);
    return n === undefined ? NULL : mostCommon(self, n);
  });
  m("elements", (self) => {
    const pairs = entries(self);
    let i = 0;
    let left = 0n;
    return newIterOf(ElementsType, {
      next: () => {
        while (left <= 0n) {
          if (i >= pairs.length) return NULL;
          const n = indexOf(pairs[i]![1]);
          if (n === undefined) return NULL;
          left = n;
          if (left <= 0n) i++;
        }
        left--;
        const v = pairs[i]![0];
        if (left === 0n) i++;
        return v;
      },
      trace: (visit) => pairs.forEach(([k, v]) => (visit(k), visit(v))),
    });
  });
  m("copy", (self) => call(typeOfValue(self) as Value, [self]));
  m("__delitem__", (self, a) => {
    const r = dictStore(self).delete(a[0]!);
    return r === undefined ? NULL : None;
  });
  m("__repr__", (self) => {
    const name = typeInfo(typeOfValue(self)).name;
    if (dictStore(self).size === 0) return newStr(`${name}()`);
    return strOrNull(reprGuard(self, "...", () => {
      let items = mostCommon(self, null);
      if (items === NULL) {
        if (!exceptionIs(T.TypeError!)) return undefined;
        items = newList(entries(self).map(([k, v]) => newTuple([k, v])));
      }
      const d = newDict();
      for (const pair of listItemsOf(items)) dictStore(d).set(tupleAt(pair, 0), tupleAt(pair, 1));
      const r = withRoots([d], () => repr(d));
      return r === undefined ? undefined : `${name}(${r})`;
    }));
  });
  const sub0 = (v: Value): Value => binaryOp(10, ZERO(), v);
  m("__add__", (self, a) => counterOp(self, a[0]!, (x, y) => binaryOp(0, x, y), (v) => v));
  m("__sub__", (self, a) => counterOp(self, a[0]!, (x, y) => binaryOp(10, x, y), (v) => {
    const r = richCompare(0, v, ZERO());
    return r === NULL ? NULL : isTrue(r) === 1 ? sub0(v) : null;
  }));
  m("__or__", (self, a) => counterOp(self, a[0]!, pick(7), (v) => v));
  m("__and__", (self, a) => counterOp(self, a[0]!, pick(1), () => null));
  m("__pos__", (self) => counterFrom(entries(self), gt0));
  m("__neg__", (self) => rootScope((keep) => {
    const pairs: [Value, Value][] = [];
    for (const [k, v] of entries(self)) {
      const r = richCompare(0, v, ZERO());
      if (r === NULL) return NULL;
      if (isTrue(r) === 1) {
        const n = sub0(v);
        if (n === NULL) return NULL;
        pairs.push([k, keep(n)]);
      }
    }
    return counterFrom(pairs, () => 1);
  }));
  const inplace = (op: number) => (self: Value, a: readonly Value[]): Value => {
    const other = a[0]!;
    const pairs = mappingItems(other);
    if (!pairs) return NULL;
    const ok = withRoots(rootsOf(pairs), () => {
      for (const [elem, count] of pairs) {
        const mine = countOf(self, elem);
        if (mine === NULL) return false;
        let v: Value;
        if (op === 0 || op === 10) v = binaryOp(op, mine, count);
        else {
          const r = richCompare(op === 7 ? 4 : 0, count, mine);
          if (r === NULL) return false;
          if (isTrue(r) !== 1) continue;
          v = count;
        }
        if (v === NULL || !withRoots([v], () => setItem(self, elem, v))) return false;
      }
      return true;
    });
    return ok ? keepPositive(self) : NULL;
  };
  m("__iadd__", inplace(0));
  m("__isub__", inplace(10));
  m("__ior__", inplace(7));
  m("__iand__", (self, a) => {
    for (const [elem, count] of entries(self)) {
      const o = countOf(a[0]!, elem);
      if (o === NULL) return NULL;
      const r = richCompare(0, o, count);
      if (r === NULL) return NULL;
      if (isTrue(r) === 1 && !setItem(self, elem, o)) return NULL;
    }
    return keepPositive(self);
  });
  const cmp = (op: number, strict: boolean) => (self: Value, a: readonly Value[]): Value => {
    const other = a[0]!;
    if (!isInstance(other, CounterType)) return notImplemented();
    const r = allCounts(self, other, op);
    if (r < 0) return NULL;
    if (!strict || !r) return bool(r === 1);
    const e = allCounts(self, other, 2);
    return e < 0 ? NULL : bool(e === 0);
  };
  m("__eq__", cmp(2, false));
  m("__ne__", (self, a) => {
    if (!isInstance(a[0]!, CounterType)) return notImplemented();
    const r = allCounts(self, a[0]!, 2);
    return r < 0 ? NULL : bool(r === 0);
  });
  m("__le__", cmp(1, false));
  m("__ge__", cmp(5, false));
  m("__lt__", cmp(1, true));
  m("__gt__", cmp(5, true));
  typeInfo(t).dict.set("fromkeys", func("fromkeys", () => raise(T.NotImplementedError!, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")));
}
let ElementsType: Ptr = 0;
import { exceptionMatches, clearException } from "../objects/exceptions.js";
function exceptionIs(type: Ptr): boolean {
  if (!exceptionMatches(type)) return false;
  clearException();
  return true;
}

// ---- OrderedDict ----------------------------------------------------------------------------
function defineOrderedDict(): void {
  const t = (OrderedDictType = newHeapType("OrderedDict", [L.TYPE_DICT], "dict", "collections").ptr);
  typeInfo(t).dict.set("__new__", newBuiltin("__new__", (_s, a) => newDict(a[0]! as Ptr)));
  defMethod(t, "move_to_end", (self, a, kw) => {
    if (!checkKw("move_to_end", kw, ["key", "last"]) || !checkArgs("move_to_end", a, kw ? 0 : 1, 2)) return NULL;
    const key = a[0] ?? kwGet(kw, "key")!;
    const lastV = a[1] ?? kwGet(kw, "last");
    const last = lastV === undefined || isTrue(lastV) === 1;
    const st = dictStore(self);
    const i = st.find(key);
    if (i === undefined) return NULL;
    if (i < 0) return raiseKey(key);
    const k = st.keys[i]!;
    const v = st.values[i]!;
    if (last) {
      st.removeAt(i);
      return withRoots([k, v], () => (st.set(k, v) ? None : NULL));
    }
    const rest = entries(self).filter(([x]) => x !== k);
    st.clear();
    return withRoots([k, v, ...rootsOf(rest)], () => {
      if (!st.set(k, v)) return NULL;
      for (const [x, y] of rest) if (!st.set(x, y)) return NULL;
      return None;
    });
  });
  defMethod(t, "popitem", (self, a, kw) => {
    if (!checkKw("popitem", kw, ["last"]) || !checkArgs("popitem", a, 0, 1)) return NULL;
    const lastV = a[0] ?? kwGet(kw, "last");
    const last = lastV === undefined || isTrue(lastV) === 1;
    const st = dictStore(self);
    const live = [...st.indices()];
    if (!live.length) return raiseKey(newStr("dictionary is empty"));
    const i = last ? live.at(-1)! : live[0]!;
    const pair = newTuple([st.keys[i]!, st.values[i]!]);
    st.removeAt(i);
    return pair;
  });
  defMethod(t, "copy", (self) => call(typeOfValue(self) as Value, [self]));
  defMethod(t, "__repr__", (self) => {
    const name = typeInfo(typeOfValue(self)).name;
    if (dictStore(self).size === 0) return newStr(`${name}()`);
    return strOrNull(reprGuard(self, "...", () => {
      const l = newList(entries(self).map(([k, v]) => newTuple([k, v])));
      const r = withRoots([l], () => repr(l));
      return r === undefined ? undefined : `${name}(${r})`;
    }));
  });
  const eqOrdered = (self: Value, other: Value): number => {
    const r = call(lookupType(L.TYPE_DICT, "__eq__"), [self, other]);
    if (r === NULL) return -1;
    if (r !== bool(true) || !isInstance(other, OrderedDictType)) return r === bool(true) ? 1 : 0;
    const a = entries(self);
    const b = entries(other);
    for (let i = 0; i < a.length; i++) {
      const e = richCompare(2, a[i]![0], b[i]![0]);
      if (e === NULL) return -1;
      if (isTrue(e) !== 1) return 0;
    }
    return 1;
  };
  defMethod(t, "__eq__", (self, a) => {
    if (!isDictLike(a[0]!)) return notImplemented();
    const r = eqOrdered(self, a[0]!);
    return r < 0 ? NULL : bool(r === 1);
  });
  defMethod(t, "__ne__", (self, a) => {
    if (!isDictLike(a[0]!)) return notImplemented();
    const r = eqOrdered(self, a[0]!);
    return r < 0 ? NULL : bool(r === 0);
  });
}

export function defineDictTypes(): void {
  if (DefaultDictType) return;
  defineDefaultDict();
  defineCounter();
  defineOrderedDict();
  ElementsType = iteratorType("chain", "itertools");
}
