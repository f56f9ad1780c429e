// Constructors and core methods of the built-in types: object, type, int, float, bool, str,
// list, tuple, dict, set, range, slice, property, staticmethod, classmethod, super and the
// exceptions. (More methods of str/list/dict/set live in their own files.)
import * as L from "../layout.js";
import { floatToInt, intFromString } from "../lib/int-ops.js";
import { PyLibError } from "../lib/errors.js";
import { type Kw, newBuiltin } from "../objects/callables.js";
import { dictStore, newDict } from "../objects/dict.js";
import { excData, newException, raise, setException, typeName } from "../objects/exceptions.js";
import { setRaiseKeyError } from "../vm/ops/sequence.js";
import { newRangeIter, newNativeIter } from "../objects/iterators.js";
import { T } from "../objects/registry.js";
import { newSlice } from "../objects/slices.js";
import { isSubtype, lookupType, typeInfo } from "../objects/typeobj.js";
import {
  bigOf, bool, False, floatOf, intern, listAppend, newFloat, newInt, newList, newStr, newTuple, None, NULL,
  strOf, True, tupleItems, typeOfValue,
} from "../objects/values.js";
import { constructors, newInstance, objectInit, objectNew, setExceptionNew } from "../vm/classes.js";
import { load32, store32 } from "../vm/memory.js";
import { call } from "../vm/ops/call.js";
import { eq, hash, identityHash, setObjectHash } from "../vm/ops/compare.js";
import { objectFormat } from "../vm/ops/format.js";
import { getAttr as getAttrOf, genericGetAttr, genericSetAttr, repr, setObjectGetattribute, setObjectSetters, setObjectStr, specialAttrs, str, instanceDict, attrHooks, bindAttribute } from "../vm/ops/object.js";
import { iter, toArray, iterHooks, lengthHooks } from "../vm/ops/sequence.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { setObjectGetattributeRef, tracebackOf } from "../vm/helpers-impl.js";
import { method } from "./define.js";
import { notImplemented } from "../vm/ops/singletons.js";
import { index } from "../vm/ops/number.js";
import { newMethod } from "../objects/callables.js";

const isIntLike = (v: Value) => typeOfValue(v) === L.TYPE_INT || typeOfValue(v) === L.TYPE_BOOL;
const libError = (e: unknown): Value => {
  if (e instanceof PyLibError) return raise(T[e.pyType]!, e.message);
  throw e;
};

function defineObject(): void {
  const o = L.TYPE_OBJECT;
  const objNew = newBuiltin("__new__", (_s, a) => {
    if (!a.length) return raise(T.TypeError!, "object.__new__(): not enough arguments");
    return newInstance(a[0]! as Ptr);
  });
  typeInfo(o).dict.set("__new__", objNew);
  objectNew.v = objNew;
  method(o, "__init__", () => None);
  objectInit.v = typeInfo(o).dict.get("__init__")!;
  method(o, "__repr__", (self) => {
    const t = typeInfo(typeOfValue(self));
    const mod = t.module === "builtins" ? "" : `${t.module}.`;
    return newStr(`<${mod}${t.qualname} object at 0x${(self >>> 0).toString(16).padStart(12, "0")}>`);
  });
  method(o, "__str__", (self) => {
    const r = repr(self);
    return r === undefined ? NULL : newStr(r);
  });
  setObjectStr(typeInfo(o).dict.get("__str__")!);
  method(o, "__eq__", (self, a) => (self === a[0] ? True : notImplemented()));
  method(o, "__ne__", (self, a) => {
    const e = eq(self, a[0]!);
    return e === undefined ? NULL : bool(!e);
  });
  method(o, "__hash__", (self) => newInt(identityHash(self)));
  setObjectHash(typeInfo(o).dict.get("__hash__")!);
  method(o, "__getattribute__", (self, a) => genericGetAttr(self, strOf(a[0]!)));
  setObjectGetattribute(typeInfo(o).dict.get("__getattribute__")!);
  setObjectGetattributeRef(typeInfo(o).dict.get("__getattribute__")!);
  method(o, "__setattr__", (self, a) => (genericSetAttr(self, strOf(a[0]!), a[1]!) ? None : NULL));
  method(o, "__delattr__", (self, a) => (genericSetAttr(self, strOf(a[0]!), NULL) ? None : NULL));
  setObjectSetters(typeInfo(o).dict.get("__setattr__")!, typeInfo(o).dict.get("__delattr__")!);
  method(o, "__format__", (self, a) => {
    if (strOf(a[0]!) !== "") return raise(T.TypeError!, `unsupported format string passed to ${typeName(self)}.__format__`);
    const s = str(self);
    return s === undefined ? NULL : newStr(s);
  });
  objectFormat.v = typeInfo(o).dict.get("__format__")!;
  method(o, "__init_subclass__", () => None);
  specialAttrs.set("__class__", (obj) => typeOfValue(obj) as Value);
  typeInfo(o).hasDict = false;
  specialAttrs.set("__dict__", (obj) => {
    const info = typeInfo(typeOfValue(obj));
    if (!info.hasDict) return undefined;
    const d = instanceDict(obj, true);
    return d === NULL ? undefined : d;
  });
}

function defineType(): void {
  // Attribute lookup on classes: the metatype's data descriptors, then the class's MRO.
  attrHooks.set(L.TYPE_TYPE, (cls, name) => {
    const info = typeInfo(cls);
    if (name === "__name__") return newStr(info.name);
    if (name === "__qualname__") return newStr(info.qualname);
    if (name === "__mro__") return newTuple(info.mro as Value[]);
    if (name === "__bases__") return newTuple(info.bases as Value[]);
    if (name === "__base__") return (info.bases[0] ?? None) as Value;
    if (name === "__dict__") {
      const d = newDict();
      for (const [k, v] of info.dict) dictStore(d).set(intern(k), v);
      return d;
    }
    if (name === "__module__") return info.dict.get("__module__") ?? intern(info.module);
    if (name === "__doc__") return info.dict.get("__doc__") ?? None;
    for (const c of info.mro) {
      const v = typeInfo(c).dict.get(name);
      if (v !== undefined) {
        if ((v & 1) === 0 && v !== 0) {
          const t = load32(v + L.OB_TYPE);
          if (t === T.classmethod) return newMethod(load32(v + L.WRAPPED_FUNC) as Value, cls);
          if (t === T.staticmethod) return load32(v + L.WRAPPED_FUNC) as Value;
          if (t === T.property || t === L.TYPE_FUNCTION || t === T.builtin_function_or_method) return v;
          const get = lookupType(t, "__get__");
          if (get !== NULL) return call(get, [v, None, cls]);
        }
        return v;
      }
    }
    const meta = lookupType(L.TYPE_TYPE, name);
    if (meta !== NULL) return bindAttribute(meta, cls, L.TYPE_TYPE);
    return raise(T.AttributeError!, `type object '${info.name}' has no attribute '${name}'`);
  });
  method(L.TYPE_TYPE, "__repr__", (self) => {
    const info = typeInfo(self);
    return newStr(info.module === "builtins" ? `<class '${info.qualname}'>` : `<class '${info.module}.${info.qualname}'>`);
  });
  method(L.TYPE_TYPE, "mro", (self) => newList(typeInfo(self).mro as Value[]));
  method(L.TYPE_TYPE, "__subclasses__", (self) => newList([]) || self);
}

function toInt(v: Value, base: Value | undefined): Value {
  if (base !== undefined) {
    if (typeOfValue(v) !== L.TYPE_STR) return raise(T.TypeError!, "int() can't convert non-string with explicit base");
    try {
      return newInt(intFromString(strOf(v), Number(bigOf(base))));
    } catch (e) {
      return libError(e);
    }
  }
  const t = typeOfValue(v);
  if (t === L.TYPE_INT) return v;
  if (t === L.TYPE_BOOL || isSubtype(t, L.TYPE_INT)) return newInt(bigOf(v));
  if (t === L.TYPE_FLOAT) {
    try {
      return newInt(floatToInt(floatOf(v)));
    } catch (e) {
      return libError(e);
    }
  }
  if (t === L.TYPE_STR) {
    try {
      return newInt(intFromString(strOf(v), 10));
    } catch (e) {
      return libError(e);
    }
  }
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = lookupType(t, name);
    if (f !== NULL) return call(f, [v]);
  }
  return raise(T.TypeError!, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

function toFloat(v: Value): Value {
  const t = typeOfValue(v);
  if (t === L.TYPE_FLOAT) return v;
  if (isIntLike(v)) {
    const f = Number(bigOf(v));
    if (!Number.isFinite(f)) return raise(T.OverflowError!, "int too large to convert to float");
    return newFloat(f);
  }
  if (t === L.TYPE_STR) {
    const s = strOf(v).trim().replace(/_/g, (m, i, all: string) => (/\d/.test(all[i - 1] ?? "") && /\d/.test(all[i + 1] ?? "") ? "" : m));
    const lower = s.toLowerCase();
    const m = /^([+-]?)(inf|infinity|nan)$/.exec(lower);
    if (m) return newFloat(m[2] === "nan" ? NaN : m[1] === "-" ? -Infinity : Infinity);
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return newFloat(Number(s));
    return raise(T.ValueError!, `could not convert string to float: ${repr(v)}`);
  }
  const f = lookupType(t, "__float__");
  if (f !== NULL) return call(f, [v]);
  const idx = lookupType(t, "__index__");
  if (idx !== NULL) {
    const r = call(idx, [v]);
    return r === NULL ? NULL : toFloat(r);
  }
  return raise(T.TypeError!, `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

function defineNumbers(): void {
  constructors.set(L.TYPE_INT, (cls, a, kw) => {
    const base = a[1] ?? kwArg(kw, "base");
    const r = a.length === 0 ? newInt(0) : toInt(a[0]!, base);
    return cls === L.TYPE_INT || r === NULL ? r : subclassBox(cls, r);
  });
  constructors.set(L.TYPE_FLOAT, (cls, a) => {
    const r = a.length === 0 ? newFloat(0) : toFloat(a[0]!);
    return r === NULL || cls === L.TYPE_FLOAT ? r : retype(newFloat(floatOf(r)), cls);
  });
  constructors.set(L.TYPE_BOOL, (_cls, a) => {
    if (!a.length) return False;
    const t = isTrueOf(a[0]!);
    return t < 0 ? NULL : bool(t === 1);
  });
  method(L.TYPE_INT, "bit_length", (self) => {
    const b = bigOf(self);
    return newInt(b === 0n ? 0 : (b < 0n ? -b : b).toString(2).length);
  });
  method(L.TYPE_INT, "__index__", (self) => newInt(bigOf(self)));
  method(L.TYPE_INT, "__int__", (self) => newInt(bigOf(self)));
  method(L.TYPE_INT, "__float__", (self) => toFloat(self));
  method(L.TYPE_INT, "__repr__", (self) => newStr(bigOf(self).toString()));
  method(L.TYPE_INT, "__hash__", (self) => newInt(hash(self)!));
  method(L.TYPE_FLOAT, "is_integer", (self) => bool(Number.isInteger(floatOf(self))));
  method(L.TYPE_FLOAT, "__int__", (self) => toInt(self, undefined));
  method(L.TYPE_FLOAT, "__float__", (self) => self);
  method(L.TYPE_FLOAT, "__repr__", (self) => newStr(repr(self)!));
  method(L.TYPE_FLOAT, "__hash__", (self) => newInt(hash(self)!));
  method(L.TYPE_FLOAT, "as_integer_ratio", (self) => {
    const x = floatOf(self);
    if (!Number.isFinite(x)) return raise(Number.isNaN(x) ? T.ValueError! : T.OverflowError!, Number.isNaN(x) ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio");
    let m = x;
    let d = 1n;
    while (!Number.isInteger(m)) {
      m *= 2;
      d *= 2n;
    }
    let n = BigInt(m);
    const g = gcd(n < 0n ? -n : n, d);
    n /= g;
    return newTuple([newInt(n), newInt(d / g)]);
  });
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

import { isTrue as isTrueOf } from "../vm/ops/object.js";
import { kwArg } from "./define.js";

/** An int of a subclass of int: a boxed big-int object whose type is the subclass. */
function subclassBox(cls: Ptr, v: Value): Value {
  const p = heap().allocObject(cls, 16);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle(bigOf(v)));
  return p as Value;
}

/** Gives a freshly made built-in value the subclass `cls` as its type (str, tuple, float subclasses). */
function retype(v: Value, cls: Ptr): Value {
  if (v !== NULL && cls !== typeOfValue(v)) store32(v + L.OB_TYPE, cls);
  return v;
}

function defineContainers(): void {
  // str, dict, set and frozenset construction lives with their methods (methods-*.ts).
  constructors.set(L.TYPE_LIST, (cls, a) => {
    const items = a.length ? toArray(a[0]!) : [];
    if (!items) return NULL;
    return newList(items, cls);
  });
  method(L.TYPE_LIST, "__init__", (self, a) => {
    if (typeOfValue(self) === L.TYPE_LIST) return None;
    const items = a.length ? toArray(a[0]!) : [];
    if (!items) return NULL;
    for (const x of items) listAppend(self, x);
    return None;
  });
  constructors.set(L.TYPE_TUPLE, (cls, a) => {
    if (a.length && typeOfValue(a[0]!) === L.TYPE_TUPLE && cls === L.TYPE_TUPLE) return a[0]!;
    const items = a.length ? toArray(a[0]!) : [];
    return items ? retype(newTuple(items), cls) : NULL;
  });
  constructors.set(T.range!, (_cls, args) => {
    if (!args.length || args.length > 3) return raise(T.TypeError!, args.length ? `range expected at most 3 arguments, got ${args.length}` : "range expected at least 1 argument, got 0");
    const a: Value[] = [];
    for (const x of args) {
      const i = index(x);
      if (i === NULL) return NULL;
      a.push(i);
    }
    const [start, stop, step] = a.length === 1 ? [0n, bigOf(a[0]!), 1n] : [bigOf(a[0]!), bigOf(a[1]!), a.length === 3 ? bigOf(a[2]!) : 1n];
    if (step === 0n) return raise(T.ValueError!, "range() arg 3 must not be zero");
    return newRange(start, stop, step);
  });
  constructors.set(T.slice!, (_cls, a) => {
    if (a.length === 1) return newSlice(None, a[0]!, None);
    return newSlice(a[0] ?? None, a[1] ?? None, a[2] ?? None);
  });
}



// ---- range ------------------------------------------------------------------------------------
interface RangeData {
  start: bigint;
  stop: bigint;
  step: bigint;
}
import { newHandle, side } from "../objects/side.js";

export function newRange(start: bigint, stop: bigint, step: bigint): Value {
  const p = heap().allocObject(T.range!, 16);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle({ start, stop, step } satisfies RangeData));
  return p as Value;
}
export const rangeData = (r: Value): RangeData => side<RangeData>(r);
export function rangeLength(r: RangeData): bigint {
  const { start, stop, step } = r;
  if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
  return start > stop ? (start - stop - step - 1n) / -step : 0n;
}

function defineRange(): void {
  heap().setHooks(T.range!, undefined, (obj) => void obj);
  iterHooks.set("range", (r) => {
    const d = rangeData(r);
    const fits = (x: bigint) => x >= -(2n ** 30n) && x < 2n ** 30n;
    const last = d.start + rangeLength(d) * d.step;
    if (fits(d.start) && fits(d.stop) && fits(last) && fits(d.step)) return newRangeIter(Number(d.start), Number(d.stop), Number(d.step));
    let cur = d.start;
    let left = rangeLength(d);
    return newNativeIter({ next: () => (left-- > 0n ? newInt((cur += d.step) - d.step) : NULL), trace: () => {} });
  });
  lengthHooks.set("range", (r) => Number(rangeLength(rangeData(r))));
  method(T.range!, "__repr__", (self) => {
    const d = rangeData(self);
    return newStr(d.step === 1n ? `range(${d.start}, ${d.stop})` : `range(${d.start}, ${d.stop}, ${d.step})`);
  });
  method(T.range!, "__getitem__", (self, a) => {
    const d = rangeData(self);
    const n = rangeLength(d);
    if (typeOfValue(a[0]!) === T.slice) {
      const sl = bigSliceIndices(a[0]!, n);
      if (!sl) return NULL;
      return newRange(d.start + sl.start * d.step, d.start + sl.stop * d.step, d.step * sl.step);
    }
    if (!isIntLike(a[0]!)) {
      const idx = lookupType(typeOfValue(a[0]!), "__index__");
      if (idx === NULL) return raise(T.TypeError!, `range indices must be integers or slices, not ${typeName(a[0]!)}`);
      const r = call(idx, [a[0]!]);
      if (r === NULL) return NULL;
      a = [r];
    }
    let i = bigOf(a[0]!);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) return raise(T.IndexError!, "range object index out of range");
    return newInt(d.start + i * d.step);
  });
  method(T.range!, "__contains__", (self, a) => {
    const d = rangeData(self);
    if (!isIntLike(a[0]!)) return bool(toArray(self)!.some((x) => eq(x, a[0]!)));
    const x = bigOf(a[0]!);
    const inside = d.step > 0n ? x >= d.start && x < d.stop : x <= d.start && x > d.stop;
    return bool(inside && (x - d.start) % d.step === 0n);
  });
  method(T.range!, "__len__", (self) => newInt(rangeLength(rangeData(self))));
  method(T.range!, "__iter__", (self) => iter(self));
  method(T.range!, "__eq__", (self, a) => {
    if (typeOfValue(a[0]!) !== T.range) return notImplemented();
    const x = rangeData(self);
    const y = rangeData(a[0]!);
    const nx = rangeLength(x);
    const ny = rangeLength(y);
    return bool(nx === ny && (nx === 0n || (x.start === y.start && (nx === 1n || x.step === y.step))));
  });
  method(T.range!, "__reversed__", (self) => {
    const d = rangeData(self);
    const n = rangeLength(d);
    const last = d.start + (n - 1n) * d.step;
    return iter(newRange(last, last - n * d.step, -d.step));
  });
  specialAttrs.set("start", (obj) => (typeOfValue(obj) === T.range ? newInt(rangeData(obj).start) : undefined));
  specialAttrs.set("stop", (obj) => (typeOfValue(obj) === T.range ? newInt(rangeData(obj).stop) : typeOfValue(obj) === T.slice ? (load32(obj + L.SLICE_STOP) as Value) : undefined));
  specialAttrs.set("step", (obj) => (typeOfValue(obj) === T.range ? newInt(rangeData(obj).step) : typeOfValue(obj) === T.slice ? (load32(obj + L.SLICE_STEP) as Value) : undefined));
}


/** slice.indices(n) on bigints (ranges can be longer than any JS number counts exactly). */
function bigSliceIndices(slice: Value, n: bigint): { start: bigint; stop: bigint; step: bigint } | undefined {
  const get = (off: number): bigint | null => {
    const v = load32(slice + off) as Value;
    return v === None ? null : bigOf(v);
  };
  const step = get(L.SLICE_STEP) ?? 1n;
  if (step === 0n) {
    raise(T.ValueError!, "slice step cannot be zero");
    return undefined;
  }
  const clamp = (x: bigint | null, dflt: bigint, lo: bigint, hi: bigint) => {
    if (x === null) return dflt;
    if (x < 0n) x += n;
    return x < lo ? lo : x > hi ? hi : x;
  };
  const start = step > 0n ? clamp(get(L.SLICE_START), 0n, 0n, n) : clamp(get(L.SLICE_START), n - 1n, -1n, n - 1n);
  const stop = step > 0n ? clamp(get(L.SLICE_STOP), n, 0n, n) : clamp(get(L.SLICE_STOP), -1n, -1n, n - 1n);
  return { start, stop, step };
}

/** A read-only property whose getter is `get`. */
export function newProperty(get: Value): Value {
  const p = heap().allocObject(T.property!, L.PROPERTY_SIZE);
  if (p === 0) return NULL;
  store32(p + L.PROPERTY_GET, get);
  store32(p + L.PROPERTY_SET, None);
  store32(p + L.PROPERTY_DEL, None);
  store32(p + L.PROPERTY_DOC, None);
  return p as Value;
}

function defineDescriptors(): void {
  constructors.set(T.property!, (_cls, a, kw) => {
    const p = heap().allocObject(T.property!, L.PROPERTY_SIZE);
    if (p === 0) return NULL;
    const get = (i: number, name: string) => a[i] ?? kwArg(kw, name) ?? None;
    store32(p + L.PROPERTY_GET, get(0, "fget"));
    store32(p + L.PROPERTY_SET, get(1, "fset"));
    store32(p + L.PROPERTY_DEL, get(2, "fdel"));
    store32(p + L.PROPERTY_DOC, get(3, "doc"));
    return p as Value;
  });
  const withAccessor = (which: number) => (self: Value, a: readonly Value[]) => {
    const p = heap().allocObject(T.property!, L.PROPERTY_SIZE);
    if (p === 0) return NULL;
    for (const off of [L.PROPERTY_GET, L.PROPERTY_SET, L.PROPERTY_DEL, L.PROPERTY_DOC]) store32(p + off, load32(self + off));
    store32(p + which, a[0]!);
    return p as Value;
  };
  method(T.property!, "getter", withAccessor(L.PROPERTY_GET));
  method(T.property!, "setter", withAccessor(L.PROPERTY_SET));
  method(T.property!, "deleter", withAccessor(L.PROPERTY_DEL));
  for (const t of [T.staticmethod!, T.classmethod!]) {
    constructors.set(t, (_cls, a) => {
      const p = heap().allocObject(t, L.WRAPPER_SIZE);
      if (p === 0) return NULL;
      store32(p + L.INSTANCE_DICT, 0);
      store32(p + L.WRAPPED_FUNC, a[0]!);
      return p as Value;
    });
  }
  specialAttrs.set("__func__", (obj) => {
    const t = typeOfValue(obj);
    if (t === T.staticmethod || t === T.classmethod) return load32(obj + L.WRAPPED_FUNC) as Value;
    if (t === T.method) return load32(obj + 8) as Value;
    return undefined;
  });
  specialAttrs.set("__self__", (obj) => (typeOfValue(obj) === T.method ? (load32(obj + 12) as Value) : undefined));
  specialAttrs.set("fget", (obj) => (typeOfValue(obj) === T.property ? (load32(obj + L.PROPERTY_GET) as Value) : undefined));
  specialAttrs.set("__doc__", (obj) => {
    if (typeOfValue(obj) !== T.property) return undefined;
    const doc = load32(obj + L.PROPERTY_DOC) as Value;
    if (doc !== None) return doc;
    // A property without its own doc takes its getter's docstring, as CPython's does.
    const getter = load32(obj + L.PROPERTY_GET) as Value;
    return getter === None ? None : getAttrOf(getter, "__doc__");
  });
}

function defineSuper(): void {
  // super(type, obj) and zero-argument super() (the compiler passes __class__ and self).
  constructors.set(T.super!, (_cls, a) => {
    if (a.length !== 2) return raise(T.RuntimeError!, "super(): no arguments");
    const p = heap().allocObject(T.super!, 16);
    if (p === 0) return NULL;
    store32(p + 8, a[0]!);
    store32(p + 12, a[1]!);
    return p as Value;
  });
  heap().setHooks(T.super!, (obj, visit) => {
    visit(load32(obj + 8) as Value);
    visit(load32(obj + 12) as Value);
  });
  method(T.super!, "__getattribute__", (self, a) => {
    const start = load32(self + 8) as Ptr;
    const obj = load32(self + 12) as Value;
    const name = strOf(a[0]!);
    const objType = isTypeValue(obj) ? (obj as Ptr) : typeOfValue(obj);
    const mro = typeInfo(objType).mro;
    for (let i = mro.indexOf(start) + 1; i < mro.length; i++) {
      const v = typeInfo(mro[i]!).dict.get(name);
      if (v !== undefined) {
        if (isTypeValue(obj)) {
          if ((v & 1) === 0 && v !== 0 && load32(v + L.OB_TYPE) === T.classmethod) return newMethod(load32(v + L.WRAPPED_FUNC) as Value, obj);
          return bindAttribute(v, NULL, objType);
        }
        return bindAttribute(v, obj, objType);
      }
    }
    return raise(T.AttributeError!, `'super' object has no attribute '${name}'`);
  });
}
const isTypeValue = (v: Value) => (v & 1) === 0 && v !== 0 && (typeOfValue(v) === L.TYPE_TYPE || typeInfo(typeOfValue(v)).layout === "type");

function defineExceptions(): void {
  const base = T.BaseException!;
  setExceptionNew((cls, args) => newException(cls, args));
  setRaiseKeyError((key) => setException(newException(T.KeyError!, [key])));
  constructors.set(base, (cls, a) => newException(cls, a));
  method(base, "__init__", (self, a) => {
    excData(self).args = newTuple(a);
    return None;
  });
  method(base, "__str__", (self) => {
    const args = tupleItems(excData(self).args);
    if (args.length === 0) return newStr("");
    if (args.length === 1) {
      const s = str(args[0]!);
      return s === undefined ? NULL : newStr(s);
    }
    const r = repr(excData(self).args);
    return r === undefined ? NULL : newStr(r);
  });
  method(base, "__repr__", (self) => {
    const args = tupleItems(excData(self).args);
    const name = typeInfo(typeOfValue(self)).name;
    if (args.length === 1) {
      const r = repr(args[0]!);
      return r === undefined ? NULL : newStr(`${name}(${r})`);
    }
    const r = repr(excData(self).args);
    return r === undefined ? NULL : newStr(`${name}${r}`);
  });
  method(base, "with_traceback", (self) => self);
  method(T.KeyError!, "__str__", (self) => {
    const args = tupleItems(excData(self).args);
    if (args.length === 1) {
      const r = repr(args[0]!);
      return r === undefined ? NULL : newStr(r);
    }
    const s = str(self === NULL ? self : excData(self).args);
    return s === undefined ? NULL : newStr(args.length ? s : "");
  });
  specialAttrs.set("args", (obj) => (isExc(obj) ? excData(obj).args : undefined));
  specialAttrs.set("__cause__", (obj) => (isExc(obj) ? orNone(excData(obj).cause) : undefined));
  specialAttrs.set("__context__", (obj) => (isExc(obj) ? orNone(excData(obj).context) : undefined));
  specialAttrs.set("__traceback__", (obj) => (isExc(obj) ? tracebackOf(obj) : undefined));
  specialAttrs.set("__suppress_context__", (obj) => (isExc(obj) ? bool(excData(obj).suppressContext) : undefined));
  specialAttrs.set("value", (obj) => (isExc(obj) && typeOfValue(obj) === T.StopIteration ? firstArg(obj) : undefined));
  specialAttrs.set("code", (obj) => (isExc(obj) && typeOfValue(obj) === T.SystemExit ? firstArg(obj) : undefined));
}
const isExc = (v: Value) => (v & 1) === 0 && v !== 0 && typeInfo(typeOfValue(v)).layout === "exception";
const orNone = (v: Value) => (v === NULL ? None : v);
const firstArg = (e: Value) => {
  const a = tupleItems(excData(e).args);
  return a.length ? a[0]! : None;
};

export function defineTypes(): void {
  defineObject();
  defineType();
  defineNumbers();
  defineContainers();
  defineRange();
  defineDescriptors();
  defineSuper();
  defineExceptions();
  defineCallables();
  defineGenerators();
  defineNumberDunders();
  defineMisc();
  defineStrMethods();
  defineListMethods();
  defineTupleMethods();
  defineDictMethods();
  defineSetMethods();
  defineBytesMethods();
}

import { defineCallables } from "./callables.js";
import { defineGenerators } from "./generators.js";
import { defineNumberDunders } from "./numbers.js";
import { defineMisc } from "./misc.js";

export type { Kw };
import { defineStrMethods } from "./methods-str.js";
import { defineListMethods } from "./methods-list.js";
import { defineTupleMethods } from "./methods-tuple.js";
import { defineDictMethods } from "./methods-dict.js";
import { defineSetMethods } from "./methods-set.js";
import { defineBytesMethods } from "./methods-bytes.js";
