// Structural checks of compiled code, independent of the assembler: decodes the final code
// units and re-derives control flow and stack depths from generated/opcodes.ts.

import { FLAG, OPCODE_INFO, OP } from '../../generated/opcodes.js';
import type { CodeInfo } from '../../runtime/compiler/code.js';
import { decode, jumpTarget, type DecodedInstr } from '../../runtime/compiler/dis.js';

const TERMINATORS: ReadonlySet<number> = new Set([
  OP.JUMP_FORWARD, OP.JUMP_BACKWARD, OP.RETURN_VALUE, OP.RETURN_CONST, OP.RAISE_VARARGS, OP.RERAISE,
]);
const NAME_OPS: ReadonlySet<number> = new Set(OPCODE_INFO.filter((i) => i.flags & FLAG.HAS_NAME).map((i) => i.opcode));
const SLOT_OPS: ReadonlySet<number> = new Set(OPCODE_INFO.filter((i) => i.flags & FLAG.HAS_LOCAL).map((i) => i.opcode));

/** Problems found in `code` and every nested code object (empty when valid). */
export function validateCode(code: CodeInfo, path = code.qualname): string[] {
  const errors: string[] = [];
  const err = (msg: string): void => {
    errors.push(`${path}: ${msg}`);
  };
  try {
    checkOne(code, err);
  } catch (e) {
    err(`decode failed: ${(e as Error).message}`);
  }
  for (const c of code.consts) if (c.kind === 'code') errors.push(...validateCode(c.code, `${path}/${c.code.qualname}`));
  return errors;
}

function checkOne(code: CodeInfo, err: (msg: string) => void): void {
  if (code.lines.length !== code.units.length) err('line table length differs from code length');
  if (code.localKinds.length !== code.localsplus.length) err('localKinds/localsplus length mismatch');
  const all = decode(code);
  // Instruction starts: an EXTENDED_ARG prefix starts the instruction it extends.
  const instrs: DecodedInstr[] = [];
  const starts = new Map<number, number>();
  let prefixStart = -1;
  for (const ins of all) {
    for (let u = ins.offset + 1; u < ins.next; u++) if (code.units[u] !== 0) err(`cache unit ${u} is not 0`);
    if (ins.op === OP.EXTENDED_ARG) {
      if (prefixStart < 0) prefixStart = ins.offset;
      continue;
    }
    const start = prefixStart >= 0 ? prefixStart : ins.offset;
    prefixStart = -1;
    starts.set(start, instrs.length);
    instrs.push({ ...ins, offset: start });
  }
  if (prefixStart >= 0) err('trailing EXTENDED_ARG');
  checkOperands(code, instrs, err);
  checkPrologue(code, instrs, err);
  checkFlow(code, instrs, starts, err);
}

function checkOperands(code: CodeInfo, instrs: readonly DecodedInstr[], err: (msg: string) => void): void {
  for (const ins of instrs) {
    const info = OPCODE_INFO[ins.op]!;
    if ((info.flags & FLAG.HAS_ARG) === 0 && ins.arg !== 0) err(`${info.name} at ${ins.offset} has oparg ${ins.arg}`);
    if ((ins.op === OP.LOAD_CONST || ins.op === OP.RETURN_CONST) && ins.arg >= code.consts.length) err(`bad const ${ins.arg}`);
    if (NAME_OPS.has(ins.op) && ins.arg >= code.names.length) err(`bad name ${ins.arg}`);
    if (SLOT_OPS.has(ins.op) && ins.arg >= code.localsplus.length) err(`bad slot ${ins.arg}`);
    const kind = code.localKinds[ins.arg];
    if ((ins.op === OP.LOAD_FAST || ins.op === OP.LOAD_FAST_BOUND || ins.op === OP.STORE_FAST || ins.op === OP.DELETE_FAST) && kind !== 'local') {
      err(`${info.name} of a ${kind} slot at ${ins.offset}`);
    }
    if ((ins.op === OP.LOAD_DEREF || ins.op === OP.STORE_DEREF || ins.op === OP.LOAD_CLOSURE) && kind === 'local') {
      err(`${info.name} of a plain local at ${ins.offset}`);
    }
  }
}

/** COPY_FREE_VARS, MAKE_CELLs, [RETURN_GENERATOR, POP_TOP], RESUME 0 — and nothing else first. */
function checkPrologue(code: CodeInfo, instrs: readonly DecodedInstr[], err: (msg: string) => void): void {
  const expected: [number, number][] = [];
  const nfree = code.localKinds.filter((k) => k === 'free').length;
  if (nfree > 0) expected.push([OP.COPY_FREE_VARS, nfree]);
  code.localKinds.forEach((k, i) => {
    if (k === 'cell') expected.push([OP.MAKE_CELL, i]);
  });
  if ((code.flags & 0x20) !== 0) expected.push([OP.RETURN_GENERATOR, 0], [OP.POP_TOP, 0]);
  expected.push([OP.RESUME, 0]);
  expected.forEach(([op, arg], i) => {
    const ins = instrs[i];
    if (ins?.op !== op || ins.arg !== arg) err(`prologue item ${i} should be ${OPCODE_INFO[op]!.name} ${arg}`);
  });
}

function checkFlow(
  code: CodeInfo,
  instrs: readonly DecodedInstr[],
  starts: ReadonlyMap<number, number>,
  err: (msg: string) => void,
): void {
  const depth = new Array<number>(instrs.length).fill(-1);
  const work: number[] = [];
  let max = 0;
  const reach = (i: number | undefined, d: number, why: string): void => {
    if (i === undefined) return err(`${why}: not an instruction start`);
    if (depth[i] === -1) {
      depth[i] = d;
      work.push(i);
    } else if (depth[i] !== d) {
      err(`depth mismatch at ${instrs[i]!.offset}: ${depth[i]} vs ${d} (${why})`);
    }
  };
  const table = code.exceptionTable;
  for (const e of table) {
    if (!(e.start < e.end) || e.end > code.units.length) err(`bad exception range ${e.start}-${e.end}`);
    if (!starts.has(e.start) || (e.end < code.units.length && !starts.has(e.end))) err(`range ${e.start}-${e.end} splits an instruction`);
    if (!starts.has(e.target)) err(`handler target ${e.target} is not an instruction start`);
  }
  for (let k = 1; k < table.length; k++) {
    if (table[k]!.start < table[k - 1]!.end) err('overlapping or unsorted exception entries');
  }
  reach(0, 0, 'entry');
  while (work.length > 0) {
    const i = work.pop()!;
    const ins = instrs[i]!;
    const d = depth[i]!;
    const info = OPCODE_INFO[ins.op]!;
    const handler = table.find((e) => ins.offset >= e.start && ins.offset < e.end);
    if (handler) {
      if (handler.depth > d) err(`handler depth ${handler.depth} above stack depth ${d} at ${ins.offset}`);
      reach(starts.get(handler.target), handler.depth + 1, `handler of ${ins.offset}`);
      max = Math.max(max, handler.depth + 1);
    }
    const popped = info.popped(ins.arg);
    // A generator is resumed after RETURN_GENERATOR with the sent value pushed.
    const pushed = info.pushed(ins.arg) + (ins.op === OP.RETURN_GENERATOR ? 1 : 0);
    if (d < popped) {
      err(`stack underflow at ${ins.offset} (${info.name})`);
      continue;
    }
    const after = d - popped + pushed;
    max = Math.max(max, after);
    if ((info.flags & FLAG.HAS_JUMP) !== 0) reach(starts.get(jumpTarget(ins)), after, `jump at ${ins.offset}`);
    if (!TERMINATORS.has(ins.op)) {
      if (i + 1 >= instrs.length) err(`falls off the end at ${ins.offset}`);
      else reach(i + 1, after, `after ${ins.offset}`);
    }
  }
  depth.forEach((d, i) => {
    if (d < 0) err(`unreachable instruction at ${instrs[i]!.offset}`);
  });
  if (max !== code.stacksize) err(`stacksize ${code.stacksize} but flow analysis says ${max}`);
}
