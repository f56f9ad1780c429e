// dict methods, dict iterators and the keys/values/items views. Iteration walks the store's
// entry arrays by position and fails like CPython when the dict changes size underneath.
import * as L from "../layout.js";
import { newBuiltin } from "../objects/callables.js";
import { dictStore, newDict } from "../objects/dict.js";
import { raise, typeName } from "../objects/exceptions.js";
import { type NativeIter, nativeIter, newNativeIter } from "../objects/iterators.js";
import { T } from "../objects/registry.js";
import { lookupType, typeInfo } from "../objects/typeobj.js";
import { bool, False, intern, newInt, newStr, newTuple, None, NULL, True, tupleItems, typeOfValue } from "../objects/values.js";
import { store32 } from "../vm/memory.js";
import { call } from "../vm/ops/call.js";
import { eq } from "../vm/ops/compare.js";
import { repr } from "../vm/ops/object.js";
import { contains, length, setItem, toArray } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
import { constructors } from "../vm/classes.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { arity } from "./define.js";
import { def, isObj, raiseKey, reprGuard, strOrNull, unhashable, withRoots } from "./methods-list.js";
import { differenceUpdate, isAnySet, setFrom, symmetricDifferenceUpdate, updateFrom } from "./methods-set.js";

const isDict = (v: Value): boolean => isObj(v) && typeInfo(typeOfValue(v)).layout === "dict";

/** 0 keys, 1 values, 2 items. */
type Kind = 0 | 1 | 2;

function entry(d: Value, i: number, kind: Kind): Value {
  const st = dictStore(d);
  return kind === 0 ? st.keys[i]! : kind === 1 ? st.values[i]! : newTuple([st.keys[i]!, st.values[i]!]);
}

/** An iterator over a dict's keys, values or items (forward or reversed). */
export function dictIter(d: Value, kind: Kind, reverse = false): Value {
  const st = dictStore(d);
  const size = st.size;
  const keys = st.keys;
  let i = reverse ? keys.length - 1 : 0;
  let done = false;
  return newNativeIter({
    next: () => {
      if (done) return NULL;
      if (st.size !== size) return raise(T.RuntimeError!, "dictionary changed size during iteration");
      if (st.keys !== keys) return raise(T.RuntimeError!, "dictionary keys changed during iteration");
      while (i >= 0 && i < keys.length && keys[i] === 0) i += reverse ? -1 : 1;
      if (i < 0 || i >= keys.length) {
        done = true;
        return NULL;
      }
      const v = entry(d, i, kind);
      i += reverse ? -1 : 1;
      return v;
    },
    trace: (visit) => visit(d),
  });
}

// ---- update / copy --------------------------------------------------------------------------

/** Copies every entry of dict `src` into dict `d` (keys may hash with Python code). */
function copyEntries(d: Value, src: Value): boolean {
  const st = dictStore(d);
  const s = dictStore(src);
  return withRoots([d, src], () => {
    for (let i = 0; i < s.keys.length; i++) {
      const k = s.keys[i]!;
      const v = s.values[i]!;
      if (k !== 0 && !withRoots([k, v], () => st.set(k, v))) return false;
    }
    return true;
  });
}

/** dict.update(src): a dict, a mapping with keys(), or an iterable of pairs. */
export function dictUpdate(d: Value, src: Value): boolean {
  const st = dictStore(d);
  return withRoots([d, src], () => {
    if (isDict(src) && lookupType(typeOfValue(src), "__iter__") === lookupType(L.TYPE_DICT, "__iter__")) return copyEntries(d, src);
    const keysFn = lookupType(typeOfValue(src), "keys");
    if (keysFn !== NULL) {
      const kv = call(keysFn, [src]);
      const ks = kv === NULL ? undefined : withRoots([kv], () => toArray(kv));
      if (!ks) return false;
      return withRoots(ks, () => {
        const gi = lookupType(typeOfValue(src), "__getitem__");
        for (const k of ks) {
          const v = gi === NULL ? raise(T.TypeError!, `'${typeName(src)}' object is not subscriptable`) : call(gi, [src, k]);
          if (v === NULL || !withRoots([v], () => st.set(k, v))) return false;
        }
        return true;
      });
    }
    const items = toArray(src);
    if (!items) return false;
    return withRoots(items, () => {
      for (let i = 0; i < items.length; i++) {
        const pair = toArray(items[i]!);
        if (!pair) {
          raise(T.TypeError!, `cannot convert dictionary update sequence element #${i} to a sequence`);
          return false;
        }
        if (pair.length !== 2) {
          raise(T.ValueError!, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
          return false;
        }
        if (!withRoots(pair, () => st.set(pair[0]!, pair[1]!))) return false;
      }
      return true;
    });
  });
}

/** A plain-dict copy of `d`'s entries. */
export function dictCopy(d: Value): Value {
  const nd = newDict();
  return nd !== NULL && copyEntries(nd, d) ? nd : NULL;
}

function updateWithKw(self: Value, a: readonly Value[], kw: { names: readonly string[]; values: readonly Value[] } | undefined): boolean {
  if (a.length && !dictUpdate(self, a[0]!)) return false;
  if (kw) for (let i = 0; i < kw.names.length; i++) if (!dictStore(self).set(intern(kw.names[i]!), kw.values[i]!)) return false;
  return true;
}

function dictEqual(a: Value, b: Value): boolean | undefined {
  const sa = dictStore(a);
  const sb = dictStore(b);
  if (sa.size !== sb.size) return false;
  for (let i = 0; i < sa.keys.length; i++) {
    const k = sa.keys[i]!;
    if (k === 0) continue;
    const av = sa.values[i]!;
    const r = withRoots([k, av], () => {
      const bv = sb.get(k);
      if (bv === undefined) return undefined;
      if (bv === null) return false;
      return withRoots([bv], () => eq(av, bv));
    });
    if (r !== true) return r;
  }
  return true;
}

function dictRepr(self: Value): Value {
  if (dictStore(self).size === 0) return newStr("{}");
  return strOrNull(reprGuard(self, "{...}", () => {
    const st = dictStore(self);
    const parts: string[] = [];
    for (let i = 0; i < st.keys.length; i++) {
      const k = st.keys[i]!;
      if (k === 0) continue;
      const v = st.values[i]!;
      const s = withRoots([k, v], () => {
        const kr = repr(k);
        const vr = kr === undefined ? undefined : repr(v);
        return vr === undefined ? undefined : `${kr}: ${vr}`;
      });
      if (s === undefined) return undefined;
      parts.push(s);
    }
    return `{${parts.join(", ")}}`;
  }));
}

// ---- views ----------------------------------------------------------------------------------

interface View extends NativeIter {
  readonly dict: Value;
  readonly kind: Kind;
}
const VIEW_NAMES = ["dict_keys", "dict_values", "dict_items"];
const viewTypes = (): Ptr[] => [T.dict_keys!, T.dict_values!, T.dict_items!];

function newView(d: Value, kind: Kind): Value {
  const v: View = { dict: d, kind, next: () => NULL, trace: (visit) => visit(d) };
  return newNativeIter(v, viewTypes()[kind]);
}
const view = (v: Value): View => nativeIter(v) as View;
const isSetView = (v: Value): boolean => isObj(v) && (typeOfValue(v) === T.dict_keys || typeOfValue(v) === T.dict_items);

/** `x in view`: 1, 0 or -1 on error. */
function viewContains(v: View, x: Value): number {
  const st = dictStore(v.dict);
  if (v.kind === 0) {
    const i = st.find(x);
    return i === undefined ? -1 : i >= 0 ? 1 : 0;
  }
  if (v.kind === 2) {
    if (typeOfValue(x) !== L.TYPE_TUPLE || tupleItems(x).length !== 2) return 0;
    const [k, val] = tupleItems(x) as [Value, Value];
    const found = st.get(k);
    if (found === undefined) return -1;
    if (found === null) return 0;
    const e = withRoots([found], () => eq(found, val));
    return e === undefined ? -1 : e ? 1 : 0;
  }
  for (let i = 0; i < st.keys.length; i++) {
    if (st.keys[i] === 0) continue;
    const e = eq(st.values[i]!, x);
    if (e === undefined) return -1;
    if (e) return 1;
  }
  return 0;
}

/** A set holding a keys/items view's elements (`set(view)`). */
const viewSet = (v: Value): Value => setFrom(L.TYPE_SET, v);

function defineViews(): void {
  viewTypes().forEach((t, kind) => {
    def(t, "__len__", (self) => newInt(dictStore(view(self).dict).size));
    def(t, "__iter__", (self) => dictIter(view(self).dict, kind as Kind));
    def(t, "__reversed__", (self) => dictIter(view(self).dict, kind as Kind, true));
    def(t, "__contains__", (self, a) => {
      if (!arity("__contains__", a, 1, 1)) return NULL;
      const r = viewContains(view(self), a[0]!);
      return r < 0 ? NULL : bool(r === 1);
    });
    def(t, "__repr__", (self) => strOrNull(reprGuard(self, "...", () => {
      const d = view(self).dict;
      const st = dictStore(d);
      const parts: string[] = [];
      for (let i = 0; i < st.keys.length; i++) {
        if (st.keys[i] === 0) continue;
        const e = entry(d, i, kind as Kind);
        const r = withRoots([e], () => repr(e));
        if (r === undefined) return undefined;
        parts.push(r);
      }
      return `${VIEW_NAMES[kind]}([${parts.join(", ")}])`;
    })));
    if (kind === 1) return;
    // keys and items views are set-like: operators give sets, comparisons compare as sets.
    const op = (step: (s: Value, o: Value) => boolean, reflected: boolean) => (self: Value, a: readonly Value[]) => {
      if (!arity("operator", a, 1, 1)) return NULL;
      const r = reflected ? setFrom(L.TYPE_SET, a[0]!) : viewSet(self);
      if (r === NULL) return NULL;
      return withRoots([r], () => (step(r, reflected ? self : a[0]!) ? r : NULL));
    };
    // view & other keeps the elements of `other` the view contains: the view's own items
    // (values may be unhashable) are never hashed.
    const and = (self: Value, a: readonly Value[]) => {
      if (!arity("operator", a, 1, 1)) return NULL;
      const items = toArray(a[0]!);
      if (!items) return NULL;
      const keep: Value[] = [];
      for (const x of items) {
        const c = withRoots(items, () => viewContains(view(self), x));
        if (c < 0) return NULL;
        if (c) keep.push(x);
      }
      return withRoots(keep, () => setFrom(L.TYPE_SET, newTuple(keep)));
    };
    def(t, "__and__", and);
    def(t, "__rand__", and);
    const ops: [string, (s: Value, o: Value) => boolean][] = [["or", updateFrom], ["sub", differenceUpdate], ["xor", symmetricDifferenceUpdate]];
    for (const [name, step] of ops) {
      def(t, `__${name}__`, op(step, false));
      def(t, `__r${name}__`, op(step, true));
    }
    /** Every element of `a` is in `b` (dictview all_contained_in). -1 on error. */
    const allIn = (a: Value, b: Value): number => {
      const xs = toArray(a);
      if (!xs) return -1;
      return withRoots(xs, () => {
        for (const x of xs) {
          const c = contains(b, x);
          if (c <= 0) return c;
        }
        return 1;
      });
    };
    ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].forEach((m, cmp) => {
      def(t, m, (self, a) => {
        if (!arity(m, a, 1, 1)) return NULL;
        const o = a[0]!;
        if (!isAnySet(o) && !isSetView(o)) return notImplemented();
        const na = length(self);
        const nb = length(o);
        if (nb < 0) return NULL;
        const sizeOk = [na < nb, na <= nb, na === nb, na === nb, na > nb, na >= nb][cmp]!;
        if (!sizeOk) return bool(cmp === 3);
        const r = cmp >= 4 ? allIn(o, self) : allIn(self, o);
        return r < 0 ? NULL : bool(cmp === 3 ? r === 0 : r === 1);
      });
    });
    def(t, "isdisjoint", (self, a) => {
      if (!arity("isdisjoint", a, 1, 1)) return NULL;
      const items = toArray(a[0]!);
      if (!items) return NULL;
      return withRoots(items, () => {
        for (const x of items) {
          const r = viewContains(view(self), x);
          if (r < 0) return NULL;
          if (r) return False;
        }
        return True;
      });
    });
  });
}

// ---- dict -----------------------------------------------------------------------------------

function fromkeys(_s: Value, a: readonly Value[]): Value {
  if (!arity("fromkeys", a.slice(1), 1, 2)) return NULL;
  const cls = a[0]! as Ptr;
  const value = a[2] ?? None;
  const d = cls === L.TYPE_DICT ? newDict() : call(cls as Value, []);
  if (d === NULL) return NULL;
  return withRoots([d], () => {
    const keys = toArray(a[1]!);
    if (!keys) return NULL;
    return withRoots(keys, () => {
      const fast = typeOfValue(d) === L.TYPE_DICT;
      for (const k of keys) if (!(fast ? dictStore(d).set(k, value) : setItem(d, k, value))) return NULL;
      return d;
    });
  });
}

export function defineDictMethods(): void {
  const t = L.TYPE_DICT;
  unhashable(t);
  defineViews();
  // dict(...) (also for subclasses): the new dict stays rooted while keys hash with Python code.
  constructors.set(t, (cls, a, kw) => {
    if (!arity("dict", a, 0, 1)) return NULL;
    const d = newDict(cls);
    return d !== NULL && withRoots([d], () => updateWithKw(d, a, kw)) ? d : NULL;
  });
  def(t, "__init__", (self, a, kw) => (arity("dict", a, 0, 1) && updateWithKw(self, a, kw) ? None : NULL));
  def(t, "get", (self, a, kw) => {
    if (!arity("get", a, 1, 2, kw)) return NULL;
    const v = dictStore(self).get(a[0]!);
    return v === undefined ? NULL : v === null ? (a[1] ?? None) : v;
  });
  def(t, "setdefault", (self, a, kw) => {
    if (!arity("setdefault", a, 1, 2, kw)) return NULL;
    const st = dictStore(self);
    const v = st.get(a[0]!);
    if (v === undefined) return NULL;
    if (v !== null) return v;
    const dflt = a[1] ?? None;
    return st.set(a[0]!, dflt) ? dflt : NULL;
  });
  def(t, "pop", (self, a, kw) => {
    if (!arity("pop", a, 1, 2, kw)) return NULL;
    const st = dictStore(self);
    const i = st.find(a[0]!);
    if (i === undefined) return NULL;
    if (i < 0) return a.length > 1 ? a[1]! : raiseKey(a[0]!);
    const v = st.values[i]!;
    st.removeAt(i);
    return v;
  });
  def(t, "popitem", (self, a, kw) => {
    if (!arity("dict.popitem", a, 0, 0, kw)) return NULL;
    const st = dictStore(self);
    let i = st.keys.length - 1;
    while (i >= 0 && st.keys[i] === 0) i--;
    if (i < 0) return raiseKey(newStr("popitem(): dictionary is empty"));
    const pair = newTuple([st.keys[i]!, st.values[i]!]);
    st.removeAt(i);
    return pair;
  });
  def(t, "keys", (self, a, kw) => (arity("dict.keys", a, 0, 0, kw) ? newView(self, 0) : NULL));
  def(t, "values", (self, a, kw) => (arity("dict.values", a, 0, 0, kw) ? newView(self, 1) : NULL));
  def(t, "items", (self, a, kw) => (arity("dict.items", a, 0, 0, kw) ? newView(self, 2) : NULL));
  def(t, "update", (self, a, kw) => (arity("update", a, 0, 1) && updateWithKw(self, a, kw) ? None : NULL));
  def(t, "copy", (self, a, kw) => (arity("dict.copy", a, 0, 0, kw) ? dictCopy(self) : NULL));
  def(t, "clear", (self, a, kw) => (arity("dict.clear", a, 0, 0, kw) ? (dictStore(self).clear(), None) : NULL));
  // fromkeys is a classmethod: a classmethod object wrapping a plain built-in.
  const cm = heap().allocObject(T.classmethod!, L.WRAPPER_SIZE);
  store32(cm + L.INSTANCE_DICT, 0);
  store32(cm + L.WRAPPED_FUNC, newBuiltin("fromkeys", fromkeys, NULL, 0, "dict.fromkeys"));
  typeInfo(t).dict.set("fromkeys", cm as Value);

  def(t, "__len__", (self) => newInt(dictStore(self).size));
  def(t, "__getitem__", (self, a) => {
    if (!arity("__getitem__", a, 1, 1)) return NULL;
    const v = dictStore(self).get(a[0]!);
    if (v === undefined) return NULL;
    if (v !== null) return v;
    const missing = typeOfValue(self) === L.TYPE_DICT ? NULL : lookupType(typeOfValue(self), "__missing__");
    return missing !== NULL ? call(missing, [self, a[0]!]) : raiseKey(a[0]!);
  });
  def(t, "__setitem__", (self, a) => (arity("__setitem__", a, 2, 2) && dictStore(self).set(a[0]!, a[1]!) ? None : NULL));
  def(t, "__delitem__", (self, a) => {
    if (!arity("__delitem__", a, 1, 1)) return NULL;
    const r = dictStore(self).delete(a[0]!);
    return r === undefined ? NULL : r ? None : raiseKey(a[0]!);
  });
  def(t, "__contains__", (self, a) => {
    if (!arity("__contains__", a, 1, 1)) return NULL;
    const i = dictStore(self).find(a[0]!);
    return i === undefined ? NULL : bool(i >= 0);
  });
  def(t, "__iter__", (self) => dictIter(self, 0));
  def(t, "__reversed__", (self) => dictIter(self, 0, true));
  def(t, "__eq__", (self, a) => {
    if (!arity("__eq__", a, 1, 1)) return NULL;
    if (!isDict(a[0]!)) return notImplemented();
    const r = dictEqual(self, a[0]!);
    return r === undefined ? NULL : bool(r);
  });
  def(t, "__ne__", (self, a) => {
    if (!arity("__ne__", a, 1, 1)) return NULL;
    if (!isDict(a[0]!)) return notImplemented();
    const r = dictEqual(self, a[0]!);
    return r === undefined ? NULL : bool(!r);
  });
  def(t, "__or__", (self, a) => {
    if (!arity("__or__", a, 1, 1)) return NULL;
    if (!isDict(a[0]!)) return notImplemented();
    const d = dictCopy(self);
    return d !== NULL && withRoots([d], () => dictUpdate(d, a[0]!)) ? d : NULL;
  });
  def(t, "__ror__", (self, a) => {
    if (!arity("__ror__", a, 1, 1)) return NULL;
    if (!isDict(a[0]!)) return notImplemented();
    const d = dictCopy(a[0]!);
    return d !== NULL && withRoots([d], () => dictUpdate(d, self)) ? d : NULL;
  });
  def(t, "__ior__", (self, a) => (arity("__ior__", a, 1, 1) && dictUpdate(self, a[0]!) ? self : NULL));
  def(t, "__repr__", dictRepr);
}
