// Trace projection (CPython 3.13's approach): starting at a bytecode index, walk the code as it is
// specialized right now and expand each instruction into its uops with the generated macro
// expansion (EXPANSION), copying each uop's cache entries in as operands. Nothing here is
// per-opcode: what to do at a jump comes from the uop's generated trace form (a `branch(...)`
// annotation names the guards, unconditional jumps are followed), calls are followed into the
// callee named by the instruction's `func` cache entry, and the trace stops at the first
// instruction that has no tier-2 form.
import { CACHE_ENTRIES, FLAG, OP, OPCODE_INFO, SUPERINSTRUCTIONS } from "../../generated/opcodes.js";
import { INSTR_SIZE } from "../../generated/tier1.js";
import { EXPANSION, UOP, UOP_INFO } from "../../generated/uops.js";
import { type CodeObject, codeObject, functionData } from "../objects/callables.js";
import type { Value } from "../vm/types.js";
import type { TraceUop } from "./trace.js";

/** Longest trace, in uops (CPython's UOP_MAX_TRACE_LENGTH is 512). */
export const MAX_TRACE = 400;
/** Deepest call the trace follows (frames pushed by the trace itself). */
export const MAX_DEPTH = 6;

export type Projection =
  | { readonly kind: "trace"; readonly uops: TraceUop[]; readonly stop: string; readonly callees: readonly Value[] }
  | { readonly kind: "none"; readonly reason: string };

export interface ProjectOptions {
  /** Follow the first conditional branch in this direction (a side trace from a failed guard). */
  readonly firstBranchTaken?: boolean | undefined;
}

const SUPER_FIRST: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (const s of SUPERINSTRUCTIONS) t[s.opcode] = s.first;
  return t;
})();

interface Level {
  readonly code: Value;
  readonly co: CodeObject;
  /** Where the caller resumes after the call (the instruction after CALL), for returns. */
  readonly resume: number;
}

/** Projects a trace from `startIp` of `code`; a root trace closes the loop back to `startIp`. */
export function project(code: Value, startIp: number, opts: ProjectOptions, root: boolean): Projection {
  const uops: TraceUop[] = [];
  const frames: Level[] = [];
  const callees: Value[] = [];
  let level: Level = { code, co: codeObject(code), resume: -1 };
  let ip = startIp;
  let forced = opts.firstBranchTaken;
  let start = startIp;
  const emit = (uop: number, oparg: number, target: number, operands: number[] = []) =>
    uops.push({ uop, oparg, target, start: target === 0 ? 0 : start, operands, code: level.code, depth: frames.length });
  const stop = (why: string, at: number): Projection => {
    emit(UOP._EXIT_TRACE, 0, at);
    // A trace that only checks things before leaving does no work tier 1 would not do.
    const works = uops.some((u) => u.uop !== UOP._EXIT_TRACE && !(UOP_INFO[u.uop]!.flags & (FLAG.HAS_DEOPT | FLAG.HAS_EXIT)));
    return works ? { kind: "trace", uops, stop: why, callees } : { kind: "none", reason: why };
  };
  for (;;) {
    if (uops.length >= MAX_TRACE) return stop("trace too long", ip);
    const units = level.co.units;
    // EXTENDED_ARG prefixes widen the oparg; the instruction proper follows them.
    start = ip;
    let oparg = 0;
    while ((units[ip]! & 255) === OP.EXTENDED_ARG) {
      oparg = (oparg << 8) | (units[ip]! >> 8);
      ip++;
    }
    const at = ip;
    let opcode = units[ip]! & 255;
    oparg = (oparg << 8) | (units[ip]! >> 8);
    const next = ip + (INSTR_SIZE[opcode] || 1);
    // A loop that has a trace already: ENTER_EXECUTOR kept JUMP_BACKWARD's oparg.
    if (opcode === OP.ENTER_EXECUTOR) opcode = OP.JUMP_BACKWARD;
    // A superinstruction's unit stands for its first half; the second is still in place after it.
    if (SUPER_FIRST[opcode]) opcode = SUPER_FIRST[opcode]!;
    const info = OPCODE_INFO[opcode]!;
    if (!info.tier2) return stop(`${info.name} has no tier-2 form`, at);
    let jumped = -1;
    for (const [uopId, cacheOffset] of EXPANSION[opcode]!) {
      const u = UOP_INFO[uopId]!;
      if (u.flags & FLAG.SPECIALIZING) continue;
      const t = u.trace;
      if (t?.kind === "jump") {
        if (!t.backward) {
          jumped = next + oparg;
          break;
        }
        const dest = next - oparg;
        if (root && frames.length === 0 && level.code === code && dest === startIp) {
          emit(UOP._JUMP_TO_TOP, 0, at);
          return { kind: "trace", uops, stop: "loops", callees };
        }
        return stop("another loop's back edge", at);
      }
      if (t?.kind === "branch") {
        const taken = forced ?? false;
        forced = undefined;
        const guard = taken ? t.taken : t.fallthrough;
        if (guard === 0) return stop(`${info.name}: the trace cannot follow its jump`, at);
        emit(guard, oparg, at);
        if (taken) jumped = next + oparg;
        continue;
      }
      if (u.flags & FLAG.POPS_FRAME && frames.length === 0) return stop("returns from the trace's frame", at);
      // A call that may push a frame, to a function we do not know (generic CALL): leave before it.
      const callee = u.flags & FLAG.PUSHES_FRAME ? calleeOf(units, ip, opcode) : (0 as Value);
      if (u.flags & FLAG.PUSHES_FRAME && callee === 0) return stop(`${info.name}: unknown callee`, at);
      emit(uopId, oparg, at, operands(units, ip, cacheOffset, u.caches));
      if (u.flags & FLAG.PUSHES_FRAME) {
        const calleeCode = functionData(callee).code as Value;
        const co = codeObject(calleeCode);
        const recursive = co === level.co || frames.some((f) => f.co === co);
        frames.push(level);
        level = { code: calleeCode, co, resume: next };
        callees.push(callee);
        // The frame is pushed either way; unless we follow it, the trace leaves at its first instruction.
        if (recursive || frames.length > MAX_DEPTH) return stop("recursive or deep call", 0);
        jumped = 0;
        break;
      }
      if (u.flags & FLAG.POPS_FRAME) {
        const resume = level.resume;
        level = frames.pop()!;
        jumped = resume;
        break;
      }
    }
    ip = jumped >= 0 ? jumped : next;
  }
}

/** Operand words of a uop: its cache entries, read from the instruction's inline cache. */
function operands(units: Uint16Array, at: number, cacheOffset: number, caches: readonly { size: number; offset: number }[]): number[] {
  const words: number[] = [];
  for (const c of caches) {
    const p = at + 1 + cacheOffset + c.offset;
    if (c.size === 1) words.push(units[p]!);
    else if (c.size === 2) words.push(units[p]! | (units[p + 1]! << 16));
    else words.push(units[p]! | (units[p + 1]! << 16), units[p + 2]! | (units[p + 3]! << 16));
  }
  return words;
}

/** The function a frame-pushing instruction calls: its cache entry `func` (0 if it has none). */
function calleeOf(units: Uint16Array, at: number, opcode: number): Value {
  const e = CACHE_ENTRIES[opcode]!["func"];
  if (!e || e.size !== 2) return 0 as Value;
  const p = at + 1 + e.offset;
  return (units[p]! | (units[p + 1]! << 16)) as Value;
}

/** The index of the opcode unit of the instruction starting at `ip` (after EXTENDED_ARG prefixes). */
export function instructionUnit(units: Uint16Array, ip: number): number {
  while ((units[ip]! & 255) === OP.EXTENDED_ARG) ip++;
  return ip;
}
