// Running one uop on concrete values, for constant folding: the uop's own generated tier-2 case
// (generated/tier2.ts), not a second copy of its semantics. A scratch frame on top of the frame
// region holds the inputs; the uop runs followed by _EXIT_TRACE.
import { runTier2 } from "../../generated/tier2.js";
import { UOP } from "../../generated/uops.js";
import * as L from "../layout.js";
import { clearException } from "../objects/exceptions.js";
import { env } from "../vm/interpreter.js";
import { allocFrame, releaseFrame } from "../vm/frames.js";
import { load32, store32 } from "../vm/memory.js";
import type { Value } from "../vm/types.js";
import { pack } from "../tier2/trace.js";
import type { TraceUop } from "../tier2/trace.js";

/** The uop's outputs on `inputs` (bottom first), or undefined if it would exit or raise. */
export function runUop(u: TraceUop, inputs: readonly Value[]): Value[] | undefined {
  const frame = allocFrame(L.FRAME_LOCALS + 4 * (inputs.length + 8), 0);
  if (frame === 0) return undefined;
  try {
    store32(frame + L.FRAME_CODE, u.code);
    const sp0 = frame + L.FRAME_LOCALS;
    inputs.forEach((v, i) => store32(sp0 + 4 * i, v));
    store32(frame + L.FRAME_SP, sp0 + 4 * inputs.length);
    const trace = pack([
      { ...u, depth: 0 },
      { uop: UOP._EXIT_TRACE, oparg: 0, target: u.target, start: u.start, operands: [], code: u.code, depth: 0 },
    ]);
    const r = runTier2(env, frame, trace);
    if (r < 0) {
      clearException();
      return undefined;
    }
    if (r === 0) return undefined;
    const sp = load32(frame + L.FRAME_SP);
    return Array.from({ length: (sp - sp0) / 4 }, (_, i) => load32(sp0 + 4 * i) as Value);
  } finally {
    releaseFrame(frame);
  }
}
