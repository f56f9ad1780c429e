// A `dis`-like listing of code objects (backs `tierforge dis FILE.py`). Columns as CPython
// 3.11's dis: line number at line starts, `>>` on jump targets, offset (in code units, not
// bytes), opname, oparg and its meaning; then the exception table; nested code objects follow
// their parent. Cache units are not listed.

import { CACHE_ENTRIES, FLAG, OPCODE_INFO, OP } from '../../generated/opcodes.js';
import { floatRepr } from '../lib/float-repr.js';
import { pyStrRepr } from '../lib/unicode.js';
import type { CodeInfo, Const } from './code.js';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** Opcodes whose oparg indexes co_names (from the generated flags). */
const NAME_OPS: ReadonlySet<number> = new Set(OPCODE_INFO.filter((i) => i.flags & FLAG.HAS_NAME).map((i) => i.opcode));

/** Opcodes whose oparg is a fast slot: local, cell or free variable (from the generated flags). */
const SLOT_OPS: ReadonlySet<number> = new Set(OPCODE_INFO.filter((i) => i.flags & FLAG.HAS_LOCAL).map((i) => i.opcode));

const BINARY_OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='];

/** Decoded instruction: offset of its first unit (EXTENDED_ARGs are listed separately, as dis does). */
export interface DecodedInstr {
  offset: number;
  op: number;
  /** Full oparg, including the EXTENDED_ARG prefixes before it. */
  arg: number;
  /** Offset of the instruction that follows (after cache units). */
  next: number;
}

/**
 * Where a listing reads each code object's units: the compiler's (default) or, for
 * `dis --specialized`, the live ones the interpreter has quickened (undefined: never ran).
 */
export type UnitsOf = (code: CodeInfo) => Uint16Array | undefined;
const compiled: UnitsOf = (code) => code.units;

export function decode(code: CodeInfo, unitsOf: UnitsOf = compiled): DecodedInstr[] {
  const units = unitsOf(code) ?? code.units;
  const out: DecodedInstr[] = [];
  let ext = 0;
  let off = 0;
  while (off < units.length) {
    const unit = units[off]!;
    const op = unit & 0xff;
    const arg = (unit >> 8) | ext;
    const info = OPCODE_INFO[op];
    if (info === undefined) throw new Error(`dis: bad opcode ${op} at ${off}`);
    const next = off + 1 + info.cacheSize;
    out.push({ offset: off, op, arg, next });
    ext = op === OP.EXTENDED_ARG ? arg << 8 : 0;
    off = next;
  }
  return out;
}

/** Absolute target offset of a jump instruction. */
export function jumpTarget(ins: DecodedInstr): number {
  return ins.op === OP.JUMP_BACKWARD ? ins.next - ins.arg : ins.next + ins.arg;
}

function isJumpOp(op: number): boolean {
  return (OPCODE_INFO[op]!.flags & FLAG.HAS_JUMP) !== 0;
}

export function constRepr(c: Const): string {
  switch (c.kind) {
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'int':
      return c.value.toString();
    case 'float':
      return floatRepr(c.value);
    case 'str':
      return pyStrRepr(c.value);
    case 'bytes':
      return bytesRepr(c.value);
    case 'tuple':
      return c.items.length === 1 ? `(${constRepr(c.items[0]!)},)` : `(${c.items.map(constRepr).join(', ')})`;
    case 'code':
      return codeRepr(c.code);
    default:
      return assertNever(c);
  }
}

function assertNever(x: never): never {
  throw new Error(`dis: unexpected ${JSON.stringify(x)}`);
}

function bytesRepr(b: Uint8Array): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? '"' : "'";
  let out = `b${quote}`;
  for (const x of b) {
    if (x === quote.charCodeAt(0) || x === 0x5c) out += `\\${String.fromCharCode(x)}`;
    else if (x === 0x09) out += '\\t';
    else if (x === 0x0a) out += '\\n';
    else if (x === 0x0d) out += '\\r';
    else if (x < 0x20 || x >= 0x7f) out += `\\x${x.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(x);
  }
  return out + quote;
}

function codeRepr(code: CodeInfo): string {
  return `<code object ${code.name}, file "${code.filename}", line ${code.firstLine}>`;
}

function makeFunctionRepr(arg: number): string {
  const parts = ['defaults', 'kwdefaults', 'annotations', 'closure'].filter((_, i) => (arg & (1 << i)) !== 0);
  return parts.join(', ');
}

function argRepr(code: CodeInfo, ins: DecodedInstr): string {
  const { arg } = ins;
  // A specialized instruction's argument means what its family head's does.
  const head = OPCODE_INFO[ins.op]!.deoptTarget;
  const op = head >= 0 ? head : ins.op;
  if (op === OP.LOAD_CONST || op === OP.RETURN_CONST) {
    const c = code.consts[arg];
    return c === undefined ? '<bad const>' : constRepr(c);
  }
  if (NAME_OPS.has(op)) return code.names[arg] ?? '<bad name>';
  if (SLOT_OPS.has(op)) return code.localsplus[arg] ?? '<bad slot>';
  if (isJumpOp(ins.op)) return `to ${jumpTarget(ins)}`;
  switch (op) {
    case OP.BINARY_OP:
      return arg >= 13 ? `${BINARY_OPS[arg - 13] ?? '?'}=` : (BINARY_OPS[arg] ?? '?');
    case OP.COMPARE_OP:
      return COMPARE_OPS[arg] ?? '?';
    case OP.IS_OP:
      return arg ? 'is not' : 'is';
    case OP.CONTAINS_OP:
      return arg ? 'not in' : 'in';
    case OP.UNARY_OP:
      return ['-', '+', '~'][arg] ?? '?';
    case OP.FORMAT_VALUE: {
      const conv = ['', 'str', 'repr', 'ascii'][arg & 3]!;
      return [conv, arg & 4 ? 'with format' : ''].filter((s) => s !== '').join(', ');
    }
    case OP.MAKE_FUNCTION:
      return makeFunctionRepr(arg);
    default:
      return '';
  }
}

/** The line starting at each offset (first unit of a run of a new line). */
function lineStarts(code: CodeInfo, instrs: readonly DecodedInstr[]): Map<number, number> {
  const starts = new Map<number, number>();
  let prev: number | null = null;
  for (const ins of instrs) {
    const line = code.lines[ins.offset]!;
    if (line !== prev) starts.set(ins.offset, line);
    prev = line;
  }
  return starts;
}

/** A specialized listing's inline caches: `[name=value …]` (the counter as value/back-off). */
function cacheRepr(units: Uint16Array, ins: DecodedInstr): string {
  const parts = Object.entries(CACHE_ENTRIES[ins.op]!).map(([name, e]) => {
    const at = ins.offset + 1 + e.offset;
    const v = e.size === 2 ? (units[at]! | (units[at + 1]! << 16)) : units[at]!;
    return name === 'counter' ? `counter=${v >> 4}/${v & 15}` : `${name}=${v}`;
  });
  return parts.length ? `[${parts.join(' ')}]` : '';
}

function formatInstr(code: CodeInfo, ins: DecodedInstr, line: number | undefined, target: boolean, units?: Uint16Array): string {
  const info = OPCODE_INFO[ins.op]!;
  const fields = [
    line === undefined ? '   ' : String(line).padStart(3),
    '   ',
    target ? '>>' : '  ',
    String(ins.offset).padStart(4),
    info.name.padEnd(OPNAME_WIDTH),
  ];
  const head = info.deoptTarget >= 0 ? OPCODE_INFO[info.deoptTarget]! : info;
  if ((head.flags & FLAG.HAS_ARG) !== 0 || ins.op === OP.EXTENDED_ARG) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    const repr = ins.op === OP.EXTENDED_ARG ? '' : argRepr(code, ins);
    if (repr !== '') fields.push(`(${repr})`);
  }
  if (units) fields.push(cacheRepr(units, ins));
  return fields.join(' ').trimEnd();
}

function disassembleOne(code: CodeInfo, unitsOf: UnitsOf): string {
  const live = unitsOf === compiled ? undefined : unitsOf(code);
  if (unitsOf !== compiled && !live) return '  (never ran)\n';
  const instrs = decode(code, unitsOf);
  const targets = new Set<number>();
  for (const ins of instrs) if (isJumpOp(ins.op)) targets.add(jumpTarget(ins));
  for (const e of code.exceptionTable) targets.add(e.target);
  const starts = lineStarts(code, instrs);
  const out: string[] = [];
  instrs.forEach((ins, i) => {
    const line = starts.get(ins.offset);
    if (line !== undefined && i > 0) out.push('');
    out.push(formatInstr(code, ins, line, targets.has(ins.offset), live));
  });
  if (code.exceptionTable.length > 0) {
    out.push('ExceptionTable:');
    for (const e of code.exceptionTable) out.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]`);
  }
  return out.join('\n') + '\n';
}

/**
 * Listing of a code object and, after it, of every code object nested in it (depth first).
 * With `unitsOf` giving live units, specialized instructions and their caches are shown.
 */
export function disassemble(code: CodeInfo, unitsOf: UnitsOf = compiled): string {
  let out = disassembleOne(code, unitsOf);
  for (const c of code.consts) {
    if (c.kind !== 'code') continue;
    out += `\nDisassembly of ${codeRepr(c.code)}:\n${disassemble(c.code, unitsOf)}`;
  }
  return out;
}
