// The collections module: namedtuple (namedtuple.ts), deque (deque.ts), defaultdict, Counter
// and OrderedDict (dicts.ts), and ChainMap here. ChainMap is a plain-object type whose `maps`
// list lives in the instance dict, as in Lib/collections/__init__.py, so the GC and attribute
// access need nothing special.
import * as L from "../layout.js";
import { dictCopy, dictIter } from "../builtins/methods-dict.js";
import { raiseKey, reprGuard, strOrNull } from "../builtins/methods-list.js";
import type { Kw } from "../objects/callables.js";
import { dictStore, newDict } from "../objects/dict.js";
import { clearException, exceptionMatches, raise } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { lookupType, typeInfo } from "../objects/typeobj.js";
import { bool, intern, listItems, newList, newStr, None, NULL, typeOfValue } from "../objects/values.js";
import { call } from "../vm/ops/call.js";
import { getAttr, isTrue, repr, setAttr } from "../vm/ops/object.js";
import { contains, getItem, iter, iterFailed, next, setItem } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
import type { Ptr, Value } from "../vm/types.js";
import { dequeType } from "./deque.js";
import { CounterType, DefaultDictType, defineDictTypes, extraMappings, OrderedDictType } from "./dicts.js";
import { namedtuple } from "./namedtuple.js";
import { checkArgs, defClassMethod, defGetter, defineModule, defMethod, func, isInstance, nativeType, rootScope, withRoots } from "./util.js";

let ChainMapType: Ptr = 0;

/** self.maps (a list, normally). */
function mapsOf(self: Value): Value[] | undefined {
  const m = getAttr(self, "maps");
  if (m === NULL) return undefined;
  if (typeInfo(typeOfValue(m)).layout !== "list") {
    raise(T.TypeError!, "ChainMap.maps must be a list");
    return undefined;
  }
  return listItems(m);
}

/** A new ChainMap of the same class over `maps`. */
const chainOf = (self: Value, maps: Value[]): Value => call(typeOfValue(self) as Value, maps);

/** The merged keys in ChainMap's iteration order (last map's keys first). */
function mergedKeys(self: Value): Value | undefined {
  const maps = mapsOf(self);
  if (!maps) return undefined;
  const d = newDict();
  const ok = withRoots([d, ...maps], () => {
    for (let i = maps.length - 1; i >= 0; i--) {
      const it = iter(maps[i]!);
      if (it === NULL) return false;
      const done = withRoots([it], () => {
        for (;;) {
          const k = next(it);
          if (k === NULL) return !iterFailed();
          if (!withRoots([k], () => dictStore(d).set(k, None))) return false;
        }
      });
      if (!done) return false;
    }
    return true;
  });
  return ok ? d : undefined;
}

function chainGet(self: Value, key: Value): Value {
  const maps = mapsOf(self);
  if (!maps) return NULL;
  return withRoots(maps, () => {
    for (const m of maps) {
      const v = getItem(m, key);
      if (v !== NULL) return v;
      if (!exceptionMatches(T.KeyError!)) return NULL;
      clearException();
    }
    return call(lookupType(typeOfValue(self), "__missing__"), [self, key]);
  });
}

/** `key in self`: 1, 0, or -1 on error. */
function chainHas(self: Value, key: Value): number {
  const maps = mapsOf(self);
  if (!maps) return -1;
  return withRoots(maps, () => {
    for (const m of maps) {
      const r = contains(m, key);
      if (r !== 0) return r;
    }
    return 0;
  });
}

/** Runs `f` on maps[0], turning its KeyError into ChainMap's message. */
function onFirst(self: Value, key: Value | undefined, f: (first: Value) => Value): Value {
  const maps = mapsOf(self);
  if (!maps) return NULL;
  const r = withRoots(maps, () => f(maps[0]!));
  if (r !== NULL || !exceptionMatches(T.KeyError!)) return r;
  clearException();
  if (key === undefined) return raiseKey(newStr("No keys found in the first mapping."));
  const kr = repr(key);
  return kr === undefined ? NULL : raiseKey(newStr(`Key not found in the first mapping: ${kr}`));
}

const callMethod = (obj: Value, name: string, args: Value[]): Value => {
  const m = getAttr(obj, name);
  return m === NULL ? NULL : withRoots([m], () => call(m, args));
};

function defineChainMap(): void {
  const t = (ChainMapType = nativeType("ChainMap", "collections", { hasDict: true, trace: () => {} }));
  extraMappings.push(t);
  const m = defMethod.bind(null, t);
  typeInfo(t).dict.set("__hash__", None);
  m("__init__", (self, a) => {
    const maps = newList(a.length ? a : [newDict()]);
    return withRoots([maps], () => (setAttr(self, "maps", maps) ? None : NULL));
  });
  m("__missing__", (_self, a) => raiseKey(a[0]!));
  m("__getitem__", (self, a) => (checkArgs("__getitem__", a, 1, 1) ? chainGet(self, a[0]!) : NULL));
  m("get", (self, a) => {
    if (!checkArgs("get", a, 1, 2)) return NULL;
    const r = chainHas(self, a[0]!);
    return r < 0 ? NULL : r ? chainGet(self, a[0]!) : a[1] ?? None;
  });
  m("__contains__", (self, a) => {
    const r = chainHas(self, a[0]!);
    return r < 0 ? NULL : bool(r === 1);
  });
  m("__len__", (self) => {
    const d = mergedKeys(self);
    return d === undefined ? NULL : newIntOf(dictStore(d).size);
  });
  m("__iter__", (self) => {
    const d = mergedKeys(self);
    return d === undefined ? NULL : dictIter(d, 0);
  });
  m("__bool__", (self) => {
    const maps = mapsOf(self);
    if (!maps) return NULL;
    for (const x of maps) {
      const r = isTrue(x);
      if (r !== 0) return r < 0 ? NULL : bool(true);
    }
    return bool(false);
  });
  m("__repr__", (self) => strOrNull(reprGuard(self, "...", () => {
    const maps = mapsOf(self);
    if (!maps) return undefined;
    const parts: string[] = [];
    for (const x of maps) {
      const r = repr(x);
      if (r === undefined) return undefined;
      parts.push(r);
    }
    return `${typeInfo(typeOfValue(self)).name}(${parts.join(", ")})`;
  })));
  m("__setitem__", (self, a) => onFirst(self, undefined, (first) => (setItem(first, a[0]!, a[1]!) ? None : NULL)));
  m("__delitem__", (self, a) => onFirst(self, a[0]!, (first) => (setItem(first, a[0]!, NULL) ? None : NULL)));
  m("pop", (self, a) => onFirst(self, a[0]!, (first) => callMethod(first, "pop", [...a])));
  m("popitem", (self) => onFirst(self, undefined, (first) => callMethod(first, "popitem", [])));
  m("clear", (self) => onFirst(self, undefined, (first) => callMethod(first, "clear", [])));
  const copy = (self: Value): Value => {
    const maps = mapsOf(self);
    if (!maps) return NULL;
    return rootScope((keep) => {
      const first = keep(callMethod(maps[0]!, "copy", []));
      return first === NULL ? NULL : chainOf(self, [first, ...maps.slice(1)]);
    });
  };
  m("copy", copy);
  m("__copy__", copy);
  m("new_child", (self, a, kw) => {
    if (!checkArgs("new_child", a, 0, 1)) return NULL;
    const maps = mapsOf(self);
    if (!maps) return NULL;
    return rootScope((keep) => {
      let child = a[0] ?? None;
      if (child === None) child = keep(newDict());
      if (kw) for (let i = 0; i < kw.names.length; i++) if (!setItem(child, intern(kw.names[i]!), kw.values[i]!)) return NULL;
      return chainOf(self, [child, ...maps]);
    });
  });
  defGetter(t, "parents", (self) => {
    const maps = mapsOf(self);
    return maps ? chainOf(self, maps.slice(1)) : NULL;
  });
  // keys()/items()/values(): views of the merged mapping (a snapshot dict in lookup order).
  for (const [name, kind] of [["keys", 0], ["values", 1], ["items", 2]] as const) {
    m(name, (self) => rootScope((keep) => {
      const keys = mergedKeys(self);
      if (keys === undefined) return NULL;
      keep(keys);
      const st = dictStore(keys);
      for (const i of st.indices()) {
        const v = chainGet(self, st.keys[i]!);
        if (v === NULL) return NULL;
        st.values[i] = v;
      }
      return call(lookupType(L.TYPE_DICT, ["keys", "values", "items"][kind]!), [keys]);
    }));
  }
  m("__eq__", (self, a) => {
    const other = a[0]!;
    const isMap = isInstance(other, t) || typeInfo(typeOfValue(other)).layout === "dict";
    if (!isMap) return notImplemented();
    return rootScope((keep) => {
      const x = keep(toPlainDict(self));
      const y = x === NULL ? NULL : keep(toPlainDict(other));
      return y === NULL ? NULL : call(lookupType(L.TYPE_DICT, "__eq__"), [x, y]);
    });
  });
  defClassMethod(t, "fromkeys", (cls, a, kw: Kw | undefined) => {
    const fromkeys = getAttr(L.TYPE_DICT as Value, "fromkeys");
    const d = fromkeys === NULL ? NULL : call(fromkeys, [...a], kw);
    return d === NULL ? NULL : withRoots([d], () => call(cls, [d]));
  });
}

/** dict(mapping) for ChainMap comparisons. */
function toPlainDict(v: Value): Value {
  if (typeInfo(typeOfValue(v)).layout === "dict") return dictCopy(v);
  const items = call(getAttr(v, "items"), []);
  return items === NULL ? NULL : withRoots([items], () => call(L.TYPE_DICT as Value, [items]));
}

import { newInt as newIntOf } from "../objects/values.js";

export function installCollections(): void {
  defineModule("collections", (set) => {
    if (!ChainMapType) {
      defineDictTypes();
      defineChainMap();
    }
    set("namedtuple", func("namedtuple", namedtuple));
    set("deque", dequeType() as Value);
    set("defaultdict", DefaultDictType as Value);
    set("Counter", CounterType as Value);
    set("OrderedDict", OrderedDictType as Value);
    set("ChainMap", ChainMapType as Value);
  });
}
