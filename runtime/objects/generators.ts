// Generator objects. RETURN_GENERATOR copies the new frame into a heap block owned by the
// generator; `send` runs that frame in a nested interpreter call until it yields (YIELD returns
// from the interpreter with the frame suspended) or returns (the frame is left).
import * as L from "../layout.js";
import { INSTR_SIZE } from "../../generated/tier1.js";
import { load32, store32 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { traceFrame } from "../vm/frames.js";
import { codeObject } from "./callables.js";
import { excData, raise, setException, tstate } from "./exceptions.js";
import { T } from "./registry.js";
import { newHandle, side } from "./side.js";
import { None, NULL } from "./values.js";

export interface GeneratorData {
  /** The generator's frame (in `block`), or 0 once finished. */
  frame: Ptr;
  block: Ptr;
  running: boolean;
  started: boolean;
  name: string;
  qualname: string;
}

export const GEN_BLOCK = 12;

export function newGenerator(frame: Ptr): Value {
  const bytes = load32(frame + L.FRAME_BYTES);
  const block = heap().allocObject(L.RAW_BLOCK, bytes + 8);
  if (block === 0) return NULL;
  const copy = block + 8;
  for (let i = 0; i < bytes; i += 4) store32(copy + i, load32(frame + i));
  // Stack pointer and the frame's own address-dependent words are relative: rebase them.
  store32(copy + L.FRAME_SP, load32(frame + L.FRAME_SP) - frame + copy);
  store32(copy + L.FRAME_FLAGS, L.FRAME_OWNED_BY_GENERATOR);
  const code = codeObject(load32(frame + L.FRAME_CODE) as Value);
  const g = heap().allocObject(T.generator!, 16);
  if (g === 0) return NULL;
  const data: GeneratorData = { frame: copy, block, running: false, started: false, name: code.info.name, qualname: code.info.qualname };
  store32(g + L.SIDE_HANDLE, newHandle(data));
  store32(g + GEN_BLOCK, block);
  return g as Value;
}

export const generatorData = (g: Value): GeneratorData => side<GeneratorData>(g);

/** Traces a suspended generator's frame. */
export function traceGenerator(g: Ptr, visit: (v: Value) => void): void {
  const d = side<GeneratorData>(g);
  visit(d.block as Value);
  if (d.frame) traceFrame(d.frame, codeObject(load32(d.frame + L.FRAME_CODE) as Value).nlocalsplus, visit);
}

let lastReturn: Value = NULL;
/** The value the last finished generator returned (SEND's jump path). */
export const returnedValue = (): Value => lastReturn;

/**
 * Resumes the generator with `value` (pushed as the result of its pending yield); returns the
 * next yielded value, or NULL: finished (no exception, returnedValue() has the return value)
 * or failed (exception set). `exc` (when not NULL) is thrown in at the yield instead.
 */
export function resume(g: Value, value: Value, exc: Value, run: (frame: Ptr) => Value, previous: Ptr): Value {
  const d = generatorData(g);
  if (d.running) return raise(T.ValueError!, "generator already executing");
  if (!d.frame) {
    if (exc !== NULL) return setException(exc);
    lastReturn = None;
    return NULL;
  }
  const f = d.frame;
  if (!d.started && value !== None && exc === NULL) return raise(T.TypeError!, "can't send non-None value to a just-started generator");
  const ip = load32(f + L.FRAME_IP);
  const code = codeObject(load32(f + L.FRAME_CODE) as Value);
  store32(f + L.FRAME_PREVIOUS, previous);
  if (exc === NULL) {
    // Resume after the suspending instruction, with the sent value on the stack.
    const sp = load32(f + L.FRAME_SP);
    store32(sp, value);
    store32(f + L.FRAME_SP, sp + 4);
    store32(f + L.FRAME_IP, ip + INSTR_SIZE[code.units[ip]! & 255]!);
  } else {
    setException(exc);
  }
  d.started = true;
  d.running = true;
  const savedHandled = tstate.handled;
  let r: Value;
  try {
    r = exc === NULL ? run(f) : runThrow(f, ip, run);
  } finally {
    d.running = false;
    tstate.handled = savedHandled;
  }
  const suspended = r !== NULL && load32(f + L.FRAME_FLAGS) & L.FRAME_SUSPENDED;
  if (suspended) {
    store32(f + L.FRAME_FLAGS, L.FRAME_OWNED_BY_GENERATOR);
    return r;
  }
  // Returned or raised: the generator is finished.
  d.frame = 0;
  if (r === NULL) {
    if (tstate.current !== NULL && load32(tstate.current + L.OB_TYPE) === T.StopIteration) {
      const e = tstate.current;
      tstate.current = NULL;
      raise(T.RuntimeError!, "generator raised StopIteration");
      excData(tstate.current).cause = e;
    }
    return NULL;
  }
  lastReturn = r;
  return NULL;
}

let throwHook: (f: Ptr, ip: number) => Value = () => NULL;
export function setThrowHook(h: (f: Ptr, ip: number) => Value): void {
  throwHook = h;
}
function runThrow(f: Ptr, ip: number, _run: (frame: Ptr) => Value): Value {
  return throwHook(f, ip);
}
