// Small tools for defining built-in functions and methods: registering them on a type or in a
// namespace, and checking argument counts with CPython's messages.
import { type Kw, type NativeFn, newBuiltin } from "../objects/callables.js";
import { raise } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { typeInfo } from "../objects/typeobj.js";
import { NULL } from "../objects/values.js";
import type { Ptr, Value } from "../vm/types.js";

/** Defines method `name` on built-in type `type`. */
export function method(type: Ptr, name: string, fn: NativeFn): void {
  typeInfo(type).dict.set(name, newBuiltin(name, fn, NULL, type, `${typeInfo(type).name}.${name}`));
}

/** A plain built-in function. */
export const fn = (name: string, f: NativeFn): Value => newBuiltin(name, f);

/** Checks `min ≤ args.length ≤ max` and no keywords (unless allowed); raises like CPython. */
export function arity(name: string, args: readonly Value[], min: number, max: number, kw?: Kw): boolean {
  if (kw && kw.names.length) {
    raise(T.TypeError!, `${name}() takes no keyword arguments`);
    return false;
  }
  if (args.length >= min && args.length <= max) return true;
  if (min === max) {
    if (min === 0) raise(T.TypeError!, `${name}() takes no arguments (${args.length} given)`);
    else if (min === 1) raise(T.TypeError!, `${name}() takes exactly one argument (${args.length} given)`);
    else raise(T.TypeError!, `${name} expected ${min} arguments, got ${args.length}`);
  } else if (args.length < min) raise(T.TypeError!, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
  else raise(T.TypeError!, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  return false;
}

/** Looks up keyword `name` (undefined when absent). */
export function kwArg(kw: Kw | undefined, name: string): Value | undefined {
  if (!kw) return undefined;
  const i = kw.names.indexOf(name);
  return i < 0 ? undefined : kw.values[i];
}

/** Rejects keywords other than `allowed`. */
export function onlyKw(fname: string, kw: Kw | undefined, allowed: readonly string[]): boolean {
  if (!kw) return true;
  for (const n of kw.names) {
    if (!allowed.includes(n)) {
      raise(T.TypeError!, `'${n}' is an invalid keyword argument for ${fname}()`);
      return false;
    }
  }
  return true;
}
