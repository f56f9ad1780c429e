// The body language's special forms and implicit variables, as global declarations. Bodies in
// defs/*.def are type-checked against this file together with the value types
// (runtime/vm/types.ts), memory primitives (runtime/vm/memory.ts), intrinsics
// (runtime/vm/intrinsics.ts) and helper signatures (runtime/vm/helpers-api.ts), which the
// generator imports into every body's scope. The tier-1/tier-2 emitters expand the special
// forms into each target's control flow; the stencil builder lowers them to Wasm branches.
//
// Numbers follow asm.js conventions, so they mean the same in JS and in Wasm:
//   i32 — literals without a dot, `x | 0`, bit operations, loads, intrinsics returning i32;
//         `(a + b) | 0` is 32-bit wrapping addition.
//   f64 — everything else. `a + b` on two i32s is exact f64 addition, which is how an int add
//         detects overflow (`fitsInt(r)`) without a 64-bit type.

interface Array<T> {
  length: number;
  [n: number]: T;
}
interface Boolean {}
interface Function {}
interface CallableFunction {}
interface NewableFunction {}
interface IArguments {}
interface Number {}
interface Object {}
interface RegExp {}
interface String {}

// ---- Implicit variables --------------------------------------------------------------------
/** The instruction's argument (after EXTENDED_ARG prefixes); in tier 2 the uop's oparg. */
declare const oparg: number;
/** The current frame's address. */
declare const frame: number;
/** The code-unit index of the current instruction (tier 1 only: using it makes an op tier1). */
declare const THIS_INSTR: number;

// ---- Special forms -------------------------------------------------------------------------
/** Fall back to the family head (tier 1) or leave the trace (tier 2) when `cond` holds. */
declare function DEOPT_IF(cond: boolean): void;
/** Leave the trace through a side exit when `cond` holds (tier 2); in tier 1 a deopt. */
declare function EXIT_IF(cond: boolean): void;
/** Go to the error handler when `cond` holds (an exception is already set). */
declare function ERROR_IF(cond: boolean): void;
/** Go to the error handler unconditionally. */
declare function ERROR_NO_POP(): never;
/** Relative jump in code units, counted from the next instruction (after the caches). */
declare function JUMPBY(delta: number): void;
/** A safepoint: pending work (GC, tier-up, interrupts) runs here. */
declare function CHECK_EVAL_BREAKER(): void;
/** Execute the current code unit again after rewriting it (specialization). Tier 1 only. */
declare function REDISPATCH(): never;
/** Overwrite this instruction's inline cache entry `entry` (a cache name of the uop). Tier 1 only. */
declare function SET_CACHE(entry: number, value: number): void;
/** Continue in a new frame whose locals already hold the arguments. */
declare function PUSH_FRAME(newFrame: number): never;
/** Return `result` to the caller's frame, or out of the interpreter. */
declare function POP_FRAME(result: number): never;
/** Suspend this (generator) frame, handing `value` to whoever resumed it. */
declare function YIELD(value: number): never;
/** Run the trace attached at code unit `instr`, then go on where it left. Tier 1 only. */
declare function RUN_EXECUTOR(instr: number): never;
/** Go back to the trace's first uop (the loop's back edge inside a trace). Tier 2 only. */
declare function JUMP_TO_TOP(): never;
