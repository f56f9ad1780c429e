// Emits generated/tier2.ts: the uop interpreter that runs traces. A trace is an Int32Array of
// fixed-size entries: [uop id, oparg, target (the bytecode index the uop came from), operands…]
// where the operands are the uop's cache entries copied in by the trace builder. Each uop is
// one `case`; the stack lives in memory between uops, so an exit or an error leaves the frame
// exactly as tier 1 expects it at `target`.
import { type Analysis, type CacheEntry, type Uop, sumSizes } from "./analysis.js";
import { header, type Output } from "./emit-common.js";
import { emitSequence, type SequenceTarget } from "./emit-stack.js";
import { intrinsicNames } from "./emit-tier1.js";

/** Operand words a uop needs for its cache entries (64-bit entries take two). */
const operandWords = (caches: readonly CacheEntry[]) => caches.reduce((n, c) => n + (c.size === 4 ? 2 : 1), 0);

export function traceEntryWords(a: Analysis): number {
  return 3 + Math.max(1, ...a.uops.map((u) => operandWords(u.caches)));
}

export function emitTier2(a: Analysis, runtimeImport: string): Output {
  const width = traceEntryWords(a);
  const cases = a.uops
    .filter((u) => u.tier2.viable)
    .map((u) => emitUopCase(u, width))
    .join("\n");
  const text = `${header("generator/emit-tier2.ts", a.sources)}
/* eslint-disable */
import * as L from "${runtimeImport}/layout.js";
import { ${intrinsicNames(a).join(", ")} } from "${runtimeImport}/vm/intrinsics.js";
import { load32, store32, loadF64, storeF64, loadU16, loadU8, allocSlow } from "${runtimeImport}/vm/memory.js";
import { H } from "${runtimeImport}/vm/helpers.js";
import type { InterpEnv } from "${runtimeImport}/vm/interp-env.js";
import type { Value, Ptr, i32, f64, StackArray } from "${runtimeImport}/vm/types.js";

/** Words per trace entry: uop id, oparg, target, then operands. */
export const TRACE_ENTRY = ${width};
/** runTier2 result for an error (the frame is set up for the unwinder at the failing instruction). */
export const TRACE_ERROR = -1;

/**
 * Runs a trace on \`frame\` (whose FRAME_SP is set) until a uop exits. Returns the index of the
 * exiting entry — FRAME_IP/FRAME_SP then hold the tier-1 state to resume — or TRACE_ERROR.
 */
export function runTier2($env: InterpEnv, frame: Ptr, $trace: Int32Array): number {
  let sp = load32(frame + L.FRAME_SP);
  let $pc = 0;
  const $counts = $env.uopCounts;
  for (;;) {
    const oparg = $trace[$pc + 1]!;
    const ip = $trace[$pc + 2]!;
    if ($counts !== null) $counts[$trace[$pc]!]! += 1;
    switch ($trace[$pc]!) {
${cases}
      default:
        throw new Error(\`tier 2: uop \${$trace[$pc]} cannot run in a trace\`);
    }
    $pc += TRACE_ENTRY;
  }
}
`;
  return { path: "tier2.ts", text };
}

function emitUopCase(u: Uop, width: number): string {
  let word = 3;
  const operandAt = new Map<string, number>();
  for (const c of u.caches) {
    operandAt.set(c.name, word);
    word += c.size === 4 ? 2 : 1;
  }
  const exit = (sp: string) => `{ store32(frame + L.FRAME_SP, ${sp}); store32(frame + L.FRAME_IP, ip); $env.exitFrame = frame; return $pc / ${width}; }`;
  const target: SequenceTarget = {
    cache: (c) => {
      const w = operandAt.get(c.name)!;
      return c.size === 4 ? `($trace[$pc + ${w}]! >>> 0) + $trace[$pc + ${w + 1}]! * 0x100000000` : `$trace[$pc + ${w}]!`;
    },
    expand(name, args, ctx) {
      switch (name) {
        case "DEOPT_IF":
        case "EXIT_IF":
          return `if (${args}) ${exit("sp")}`;
        case "ERROR_IF":
          return `if (${args}) { store32(frame + L.FRAME_SP, ${ctx.inputBase}); store32(frame + L.FRAME_IP, ip); $env.exitFrame = frame; return -1; }`;
        case "ERROR_NO_POP":
          return `{ store32(frame + L.FRAME_SP, sp); store32(frame + L.FRAME_IP, ip); $env.exitFrame = frame; return -1; }`;
        case "CHECK_EVAL_BREAKER":
          return `if (load32(L.EVAL_BREAKER) !== 0) { store32(frame + L.FRAME_SP, sp); store32(frame + L.FRAME_IP, ip); if ($env.evalBreaker(frame)) { $env.exitFrame = frame; return -1; } }`;
        case "JUMP_TO_TOP":
          return `{ $pc = 0; continue; }`;
        case "PUSH_FRAME":
          return `{ store32(frame + L.FRAME_SP, ${ctx.inputBase}); frame = ${args}; sp = load32(frame + L.FRAME_SP); $pc += ${width}; continue; }`;
        case "POP_FRAME":
          return `{ const $result = ${args}; const $caller = load32(frame + L.FRAME_PREVIOUS); $env.leaveFrame(frame); frame = $caller; sp = load32(frame + L.FRAME_SP); store32(sp, $result); sp += 4; $pc += ${width}; continue; }`;
        default:
          throw new Error(`${u.name}: ${name} in a tier-2 uop`);
      }
    },
  };
  const body = emitSequence(u.inputs, sumSizes(u.inputs), [{ uop: u, cacheOffset: 0 }], target);
  return `case ${u.id}: /* ${u.name} */ {
${body.join("\n")}
break;
}`;
}

