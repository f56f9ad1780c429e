// Executors: optimized traces attached to code objects, and the loop that runs them.
//
// A hot back edge (JUMP_BACKWARD's counter) projects a trace from the loop's head, optimizes it
// and packs it; the JUMP_BACKWARD unit becomes ENTER_EXECUTOR (same oparg, so undoing it is one
// opcode byte). ENTER_EXECUTOR calls runExecutor, which runs the trace on the generated uop
// interpreter. A trace leaves through an exit (a failed guard, or its end); tier 1 resumes at
// the exiting uop's instruction with the frame exactly as the trace left it. Exits that get hot
// grow side traces projected from where they leave, and an exit that lands on another loop's
// ENTER_EXECUTOR runs that loop's trace directly, so chained traces rarely return to tier 1.
import { OP } from "../../generated/opcodes.js";
import { INSTR_SIZE } from "../../generated/tier1.js";
import { runTier2 } from "../../generated/tier2.js";
import { EXPANSION, UOP_INFO } from "../../generated/uops.js";
import * as L from "../layout.js";
import { type CodeObject, codeObject } from "../objects/callables.js";
import { type OptimizeResult, optimizeTrace } from "../optimizer/optimize.js";
import type { InterpEnv } from "../vm/interp-env.js";
import { load32, store32 } from "../vm/memory.js";
import { heap, options } from "../vm/space.js";
import { BACK_EDGE_COUNTER, backedOff, backEdgeCounter } from "../vm/specialize/counters.js";
import type { Ptr, Value } from "../vm/types.js";
import { instructionUnit, project } from "./project.js";
import { type TraceUop, pack } from "./trace.js";
import { tier2Stats } from "./stats.js";
import { installWatchers, stale, watch } from "./watch.js";

export interface Executor {
  /** Numbered in creation order (for `tierforge trace` and --stats). */
  readonly id: number;
  readonly code: Value;
  /** The bytecode index the trace starts at (a loop's head, or a side exit's instruction). */
  readonly startIp: number;
  /** The uops as projected, and what the optimizer made of them (undefined: --optimizer none). */
  readonly projected: readonly TraceUop[];
  readonly optimized: OptimizeResult | undefined;
  /** The uops that run, packed. */
  readonly uops: readonly TraceUop[];
  readonly trace: Int32Array;
  /** Why projection stopped. */
  readonly stop: string;
  /** Side exits: executions by exit index (a uop's index), and the side trace grown there. */
  readonly exitCounts: Uint32Array;
  readonly exitLimits: Float64Array;
  readonly side: (Executor | undefined)[];
  /** The exit this side trace hangs off, for root traces undefined. */
  readonly parent: { readonly executor: Executor; readonly exit: number } | undefined;
  readonly chainDepth: number;
  valid: boolean;
  /** Times the trace was entered. */
  runs: number;
}

/** Every executor made, in creation order. */
export const allExecutors: Executor[] = [];
const byCode = new WeakMap<CodeObject, Map<number, Executor>>();
/** Side traces hang at most this deep below a root trace. */
const MAX_CHAIN = 8;
/** Executors per code object (CPython caps them too). */
const MAX_PER_CODE = 256;

// Callees a trace was projected through stay alive as long as the trace may run: the trace's
// guard compares the callable with the cached function, and a freed function's address could
// be reused by another function whose code the trace did not project.
const pinned = new Set<Value>();
heap().addRoots((visit) => {
  for (const v of pinned) visit(v);
});

const codeOfFrame = (frame: Ptr): Value => load32(frame + L.FRAME_CODE) as Value;

/** JUMP_BACKWARD at `instr` got hot: try to make its loop a trace. */
export function backEdgeHot(frame: Ptr, instr: number, oparg: number): boolean {
  const code = codeOfFrame(frame);
  const co = codeObject(code);
  const units = co.units;
  const counterAt = instr + 1 + BACK_EDGE_COUNTER;
  if (options.tier !== 2) {
    units[counterAt] = backEdgeCounter();
    return false;
  }
  const execs = executorsOf(co);
  const head = instr + INSTR_SIZE[OP.JUMP_BACKWARD]! - oparg;
  const made = execs.size < MAX_PER_CODE ? makeExecutor(frame, code, head, undefined) : undefined;
  if (!made) {
    units[counterAt] = backedOff(units[counterAt]!);
    return false;
  }
  execs.set(instr, made);
  units[instr] = (units[instr]! & 0xff00) | OP.ENTER_EXECUTOR;
  return true;
}

function executorsOf(co: CodeObject): Map<number, Executor> {
  let m = byCode.get(co);
  if (!m) byCode.set(co, (m = new Map()));
  return m;
}

/** Projects, optimizes and packs a trace; `frame` is where it will first run (for its stack depth). */
function makeExecutor(
  frame: Ptr,
  code: Value,
  startIp: number,
  parent: Executor["parent"],
  firstBranchTaken?: boolean,
  useless?: (first: TraceUop) => boolean,
): Executor | undefined {
  const p = project(code, startIp, { firstBranchTaken }, parent === undefined);
  if (p.kind === "none") {
    tier2Stats.failed(p.reason);
    return undefined;
  }
  if (stale(p.uops)) {
    tier2Stats.failed("specialized for a class or namespace that has changed since (tier 1 re-specializes first)");
    return undefined;
  }
  const co = codeObject(code);
  const stackDepth = (load32(frame + L.FRAME_SP) - (frame + L.FRAME_LOCALS)) / 4 - co.nlocalsplus;
  const optimized = options.optimizer === "none" ? undefined : optimizeTrace(p.uops, options.optimizer, { stackDepth, nlocals: co.nlocalsplus });
  const uops = optimized ? optimized.uops : p.uops;
  if (useless?.(uops[0]!)) {
    tier2Stats.failed("a side trace would fail the same guard at once");
    return undefined;
  }
  for (const f of p.callees) pinned.add(f);
  const exec: Executor = {
    id: allExecutors.length + 1,
    code,
    startIp,
    projected: p.uops,
    optimized,
    uops,
    trace: pack(uops),
    stop: p.stop,
    exitCounts: new Uint32Array(uops.length),
    exitLimits: new Float64Array(uops.length).fill(options.tier2Threshold),
    side: new Array(uops.length).fill(undefined),
    parent,
    chainDepth: parent ? parent.executor.chainDepth + 1 : 0,
    valid: true,
    runs: 0,
  };
  allExecutors.push(exec);
  watch(exec, exec.uops);
  tier2Stats.created(exec.parent !== undefined, optimized?.guardsRemoved ?? 0);
  return exec;
}

/** Runs executor of ENTER_EXECUTOR at `ip` of the frame's code (see InterpEnv.runExecutor). */
export function runExecutor(env: InterpEnv, frame: Ptr, ip: number): number {
  const co = codeObject(codeOfFrame(frame));
  const first = byCode.get(co)?.get(ip);
  if (!first || !first.valid) {
    // Undo: the unit is JUMP_BACKWARD again, and tier 1 re-executes it.
    co.units[ip] = (co.units[ip]! & 0xff00) | OP.JUMP_BACKWARD;
    co.units[ip + 1 + BACK_EDGE_COUNTER] = backEdgeCounter();
    byCode.get(co)?.delete(ip);
    return frame;
  }
  let exec: Executor = first;
  for (;;) {
    exec.runs++;
    const r = runTier2(env, frame, exec.trace);
    frame = env.exitFrame;
    if (r < 0) return -frame;
    const left = exec.uops[r]!;
    // Resume at the instruction's first unit, so tier 1 sees its EXTENDED_ARG prefixes.
    store32(frame + L.FRAME_IP, left.start);
    tier2Stats.exited(left);
    let side: Executor | undefined = exec.side[r];
    if (side && !side.valid) side = exec.side[r] = undefined;
    if (side) {
      exec = side;
      continue;
    }
    exec.exitCounts[r]!++;
    // Leaving at another loop's back edge that has a trace: run it without a trip through tier 1
    // (unless a safepoint is pending, which ENTER_EXECUTOR would handle).
    const here = codeObject(codeOfFrame(frame));
    const at = instructionUnit(here.units, load32(frame + L.FRAME_IP));
    if ((here.units[at]! & 255) === OP.ENTER_EXECUTOR) {
      const next = byCode.get(here)?.get(at);
      if (next && next.valid && load32(L.EVAL_BREAKER) === 0) {
        exec = next;
        continue;
      }
      return frame;
    }
    if (!side && exec.exitCounts[r]! >= exec.exitLimits[r]!) {
      const grown = growSideTrace(exec, r, frame);
      if (grown) {
        exec = grown;
        continue;
      }
    }
    return frame;
  }
}

/** A hot exit: project a side trace from where it leaves. */
function growSideTrace(exec: Executor, exit: number, frame: Ptr): Executor | undefined {
  const u = exec.uops[exit]!;
  if (exec.chainDepth >= MAX_CHAIN) return giveUp(exec, exit);
  // A failed branch guard: the side trace follows the direction the guard did not expect.
  const branchOf = branchGuardDirection(u);
  // A side trace that would fail the same way at once is no better than tier 1.
  const same = (first: TraceUop) => first.uop === u.uop && first.target === u.target && first.code === u.code;
  const side = makeExecutor(frame, u.code as Value, u.start, { executor: exec, exit }, branchOf === undefined ? undefined : !branchOf, same);
  if (!side) return giveUp(exec, exit);
  exec.side[exit] = side;
  return side;
}

function giveUp(exec: Executor, exit: number): undefined {
  exec.exitCounts[exit] = 0;
  exec.exitLimits[exit] = exec.exitLimits[exit]! * 4;
  return undefined;
}

/** For a branch's guard: true if it guards the jump-taken direction, false for fall-through. */
function branchGuardDirection(u: TraceUop): boolean | undefined {
  const units = codeObject(u.code as Value).units;
  const op = units[instructionUnit(units, u.target)]! & 255;
  for (const [id] of EXPANSION[op] ?? []) {
    const t = UOP_INFO[id]?.trace;
    if (t?.kind === "branch" && (t.taken === u.uop || t.fallthrough === u.uop)) return t.taken === u.uop;
  }
  return undefined;
}

/** Drops an executor and the side traces that hang off it. */
function invalidate(e: Executor, reason: string): void {
  if (!e.valid) return;
  e.valid = false;
  tier2Stats.invalidated(reason);
  for (const s of e.side) if (s) invalidate(s, reason);
}

installWatchers((w, reason) => invalidate(w as Executor, reason));
