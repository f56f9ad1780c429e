// The assembler: instruction list → CodeInfo.
//  1. flow analysis from the entry (and into handlers from the code they cover): reachability and the stack
//     depth before each instruction, from OPCODE_INFO's stack effects; checks that depths agree
//     where paths merge and never go negative; records each handler's unwind depth;
//  2. threads jumps to jumps, drops unreachable instructions and jumps to the next instruction;
//  3. marks LOAD_FASTs of provably bound locals (bound.ts);
//  4. lays out code units: pseudo JUMP → JUMP_FORWARD/JUMP_BACKWARD, EXTENDED_ARG prefixes and
//     cache units, iterating until jump opargs (whose size depends on the layout) are stable;
//  5. emits units, the line table and the exception table.

import { OPCODE_INFO, OP, PSEUDO, PSEUDO_INFO } from '../../generated/opcodes.js';
import type { CodeInfo, Const, ExceptionEntry, LocalKind } from './code.js';
import { markBoundLoads } from './bound.js';
import { SETUP, isJump, isTerminator, type CodeBuilder, type Handler, type Instr } from './instr.js';

/** Everything about a code object that is not its instructions and tables. */
export interface CodeMeta {
  name: string;
  qualname: string;
  filename: string;
  firstLine: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  localsplus: string[];
  localKinds: LocalKind[];
  /** Slots bound on entry: the parameters (not part of CodeInfo: derived from the counts). */
  nparams: number;
}

export class AssemblerError extends Error {}

function stackEffect(instr: Instr): { popped: number; pushed: number } {
  if (instr.op === PSEUDO.JUMP) {
    const info = PSEUDO_INFO.find((p) => p.id === PSEUDO.JUMP)!;
    return { popped: info.popped(instr.arg), pushed: info.pushed(instr.arg) };
  }
  const info = OPCODE_INFO[instr.op]!;
  let pushed = info.pushed(instr.arg);
  // A generator frame is first resumed right after RETURN_GENERATOR with the value sent in
  // (None) pushed, exactly like after YIELD_VALUE; the table's `(--)` only describes the call
  // that creates the generator. The POP_TOP that follows discards it.
  if (instr.op === OP.RETURN_GENERATOR) pushed += 1;
  return { popped: info.popped(instr.arg), pushed };
}

/** Stack depth before each instruction (-1: unreachable) and the maximum depth. */
function analyzeDepths(instrs: readonly Instr[]): { depths: Int32Array; max: number } {
  const depths = new Int32Array(instrs.length).fill(-1);
  const work: number[] = [];
  let max = 0;
  const reach = (i: number, d: number, from: number): void => {
    if (i >= instrs.length) throw new AssemblerError(`control falls off the end after instruction ${from}`);
    if (depths[i] === -1) {
      depths[i] = d;
      work.push(i);
    } else if (depths[i] !== d) {
      throw new AssemblerError(`stack depth mismatch at instruction ${i}: ${depths[i]} vs ${d} (from ${from})`);
    }
  };
  reach(0, 0, -1);
  while (work.length > 0) {
    const i = work.pop()!;
    const instr = instrs[i]!;
    const d = depths[i]!;
    if (instr.op === SETUP) {
      const h = instr.setup!;
      setHandlerDepth(h, d + h.adjust);
      reach(i + 1, d, i);
      continue;
    }
    // A handler is live when live code is covered by it (SETUP markers dominate that code, so
    // its depth is known): the unwinder truncates to h.depth and pushes the exception.
    const h = instr.handler;
    if (h !== null) {
      if (h.depth < 0) throw new AssemblerError(`instruction ${i} is covered by a handler not yet set up`);
      reach(h.label.pos, h.depth + 1, i);
      max = Math.max(max, h.depth + 1);
    }
    const { popped, pushed } = stackEffect(instr);
    if (d - popped < 0) throw new AssemblerError(`stack underflow at instruction ${i} (op ${instr.op})`);
    const after = d - popped + pushed;
    max = Math.max(max, after);
    if (instr.target !== null) reach(instr.target.pos, after, i);
    if (!isTerminator(instr.op)) reach(i + 1, after, i);
  }
  return { depths, max };
}

function setHandlerDepth(h: Handler, depth: number): void {
  if (h.depth !== -1 && h.depth !== depth) throw new AssemblerError('handler set up at two depths');
  if (depth < 0) throw new AssemblerError('negative handler depth');
  h.depth = depth;
}

/**
 * Keep the instructions for which `keep` holds; labels move to the next kept instruction (only
 * dropped code can jump to a dropped instruction, so live jumps keep their meaning).
 */
function filterInstrs(instrs: readonly Instr[], keep: (i: number) => boolean): Instr[] {
  const newIndex = new Int32Array(instrs.length + 1);
  const out: Instr[] = [];
  for (let i = 0; i < instrs.length; i++) {
    newIndex[i] = out.length;
    if (keep(i)) out.push(instrs[i]!);
  }
  newIndex[instrs.length] = out.length;
  const seen = new Set<object>();
  for (const instr of instrs) {
    for (const label of [instr.target, instr.setup?.label, instr.handler?.label]) {
      if (label && !seen.has(label)) {
        seen.add(label);
        label.pos = newIndex[label.pos]!;
      }
    }
  }
  return out;
}

function checkLabels(instrs: readonly Instr[]): void {
  for (const instr of instrs) {
    if (instr.target !== null && instr.target.pos < 0) throw new AssemblerError('jump to an unbound label');
    if (instr.setup !== null && instr.setup.label.pos < 0) throw new AssemblerError('handler at an unbound label');
  }
}

/** Unreachable code, SETUP markers (their work is done) and jumps to the next instruction go. */
function simplify(instrs: Instr[], depths: Int32Array): Instr[] {
  let out = filterInstrs(instrs, (i) => depths[i]! >= 0 && instrs[i]!.op !== SETUP);
  // Removing a jump can make another one redundant (a jump to a jump to the end): iterate.
  for (;;) {
    const cur = out;
    const next = filterInstrs(cur, (i) => !(cur[i]!.op === PSEUDO.JUMP && cur[i]!.target!.pos === i + 1));
    if (next.length === cur.length) return next;
    out = next;
  }
}

function extendedArgCount(arg: number): number {
  let n = 0;
  while (arg > 0xff) {
    arg >>>= 8;
    n++;
  }
  return n;
}

/** Real opcode of an instruction at index `i` (JUMP becomes forward or backward). */
function realOp(instr: Instr, i: number): number {
  if (instr.op !== PSEUDO.JUMP) return instr.op;
  return instr.target!.pos > i ? OP.JUMP_FORWARD : OP.JUMP_BACKWARD;
}

interface Layout {
  ops: number[];
  args: number[];
  /** Offset (code units) of each instruction's first unit, including EXTENDED_ARG prefixes. */
  offsets: number[];
  total: number;
}

function layout(instrs: readonly Instr[]): Layout {
  const ops = instrs.map(realOp);
  const args = instrs.map((ins) => ins.arg);
  const offsets = new Array<number>(instrs.length + 1).fill(0);
  for (let round = 0; ; round++) {
    if (round > 64) throw new AssemblerError('jump layout does not converge');
    let off = 0;
    for (let i = 0; i < instrs.length; i++) {
      offsets[i] = off;
      off += extendedArgCount(args[i]!) + 1 + OPCODE_INFO[ops[i]!]!.cacheSize;
    }
    offsets[instrs.length] = off;
    let changed = false;
    for (let i = 0; i < instrs.length; i++) {
      const target = instrs[i]!.target;
      if (target === null) continue;
      const next = offsets[i + 1]!;
      const dest = offsets[target.pos]!;
      const arg = ops[i] === OP.JUMP_BACKWARD ? next - dest : dest - next;
      if (arg < 0) throw new AssemblerError(`jump in the wrong direction at instruction ${i}`);
      if (arg !== args[i]) {
        args[i] = arg;
        changed = true;
      }
    }
    if (!changed) return { ops, args, offsets, total: off };
  }
}

function emitUnits(instrs: readonly Instr[], lay: Layout): { units: Uint16Array; lines: Int32Array } {
  const units = new Uint16Array(lay.total);
  const lines = new Int32Array(lay.total);
  for (let i = 0; i < instrs.length; i++) {
    let off = lay.offsets[i]!;
    const op = lay.ops[i]!;
    const arg = lay.args[i]!;
    const line = instrs[i]!.line;
    const ext = extendedArgCount(arg);
    for (let k = ext; k > 0; k--) {
      lines[off] = line;
      units[off++] = OP.EXTENDED_ARG | (((arg >>> (8 * k)) & 0xff) << 8);
    }
    lines[off] = line;
    units[off++] = op | ((arg & 0xff) << 8);
    for (let c = 0; c < OPCODE_INFO[op]!.cacheSize; c++) lines[off++] = line;
  }
  return { units, lines };
}

/** One entry per maximal run of instructions with the same innermost handler. */
function exceptionTable(instrs: readonly Instr[], lay: Layout): ExceptionEntry[] {
  const out: ExceptionEntry[] = [];
  let i = 0;
  while (i < instrs.length) {
    const h = instrs[i]!.handler;
    let j = i + 1;
    while (j < instrs.length && instrs[j]!.handler === h) j++;
    if (h !== null) {
      if (h.depth < 0) throw new AssemblerError('live code covered by a handler that was never set up');
      out.push({ start: lay.offsets[i]!, end: lay.offsets[j]!, target: lay.offsets[h.label.pos]!, depth: h.depth });
    }
    i = j;
  }
  return out;
}

const CONDITIONAL_JUMPS: ReadonlySet<number> = new Set([
  OP.POP_JUMP_IF_FALSE, OP.POP_JUMP_IF_TRUE, OP.POP_JUMP_IF_NONE, OP.POP_JUMP_IF_NOT_NONE,
]);

/**
 * A jump (or conditional jump) to an unconditional JUMP goes straight to its target;
 * conditional jumps only forward, as there are no backward conditional jumps.
 */
function threadJumps(instrs: readonly Instr[]): void {
  instrs.forEach((ins, i) => {
    if (ins.target === null) return;
    const conditional = CONDITIONAL_JUMPS.has(ins.op);
    if (ins.op !== PSEUDO.JUMP && !conditional) return;
    let target = ins.target;
    for (let hops = 0; hops < instrs.length; hops++) {
      const next = instrs[target.pos];
      if (next === undefined || next.op !== PSEUDO.JUMP || next === ins) break;
      if (conditional && next.target!.pos <= i) break;
      target = next.target!;
    }
    ins.target = target;
  });
}

export function assemble(b: CodeBuilder, meta: CodeMeta): CodeInfo {
  checkLabels(b.instrs);
  for (const ins of b.instrs) if (ins.target !== null && !isJump(ins.op)) throw new AssemblerError('target on a non-jump');
  threadJumps(b.instrs);
  const { depths, max } = analyzeDepths(b.instrs);
  const instrs = simplify(b.instrs, depths);
  markBoundLoads(instrs, meta.localsplus.length, meta.nparams, (i) => meta.localKinds[i] === 'local');
  const lay = layout(instrs);
  const { units, lines } = emitUnits(instrs, lay);
  return {
    name: meta.name,
    qualname: meta.qualname,
    filename: meta.filename,
    firstLine: meta.firstLine,
    argcount: meta.argcount,
    posonlyargcount: meta.posonlyargcount,
    kwonlyargcount: meta.kwonlyargcount,
    flags: meta.flags,
    localsplus: meta.localsplus,
    localKinds: meta.localKinds,
    stacksize: max,
    units,
    consts: b.consts as readonly Const[],
    names: b.names,
    lines,
    exceptionTable: exceptionTable(instrs, lay),
  };
}
