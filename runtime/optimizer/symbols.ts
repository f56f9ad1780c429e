// The abstract values the trace optimizer reasons with (a lattice, most general first):
// unknown ⊒ not-null ⊒ known type ⊒ known constant; `bottom` is a contradiction (the trace can
// never get there). Optimizer rules in defs/optimizer/*.def compute these from their inputs.
import type { Ptr, Value } from "../vm/types.js";

export type Sym =
  | { readonly kind: "unknown" }
  | { readonly kind: "null" }
  | { readonly kind: "notNull" }
  | { readonly kind: "type"; readonly type: Ptr }
  | { readonly kind: "const"; readonly value: Value; readonly type: Ptr }
  | { readonly kind: "bottom" };

export const UNKNOWN: Sym = { kind: "unknown" };
export const NOT_NULL: Sym = { kind: "notNull" };
export const BOTTOM: Sym = { kind: "bottom" };
export const symOfType = (type: Ptr): Sym => ({ kind: "type", type });
export const symConst = (value: Value, type: Ptr): Sym => ({ kind: "const", value, type });

/** The type a symbol is known to have, or 0. */
export function knownType(s: Sym): Ptr {
  return s.kind === "type" || s.kind === "const" ? s.type : 0;
}

/** What a rule can do to the uop it is looking at. */
export interface RuleContext {
  /** Drop the uop from the optimized trace (its guard is known to pass). */
  remove(): void;
  /** Replace the uop by another (by name) with a new oparg and operand. */
  replace(uopName: string, oparg: number, operand: number): void;
}
