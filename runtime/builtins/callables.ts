// Attributes of functions, methods and built-in functions (__name__, __qualname__, __doc__,
// __module__, __defaults__, __dict__ …), and their reprs.
import * as L from "../layout.js";
import { builtinData, functionData, methodFunc, methodSelf } from "../objects/callables.js";
import { dictStore } from "../objects/dict.js";
import { T } from "../objects/registry.js";
import { newStr, None, NULL, strOf, typeOfValue } from "../objects/values.js";
import { repr, specialAttrs, specialSetters } from "../vm/ops/object.js";
import type { Value } from "../vm/types.js";
import { method } from "./define.js";

const isFunction = (v: Value) => typeOfValue(v) === L.TYPE_FUNCTION;
const isBuiltin = (v: Value) => typeOfValue(v) === T.builtin_function_or_method;

export function defineCallables(): void {
  const fnAttr = (name: string, get: (f: ReturnType<typeof functionData>) => Value) =>
    specialAttrs.set(name, (obj) => {
      if (isFunction(obj)) {
        const d = functionData(obj);
        const own = d.dict === NULL ? undefined : dictStore(d.dict).getStr(name);
        return own ?? get(d);
      }
      if (isBuiltin(obj)) {
        const b = builtinData(obj);
        if (name === "__name__") return newStr(b.name);
        if (name === "__qualname__") return newStr(b.qualname);
        if (name === "__self__") return b.self === NULL ? None : b.self;
      }
      if (typeOfValue(obj) === T.method && (name === "__name__" || name === "__qualname__" || name === "__doc__" || name === "__module__")) {
        return specialAttrs.get(name)!(methodFunc(obj));
      }
      return undefined;
    });
  fnAttr("__name__", (d) => newStr(d.name));
  fnAttr("__qualname__", (d) => newStr(d.qualname));
  fnAttr("__doc__", (d) => d.doc);
  fnAttr("__module__", (d) => d.module);
  fnAttr("__defaults__", (d) => (d.defaults === NULL ? None : d.defaults));
  fnAttr("__kwdefaults__", (d) => (d.kwdefaults === NULL ? None : d.kwdefaults));
  fnAttr("__globals__", (d) => d.globals);
  fnAttr("__closure__", (d) => (d.closure === NULL ? None : d.closure));
  fnAttr("__code__", (d) => d.code);
  // Writable function attributes go to the function record (functools.wraps sets them).
  for (const name of ["__name__", "__qualname__", "__doc__", "__module__", "__defaults__"]) {
    specialSetters.set(name, (obj, v) => {
      if (!isFunction(obj)) return undefined;
      const d = functionData(obj);
      if (name === "__name__") d.name = strOf(v);
      else if (name === "__qualname__") d.qualname = strOf(v);
      else if (name === "__doc__") d.doc = v;
      else if (name === "__module__") d.module = v;
      else d.defaults = v === None ? NULL : v;
      return true;
    });
  }
  method(L.TYPE_FUNCTION, "__repr__", (self) => newStr(`<function ${functionData(self).qualname} at 0x${(self >>> 0).toString(16).padStart(12, "0")}>`));
  method(L.TYPE_FUNCTION, "__get__", (self, a) => (a[0] === None || a[0] === NULL ? self : bindMethod(self, a[0]!)));
  method(T.method!, "__repr__", (self) => {
    const f = methodFunc(self);
    const name = isFunction(f) ? functionData(f).qualname : isBuiltin(f) ? builtinData(f).qualname : "?";
    const r = repr(methodSelf(self));
    return r === undefined ? NULL : newStr(`<bound method ${name} of ${r}>`);
  });
  method(T.builtin_function_or_method!, "__repr__", (self) => {
    const b = builtinData(self);
    if (b.self !== NULL && b.owner !== 0) {
      const r = repr(b.self);
      return newStr(`<built-in method ${b.name} of ${typeNameOf(b.self)} object at 0x${(b.self >>> 0).toString(16).padStart(12, "0")}>`) || newStr(r ?? "");
    }
    return newStr(`<built-in function ${b.name}>`);
  });
}

import { newMethod } from "../objects/callables.js";
import { typeName as typeNameOf } from "../objects/exceptions.js";
const bindMethod = (f: Value, self: Value) => newMethod(f, self);
