// The abstract values the trace optimizer reasons with (a lattice, most general first):
// unknown ⊒ not-null ⊒ known type ⊒ known type version (and instance keys) / known constant;
// `null` is the NULL placeholder; `bottom` is a contradiction (the trace can never get there).
// Optimizer rules in defs/optimizer/*.def compute these from their inputs. A symbol is an object
// whose identity stands for one run-time value: the driver (optimize.ts) gives every unknown its
// own object, and when a guard refines a value it refines it everywhere the same object sits
// (the stack and the fast locals), as CPython's shared symbols do.
import * as L from "../layout.js";
import type { Ptr, Value } from "../vm/types.js";

export type Sym =
  | { readonly kind: "unknown" }
  | { readonly kind: "null" }
  | { readonly kind: "notNull" }
  | { readonly kind: "type"; readonly type: Ptr }
  | { readonly kind: "const"; readonly value: Value; readonly type: Ptr }
  /** An object whose type has version `version` (type 0: which type is not known) and, if `keys` ≠ 0, whose instance dict has that keys version. */
  | { readonly kind: "version"; readonly type: Ptr; readonly version: number; readonly keys: number }
  | { readonly kind: "bottom" };

export const UNKNOWN: Sym = { kind: "unknown" };
export const NOT_NULL: Sym = { kind: "notNull" };
export const BOTTOM: Sym = { kind: "bottom" };
export const symOfType = (type: Ptr): Sym => ({ kind: "type", type });
export const symConst = (value: Value, type: Ptr): Sym => ({ kind: "const", value, type });

/**
 * The type a symbol is known to have, or 0. TYPE_INT means a small (tagged) int — what
 * _GUARD_BOTH_INT checks — so a versioned object of type int (a big int) does not count.
 */
export function knownType(s: Sym): Ptr {
  if (s.kind === "version") return s.type === L.TYPE_INT ? 0 : s.type;
  return s.kind === "type" || s.kind === "const" ? s.type : 0;
}

/** The type version a symbol's object is known to have, or 0. */
export function knownVersion(s: Sym): number {
  return s.kind === "version" ? s.version : 0;
}

/** The instance-dict keys version a symbol's object is known to have, or 0. */
export function knownKeys(s: Sym): number {
  return s.kind === "version" ? s.keys : 0;
}

/** `s` known to have type version `version` (keeping its keys fact if the version is the same). */
export function withVersion(s: Sym, version: number): Sym {
  return { kind: "version", type: knownType(s), version, keys: s.kind === "version" && s.version === version ? s.keys : 0 };
}

/** `s` known to have instance keys version `keys` (only meaningful once its type version is known). */
export function withKeys(s: Sym, keys: number): Sym {
  return s.kind === "version" ? { ...s, keys } : s;
}

/** What a rule can do to the uop it is looking at, and the frame state it can read and write. */
export interface RuleContext {
  /** Drop the uop from the optimized trace (its guard is known to pass). */
  remove(): void;
  /** Replace the uop by another (by name) with a new oparg and operand. */
  replace(uopName: string, oparg: number, operand: number): void;
  /** The symbol of fast local `i` of the uop's frame. */
  local(i: number): Sym;
  setLocal(i: number, s: Sym): void;
  /** The symbol of constant `i` of the uop's code object (a known constant). */
  constant(i: number): Sym;
}
