// Shared tools for the built-in modules written in TypeScript: building a module namespace,
// native types whose instances carry a JS payload (traced for the GC), methods that accept
// both calling conventions, read-only attributes, rooting, and argument checks with CPython's
// wording.
import * as L from "../layout.js";
import { PyLibError } from "../lib/errors.js";
import { newHeapType } from "../objects/bootstrap.js";
import { type Kw, type NativeFn, newBuiltin } from "../objects/callables.js";
import { dictStore } from "../objects/dict.js";
import { raise, typeName } from "../objects/exceptions.js";
import { nativeIter, newNativeIter, type NativeIter } from "../objects/iterators.js";
import { T } from "../objects/registry.js";
import { newHandle, releaseHandle, sideAt } from "../objects/side.js";
import { isSubtype, type Layout, typeInfo } from "../objects/typeobj.js";
import { bigOf, floatOf, intern, None, NULL, typeOfValue } from "../objects/values.js";
import { load32, store32 } from "../vm/memory.js";
import { builtinModules, moduleDict, newModule } from "../vm/modules.js";
import { call } from "../vm/ops/call.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { tstate } from "../objects/exceptions.js";
import { lookupType } from "../objects/typeobj.js";

/** Registers built-in module `name`; `build` fills its namespace when it is first imported. */
export function defineModule(name: string, build: (set: (key: string, v: Value) => void, module: Value) => void): void {
  builtinModules.set(name, () => {
    const m = newModule(name);
    if (m === NULL) return NULL;
    const d = dictStore(moduleDict(m));
    build((key, v) => void d.set(intern(key), v), m);
    return m;
  });
}

/** A module-level function. */
export const func = (name: string, fn: NativeFn): Value => newBuiltin(name, fn);

/**
 * A built-in function that carries a Value (its `self`, which the GC traces): how natives
 * make closures over Python objects without a JS-held reference the collector cannot see.
 */
export const closure = (name: string, data: Value, fn: (data: Value, args: readonly Value[], kw: Kw | undefined) => Value): Value =>
  newBuiltin(name, (self, a, kw) => fn(self, a, kw), data);

// ---- Rooting ---------------------------------------------------------------------------------
/** Runs `f` with `vals` rooted (for values JS holds across calls that may run Python code). */
export function withRoots<R>(vals: readonly Value[], f: () => R): R {
  const roots = heap().roots;
  const mark = roots.length;
  for (const v of vals) roots.push(v);
  try {
    return f();
  } finally {
    roots.length = mark;
  }
}

/**
 * A rooting scope for values produced one by one (results being accumulated): `keep(v)` roots
 * v until the scope ends. (withRoots copies its array when called, so later pushes to that
 * array are not rooted.)
 */
export function rootScope<R>(f: (keep: (v: Value) => Value) => R): R {
  const roots = heap().roots;
  const mark = roots.length;
  try {
    return f((v) => {
      roots.push(v);
      return v;
    });
  } finally {
    roots.length = mark;
  }
}

/** Translates a runtime/lib error into the Python exception; returns NULL. */
export function libError(e: unknown): Value {
  if (e instanceof PyLibError) return raise(T[e.pyType]!, e.message);
  if (e instanceof RangeError) return raise(T.MemoryError!);
  throw e;
}

// ---- Native types ----------------------------------------------------------------------------
/**
 * Instances of native "object"-layout types: [type, gc, payload handle, instance dict]. Using
 * the object layout keeps Python subclasses working (they get the same shape and hooks).
 */
export const PAYLOAD = L.SIDE_HANDLE;

export interface NativeTypeOptions {
  base?: Ptr;
  layout?: Layout;
  hasDict?: boolean;
  /** Values a payload keeps alive. */
  trace?: (payload: never, visit: (v: Value) => void) => void;
}

/** Creates a type `module.name`; payload-carrying instances get tracing and finalization. */
export function nativeType(name: string, module: string, opts: NativeTypeOptions = {}): Ptr {
  const info = newHeapType(name, [opts.base ?? L.TYPE_OBJECT], opts.layout ?? "object", module);
  info.hasDict = opts.hasDict ?? false;
  const trace = opts.trace as ((p: unknown, visit: (v: Value) => void) => void) | undefined;
  if (trace && (opts.layout ?? "object") === "object") {
    heap().setHooks(
      info.ptr,
      (obj, visit) => {
        const h = load32(obj + PAYLOAD);
        if (h) trace(sideAt(h), visit);
        visit(load32(obj + L.INSTANCE_DICT) as Value);
      },
      (obj) => {
        const h = load32(obj + PAYLOAD);
        if (h) releaseHandle(h);
      },
    );
  }
  return info.ptr;
}

/** A new instance of an object-layout native type carrying `payload`. */
export function newPayloadObject(type: Ptr, payload: unknown): Value {
  const p = heap().allocObject(type, L.INSTANCE_SIZE);
  if (p === 0) return NULL;
  store32(p + PAYLOAD, newHandle(payload));
  store32(p + L.INSTANCE_DICT, 0);
  return p as Value;
}

export const payloadOf = <P>(obj: Value): P => sideAt<P>(load32(obj + PAYLOAD));

/** Whether `v` is an instance of `type` (or a subclass). */
export const isInstance = (v: Value, type: Ptr): boolean => isSubtype(typeOfValue(v), type);

export type MethodFn = (self: Value, args: readonly Value[], kw: Kw | undefined) => Value;

/**
 * Defines method `name` on `type`. A method descriptor is called either bound (self passed
 * separately) or unbound with self as the first argument (LOAD_METHOD, `Type.m(obj)`, dunder
 * dispatch); both reach `fn(self, args)`, after checking self's type like CPython does.
 */
export function defMethod(type: Ptr, name: string, fn: MethodFn): void {
  const tname = typeInfo(type).name;
  const qual = `${tname}.${name}`;
  const native: NativeFn = (self, a, kw) => {
    if (self === NULL) {
      if (!a.length) return raise(T.TypeError!, `unbound method ${qual}() needs an argument`);
      self = a[0]!;
      a = a.slice(1);
    }
    if (!isInstance(self, type)) {
      return raise(T.TypeError!, `descriptor '${name}' for '${typeInfo(type).module === "builtins" ? "" : typeInfo(type).module + "."}${tname}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return fn(self, a, kw);
  };
  typeInfo(type).dict.set(name, newBuiltin(name, native, NULL, type, qual));
}

/** A read-only attribute computed by `get` (a property with a native getter). */
export function defGetter(type: Ptr, name: string, get: (self: Value) => Value, set?: (self: Value, v: Value) => boolean): void {
  const p = heap().allocObject(T.property!, L.PROPERTY_SIZE);
  store32(p + L.PROPERTY_GET, newBuiltin(name, (_s, a) => get(a[0]!)));
  store32(p + L.PROPERTY_SET, set ? newBuiltin(name, (_s, a) => (set(a[0]!, a[1]!) ? None : NULL)) : None);
  store32(p + L.PROPERTY_DEL, None);
  store32(p + L.PROPERTY_DOC, None);
  typeInfo(type).dict.set(name, p as Value);
}

/** A classmethod wrapping a native `fn(cls, args, kw)`. */
export function defClassMethod(type: Ptr, name: string, fn: NativeFn): void {
  const p = heap().allocObject(T.classmethod!, L.WRAPPER_SIZE);
  store32(p + L.INSTANCE_DICT, 0);
  store32(p + L.WRAPPED_FUNC, newBuiltin(name, (_s, a, kw) => fn(a[0]!, a.slice(1), kw)));
  typeInfo(type).dict.set(name, p as Value);
}

// ---- Native iterator types -------------------------------------------------------------------
/**
 * An iterator type of this module (`itertools.count`…). Instances are native iterators (the
 * payload produces items and reports what it holds); `__iter__`/`__next__` make them usable
 * wherever the VM falls back to the iterator protocol.
 */
export function iteratorType(name: string, module: string): Ptr {
  const info = newHeapType(name, [L.TYPE_OBJECT], "iterator", module);
  info.hasDict = false;
  heap().setHooks(info.ptr, (obj, visit) => nativeIter(obj as Value).trace(visit), (obj) => releaseHandle(load32(obj + L.SIDE_HANDLE)));
  defMethod(info.ptr, "__iter__", (self) => self);
  defMethod(info.ptr, "__next__", (self) => {
    const r = nativeIter(self).next();
    if (r === NULL && tstate.current === NULL) return raise(T.StopIteration!);
    return r;
  });
  return info.ptr;
}

export const newIterOf = (type: Ptr, it: NativeIter): Value => newNativeIter(it, type);

// ---- Arguments -------------------------------------------------------------------------------
export const isIntLike = (v: Value): boolean => {
  const t = typeOfValue(v);
  return t === L.TYPE_INT || t === L.TYPE_BOOL;
};

/** operator.index(v) as a bigint, or undefined with TypeError set. */
export function indexOf(v: Value): bigint | undefined {
  if (isIntLike(v)) return bigOf(v);
  const f = lookupType(typeOfValue(v), "__index__");
  if (f !== NULL) {
    const r = call(f, [v]);
    if (r === NULL) return undefined;
    if (!isIntLike(r)) {
      raise(T.TypeError!, `__index__ returned non-int (type ${typeName(r)})`);
      return undefined;
    }
    return bigOf(r);
  }
  raise(T.TypeError!, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return undefined;
}

/** A Python real number as a JS double (PyFloat_AsDouble), or undefined with an error set. */
export function toDouble(v: Value): number | undefined {
  const t = typeOfValue(v);
  if (t === L.TYPE_FLOAT) return floatOf(v);
  if (t === L.TYPE_INT || t === L.TYPE_BOOL) {
    const f = Number(bigOf(v));
    if (!Number.isFinite(f)) {
      raise(T.OverflowError!, "int too large to convert to float");
      return undefined;
    }
    return f;
  }
  const ff = lookupType(t, "__float__");
  if (ff !== NULL) {
    const r = call(ff, [v]);
    if (r === NULL) return undefined;
    if (typeOfValue(r) !== L.TYPE_FLOAT) {
      raise(T.TypeError!, `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
      return undefined;
    }
    return floatOf(r);
  }
  const idx = lookupType(t, "__index__");
  if (idx !== NULL) {
    const n = indexOf(v);
    if (n === undefined) return undefined;
    if (!Number.isFinite(Number(n))) {
      raise(T.OverflowError!, "int too large to convert to float");
      return undefined;
    }
    return Number(n);
  }
  raise(T.TypeError!, `must be real number, not ${typeName(v)}`);
  return undefined;
}

/** Keyword argument `name`, or undefined. */
export function kwGet(kw: Kw | undefined, name: string): Value | undefined {
  if (!kw) return undefined;
  const i = kw.names.indexOf(name);
  return i < 0 ? undefined : kw.values[i];
}

/** Rejects keywords not in `allowed` with CPython's message for `fname`. */
export function checkKw(fname: string, kw: Kw | undefined, allowed: readonly string[]): boolean {
  if (!kw) return true;
  for (const n of kw.names) {
    if (!allowed.includes(n)) {
      raise(T.TypeError!, allowed.length ? `${fname}() got an unexpected keyword argument '${n}'` : `${fname}() takes no keyword arguments`);
      return false;
    }
  }
  return true;
}

/** Checks the positional count with Argument Clinic's messages. */
export function checkArgs(fname: string, args: readonly Value[], min: number, max: number): boolean {
  const n = args.length;
  if (n >= min && n <= max) return true;
  if (min === max && min === 1) raise(T.TypeError!, `${fname}() takes exactly one argument (${n} given)`);
  else if (min === max && min === 0) raise(T.TypeError!, `${fname}() takes no arguments (${n} given)`);
  else if (n < min) raise(T.TypeError!, `${fname} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  else raise(T.TypeError!, `${fname} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  return false;
}
