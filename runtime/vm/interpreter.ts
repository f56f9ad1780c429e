// Running Python code: frames for calls, the environment the generated interpreter needs
// (InterpEnv), unwinding to exception handlers with traceback entries, and the safepoint.
import { OP } from "../../generated/opcodes.js";
import { runTier1 } from "../../generated/tier1.js";
import * as L from "../layout.js";
import { type CodeObject, codeObject, type FunctionData, functionData, type Kw, cellGet } from "../objects/callables.js";
import { excData, raise, tstate } from "../objects/exceptions.js";
import { builtinsRef, T } from "../objects/registry.js";
import type { InterpEnv } from "./interp-env.js";
import { bindArguments } from "./arguments.js";
import { allocFrame, frameDepth, releaseFrame, truncateTo } from "./frames.js";
import { load32, store32 } from "./memory.js";
import { heap, options } from "./space.js";
import type { Ptr, Value } from "./types.js";
import { NULL } from "../objects/values.js";
import { runExecutor } from "../tier2/executors.js";

/** Misses of specialized instructions, by opcode (--stats). */
export const stats = { misses: new Map<number, number>() };

const codeOfFrame = (f: Ptr): CodeObject => codeObject(load32(f + L.FRAME_CODE) as Value);

export const env: InterpEnv = {
  code: (frame) => codeOfFrame(frame).units,
  counts: null,
  pairs: null,
  leaveFrame: (frame) => releaseFrame(frame),
  unwind,
  evalBreaker,
  deopted(op) {
    if (options.stats) stats.misses.set(op, (stats.misses.get(op) ?? 0) + 1);
  },
  runExecutor: (frame, instr) => runExecutor(env, frame, instr),
  exitFrame: 0,
  uopCounts: null,
};

/** The innermost frame that has called out of the interpreter into JS (for tracebacks, GC). */
export function safepoint(): void {
  const h = heap();
  if (h.wantsCollection()) h.collect();
}

function evalBreaker(_frame: Ptr): boolean {
  store32(L.EVAL_BREAKER, 0);
  safepoint();
  return false;
}

heap().requestSafepoint = () => store32(L.EVAL_BREAKER, 1);

/** Source line of code unit `ip` in the frame's code. */
export function lineOf(code: CodeObject, ip: number): number {
  return code.info.lines[Math.max(0, Math.min(ip, code.info.lines.length - 1))] ?? code.info.firstLine;
}

function addTraceback(frame: Ptr, ip: number): void {
  const exc = tstate.current;
  if (exc === NULL) return;
  const code = codeOfFrame(frame);
  excData(exc).traceback.push({ filename: code.info.filename, name: code.info.name, line: lineOf(code, ip) });
}

function unwind(frame: Ptr, ip: number, entry: Ptr): Ptr {
  // RERAISE continues an exception whose traceback already names this frame (as CPython).
  let reraised = (codeOfFrame(frame).units[ip]! & 255) === OP.RERAISE;
  for (;;) {
    const code = codeOfFrame(frame);
    if (!reraised) addTraceback(frame, ip);
    reraised = false;
    const handler = code.info.exceptionTable.find((e) => ip >= e.start && ip < e.end);
    if (handler) {
      const exc = tstate.current;
      tstate.current = NULL;
      const sp = frame + L.FRAME_LOCALS + 4 * (code.nlocalsplus + handler.depth);
      store32(sp, exc);
      store32(frame + L.FRAME_SP, sp + 4);
      store32(frame + L.FRAME_IP, handler.target);
      return frame;
    }
    if (frame === entry) {
      releaseFrame(frame);
      return 0;
    }
    const caller = load32(frame + L.FRAME_PREVIOUS);
    releaseFrame(frame);
    frame = caller;
    ip = load32(frame + L.FRAME_IP);
  }
}

/** The frame currently running Python code (top of the region or a generator's). */
export const current = { frame: 0 as Ptr };

/**
 * Pushes a frame for Python function `func` called with `args` (and keywords), binding the
 * arguments; 0 with an exception set when binding fails or the recursion limit is hit.
 */
export function pushFunctionFrame(previous: Ptr, func: Value, args: readonly Value[], kw: Kw | undefined): Ptr {
  const data = functionData(func);
  const code = codeObject(data.code);
  if (frameDepth() >= options.recursionLimit) {
    raise(T.RecursionError!, "maximum recursion depth exceeded");
    return 0;
  }
  const f = newFunctionFrame(previous, func, data, code, 0);
  if (f === 0) {
    raise(T.RecursionError!, "maximum recursion depth exceeded");
    return 0;
  }
  if (!bindArguments(code, data, func, f, args, kw)) {
    releaseFrame(f);
    return 0;
  }
  return f;
}

/**
 * A frame for `func` with its fast slots from `bound` on cleared (the caller fills the first
 * `bound`); 0 when the frame region is full.
 */
export function newFunctionFrame(previous: Ptr, func: Value, data: FunctionData, code: CodeObject, bound: number): Ptr {
  const f = allocFrame(code.frameBytes, previous);
  if (f === 0) return 0;
  store32(f + L.FRAME_CODE, data.code);
  store32(f + L.FRAME_FUNCTION, func);
  store32(f + L.FRAME_GLOBALS, data.globals);
  store32(f + L.FRAME_BUILTINS, builtinsRef.dict);
  store32(f + L.FRAME_IP, 0);
  const locals = f + L.FRAME_LOCALS;
  for (let i = bound; i < code.nlocalsplus; i++) store32(locals + 4 * i, 0);
  store32(f + L.FRAME_SP, locals + 4 * code.nlocalsplus);
  return f;
}

/** Runs a Python function to completion (a nested interpreter run); NULL on exception. */
export function callFunction(func: Value, args: readonly Value[], kw: Kw | undefined): Value {
  const f = pushFunctionFrame(current.frame, func, args, kw);
  if (f === 0) return NULL;
  return runFrame(f);
}

/** Runs a prepared frame in the tier-1 interpreter until it returns. */
export function runFrame(f: Ptr): Value {
  const saved = current.frame;
  current.frame = f;
  try {
    return runTier1(env, f);
  } catch (e) {
    // The JS stack ran out before the recursion limit did (deep recursion through helpers):
    // drop the frames the overflow unwound and report it as Python does. Handling it needs
    // a little stack too; if even that overflows, an outer (shallower) level handles it.
    if (!(e instanceof RangeError)) throw e;
    try {
      truncateTo(f);
      raise(T.RecursionError!, "maximum recursion depth exceeded");
    } catch {
      throw e;
    }
    return NULL;
  } finally {
    current.frame = saved;
  }
}

/** Runs module-level code with `globals` (a dict) as its namespace. */
export function runModuleCode(code: Value, globals: Value): Value {
  const co = codeObject(code);
  const f = allocFrame(co.frameBytes, current.frame);
  if (f === 0) return raise(T.RecursionError!, "maximum recursion depth exceeded");
  store32(f + L.FRAME_CODE, code);
  store32(f + L.FRAME_FUNCTION, 0);
  store32(f + L.FRAME_GLOBALS, globals);
  store32(f + L.FRAME_BUILTINS, builtinsRef.dict);
  store32(f + L.FRAME_NAMES, globals);
  store32(f + L.FRAME_IP, 0);
  const locals = f + L.FRAME_LOCALS;
  for (let i = 0; i < co.nlocalsplus; i++) store32(locals + 4 * i, 0);
  store32(f + L.FRAME_SP, locals + 4 * co.nlocalsplus);
  return runFrame(f);
}

/** Runs a class body with `ns` (a dict) as its locals mapping; returns the body's result. */
export function runClassBody(func: Value, ns: Value): Value {
  const f = pushFunctionFrame(current.frame, func, [], undefined);
  if (f === 0) return NULL;
  store32(f + L.FRAME_NAMES, ns);
  return runFrame(f);
}

export { cellGet };

/** gen.throw(): unwind the generator's frame from its suspended instruction, then run on. */
export function unwindForThrow(f: Ptr, ip: number): Value {
  const h = unwind(f, ip, f);
  if (h === 0) return NULL;
  return runFrame(f);
}
