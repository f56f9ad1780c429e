// Calling any callable from JS: Python functions run in a nested interpreter, built-ins call
// their native, bound methods prepend self, types construct.
import * as L from "../../layout.js";
import { builtinData, functionData, type Kw, methodFunc, methodSelf } from "../../objects/callables.js";
import { raise, typeName } from "../../objects/exceptions.js";
import { T } from "../../objects/registry.js";
import { lookupType, typeInfo } from "../../objects/typeobj.js";
import { NULL, typeOfValue } from "../../objects/values.js";
import { callFunction } from "../interpreter.js";
import { load32 } from "../memory.js";
import type { Value } from "../types.js";

/** Type-specific call implementations (type objects, property…), registered at bootstrap. */
export const callSlots = new Map<number, (callable: Value, args: readonly Value[], kw: Kw | undefined) => Value>();

export function call(callable: Value, args: readonly Value[], kw?: Kw): Value {
  if ((callable & 1) === 0 && callable !== 0) {
    const type = load32(callable + L.OB_TYPE);
    if (type === L.TYPE_FUNCTION) return callFunction(callable, args, kw && kw.names.length ? kw : undefined);
    if (type === T.builtin_function_or_method) {
      const b = builtinData(callable);
      const k = kw && kw.names.length ? kw : undefined;
      // An unbound method descriptor (list.append) takes its receiver as the first argument.
      if (b.owner !== 0 && b.self === NULL) {
        if (!args.length) return raise(T.TypeError!, `unbound method ${b.qualname}() needs an argument`);
        return b.fn(args[0]!, args.slice(1), k);
      }
      return b.fn(b.self, args, k);
    }
    if (type === T.method) return call(methodFunc(callable), [methodSelf(callable), ...args], kw);
    const slot = callSlots.get(type);
    if (slot) return slot(callable, args, kw);
    if (typeInfo(type).layout === "type" || type === L.TYPE_TYPE) {
      const meta = callSlots.get(L.TYPE_TYPE)!;
      return meta(callable, args, kw);
    }
  }
  const dunder = lookupType(typeOfValue(callable), "__call__");
  if (dunder !== NULL) return call(dunder, [callable, ...args], kw);
  return raise(T.TypeError!, `'${typeName(callable)}' object is not callable`);
}

export function isCallable(v: Value): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const type = load32(v + L.OB_TYPE);
  return (
    type === L.TYPE_FUNCTION ||
    type === T.builtin_function_or_method ||
    type === T.method ||
    callSlots.has(type) ||
    typeInfo(type).layout === "type" ||
    lookupType(type, "__call__") !== NULL
  );
}

export { functionData };
