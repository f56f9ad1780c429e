// Classes: __build_class__, calling a type (object.__new__ + __init__), and type(name, bases, ns).
import * as L from "../layout.js";
import { type Kw } from "../objects/callables.js";
import { newHeapType } from "../objects/bootstrap.js";
import { dictStore, newDict } from "../objects/dict.js";
import { raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { computeMro, type Layout, lookupType, MroError, typeInfo } from "../objects/typeobj.js";
import { intern, None, NULL, strOf, tupleItems, typeOfValue } from "../objects/values.js";
import { heap } from "./space.js";
import { load32, store32 } from "./memory.js";
import type { Ptr, Value } from "./types.js";
import { call, callSlots } from "./ops/call.js";
import { runClassBody } from "./interpreter.js";
import { toArray } from "./ops/sequence.js";
import { cellSet } from "../objects/callables.js";

const isType = (v: Value) => (v & 1) === 0 && v !== 0 && (load32(v + L.OB_TYPE) === L.TYPE_TYPE || typeInfo(load32(v + L.OB_TYPE)).layout === "type");

/** Constructors of built-in types: `int(x)`, `list(it)`, … registered by the builtins. */
export const constructors = new Map<Ptr, (cls: Ptr, args: readonly Value[], kw: Kw | undefined) => Value>();

/** The layout a class's instances get: its first base with a non-object layout decides. */
function layoutOf(bases: Ptr[]): Layout {
  for (const b of bases) {
    const l = typeInfo(b).layout;
    if (l !== "object") return l;
  }
  return "object";
}

/** Creates a class from a name, bases and namespace dict (type(name, bases, ns)). */
export function makeClass(name: string, bases: Ptr[], ns: Value, module: string): Value {
  if (!bases.length) bases = [L.TYPE_OBJECT];
  for (const b of bases) {
    if (b === L.TYPE_BOOL || b === L.TYPE_FUNCTION || b === L.TYPE_NONE) return raise(T.TypeError!, `type '${typeInfo(b).name}' is not an acceptable base type`);
  }
  let info;
  try {
    info = newHeapType(name, bases, layoutOf(bases), module);
  } catch (e) {
    if (e instanceof MroError) return raise(T.TypeError!, e.message);
    throw e;
  }
  const store = dictStore(ns);
  for (const i of store.indices()) {
    const k = store.keys[i]!;
    if (typeOfValue(k) === L.TYPE_STR) info.dict.set(strOf(k), store.values[i]!);
  }
  const qual = store.getStr("__qualname__");
  if (qual !== undefined) {
    info.qualname = strOf(qual);
    info.dict.delete("__qualname__");
  }
  const slots = store.getStr("__slots__");
  // Slot attributes live in words after the instance dict pointer, like CPython's member slots.
  const inherited = bases.map((b) => typeInfo(b)).find((b) => b.slotOffsets);
  const offsets = new Map(inherited?.slotOffsets ?? []);
  let size = inherited?.instanceSize ?? L.INSTANCE_SIZE;
  if (slots !== undefined) {
    const names = typeOfValue(slots) === L.TYPE_STR ? [slots] : toArray(slots) ?? [];
    info.slots = names.map(strOf);
    for (const n of info.slots) {
      if (n === "__dict__" || offsets.has(n)) continue;
      offsets.set(n, size);
      size += 4;
    }
    info.hasDict = info.slots.includes("__dict__") || bases.some((b) => b !== L.TYPE_OBJECT && typeInfo(b).hasDict && typeInfo(b).layout === "object");
  } else info.hasDict = true;
  if (offsets.size) {
    info.slotOffsets = offsets;
    info.instanceSize = size;
    heap().setHooks(info.ptr, (obj, visit) => {
      visit(load32(obj + L.INSTANCE_DICT) as Value);
      for (const off of offsets.values()) visit(load32(obj + off) as Value);
    });
  }
  if (!info.dict.has("__module__")) info.dict.set("__module__", intern(module));
  if (info.dict.has("__eq__") && !info.dict.has("__hash__")) info.dict.set("__hash__", None);
  for (const [k, v] of info.dict) {
    // __init_subclass__ and __set_name__ are rarely used; __set_name__ matters for descriptors.
    const setName = (v & 1) === 0 && v !== 0 ? lookupType(typeOfValue(v), "__set_name__") : NULL;
    if (setName !== NULL && call(setName, [v, info.ptr as Value, intern(k)]) === NULL) return NULL;
  }
  computeMro(info);
  return info.ptr as Value;
}

/** builtins.__build_class__(func, name, *bases, **kw). */
export function buildClass(_self: Value, args: readonly Value[], kw: Kw | undefined): Value {
  const [func, nameV, ...baseVals] = args;
  if (!func || !nameV) return raise(T.TypeError!, "__build_class__: not enough arguments");
  let meta: Value = NULL;
  if (kw) {
    const i = kw.names.indexOf("metaclass");
    if (i >= 0) meta = kw.values[i]!;
  }
  for (const b of baseVals) if (!isType(b)) return raise(T.TypeError!, "bases must be types");
  const ns = newDict();
  const roots = heap().roots;
  const mark = roots.length;
  roots.push(ns);
  try {
    const globals = functionGlobals(func);
    const module = globals === NULL ? "__main__" : strOf(dictStore(globals).getStr("__name__") ?? intern("__main__"));
    dictStore(ns).set(intern("__module__"), intern(module));
    dictStore(ns).set(intern("__qualname__"), intern(functionQualname(func)));
    const cell = runClassBody(func, ns);
    if (cell === NULL) return NULL;
    const cls = meta !== NULL && meta !== (L.TYPE_TYPE as Value) ? call(meta, [nameV, tupleOf(baseVals), ns]) : makeClass(strOf(nameV), baseVals as Ptr[], ns, module);
    if (cls !== NULL && cell !== None && typeOfValue(cell) === T.cell) cellSet(cell, cls);
    return cls;
  } finally {
    roots.length = mark;
  }
}

import { functionData } from "../objects/callables.js";
import { newTuple } from "../objects/values.js";
const functionGlobals = (f: Value) => functionData(f).globals;
const functionQualname = (f: Value) => functionData(f).qualname;
const tupleOf = (xs: readonly Value[]) => newTuple(xs);

/** Allocates a bare instance of class `cls` (object.__new__). */
export function newInstance(cls: Ptr): Value {
  const info = typeInfo(cls);
  if (info.layout === "exception") {
    return exceptionNew(cls, []);
  }
  const p = heap().allocObject(cls, info.instanceSize);
  if (p === 0) return NULL;
  for (let off = L.INSTANCE_DICT; off < info.instanceSize; off += 4) store32(p + off, 0);
  return p as Value;
}

let exceptionNew: (cls: Ptr, args: readonly Value[]) => Value = () => NULL;
export function setExceptionNew(f: (cls: Ptr, args: readonly Value[]) => Value): void {
  exceptionNew = f;
}

/** Calling a class: __new__ then __init__ (when __new__ returned an instance of it). */
function callType(callable: Value, args: readonly Value[], kw: Kw | undefined): Value {
  const cls = callable as Ptr;
  if (cls === L.TYPE_TYPE && args.length === 1 && !kw) return typeOfValue(args[0]!) as Value;
  if (cls === L.TYPE_TYPE && args.length === 3) return makeClass(strOf(args[0]!), tupleItems(args[1]!) as Ptr[], args[2]!, "__main__");
  const newFn = lookupType(cls, "__new__");
  let obj: Value;
  if (newFn === objectNew.v || newFn === NULL) {
    const found = constructorFor(cls);
    if (found) {
      // A built-in base builds the instance; a subclass's own __init__ then runs as usual
      // (mutable bases start empty and are filled by their __init__, like CPython's).
      const [base, ctor] = found;
      if (base === cls) return ctor(cls, args, kw);
      const mutable = base === L.TYPE_LIST || base === L.TYPE_DICT || base === L.TYPE_SET;
      obj = ctor(cls, mutable ? [] : args, mutable ? undefined : kw);
      if (obj === NULL) return NULL;
      const initFn = lookupType(cls, "__init__");
      const builtinInit = typeInfo(base).dict.get("__init__");
      if (initFn === NULL || initFn === objectInit.v || (!mutable && initFn === builtinInit && base !== T.BaseException && typeInfo(base).layout !== "exception")) return obj;
      const roots = heap().roots;
      roots.push(obj);
      const r = call(initFn, [obj, ...args], kw);
      roots.pop();
      if (r === NULL) return NULL;
      return obj;
    }
    const initFn = lookupType(cls, "__init__");
    if (initFn === objectInit.v && (args.length || (kw && kw.names.length))) {
      return raise(T.TypeError!, `${typeInfo(cls).name}() takes no arguments`);
    }
    obj = newInstance(cls);
  } else {
    obj = call(newFn, [cls as Value, ...args], kw);
  }
  if (obj === NULL) return NULL;
  if (!isInstanceOf(obj, cls)) return obj;
  const initFn = lookupType(typeOfValue(obj), "__init__");
  if (initFn !== NULL && initFn !== objectInit.v) {
    const roots = heap().roots;
    roots.push(obj);
    const r = call(initFn, [obj, ...args], kw);
    roots.pop();
    if (r === NULL) return NULL;
    if (r !== None) return raise(T.TypeError!, `__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}

function constructorFor(cls: Ptr): [Ptr, NonNullable<ReturnType<typeof constructors.get>>] | undefined {
  for (const t of typeInfo(cls).mro) {
    const c = constructors.get(t);
    if (c) return [t, c];
  }
  return undefined;
}

function isInstanceOf(obj: Value, cls: Ptr): boolean {
  const t = typeOfValue(obj);
  return t === cls || typeInfo(t).mro.includes(cls);
}

export const objectNew = { v: NULL as Value };
export const objectInit = { v: NULL as Value };

export function installTypeCall(): void {
  callSlots.set(L.TYPE_TYPE, callType);
}
