// Emits generated/tier1.ts: the tier-1 interpreter loop, one `case` per instruction, each the
// instruction's uops inlined in order (see emit-stack.ts). The loop's shape:
//   $main:  fetch the next instruction (EXTENDED_ARG prefixes folded into oparg)
//   $dispatch: switch on opcode; a deopt sets opcode to the family head and dispatches again
//   $error: a block the cases `break` out of; the unwinder then picks the handler's frame.
import type { Analysis, Instruction } from "./analysis.js";
import { cacheRead, cacheWrite, header, type Output } from "./emit-common.js";
import { emitSequence, type SequenceTarget } from "./emit-stack.js";

export function emitTier1(a: Analysis, runtimeImport: string): Output {
  const byName = new Map(a.instructions.map((i) => [i.name, i]));
  const cases = a.instructions.map((ins) => emitCase(ins, byName)).join("\n");
  const extended = byName.get("EXTENDED_ARG");
  const fetchExtended = extended
    ? `while (opcode === ${extended.opcode}) { ip++; $word = $code[ip]!; opcode = $word & 255; oparg = (oparg << 8) | ($word >> 8); }`
    : "";
  const text = `${header("generator/emit-tier1.ts", a.sources)}
/* eslint-disable */
import * as L from "${runtimeImport}/layout.js";
import { ${intrinsicNames(a).join(", ")} } from "${runtimeImport}/vm/intrinsics.js";
import { load32, store32, loadF64, storeF64, loadU16, loadU8, allocSlow } from "${runtimeImport}/vm/memory.js";
import { H } from "${runtimeImport}/vm/helpers.js";
import type { InterpEnv } from "${runtimeImport}/vm/interp-env.js";
import type { Value, Ptr, i32, f64, StackArray } from "${runtimeImport}/vm/types.js";

/** Code units each instruction occupies (1 + its inline cache entries), by opcode. */
export const INSTR_SIZE = new Uint8Array([0, ${a.instructions.map((i) => 1 + i.cacheSize).join(", ")}]);

/** Runs \`entry\` (whose FRAME_IP/FRAME_SP are set) until it returns; NULL means an exception. */
export function runTier1($env: InterpEnv, entry: Ptr): Value {
  let frame = entry;
  let $code = $env.code(frame);
  let ip = load32(frame + L.FRAME_IP);
  let sp = load32(frame + L.FRAME_SP);
  let opcode = 0;
  let oparg = 0;
  // Executions by opcode and by (previous, current) pair, for --stats (null otherwise: one
  // predictable branch per instruction).
  const $counts = $env.counts;
  const $pairs = $env.pairs;
  let $previous = 0;
  $main: for (;;) {
    $error: {
      for (;;) {
        let $word = $code[ip]!;
        opcode = $word & 255;
        oparg = $word >> 8;
        ${fetchExtended}
        if ($counts !== null) {
          $counts[opcode] = $counts[opcode]! + 1;
          const $pair = ($previous << 8) | opcode;
          $pairs![$pair] = $pairs![$pair]! + 1;
          $previous = opcode;
        }
        $dispatch: for (;;) {
          switch (opcode) {
${cases}
            default:
              throw new Error(\`tier 1: bad opcode \${opcode} at \${ip}\`);
          }
        }
      }
    }
    const $handler = $env.unwind(frame, ip, entry);
    if ($handler === 0) return NULL;
    frame = $handler;
    $code = $env.code(frame);
    ip = load32(frame + L.FRAME_IP);
    sp = load32(frame + L.FRAME_SP);
  }
}
`;
  return { path: "tier1.ts", text };
}

/** Every body may use any intrinsic, so generated interpreters import all of them. */
export function intrinsicNames(a: Analysis): string[] {
  return [...a.intrinsics];
}

function emitCase(ins: Instruction, byName: ReadonlyMap<string, Instruction>): string {
  if (ins.superOf) {
    // The first instruction, then the second (still in the code right after it) with its own
    // oparg: one dispatch instead of two.
    const [first, second] = ins.superOf.map((n) => byName.get(n)!);
    return `case ${ins.opcode}: /* ${ins.name} */ {
{
${emitBody(first!, byName).join("\n")}
}
oparg = $code[ip]! >> 8;
{
${emitBody(second!, byName).join("\n")}
}
break $dispatch;
}`;
  }
  return `case ${ins.opcode}: /* ${ins.name} */ {
${[...emitBody(ins, byName), "break $dispatch;"].join("\n")}
}`;
}

/** An instruction's statements, ending with `ip` advanced past it. */
function emitBody(ins: Instruction, byName: ReadonlyMap<string, Instruction>): string[] {
  const size = 1 + ins.cacheSize;
  const head = ins.deoptTarget ? byName.get(ins.deoptTarget) : undefined;
  const usesNext = ins.parts.some((p) => p.kind === "uop" && (p.uop.flags.has("HAS_JUMP") || p.uop.flags.has("HAS_FRAME")));
  const target: SequenceTarget = {
    cache: (c, off) => `${cacheRead(c.size, `ip + ${1 + off + c.offset}`)}`,
    expand(name, args, ctx) {
      switch (name) {
        case "DEOPT_IF":
        case "EXIT_IF":
          if (!head) return `if (${args}) throw new Error("${ins.name}: ${name} outside a family");`;
          return `if (${args}) { $env.deopted(${ins.opcode}); opcode = ${head.opcode}; continue $dispatch; }`;
        case "ERROR_IF":
          return `if (${args}) { sp = ${ctx.inputBase}; break $error; }`;
        case "ERROR_NO_POP":
          return `break $error;`;
        case "JUMPBY":
          return `$next += ${args};`;
        case "CHECK_EVAL_BREAKER":
          return `if (load32(L.EVAL_BREAKER) !== 0 && $env.evalBreaker(frame)) break $error;`;
        case "REDISPATCH":
          return `{ opcode = $code[ip]! & 255; continue $dispatch; }`;
        case "SET_CACHE": {
          const comma = args.indexOf(",");
          const name = args.slice(0, comma).trim();
          const entry = ctx.uop.caches.find((c) => c.name === name);
          if (!entry) throw new Error(`${ins.name}: SET_CACHE of '${name}', which is not a cache entry of ${ctx.uop.name}`);
          return cacheWrite(entry.size, `ip + ${1 + ctx.cacheOffset + entry.offset}`, args.slice(comma + 1).trim());
        }
        case "PUSH_FRAME":
          return `{ store32(frame + L.FRAME_SP, ${ctx.inputBase}); frame = ${args}; $code = $env.code(frame); ip = load32(frame + L.FRAME_IP); sp = load32(frame + L.FRAME_SP); continue $main; }`;
        case "POP_FRAME":
          return `{ const $result = ${args}; if (frame === entry) { $env.leaveFrame(frame); return $result; } const $caller = load32(frame + L.FRAME_PREVIOUS); $env.leaveFrame(frame); frame = $caller; $code = $env.code(frame); ip = load32(frame + L.FRAME_IP); ip += INSTR_SIZE[$code[ip]! & 255]!; sp = load32(frame + L.FRAME_SP); store32(sp, $result); sp += 4; continue $main; }`;
        case "YIELD":
          return `{ const $value = ${args}; store32(frame + L.FRAME_IP, ip); store32(frame + L.FRAME_SP, ${ctx.inputBase}); store32(frame + L.FRAME_FLAGS, load32(frame + L.FRAME_FLAGS) | L.FRAME_SUSPENDED); if (frame !== entry) throw new Error("YIELD outside its own interpreter call"); return $value; }`;
        case "RUN_EXECUTOR":
          // The trace may end in another frame (it pushes and pops frames), or raise there.
          return `{ store32(frame + L.FRAME_SP, ${ctx.inputBase}); store32(frame + L.FRAME_IP, ip); const $r = $env.runExecutor(frame, ${args}); frame = $r < 0 ? -$r : $r; $code = $env.code(frame); ip = load32(frame + L.FRAME_IP); sp = load32(frame + L.FRAME_SP); if ($r < 0) break $error; continue $main; }`;
        case "THIS_INSTR":
          return "ip";
        default:
          throw new Error(`unknown special form ${name}`);
      }
    },
  };
  const steps = ins.parts.flatMap((p) => (p.kind === "uop" ? [{ uop: p.uop, cacheOffset: p.cacheOffset }] : []));
  const body = emitSequence(ins.inputs, ins.popped, steps, target);
  const next = usesNext ? [`let $next = ip + ${size};`] : [];
  const advance = usesNext ? `ip = $next;` : `ip += ${size};`;
  return [...next, ...body, advance];
}
