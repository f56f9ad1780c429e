// The code generator's intermediate form: a flat list of instructions with symbolic jump
// targets (labels) and, per instruction, the innermost exception handler covering it. The
// assembler (assemble.ts) turns it into a CodeInfo.

import { FLAG, OPCODE_INFO, OP, PSEUDO } from '../../generated/opcodes.js';
import type { Const } from './code.js';

/** A jump target: the index of the instruction it is bound before (-1 until bound). */
export interface Label {
  pos: number;
}

/**
 * An exception handler. `depth` (the stack depth to unwind to) is found by the assembler's
 * flow analysis at the handler's SETUP marker, plus `adjust` (with: the handler keeps `exit`
 * but not the `__enter__` result that is on the stack when the handler is set up).
 */
export interface Handler {
  readonly label: Label;
  readonly adjust: number;
  depth: number;
}

/** Marker opcode (never emitted): "handler `setup` becomes active here; record its depth". */
export const SETUP = -1;

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  line: number;
  /** Innermost handler covering this instruction (null: exceptions leave the frame). */
  handler: Handler | null;
  /** For SETUP markers: the handler being set up. */
  setup: Handler | null;
}

export function isJump(op: number): boolean {
  return op === PSEUDO.JUMP || (op >= 0 && (OPCODE_INFO[op]!.flags & FLAG.HAS_JUMP) !== 0);
}

/** Instructions after which control never falls through to the next one. */
export function isTerminator(op: number): boolean {
  switch (op) {
    case PSEUDO.JUMP:
    case OP.JUMP_FORWARD:
    case OP.JUMP_BACKWARD:
    case OP.RETURN_VALUE:
    case OP.RETURN_CONST:
    case OP.RAISE_VARARGS:
    case OP.RERAISE:
      return true;
    default:
      return false;
  }
}

/** Dedup key of a constant: 0, 0.0, -0.0 and False must stay distinct; code objects never merge. */
function constKey(c: Const): string | null {
  switch (c.kind) {
    case 'None':
      return 'N';
    case 'Ellipsis':
      return 'E';
    case 'bool':
      return c.value ? 'T' : 'F';
    case 'int':
      return `i${c.value}`;
    case 'float':
      return `f${Object.is(c.value, -0) ? '-0' : String(c.value)}`;
    case 'str':
      return `s${c.value}`;
    case 'bytes':
      return `y${Array.from(c.value).join(',')}`;
    case 'tuple': {
      const keys = c.items.map(constKey);
      return keys.includes(null) ? null : `t(${keys.join('\u0000')})`;
    }
    case 'code':
      return null;
    default:
      return assertNeverConst(c);
  }
}

function assertNeverConst(c: never): never {
  throw new Error(`unknown constant ${JSON.stringify(c)}`);
}

/** Instruction list, constant and name tables of one code object being generated. */
export class CodeBuilder {
  readonly instrs: Instr[] = [];
  readonly consts: Const[] = [];
  readonly names: string[] = [];
  private readonly constIndex = new Map<string, number>();
  private readonly nameIndex = new Map<string, number>();
  /** Active exception handlers, innermost last. */
  handlers: Handler[] = [];
  line: number;

  constructor(firstLine: number) {
    this.line = firstLine;
  }

  emit(op: number, arg = 0): void {
    const info = OPCODE_INFO[op];
    if (info === undefined) throw new Error(`codegen: unknown opcode ${op}`);
    if ((info.flags & FLAG.HAS_JUMP) !== 0) throw new Error(`codegen: ${info.name} needs a label`);
    if (arg !== 0 && (info.flags & FLAG.HAS_ARG) === 0) throw new Error(`codegen: ${info.name} takes no oparg`);
    this.push(op, arg, null);
  }

  /** A jump (real or pseudo JUMP) to `target`; its oparg is computed by the assembler. */
  jump(op: number, target: Label): void {
    if (!isJump(op)) throw new Error(`codegen: opcode ${op} is not a jump`);
    this.push(op, 0, target);
  }

  private push(op: number, arg: number, target: Label | null): void {
    this.instrs.push({ op, arg, target, line: this.line, handler: this.currentHandler(), setup: null });
  }

  currentHandler(): Handler | null {
    return this.handlers[this.handlers.length - 1] ?? null;
  }

  newLabel(): Label {
    return { pos: -1 };
  }

  bind(label: Label): void {
    if (label.pos !== -1) throw new Error('codegen: label bound twice');
    label.pos = this.instrs.length;
  }

  /** Activate a handler at `label` for the instructions emitted until popHandler. */
  pushHandler(label: Label, adjust = 0): Handler {
    const h: Handler = { label, adjust, depth: -1 };
    this.instrs.push({ op: SETUP, arg: 0, target: null, line: this.line, handler: this.currentHandler(), setup: h });
    this.handlers.push(h);
    return h;
  }

  popHandler(h: Handler): void {
    if (this.handlers.pop() !== h) throw new Error('codegen: unbalanced exception handlers');
  }

  /**
   * Run `fn` with the innermost `n` handlers inactive (CPython's POP_BLOCK before leaving a
   * block early: the code that unwinds a block is not covered by its handler).
   */
  withoutHandlers<T>(n: number, fn: () => T): T {
    const saved = this.handlers;
    this.handlers = saved.slice(0, saved.length - n);
    try {
      return fn();
    } finally {
      this.handlers = saved;
    }
  }

  addConst(c: Const): number {
    const key = constKey(c);
    if (key !== null) {
      const found = this.constIndex.get(key);
      if (found !== undefined) return found;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(c);
    return this.consts.length - 1;
  }

  addName(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }
}
