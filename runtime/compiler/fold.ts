// Constant folding of simple constant expressions (a small part of CPython's ast_opt.c):
// literals, tuples of constants, unary +/-/~ and arithmetic on ints, floats and strings. Only
// folds what is exact in JS and bounded in size, so the folded value always equals CPython's.

import type * as A from '../frontend/ast.js';
import type { Const } from './code.js';

/** Results larger than this many bits are left to run time (CPython's MAX_INT_SIZE). */
const MAX_INT_BITS = 128n;
const MAX_STR_LEN = 4096;
const SAFE_FLOAT_INT = 2n ** 53n;

/** Folding results by node: codegen asks at every level of an expression, so each node is folded once. */
const cache = new WeakMap<A.Expr, Const | null>();

/** The constant an expression always evaluates to, or null. Complex literals are never folded. */
export function foldConstant(e: A.Expr): Const | null {
  let v = cache.get(e);
  if (v === undefined) {
    v = fold(e);
    cache.set(e, v);
  }
  return v;
}

function fold(e: A.Expr): Const | null {
  switch (e.kind) {
    case 'Constant':
      return constFromAst(e.value);
    case 'Tuple': {
      if (e.ctx !== 'Load') return null;
      const items: Const[] = [];
      for (const elt of e.elts) {
        const v = foldConstant(elt);
        if (v === null) return null;
        items.push(v);
      }
      return { kind: 'tuple', items };
    }
    case 'UnaryOp':
      return foldUnary(e.op, foldConstant(e.operand));
    case 'BinOp': {
      const l = foldConstant(e.left);
      const r = l && foldConstant(e.right);
      return l && r ? foldBinary(e.op, l, r) : null;
    }
    case 'Name':
      // `__debug__` is a compile-time True (CPython's AST optimizer, without -O).
      return e.id === '__debug__' && e.ctx === 'Load' ? { kind: 'bool', value: true } : null;
    default:
      return null;
  }
}

export function constFromAst(v: A.ConstValue): Const | null {
  switch (v.kind) {
    case 'complex':
      return null;
    case 'int':
    case 'float':
    case 'str':
    case 'bytes':
    case 'bool':
      return { kind: v.kind, value: v.value } as Const;
    case 'None':
    case 'Ellipsis':
      return { kind: v.kind };
    default:
      return assertNeverValue(v);
  }
}

function assertNeverValue(v: never): never {
  throw new Error(`unknown constant ${JSON.stringify(v)}`);
}

/** Python truthiness of a constant. */
export function constTruth(c: Const): boolean {
  switch (c.kind) {
    case 'None':
      return false;
    case 'Ellipsis':
    case 'code':
      return true;
    case 'bool':
      return c.value;
    case 'int':
      return c.value !== 0n;
    case 'float':
      return c.value !== 0;
    case 'str':
      return c.value.length > 0;
    case 'bytes':
      return c.value.length > 0;
    case 'tuple':
      return c.items.length > 0;
    default:
      return assertNeverConst(c);
  }
}

function assertNeverConst(c: never): never {
  throw new Error(`unknown constant ${JSON.stringify(c)}`);
}

function intConst(v: bigint): Const | null {
  const mag = v < 0n ? -v : v;
  return mag.toString(2).length > Number(MAX_INT_BITS) ? null : { kind: 'int', value: v };
}

function foldUnary(op: A.UnaryOperator, v: Const | null): Const | null {
  if (v === null) return null;
  if (v.kind === 'int') {
    if (op === 'USub') return intConst(-v.value);
    if (op === 'UAdd') return v;
    if (op === 'Invert') return intConst(-v.value - 1n);
  }
  if (v.kind === 'float') {
    if (op === 'USub') return { kind: 'float', value: -v.value };
    if (op === 'UAdd') return v;
  }
  return null;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function foldInts(op: A.Operator, a: bigint, b: bigint): Const | null {
  switch (op) {
    case 'Add':
      return intConst(a + b);
    case 'Sub':
      return intConst(a - b);
    case 'Mult':
      return intConst(a * b);
    case 'FloorDiv':
      return b === 0n ? null : intConst(floorDiv(a, b));
    case 'Mod':
      return b === 0n ? null : intConst(a - floorDiv(a, b) * b);
    case 'Pow':
      return b < 0n || b > MAX_INT_BITS ? null : intConst(a ** b);
    case 'LShift':
      return b < 0n || b > MAX_INT_BITS ? null : intConst(a << b);
    case 'RShift':
      return b < 0n || b > MAX_INT_BITS ? null : intConst(a >> b);
    case 'BitAnd':
      return intConst(a & b);
    case 'BitOr':
      return intConst(a | b);
    case 'BitXor':
      return intConst(a ^ b);
    case 'Div': {
      // Exact operands make IEEE division the correctly rounded result Python computes.
      const small = (x: bigint) => (x < 0n ? -x : x) <= SAFE_FLOAT_INT;
      return b === 0n || !small(a) || !small(b) ? null : { kind: 'float', value: Number(a) / Number(b) };
    }
    case 'MatMult':
      return null;
    default:
      return assertNeverOp(op);
  }
}

function assertNeverOp(op: never): never {
  throw new Error(`unknown operator ${String(op)}`);
}

function foldFloats(op: A.Operator, a: number, b: number): Const | null {
  switch (op) {
    case 'Add':
      return { kind: 'float', value: a + b };
    case 'Sub':
      return { kind: 'float', value: a - b };
    case 'Mult':
      return { kind: 'float', value: a * b };
    case 'Div':
      return b === 0 ? null : { kind: 'float', value: a / b };
    default:
      return null;
  }
}

function asFloat(c: Const): number | null {
  if (c.kind === 'float') return c.value;
  if (c.kind === 'int' && (c.value < 0n ? -c.value : c.value) <= SAFE_FLOAT_INT) return Number(c.value);
  return null;
}

function foldBinary(op: A.Operator, l: Const, r: Const): Const | null {
  if (l.kind === 'int' && r.kind === 'int') return foldInts(op, l.value, r.value);
  if (l.kind === 'float' || r.kind === 'float') {
    const a = asFloat(l);
    const b = asFloat(r);
    if (a === null || b === null) return null;
    const res = foldFloats(op, a, b);
    // Overflow to inf is OverflowError-free in Python too, but keep folding to finite results.
    return res && res.kind === 'float' && Number.isFinite(res.value) ? res : null;
  }
  if (l.kind === 'str' && r.kind === 'str' && op === 'Add') {
    return l.value.length + r.value.length <= MAX_STR_LEN ? { kind: 'str', value: l.value + r.value } : null;
  }
  return null;
}
