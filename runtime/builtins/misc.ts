// Smaller built-in behaviours: reprs of slice/Ellipsis/NotImplemented, number attributes
// (real, imag, numerator…), int.to_bytes/from_bytes, bound-method equality, range.index/count,
// assignable __dict__, and traceback objects.
import * as L from "../layout.js";
import { methodFunc, methodSelf } from "../objects/callables.js";
import { raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { newHeapType } from "../objects/bootstrap.js";
import { typeInfo } from "../objects/typeobj.js";
import { bigOf, bool, newFloat, newInt, newStr, NULL, smallOf, strOf, True, typeOfValue } from "../objects/values.js";
import { newBytes } from "../objects/callables.js";
import { side } from "../objects/side.js";
import { load32, store32 } from "../vm/memory.js";
import { hash, richCompare as richCompareOf } from "../vm/ops/compare.js";
import { repr, specialAttrs, specialSetters } from "../vm/ops/object.js";
import { sliceIndices } from "../vm/ops/sequence.js";
import { newTuple } from "../objects/values.js";
import { notImplemented } from "../vm/ops/singletons.js";
import type { Value } from "../vm/types.js";
import { kwArg, method } from "./define.js";
import { rangeData, rangeLength } from "./types.js";

const isInt = (v: Value) => typeOfValue(v) === L.TYPE_INT || typeOfValue(v) === L.TYPE_BOOL;

export function defineMisc(): void {
  method(T.slice!, "__repr__", (self) => {
    const parts = [L.SLICE_START, L.SLICE_STOP, L.SLICE_STEP].map((o) => repr(load32(self + o) as Value));
    if (parts.some((p) => p === undefined)) return NULL;
    return newStr(`slice(${parts.join(", ")})`);
  });
  specialAttrs.set("start", (obj) => (typeOfValue(obj) === T.slice ? (load32(obj + L.SLICE_START) as Value) : typeOfValue(obj) === T.range ? newInt(rangeData(obj).start) : undefined));
  method(T.slice!, "indices", (self, a) => {
    const n = smallOf(a[0]!);
    if (n === undefined || n < 0) return raise(T.ValueError!, "length should not be negative");
    const s = sliceIndices(self, n);
    if (!s) return NULL;
    return newTuple([newInt(s.start), newInt(s.stop), newInt(s.step)]);
  });
  method(T.slice!, "__eq__", (self, a) => {
    const o = a[0]!;
    if (typeOfValue(o) !== T.slice) return notImplemented();
    const t1 = newTuple([L.SLICE_START, L.SLICE_STOP, L.SLICE_STEP].map((f) => load32(self + f) as Value));
    const t2 = newTuple([L.SLICE_START, L.SLICE_STOP, L.SLICE_STEP].map((f) => load32(o + f) as Value));
    return richCompareOf(2, t1, t2);
  });
  method(T.ellipsis!, "__repr__", () => newStr("Ellipsis"));
  method(T.NotImplementedType!, "__repr__", () => newStr("NotImplemented"));

  // Numbers.
  specialAttrs.set("real", (obj) => (isInt(obj) ? newInt(bigOf(obj)) : typeOfValue(obj) === L.TYPE_FLOAT ? obj : undefined));
  specialAttrs.set("imag", (obj) => (isInt(obj) ? newInt(0) : typeOfValue(obj) === L.TYPE_FLOAT ? newFloat(0) : undefined));
  specialAttrs.set("numerator", (obj) => (isInt(obj) ? newInt(bigOf(obj)) : undefined));
  specialAttrs.set("denominator", (obj) => (isInt(obj) ? newInt(1) : undefined));
  method(L.TYPE_INT, "conjugate", (self) => newInt(bigOf(self)));
  method(L.TYPE_FLOAT, "conjugate", (self) => self);
  method(L.TYPE_INT, "to_bytes", (self, a, kw) => {
    const length = Number(bigOf(a[0] ?? kwArg(kw, "length") ?? newInt(1)));
    const order = strOf(a[1] ?? kwArg(kw, "byteorder") ?? newStr("big"));
    const signed = kwArg(kw, "signed") === True;
    let v = bigOf(self);
    if (v < 0n && !signed) return raise(T.OverflowError!, "can't convert negative int to unsigned");
    if (v < 0n) v += 1n << BigInt(8 * length);
    const out = new Uint8Array(length);
    for (let i = length - 1; i >= 0; i--) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    if (v !== 0n) return raise(T.OverflowError!, "int too big to convert");
    if (order === "little") out.reverse();
    return newBytes(out);
  });
  typeInfo(L.TYPE_INT).dict.set("from_bytes", classMethodOf(L.TYPE_INT, "from_bytes", (a, kw) => {
    const bytes = side<Uint8Array>(a[0]!);
    const order = strOf(a[1] ?? kwArg(kw, "byteorder") ?? newStr("big"));
    const signed = kwArg(kw, "signed") === True;
    const b = order === "little" ? [...bytes].reverse() : [...bytes];
    let v = 0n;
    for (const x of b) v = (v << 8n) | BigInt(x);
    if (signed && b.length && b[0]! & 0x80) v -= 1n << BigInt(8 * b.length);
    return newInt(v);
  }));

  // Bound methods compare by function and receiver identity.
  method(T.method!, "__eq__", (self, a) => {
    const o = a[0]!;
    if (typeOfValue(o) !== T.method) return notImplemented();
    return bool(methodFunc(self) === methodFunc(o) && methodSelf(self) === methodSelf(o));
  });
  method(T.method!, "__hash__", (self) => {
    const h = hash(methodFunc(self));
    return h === undefined ? NULL : newInt(BigInt(h) ^ BigInt(methodSelf(self) >>> 3));
  });

  // range.index / count
  method(T.range!, "index", (self, a) => {
    const d = rangeData(self);
    if (isInt(a[0]!)) {
      const x = bigOf(a[0]!);
      const i = (x - d.start) / d.step;
      if ((x - d.start) % d.step === 0n && i >= 0n && i < rangeLength(d)) return newInt(i);
    }
    return raise(T.ValueError!, `${repr(a[0]!) ?? "?"} is not in range`);
  });
  method(T.range!, "count", (self, a) => {
    const d = rangeData(self);
    if (!isInt(a[0]!)) return newInt(0);
    const x = bigOf(a[0]!);
    const i = (x - d.start) / d.step;
    return newInt((x - d.start) % d.step === 0n && i >= 0n && i < rangeLength(d) ? 1 : 0);
  });

  // Properties expose their accessors.
  specialAttrs.set("fset", (obj) => (typeOfValue(obj) === T.property ? (load32(obj + L.PROPERTY_SET) as Value) : undefined));
  specialAttrs.set("fdel", (obj) => (typeOfValue(obj) === T.property ? (load32(obj + L.PROPERTY_DEL) as Value) : undefined));

  // `obj.__dict__ = {...}` replaces an instance's attribute dict.
  specialSetters.set("__dict__", (obj, v) => {
    const layout = typeInfo(typeOfValue(obj)).layout;
    if (layout !== "object" && layout !== "exception") return undefined;
    if (typeOfValue(v) !== L.TYPE_DICT) {
      raise(T.TypeError!, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      return false;
    }
    store32(obj + L.INSTANCE_DICT, v);
    return true;
  });

  // Traceback objects: enough for `tb is not None` and `__traceback__` checks.
  const tb = newHeapType("traceback", [L.TYPE_OBJECT], "object");
  T.traceback = tb.ptr;
}

import { newBuiltin } from "../objects/callables.js";
/** A classmethod-like built-in: callable on the class, receiving the arguments only. */
function classMethodOf(_type: number, name: string, fn: (a: readonly Value[], kw: import("../objects/callables.js").Kw | undefined) => Value): Value {
  return newBuiltin(name, (_self, a, kw) => fn(a, kw));
}
