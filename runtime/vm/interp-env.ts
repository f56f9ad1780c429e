// What the generated interpreters (generated/tier1.ts, generated/tier2.ts) need from the rest
// of the runtime: the code units of a frame, leaving frames, unwinding to an exception
// handler, and the safepoint. Implemented by runtime/vm/interpreter.ts.
import type { Ptr } from "./types.js";

export interface InterpEnv {
  /** The code units (bytecode with inline caches) of the frame's code object. */
  code(frame: Ptr): Uint16Array;
  /** Releases a frame that returned; its caller becomes current. */
  leaveFrame(frame: Ptr): void;
  /**
   * Unwinds after an error raised by the instruction at `ip` of `frame`: returns the frame
   * that has a handler (its FRAME_IP/FRAME_SP set to the handler), or 0 when the error
   * leaves `entry` (then the interpreter returns NULL with the exception set).
   */
  unwind(frame: Ptr, ip: number, entry: Ptr): Ptr;
  /** Runs pending safepoint work; true when that raised an exception. */
  evalBreaker(frame: Ptr): boolean;
  /** Executions by opcode when --stats is on (the interpreter counts them), else null. */
  counts: Uint32Array | null;
  /** Executions by (previous opcode << 8 | opcode) when --stats is on (superinstruction candidates). */
  pairs: Uint32Array | null;
  /** Counts a miss of specialized `opcode`: a guard failed and its family head runs instead. */
  deopted(opcode: number): void;
  /**
   * Runs the trace attached at code unit `instr` of the frame's code (FRAME_IP/FRAME_SP set there):
   * returns the frame tier 1 resumes in (its FRAME_IP/FRAME_SP set), or minus that frame when
   * the trace raised (FRAME_IP is then the failing instruction).
   */
  runExecutor(frame: Ptr, instr: number): number;
  /** The frame runTier2 was in when it returned (traces push and pop frames). */
  exitFrame: Ptr;
  /** Uops executed by uop id when --stats is on (the uop interpreter counts them), else null. */
  uopCounts: Uint32Array | null;
}
