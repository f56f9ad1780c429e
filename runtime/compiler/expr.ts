// Expressions, after CPython 3.11's compiler_visit_expr (with 3.12's stack conventions where
// docs/bytecode.md asks for them): values, conditional jumps, assignment targets, calls and
// displays.

import type * as A from '../frontend/ast.js';
import { OP, PSEUDO } from '../../generated/opcodes.js';
import type { Compiler } from './codegen.js';
import { compileComprehension } from './comprehension.js';
import { constTruth, foldConstant } from './fold.js';
import type { Label } from './instr.js';
import { assertNever } from './symtable.js';
import { STACK_USE_GUIDELINE, compileCall, compileDict, starunpack } from './calls.js';

export function binaryOparg(op: A.Operator): number {
  switch (op) {
    case 'Add':
      return 0;
    case 'BitAnd':
      return 1;
    case 'FloorDiv':
      return 2;
    case 'LShift':
      return 3;
    case 'MatMult':
      return 4;
    case 'Mult':
      return 5;
    case 'Mod':
      return 6;
    case 'BitOr':
      return 7;
    case 'Pow':
      return 8;
    case 'RShift':
      return 9;
    case 'Sub':
      return 10;
    case 'Div':
      return 11;
    case 'BitXor':
      return 12;
    default:
      return assertNever(op);
  }
}

/** Emit one comparison of two operands on the stack. */
function emitCompare(c: Compiler, op: A.CmpOperator): void {
  switch (op) {
    case 'Lt':
      return c.emit(OP.COMPARE_OP, 0);
    case 'LtE':
      return c.emit(OP.COMPARE_OP, 1);
    case 'Eq':
      return c.emit(OP.COMPARE_OP, 2);
    case 'NotEq':
      return c.emit(OP.COMPARE_OP, 3);
    case 'Gt':
      return c.emit(OP.COMPARE_OP, 4);
    case 'GtE':
      return c.emit(OP.COMPARE_OP, 5);
    case 'Is':
      return c.emit(OP.IS_OP, 0);
    case 'IsNot':
      return c.emit(OP.IS_OP, 1);
    case 'In':
      return c.emit(OP.CONTAINS_OP, 0);
    case 'NotIn':
      return c.emit(OP.CONTAINS_OP, 1);
    default:
      return assertNever(op);
  }
}

/** Run `fn` with the current line set to the node's (CPython's SET_LOC for sub-expressions). */
export function atLine<T>(c: Compiler, pos: A.Pos, fn: () => T): T {
  const saved = c.b.line;
  c.b.line = pos.line;
  try {
    return fn();
  } finally {
    c.b.line = saved;
  }
}

export function compileExpr(c: Compiler, e: A.Expr): void {
  // Same as atLine, inlined: this recursion is as deep as the expression.
  const saved = c.b.line;
  c.b.line = e.line;
  visitExpr(c, e);
  c.b.line = saved;
}

export function compileExprs(c: Compiler, es: readonly A.Expr[]): void {
  for (const e of es) compileExpr(c, e);
}

function visitExpr(c: Compiler, e: A.Expr): void {
  const folded = foldConstant(e);
  if (folded !== null) return c.loadConst(folded);
  switch (e.kind) {
    case 'BoolOp':
      return compileBoolOp(c, e);
    case 'NamedExpr':
      compileExpr(c, e.value);
      c.emit(OP.COPY, 1);
      return compileStore(c, e.target);
    case 'BinOp':
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      return c.emit(OP.BINARY_OP, binaryOparg(e.op));
    case 'UnaryOp':
      compileExpr(c, e.operand);
      return compileUnary(c, e.op);
    case 'Lambda':
      return c.lambda(e);
    case 'IfExp':
      return compileIfExp(c, e);
    case 'Dict':
      return compileDict(c, e);
    case 'Set':
      return starunpack(c, e.elts, 0, 'set');
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(c, e);
    case 'Yield':
      return compileYield(c, e);
    case 'YieldFrom':
      return compileYieldFrom(c, e);
    case 'Compare':
      return compileCompare(c, e);
    case 'Call':
      return compileCall(c, e);
    case 'FormattedValue':
      return compileFormattedValue(c, e);
    case 'JoinedStr':
      return compileJoinedStr(c, e);
    case 'Constant':
      // Every other constant folds; complex numbers have no Const kind.
      return c.notSupported('complex literals', e);
    case 'Attribute':
      if (e.ctx !== 'Load') return compileStoreOrDel(c, e);
      compileExpr(c, e.value);
      return c.emitName(OP.LOAD_ATTR, e.attr);
    case 'Subscript':
      if (e.ctx !== 'Load') return compileStoreOrDel(c, e);
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      return c.emit(OP.BINARY_SUBSCR);
    case 'Starred':
      if (e.ctx === 'Store') return c.error('starred assignment target must be in a list or tuple', e);
      return c.error("can't use starred expression here", e);
    case 'Name':
      return c.nameop(e.id, e.ctx, e);
    case 'List':
      if (e.ctx !== 'Load') return compileStoreOrDel(c, e);
      return starunpack(c, e.elts, 0, 'list');
    case 'Tuple':
      if (e.ctx !== 'Load') return compileStoreOrDel(c, e);
      return starunpack(c, e.elts, 0, 'tuple');
    case 'Slice':
      return compileSlice(c, e);
    default:
      return assertNever(e);
  }
}

function compileStoreOrDel(c: Compiler, e: A.Expr & { ctx: A.ExprContext }): void {
  if (e.ctx === 'Del') compileDelete(c, e);
  else compileStore(c, e);
}

function compileUnary(c: Compiler, op: A.UnaryOperator): void {
  switch (op) {
    case 'Not':
      return c.emit(OP.UNARY_NOT);
    case 'USub':
      return c.emit(OP.UNARY_OP, 0);
    case 'UAdd':
      return c.emit(OP.UNARY_OP, 1);
    case 'Invert':
      return c.emit(OP.UNARY_OP, 2);
    default:
      return assertNever(op);
  }
}

/** `a and b` keeps the deciding value: COPY 1; POP_JUMP_IF_FALSE end; POP_TOP; b; end: */
function compileBoolOp(c: Compiler, e: A.BoolOp): void {
  const end = c.b.newLabel();
  const jump = e.op === 'And' ? OP.POP_JUMP_IF_FALSE : OP.POP_JUMP_IF_TRUE;
  e.values.forEach((v, i) => {
    compileExpr(c, v);
    if (i === e.values.length - 1) return;
    c.emit(OP.COPY, 1);
    c.b.jump(jump, end);
    c.emit(OP.POP_TOP);
  });
  c.b.bind(end);
}

function compileIfExp(c: Compiler, e: A.IfExp): void {
  const end = c.b.newLabel();
  const orelse = c.b.newLabel();
  jumpIf(c, e.test, orelse, false);
  compileExpr(c, e.body);
  c.b.jump(PSEUDO.JUMP, end);
  c.b.bind(orelse);
  compileExpr(c, e.orelse);
  c.b.bind(end);
}

/** `a < b < c`: each middle operand is kept (SWAP/COPY) for the next comparison. */
function compileCompare(c: Compiler, e: A.Compare): void {
  compileExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    compileExpr(c, e.comparators[0]!);
    return emitCompare(c, e.ops[0]!);
  }
  const cleanup = c.b.newLabel();
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.comparators[i]!);
    c.emit(OP.SWAP, 2);
    c.emit(OP.COPY, 2);
    emitCompare(c, e.ops[i]!);
    c.emit(OP.COPY, 1);
    c.b.jump(OP.POP_JUMP_IF_FALSE, cleanup);
    c.emit(OP.POP_TOP);
  }
  compileExpr(c, e.comparators[n]!);
  emitCompare(c, e.ops[n]!);
  const end = c.b.newLabel();
  c.b.jump(PSEUDO.JUMP, end);
  c.b.bind(cleanup);
  c.emit(OP.SWAP, 2);
  c.emit(OP.POP_TOP);
  c.b.bind(end);
}

function compileSlice(c: Compiler, e: A.Slice): void {
  for (const part of [e.lower, e.upper]) {
    if (part) compileExpr(c, part);
    else c.loadConst({ kind: 'None' });
  }
  if (e.step) compileExpr(c, e.step);
  c.emit(OP.BUILD_SLICE, e.step ? 3 : 2);
}

// ---------------------------------------------------------------------------- conditional jumps

/** Jump to `label` when the truth of `e` equals `cond`; fall through otherwise. */
export function jumpIf(c: Compiler, e: A.Expr, label: Label, cond: boolean): void {
  atLine(c, e, () => visitJumpIf(c, e, label, cond));
}

function visitJumpIf(c: Compiler, e: A.Expr, label: Label, cond: boolean): void {
  const folded = foldConstant(e);
  if (folded !== null) {
    // A constant test is decided now: an unconditional jump or nothing.
    if (constTruth(folded) === cond) c.b.jump(PSEUDO.JUMP, label);
    return;
  }
  switch (e.kind) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, label, !cond);
      break;
    case 'BoolOp': {
      const isOr = e.op === 'Or';
      const next2 = cond === isOr ? label : c.b.newLabel();
      e.values.forEach((v, i) => {
        if (i < e.values.length - 1) jumpIf(c, v, next2, isOr);
        else jumpIf(c, v, label, cond);
      });
      if (next2 !== label) c.b.bind(next2);
      return;
    }
    case 'IfExp': {
      const end = c.b.newLabel();
      const orelse = c.b.newLabel();
      jumpIf(c, e.test, orelse, false);
      jumpIf(c, e.body, label, cond);
      c.b.jump(PSEUDO.JUMP, end);
      c.b.bind(orelse);
      jumpIf(c, e.orelse, label, cond);
      c.b.bind(end);
      return;
    }
    case 'Compare':
      if (jumpIfCompare(c, e, label, cond)) return;
      break;
    default:
      break;
  }
  compileExpr(c, e);
  // Comparisons usually give bools already; anything else goes through TO_BOOL, which
  // specializes by the value's type, so the jump sees a bool (CPython 3.13's scheme).
  if (e.kind !== 'Compare') c.emit(OP.TO_BOOL);
  c.b.jump(cond ? OP.POP_JUMP_IF_TRUE : OP.POP_JUMP_IF_FALSE, label);
}

function jumpIfCompare(c: Compiler, e: A.Compare, label: Label, cond: boolean): boolean {
  const n = e.ops.length - 1;
  if (n === 0) {
    const op = e.ops[0]!;
    const right = e.comparators[0]!;
    const isNone = right.kind === 'Constant' && right.value.kind === 'None';
    if (!isNone || (op !== 'Is' && op !== 'IsNot')) return false;
    // `x is None` tests need no None constant: POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE.
    compileExpr(c, e.left);
    c.b.jump((op === 'Is') === cond ? OP.POP_JUMP_IF_NONE : OP.POP_JUMP_IF_NOT_NONE, label);
    return true;
  }
  const cleanup = c.b.newLabel();
  compileExpr(c, e.left);
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.comparators[i]!);
    c.emit(OP.SWAP, 2);
    c.emit(OP.COPY, 2);
    emitCompare(c, e.ops[i]!);
    c.b.jump(OP.POP_JUMP_IF_FALSE, cleanup);
  }
  compileExpr(c, e.comparators[n]!);
  emitCompare(c, e.ops[n]!);
  c.b.jump(cond ? OP.POP_JUMP_IF_TRUE : OP.POP_JUMP_IF_FALSE, label);
  const end = c.b.newLabel();
  c.b.jump(PSEUDO.JUMP, end);
  c.b.bind(cleanup);
  c.emit(OP.POP_TOP);
  if (!cond) c.b.jump(PSEUDO.JUMP, label);
  c.b.bind(end);
  return true;
}

// ---------------------------------------------------------------------------- targets

/** Store the value on top of the stack into an assignment target. */
export function compileStore(c: Compiler, t: A.Expr): void {
  atLine(c, t, () => {
    switch (t.kind) {
      case 'Name':
        return c.nameop(t.id, 'Store', t);
      case 'Attribute':
        c.checkDebugAttr(t.attr, t);
        compileExpr(c, t.value);
        return c.emitName(OP.STORE_ATTR, t.attr);
      case 'Subscript':
        compileExpr(c, t.value);
        compileExpr(c, t.slice);
        return c.emit(OP.STORE_SUBSCR);
      case 'Tuple':
      case 'List':
        return unpackInto(c, t);
      case 'Starred':
        return c.error('starred assignment target must be in a list or tuple', t);
      default:
        throw new Error(`codegen: cannot store to ${t.kind}`);
    }
  });
}

function unpackInto(c: Compiler, t: A.Tuple | A.List): void {
  const n = t.elts.length;
  const star = t.elts.findIndex((e) => e.kind === 'Starred');
  if (star < 0) {
    c.emit(OP.UNPACK_SEQUENCE, n);
  } else {
    if (t.elts.some((e, i) => i > star && e.kind === 'Starred')) {
      c.error('multiple starred expressions in assignment', t);
    }
    const after = n - star - 1;
    if (star >= 1 << 8 || after >= 1 << 23) c.error('too many expressions in star-unpacking assignment', t);
    c.emit(OP.UNPACK_EX, star | (after << 8));
  }
  for (const e of t.elts) compileStore(c, e.kind === 'Starred' ? e.value : e);
}

export function compileDelete(c: Compiler, t: A.Expr): void {
  atLine(c, t, () => {
    switch (t.kind) {
      case 'Name':
        return c.nameop(t.id, 'Del', t);
      case 'Attribute':
        compileExpr(c, t.value);
        return c.emitName(OP.DELETE_ATTR, t.attr);
      case 'Subscript':
        compileExpr(c, t.value);
        compileExpr(c, t.slice);
        return c.emit(OP.DELETE_SUBSCR);
      case 'Tuple':
      case 'List':
        for (const e of t.elts) compileDelete(c, e);
        return;
      default:
        throw new Error(`codegen: cannot delete ${t.kind}`);
    }
  });
}

// ---------------------------------------------------------------------------- f-strings

function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const n = e.values.length;
  if (n === 0) return c.loadConst({ kind: 'str', value: '' });
  if (n > STACK_USE_GUIDELINE) {
    // ''.join([...]) keeps the stack small for very long f-strings.
    c.loadConst({ kind: 'str', value: '' });
    c.emitName(OP.LOAD_METHOD, 'join');
    c.emit(OP.BUILD_LIST, 0);
    for (const v of e.values) {
      compileExpr(c, v);
      c.emit(OP.LIST_APPEND, 1);
    }
    c.emit(OP.CALL, 1);
    return;
  }
  compileExprs(c, e.values);
  if (n !== 1) c.emit(OP.BUILD_STRING, n);
}

function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  compileExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case -1:
      oparg = 0;
      break;
    case 115: // 's'
      oparg = 1;
      break;
    case 114: // 'r'
      oparg = 2;
      break;
    case 97: // 'a'
      oparg = 3;
      break;
    default:
      throw new Error(`codegen: bad f-string conversion ${e.conversion}`);
  }
  if (e.formatSpec) {
    compileExpr(c, e.formatSpec);
    oparg |= 4;
  }
  c.emit(OP.FORMAT_VALUE, oparg);
}

// ---------------------------------------------------------------------------- generators

function checkInFunction(c: Compiler, e: A.Yield | A.YieldFrom): void {
  if (!c.u.isFunction) c.error("'yield' outside function", e);
}

function compileYield(c: Compiler, e: A.Yield): void {
  checkInFunction(c, e);
  if (e.value) compileExpr(c, e.value);
  else c.loadConst({ kind: 'None' });
  c.emit(OP.YIELD_VALUE);
  c.emit(OP.RESUME, 1);
}

/** GET_YIELD_FROM_ITER; None; loop: SEND exit; YIELD_VALUE; RESUME 2; JUMP loop; exit: SWAP 2; POP_TOP */
function compileYieldFrom(c: Compiler, e: A.YieldFrom): void {
  checkInFunction(c, e);
  compileExpr(c, e.value);
  c.emit(OP.GET_YIELD_FROM_ITER);
  c.loadConst({ kind: 'None' });
  const loop = c.b.newLabel();
  const exit = c.b.newLabel();
  c.b.bind(loop);
  c.b.jump(OP.SEND, exit);
  c.emit(OP.YIELD_VALUE);
  c.emit(OP.RESUME, 2);
  c.b.jump(PSEUDO.JUMP, loop);
  c.b.bind(exit);
  c.emit(OP.SWAP, 2);
  c.emit(OP.POP_TOP);
}
