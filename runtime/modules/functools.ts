// The functools module: reduce, partial, update_wrapper/wraps, lru_cache/cache, cmp_to_key,
// total_ordering and cached_property, following Modules/_functoolsmodule.c and
// Lib/functools.py. Objects that hold Python values keep them in a payload their type traces.
import * as L from "../layout.js";
import { type Kw, newBuiltin } from "../objects/callables.js";
import { dictStore, newDict } from "../objects/dict.js";
import { clearException, exceptionMatches, raise } from "../objects/exceptions.js";
import { newMethod } from "../objects/callables.js";
import { T } from "../objects/registry.js";
import { lookupType, typeInfo } from "../objects/typeobj.js";
import {
  bool, intern, newInt, newStr, newTuple, None, NULL, strOf, tupleItems, typeOfValue,
} from "../objects/values.js";
import { dictUpdate } from "../builtins/methods-dict.js";
import { newInstance } from "../vm/classes.js";
import { call, callSlots, isCallable } from "../vm/ops/call.js";
import { richCompare } from "../vm/ops/compare.js";
import { notImplemented } from "../vm/ops/singletons.js";
import { getAttr, instanceDict, isTrue, repr, setAttr } from "../vm/ops/object.js";
import { iter, iterFailed, next } from "../vm/ops/sequence.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { makeNamedTuple } from "./namedtuple.js";
import {
  checkArgs, checkKw, closure, defGetter, defineModule, defMethod, func, isInstance, kwGet, nativeType, newPayloadObject, payloadOf,
  withRoots,
} from "./util.js";

// ---- reduce ---------------------------------------------------------------------------------
function reduce(_s: Value, a: readonly Value[]): Value {
  if (!checkArgs("reduce", a, 2, 3)) return NULL;
  const fn = a[0]!;
  const it = iter(a[1]!);
  if (it === NULL) {
    if (exceptionMatches(T.TypeError!)) {
      clearException();
      return raise(T.TypeError!, "reduce() arg 2 must support iteration");
    }
    return NULL;
  }
  // roots: [it, accumulator]
  const roots = heap().roots;
  const mark = roots.length;
  let acc: Value = a.length > 2 ? a[2]! : NULL;
  roots.push(it, acc);
  try {
    for (;;) {
      const x = next(it);
      if (x === NULL) {
        if (iterFailed()) return NULL;
        break;
      }
      if (acc === NULL) acc = x;
      else {
        roots.push(x);
        acc = call(fn, [acc, x]);
        roots.length = mark + 2;
        if (acc === NULL) return NULL;
      }
      roots[mark + 1] = acc;
    }
    return acc === NULL ? raise(T.TypeError!, "reduce() of empty iterable with no initial value") : acc;
  } finally {
    roots.length = mark;
  }
}

// ---- partial --------------------------------------------------------------------------------
interface Partial {
  func: Value;
  args: Value; // tuple
  kw: Value; // dict
}
let PartialType: Ptr = 0;

function newPartial(cls: Ptr, a: readonly Value[], kw: Kw | undefined): Value {
  if (!a.length) return raise(T.TypeError!, "type 'partial' takes at least one argument");
  let fn = a[0]!;
  let args = a.slice(1);
  const kwd = newDict();
  if (typeOfValue(fn) === PartialType) {
    // partial(partial(f, *a1, **k1), *a2, **k2) flattens to partial(f, *a1, *a2, **k1, **k2)
    const inner = payloadOf<Partial>(fn);
    args = [...tupleItems(inner.args), ...args];
    if (!dictUpdate(kwd, inner.kw)) return NULL;
    fn = inner.func;
  }
  if (!isCallable(fn)) return raise(T.TypeError!, "the first argument must be callable");
  if (kw) for (let i = 0; i < kw.names.length; i++) dictStore(kwd).set(intern(kw.names[i]!), kw.values[i]!);
  return withRoots([kwd], () => {
    const t = newTuple(args);
    return newPayloadObject(cls, { func: fn, args: t, kw: kwd } satisfies Partial);
  });
}

function callPartial(self: Value, a: readonly Value[], kw: Kw | undefined): Value {
  const p = payloadOf<Partial>(self);
  const st = dictStore(p.kw);
  let k: Kw | undefined = kw;
  if (st.size) {
    const names: string[] = [];
    const values: Value[] = [];
    for (const i of st.indices()) {
      names.push(strOf(st.keys[i]!));
      values.push(st.values[i]!);
    }
    if (kw) {
      for (let i = 0; i < kw.names.length; i++) {
        const j = names.indexOf(kw.names[i]!);
        if (j >= 0) values[j] = kw.values[i]!;
        else {
          names.push(kw.names[i]!);
          values.push(kw.values[i]!);
        }
      }
    }
    k = { names, values };
  }
  return call(p.func, [...tupleItems(p.args), ...a], k);
}

function partialRepr(self: Value): Value {
  const p = payloadOf<Partial>(self);
  const parts: string[] = [];
  for (const v of [p.func, ...tupleItems(p.args)]) {
    const r = repr(v);
    if (r === undefined) return NULL;
    parts.push(r);
  }
  const st = dictStore(p.kw);
  for (const i of st.indices()) {
    const r = repr(st.values[i]!);
    if (r === undefined) return NULL;
    parts.push(`${strOf(st.keys[i]!)}=${r}`);
  }
  const info = typeInfo(typeOfValue(self));
  return newStr(`${info.module}.${info.qualname}(${parts.join(", ")})`);
}

function definePartial(): void {
  PartialType = nativeType("partial", "functools", {
    hasDict: true,
    trace: ((p: Partial, visit: (v: Value) => void) => {
      visit(p.func);
      visit(p.args);
      visit(p.kw);
    }) as never,
  });
  typeInfo(PartialType).dict.set("__new__", newBuiltin("__new__", (_s, a, kw) => newPartial(a[0]! as Ptr, a.slice(1), kw)));
  callSlots.set(PartialType, callPartial);
  defMethod(PartialType, "__call__", callPartial);
  defMethod(PartialType, "__repr__", partialRepr);
  defGetter(PartialType, "func", (self) => payloadOf<Partial>(self).func);
  defGetter(PartialType, "args", (self) => payloadOf<Partial>(self).args);
  defGetter(PartialType, "keywords", (self) => payloadOf<Partial>(self).kw);
}

// ---- update_wrapper / wraps -----------------------------------------------------------------
const ASSIGNED = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

function strings(v: Value): string[] | undefined {
  const t = typeOfValue(v);
  if (t !== L.TYPE_TUPLE && t !== L.TYPE_LIST) return undefined;
  const items = t === L.TYPE_TUPLE ? tupleItems(v) : undefined;
  return (items ?? []).map(strOf);
}

function updateWrapper(wrapper: Value, wrapped: Value, assigned: string[], updated: string[]): Value {
  return withRoots([wrapper, wrapped], () => {
    for (const name of assigned) {
      const v = getAttr(wrapped, name);
      if (v === NULL) {
        if (!exceptionMatches(T.AttributeError!)) return NULL;
        clearException();
        continue;
      }
      if (!withRoots([v], () => setAttr(wrapper, name, v))) return NULL;
    }
    for (const name of updated) {
      const target = getAttr(wrapper, name);
      if (target === NULL) return NULL;
      const src = withRoots([target], () => getAttr(wrapped, name));
      if (src === NULL) {
        if (!exceptionMatches(T.AttributeError!)) return NULL;
        clearException();
        continue;
      }
      const ok = withRoots([target, src], () => {
        if (typeInfo(typeOfValue(target)).layout === "dict") return dictUpdate(target, src);
        const upd = getAttr(target, "update");
        return upd !== NULL && call(upd, [src]) !== NULL;
      });
      if (!ok) return NULL;
    }
    return setAttr(wrapper, "__wrapped__", wrapped) ? wrapper : NULL;
  });
}

function wrapperArgs(a: readonly Value[], kw: Kw | undefined, first: number): [string[], string[]] | undefined {
  const as = a[first] ?? kwGet(kw, "assigned");
  const us = a[first + 1] ?? kwGet(kw, "updated");
  const assigned = as === undefined ? ASSIGNED : strings(as);
  const updated = us === undefined ? ["__dict__"] : strings(us);
  if (!assigned || !updated) {
    raise(T.TypeError!, "assigned and updated must be tuples of attribute names");
    return undefined;
  }
  return [assigned, updated];
}

// ---- lru_cache ------------------------------------------------------------------------------
interface LruCache {
  func: Value;
  /** null = unbounded */
  maxsize: number | null;
  typed: boolean;
  cache: Value; // dict: key -> result, oldest first
  kwdMark: Value;
  hits: number;
  misses: number;
}
let LruType: Ptr = 0;
let CacheInfo: Value = NULL;
let kwdMark: Value = NULL;

/** lru_cache_make_key: args, or args + (mark, k1, v1, …) [+ types]; a lone int/str is its own key. */
function makeKey(c: LruCache, a: readonly Value[], kw: Kw | undefined): Value {
  if (!c.typed && !kw) {
    if (a.length === 1) {
      const t = typeOfValue(a[0]!);
      if (t === L.TYPE_INT || t === L.TYPE_STR) return a[0]!;
    }
    return newTuple(a);
  }
  const items = [...a];
  if (kw) {
    items.push(c.kwdMark);
    for (let i = 0; i < kw.names.length; i++) items.push(intern(kw.names[i]!), kw.values[i]!);
  }
  if (c.typed) {
    for (const v of a) items.push(typeOfValue(v) as Value);
    if (kw) for (const v of kw.values) items.push(typeOfValue(v) as Value);
  }
  return newTuple(items);
}

function callLru(self: Value, a: readonly Value[], kw: Kw | undefined): Value {
  const c = payloadOf<LruCache>(self);
  if (c.maxsize === 0) {
    c.misses++;
    return call(c.func, a, kw);
  }
  const key = makeKey(c, a, kw);
  if (key === NULL) return NULL;
  return withRoots([self, key], () => {
    const st = dictStore(c.cache);
    const i = st.find(key);
    if (i === undefined) return NULL;
    if (i >= 0) {
      c.hits++;
      const r = st.values[i]!;
      if (c.maxsize !== null) {
        // most recently used goes to the end
        st.removeAt(i);
        if (!withRoots([r], () => st.set(key, r))) return NULL;
      }
      return r;
    }
    c.misses++;
    const r = call(c.func, a, kw);
    if (r === NULL) return NULL;
    return withRoots([r], () => {
      if (c.maxsize === null) return st.set(key, r) ? r : NULL;
      const again = st.find(key);
      if (again === undefined) return NULL;
      if (again >= 0) return r; // added by a recursive call meanwhile
      if (st.size >= c.maxsize) {
        let oldest = 0;
        while (st.keys[oldest] === 0) oldest++;
        st.removeAt(oldest);
      }
      return st.set(key, r) ? r : NULL;
    });
  });
}

function newLru(fn: Value, maxsize: number | null, typed: boolean): Value {
  const cache = newDict();
  const w = withRoots([cache], () =>
    newPayloadObject(LruType, { func: fn, maxsize, typed, cache, kwdMark, hits: 0, misses: 0 } satisfies LruCache));
  if (w === NULL) return NULL;
  return updateWrapper(w, fn, ASSIGNED, ["__dict__"]);
}

function defineLru(): void {
  LruType = nativeType("_lru_cache_wrapper", "functools", {
    hasDict: true,
    trace: ((c: LruCache, visit: (v: Value) => void) => {
      visit(c.func);
      visit(c.cache);
      visit(c.kwdMark);
    }) as never,
  });
  callSlots.set(LruType, callLru);
  defMethod(LruType, "__call__", callLru);
  defMethod(LruType, "__get__", (self, a) => (a[0] === undefined || a[0] === None ? self : newMethod(self, a[0])));
  defMethod(LruType, "cache_info", (self) => {
    const c = payloadOf<LruCache>(self);
    return call(CacheInfo, [newInt(c.hits), newInt(c.misses), c.maxsize === null ? None : newInt(c.maxsize), newInt(dictStore(c.cache).size)]);
  });
  defMethod(LruType, "cache_clear", (self) => {
    const c = payloadOf<LruCache>(self);
    dictStore(c.cache).clear();
    c.hits = c.misses = 0;
    return None;
  });
  defMethod(LruType, "cache_parameters", (self) => {
    const c = payloadOf<LruCache>(self);
    const d = newDict();
    dictStore(d).set(intern("maxsize"), c.maxsize === null ? None : newInt(c.maxsize));
    dictStore(d).set(intern("typed"), bool(c.typed));
    return d;
  });
}

function lruCache(_s: Value, a: readonly Value[], kw: Kw | undefined): Value {
  if (!checkKw("lru_cache", kw, ["maxsize", "typed"]) || !checkArgs("lru_cache", a, 0, 2)) return NULL;
  const m = a[0] ?? kwGet(kw, "maxsize") ?? newInt(128);
  const tv = a[1] ?? kwGet(kw, "typed");
  const typed = tv !== undefined && isTrue(tv) === 1;
  let maxsize: number | null;
  const t = typeOfValue(m);
  if (t === L.TYPE_INT || t === L.TYPE_BOOL) maxsize = Math.max(0, Number(bigOfInt(m)));
  else if (isCallable(m)) return newLru(m, 128, typed);
  else if (m === None) maxsize = null;
  else return raise(T.TypeError!, "Expected first argument to be an integer, a callable, or None");
  return func("decorating_function", (_s2, b) => (checkArgs("decorating_function", b, 1, 1) ? newLru(b[0]!, maxsize, typed) : NULL));
}
import { bigOf as bigOfInt } from "../objects/values.js";

// ---- cmp_to_key -----------------------------------------------------------------------------
interface KeyWrapper {
  cmp: Value;
  obj: Value;
}
let KeyType: Ptr = 0;

function defineKeyWrapper(): void {
  KeyType = nativeType("KeyWrapper", "functools", {
    trace: ((k: KeyWrapper, visit: (v: Value) => void) => {
      visit(k.cmp);
      visit(k.obj);
    }) as never,
  });
  typeInfo(KeyType).dict.set("__hash__", None);
  const wrap = (self: Value, a: readonly Value[], kw: Kw | undefined): Value => {
    if (!checkKw("K", kw, ["obj"]) || !checkArgs("K", a, kw ? 0 : 1, 1)) return NULL;
    return newPayloadObject(KeyType, { cmp: payloadOf<KeyWrapper>(self).cmp, obj: a[0] ?? kwGet(kw, "obj")! } satisfies KeyWrapper);
  };
  callSlots.set(KeyType, wrap);
  defMethod(KeyType, "__call__", wrap);
  defGetter(KeyType, "obj", (self) => {
    const o = payloadOf<KeyWrapper>(self).obj;
    return o === NULL ? raise(T.AttributeError!, "obj") : o;
  });
  ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].forEach((name, op) => {
    defMethod(KeyType, name, (self, a) => {
      if (!checkArgs(name, a, 1, 1)) return NULL;
      const other = a[0]!;
      if (!isInstance(other, KeyType)) return raise(T.TypeError!, "other argument must be K instance");
      const k = payloadOf<KeyWrapper>(self);
      const r = call(k.cmp, [k.obj, payloadOf<KeyWrapper>(other).obj]);
      if (r === NULL) return NULL;
      return withRoots([r], () => richCompare(op, r, newInt(0)));
    });
  });
}

// ---- total_ordering -------------------------------------------------------------------------
/**
 * How the missing comparisons derive from the root one (Lib/functools.py's _convert):
 * A `not r and self != other`, B `r or self == other`, C `not r`, D `not r or self == other`,
 * E `r and self != other` — where `or`/`and` return an operand, not a bool.
 */
type Derivation = "A" | "B" | "C" | "D" | "E";
const CONVERT: Record<string, [string, Derivation][]> = {
  __lt__: [["__gt__", "A"], ["__le__", "B"], ["__ge__", "C"]],
  __le__: [["__ge__", "D"], ["__lt__", "E"], ["__gt__", "C"]],
  __gt__: [["__lt__", "A"], ["__ge__", "B"], ["__le__", "C"]],
  __ge__: [["__le__", "D"], ["__gt__", "E"], ["__lt__", "C"]],
};

function derived(root: string, how: Derivation, self: Value, other: Value): Value {
  const r = call(lookupType(typeOfValue(self), root), [self, other]);
  if (r === NULL || r === notImplemented()) return r;
  const t = isTrue(r);
  if (t < 0) return NULL;
  const eq = () => richCompare(2, self, other);
  const ne = () => richCompare(3, self, other);
  switch (how) {
    case "A":
      return t ? bool(false) : ne();
    case "B":
      return t ? r : eq();
    case "C":
      return bool(!t);
    case "D":
      return t ? eq() : bool(true);
    case "E":
      return t ? ne() : r;
  }
}

function totalOrdering(_s: Value, a: readonly Value[]): Value {
  if (!checkArgs("total_ordering", a, 1, 1)) return NULL;
  const cls = a[0]! as Ptr;
  const roots = Object.keys(CONVERT).filter((op) => {
    const mine = lookupType(cls, op);
    return mine !== NULL && mine !== lookupType(L.TYPE_OBJECT, op);
  });
  if (!roots.length) return raise(T.ValueError!, "must define at least one ordering operation: < > <= >=");
  const root = roots.sort().at(-1)!;
  for (const [opname, how] of CONVERT[root]!) {
    if (roots.includes(opname)) continue;
    // A method descriptor of cls (owner set), so instances bind it like a function.
    const fn = newBuiltin(opname, (s0, a0) => {
      const self = s0 === NULL ? a0[0]! : s0;
      const args = s0 === NULL ? a0.slice(1) : a0;
      if (args.length !== 1) return raise(T.TypeError!, `${opname}() takes 2 positional arguments but ${args.length + 1} were given`);
      return withRoots([self, args[0]!], () => derived(root, how, self, args[0]!));
    }, NULL, cls, `${typeInfo(cls).qualname}.${opname}`);
    if (!setAttr(cls as Value, opname, fn)) return NULL;
  }
  return cls as Value;
}

// ---- cached_property ------------------------------------------------------------------------
interface Cached {
  func: Value;
  attrname: string | null;
}
let CachedType: Ptr = 0;

function defineCachedProperty(): void {
  CachedType = nativeType("cached_property", "functools", { trace: ((c: Cached, visit: (v: Value) => void) => visit(c.func)) as never });
  typeInfo(CachedType).dict.set("__new__", newBuiltin("__new__", (_s, a) => {
    if (a.length !== 2) return raise(T.TypeError!, `cached_property.__init__() takes 2 positional arguments but ${a.length} were given`);
    return newPayloadObject(a[0]! as Ptr, { func: a[1]!, attrname: null } satisfies Cached);
  }));
  defMethod(CachedType, "__set_name__", (self, a) => {
    const c = payloadOf<Cached>(self);
    const name = strOf(a[1]!);
    if (c.attrname === null) c.attrname = name;
    else if (c.attrname !== name) {
      return raise(T.TypeError!, `Cannot assign the same cached_property to two different names (${repr(newStr(c.attrname))} and ${repr(a[1]!)}).`);
    }
    return None;
  });
  defMethod(CachedType, "__get__", (self, a) => {
    const obj = a[0] ?? None;
    if (obj === None) return self;
    const c = payloadOf<Cached>(self);
    if (c.attrname === null) return raise(T.TypeError!, "Cannot use cached_property instance without calling __set_name__ on it.");
    const d = instanceDict(obj, true);
    if (d === NULL) {
      return raise(T.TypeError!, `No '__dict__' attribute on ${repr(typeOfValue(obj) as Value)} instance to cache ${repr(newStr(c.attrname))} property.`);
    }
    const have = dictStore(d).getStr(c.attrname);
    if (have !== undefined) return have;
    const v = withRoots([self, obj], () => call(c.func, [obj]));
    if (v === NULL) return NULL;
    return dictStore(d).set(intern(c.attrname), v) ? v : NULL;
  });
  defGetter(CachedType, "func", (self) => payloadOf<Cached>(self).func);
  defGetter(CachedType, "attrname", (self) => {
    const n = payloadOf<Cached>(self).attrname;
    return n === null ? None : newStr(n);
  });
}

export function installFunctools(): void {
  defineModule("functools", (set) => {
    if (!PartialType) {
      definePartial();
      defineLru();
      defineKeyWrapper();
      defineCachedProperty();
      // Kept in the wrapper type's namespace: types are never collected, so neither is the mark.
      kwdMark = newInstance(L.TYPE_OBJECT);
      typeInfo(LruType).dict.set("_kwd_mark", kwdMark);
      CacheInfo = makeNamedTuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], "functools");
    }
    set("_CacheInfo", CacheInfo);
    set("reduce", func("reduce", reduce));
    set("partial", PartialType as Value);
    set("WRAPPER_ASSIGNMENTS", newTuple(ASSIGNED.map(intern)));
    set("WRAPPER_UPDATES", newTuple([intern("__dict__")]));
    set("update_wrapper", func("update_wrapper", (_s, a, kw) => {
      if (!checkKw("update_wrapper", kw, ["wrapper", "wrapped", "assigned", "updated"])) return NULL;
      const wrapper = a[0] ?? kwGet(kw, "wrapper");
      const wrapped = a[1] ?? kwGet(kw, "wrapped");
      if (wrapper === undefined || wrapped === undefined) return raise(T.TypeError!, "update_wrapper() missing required argument");
      const lists = wrapperArgs(a, kw, 2);
      return lists ? updateWrapper(wrapper, wrapped, ...lists) : NULL;
    }));
    set("wraps", func("wraps", (_s, a, kw) => {
      if (!checkKw("wraps", kw, ["wrapped", "assigned", "updated"])) return NULL;
      const wrapped = a[0] ?? kwGet(kw, "wrapped");
      if (wrapped === undefined) return raise(T.TypeError!, "wraps() missing 1 required positional argument: 'wrapped'");
      const lists = wrapperArgs(a, kw, 1);
      if (!lists) return NULL;
      // The decorator carries `wrapped` as its traced self.
      return closure("update_wrapper", wrapped, (w, b) => (checkArgs("update_wrapper", b, 1, 1) ? updateWrapper(b[0]!, w, ...lists) : NULL));
    }));
    set("lru_cache", func("lru_cache", lruCache));
    set("cache", func("cache", (_s, a) => (checkArgs("cache", a, 1, 1) ? newLru(a[0]!, null, false) : NULL)));
    set("_lru_cache_wrapper", LruType as Value);
    set("cmp_to_key", func("cmp_to_key", (_s, a, kw) => {
      if (!checkKw("cmp_to_key", kw, ["mycmp"])) return NULL;
      const cmp = a[0] ?? kwGet(kw, "mycmp");
      if (cmp === undefined) return raise(T.TypeError!, "cmp_to_key() missing required argument 'mycmp' (pos 1)");
      return newPayloadObject(KeyType, { cmp, obj: NULL } satisfies KeyWrapper);
    }));
    set("KeyWrapper", KeyType as Value);
    set("total_ordering", func("total_ordering", totalOrdering));
    set("cached_property", CachedType as Value);
  });
}
