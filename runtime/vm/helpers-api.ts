// The helpers uop bodies may call as `H.name(...)`: host (JS) functions for slow paths. The
// runtime implements this interface (runtime/vm/helpers.ts); JIT code imports them by index.
// JSDoc tags are read by the generator:
//   @escapes   may run Python code, allocate or collect: the frame state is saved first.
//   @consumes x  the argument `x` must not be used by the body after the call.
// Errors are reported by returning NULL (or -1 for i32 results) with an exception set.
import type { i32, Ptr, StackArray, Value } from "./types.js";

export interface Helpers {
  /** `a <op> b` for any operands (oparg of BINARY_OP). @escapes */
  binaryOp(op: i32, a: Value, b: Value): Value;
  /** Compare with a rich-comparison operator (0..5). @escapes */
  compareOp(op: i32, a: Value, b: Value): Value;
  /** Truth value: 1, 0, or -1 on error. @escapes */
  isTrue(v: Value): i32;
  /** Raise UnboundLocalError for local `index` of the current code. */
  unboundLocal(frame: Ptr, index: i32): void;
  /** Call `callable` with `argc` positional arguments at `args`. @escapes */
  call(callable: Value, self: Value, args: StackArray, argc: i32): Value;
  /** A float result that did not fit the nursery chunk. @escapes */
  boxFloat(x: number): Value;
}
