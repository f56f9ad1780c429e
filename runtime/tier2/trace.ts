// A trace before it is packed for the uop interpreter: the projected (or optimized) list of uops.
// The trace builder (project.ts) makes one, the optimizer (runtime/optimizer) rewrites it, and
// pack() turns it into the Int32Array layout generated/tier2.ts runs (TRACE_ENTRY words each).
import { TRACE_ENTRY } from "../../generated/tier2.js";

export interface TraceUop {
  /** Uop id (generated/uops.ts UOP). */
  uop: number;
  oparg: number;
  /**
   * Bytecode index of the instruction the uop came from (its opcode unit, as tier 1's FRAME_IP
   * holds it while the instruction runs: tracebacks and returns read it).
   */
  target: number;
  /** Where that instruction starts (its first EXTENDED_ARG prefix, if any): tier 1 resumes there after an exit. */
  start: number;
  /** Cache entries the uop reads, in the order of its cache declarations (64-bit ones as two words). */
  operands: number[];
  /** The code object (Value) whose bytecode `target` indexes: changes across pushed frames. */
  code: number;
  /** Frame depth relative to the trace's first frame (0 there; +1 inside a callee the trace pushed). */
  depth: number;
}

/** Packs uops into the uop interpreter's layout. */
export function pack(uops: readonly TraceUop[]): Int32Array {
  const out = new Int32Array(uops.length * TRACE_ENTRY);
  uops.forEach((u, i) => {
    const at = i * TRACE_ENTRY;
    out[at] = u.uop;
    out[at + 1] = u.oparg;
    out[at + 2] = u.target;
    u.operands.forEach((w, k) => (out[at + 3 + k] = w));
  });
  return out;
}
