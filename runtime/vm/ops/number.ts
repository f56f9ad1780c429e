// Binary and unary operators: fast paths for int, float, bool, str, list and tuple, then the
// dunder protocol (__add__/__radd__, subclass-first reflected operands), with CPython's errors.
import * as L from "../../layout.js";
import { floatPow } from "../../lib/float-pow.js";
import { floatFloorDiv, floatMod } from "../../lib/float-ops.js";
import { PyLibError } from "../../lib/errors.js";
import { raise, typeName } from "../../objects/exceptions.js";
import { T } from "../../objects/registry.js";
import { isSubtype, lookupType } from "../../objects/typeobj.js";
import {
  bigOf, bool, floatOf, listItems, newFloat, newInt, newList, newStr, newTuple, NULL, strOf, tupleItems, typeOfValue,
} from "../../objects/values.js";
import type { Value } from "../types.js";
import { call } from "./call.js";
import { notImplemented } from "./singletons.js";

export const OPS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"] as const;
const DUNDER = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];

const isIntLike = (t: number) => t === L.TYPE_INT || t === L.TYPE_BOOL;

function pyError(e: unknown): Value {
  if (e instanceof PyLibError) return raise(T[e.pyType]!, e.message);
  if (e instanceof RangeError) return raise(T.MemoryError!);
  throw e;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function floorMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}

/** int ∘ int; undefined when the operator does not apply to ints. */
function intOp(op: number, a: bigint, b: bigint): Value | undefined {
  switch (op) {
    case 0: return newInt(a + b);
    case 10: return newInt(a - b);
    case 5: return newInt(a * b);
    case 2:
      if (b === 0n) return raise(T.ZeroDivisionError!, "integer division or modulo by zero");
      return newInt(floorDiv(a, b));
    case 6:
      if (b === 0n) return raise(T.ZeroDivisionError!, "integer modulo by zero");
      return newInt(floorMod(a, b));
    case 11: {
      if (b === 0n) return raise(T.ZeroDivisionError!, "division by zero");
      return newFloat(intTrueDiv(a, b));
    }
    case 8:
      if (b < 0n) {
        if (a === 0n) return raise(T.ZeroDivisionError!, "0.0 cannot be raised to a negative power");
        return floatBinary(8, Number(a), Number(b));
      }
      if (b > 100000000n && (a > 1n || a < -1n)) return raise(T.MemoryError!);
      return newInt(a ** b);
    case 1: return newInt(a & b);
    case 7: return newInt(a | b);
    case 12: return newInt(a ^ b);
    case 3:
      if (b < 0n) return raise(T.ValueError!, "negative shift count");
      if (b > 1000000n && a !== 0n) return raise(T.OverflowError!, "too many digits in integer");
      return newInt(a << b);
    case 9:
      if (b < 0n) return raise(T.ValueError!, "negative shift count");
      return newInt(a >> b);
  }
  return undefined;
}

/** Correctly rounded int / int. */
export function intTrueDiv(a: bigint, b: bigint): number {
  const fa = Number(a);
  const fb = Number(b);
  if (Number.isSafeInteger(fa) && Number.isSafeInteger(fb)) return fa / fb;
  // Scale so the quotient has 64+ significant bits, then round once.
  const neg = (a < 0n) !== (b < 0n);
  let n = a < 0n ? -a : a;
  let d = b < 0n ? -b : b;
  const shift = d.toString(2).length - n.toString(2).length + 66;
  if (shift > 0) n <<= BigInt(shift);
  else d <<= BigInt(-shift);
  const q = n / d;
  const r = n % d;
  const qq = r === 0n ? q : q | 1n; // sticky bit
  const v = Number(qq) * 2 ** -shift;
  if (!Number.isFinite(v)) throw new PyLibError("OverflowError", "integer division result too large for a float");
  return neg ? -v : v;
}

function floatBinary(op: number, a: number, b: number): Value | undefined {
  switch (op) {
    case 0: return newFloat(a + b);
    case 10: return newFloat(a - b);
    case 5: return newFloat(a * b);
    case 11:
      if (b === 0) return raise(T.ZeroDivisionError!, "float division by zero");
      return newFloat(a / b);
    case 2: {
      if (b === 0) return raise(T.ZeroDivisionError!, "float floor division by zero");
      return newFloat(floatFloorDiv(a, b));
    }
    case 6: {
      if (b === 0) return raise(T.ZeroDivisionError!, "float modulo");
      return newFloat(floatMod(a, b));
    }
    case 8:
      try {
        return newFloat(floatPow(a, b));
      } catch (e) {
        return pyError(e);
      }
  }
  return undefined;
}

/** CPython's float_divmod. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0.0 : 0.0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = vx / wx < 0 ? -0.0 : 0.0;
  return [floordiv, mod];
}

function toFloat(v: Value, t: number): number | undefined {
  if (t === L.TYPE_FLOAT) return floatOf(v);
  if (isIntLike(t)) {
    const b = bigOf(v);
    const f = Number(b);
    if (!Number.isFinite(f)) throw new PyLibError("OverflowError", "int too large to convert to float");
    return f;
  }
  return undefined;
}

function repeat(items: Value[], n: bigint): Value[] | undefined {
  if (n <= 0n) return [];
  if (BigInt(items.length) * n > 100000000n) return undefined;
  const out: Value[] = [];
  for (let i = 0n; i < n; i++) out.push(...items);
  return out;
}

/** Fast paths for built-in operand types; undefined when the dunder protocol must decide. */
export function builtinBinary(op: number, a: Value, b: Value, ta: number, tb: number): Value | undefined {
  try {
    if (ta === L.TYPE_BOOL && tb === L.TYPE_BOOL && (op === 1 || op === 7 || op === 12)) {
      const x = a === (L.TRUE as Value);
      const y = b === (L.TRUE as Value);
      return bool(op === 1 ? x && y : op === 7 ? x || y : x !== y);
    }
    if (isIntLike(ta) && isIntLike(tb)) return intOp(op, bigOf(a), bigOf(b));
    if ((ta === L.TYPE_FLOAT || isIntLike(ta)) && (tb === L.TYPE_FLOAT || isIntLike(tb))) {
      return floatBinary(op, toFloat(a, ta)!, toFloat(b, tb)!);
    }
  } catch (e) {
    return pyError(e);
  }
  if (ta === L.TYPE_STR && tb === L.TYPE_STR && op === 0) return newStr(strOf(a) + strOf(b));
  if (ta === L.TYPE_LIST && tb === L.TYPE_LIST && op === 0) return newList([...listItems(a), ...listItems(b)]);
  if (ta === L.TYPE_TUPLE && tb === L.TYPE_TUPLE && op === 0) return newTuple([...tupleItems(a), ...tupleItems(b)]);
  if (op === 5) {
    const seq = ta === L.TYPE_STR || ta === L.TYPE_LIST || ta === L.TYPE_TUPLE ? [a, ta, b, tb] : tb === L.TYPE_STR || tb === L.TYPE_LIST || tb === L.TYPE_TUPLE ? [b, tb, a, ta] : undefined;
    if (seq && isIntLike(seq[3]!)) {
      const n = bigOf(seq[2] as Value);
      if (seq[1] === L.TYPE_STR) {
        const s = strOf(seq[0] as Value);
        if (n <= 0n || s.length === 0) return newStr("");
        if (BigInt(s.length) * n > 200000000n) return raise(T.MemoryError!);
        return newStr(s.repeat(Number(n)));
      }
      const items = seq[1] === L.TYPE_LIST ? listItems(seq[0] as Value) : tupleItems(seq[0] as Value);
      const out = repeat(items, n);
      if (!out) return raise(T.MemoryError!);
      return seq[1] === L.TYPE_LIST ? newList(out) : newTuple(out);
    }
  }
  return undefined;
}

/** `a <op> b` (op is BINARY_OP's oparg; ≥ 13 are in-place forms). NULL with an exception on error. */
export function binaryOp(op: number, a: Value, b: Value): Value {
  const ta = typeOfValue(a);
  const tb = typeOfValue(b);
  const base = op >= 13 ? op - 13 : op;
  if (op >= 13) {
    const ifn = lookupType(ta, `__i${DUNDER[base]}__`);
    if (ifn !== NULL) {
      const r = call(ifn, [a, b]);
      if (r !== notImplemented()) return r;
    }
  }
  const fast = builtinBinary(base, a, b, ta, tb);
  if (fast !== undefined) return fast;
  if (base === 6 && ta === L.TYPE_STR) return percentFormat(a, b);
  const name = DUNDER[base]!;
  const left = lookupType(ta, `__${name}__`);
  const right = ta !== tb ? lookupType(tb, `__r${name}__`) : NULL;
  const rightFirst = right !== NULL && isSubtype(tb, ta) && ta !== tb;
  if (rightFirst) {
    const r = call(right, [b, a]);
    if (r !== notImplemented()) return r;
  }
  if (left !== NULL) {
    const r = call(left, [a, b]);
    if (r !== notImplemented()) return r;
  }
  if (right !== NULL && !rightFirst) {
    const r = call(right, [b, a]);
    if (r !== notImplemented()) return r;
  }
  const sym = OPS[base]! + (op >= 13 ? "=" : "");
  if (base === 8) return raise(T.TypeError!, `unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  if (base === 0 && ta === L.TYPE_STR) return raise(T.TypeError!, `can only concatenate str (not "${typeName(b)}") to str`);
  if (base === 0 && ta === L.TYPE_LIST) return raise(T.TypeError!, `can only concatenate list (not "${typeName(b)}") to list`);
  if (base === 0 && ta === L.TYPE_TUPLE) return raise(T.TypeError!, `can only concatenate tuple (not "${typeName(b)}") to tuple`);
  if (base === 5 && (ta === L.TYPE_STR || ta === L.TYPE_LIST || ta === L.TYPE_TUPLE || tb === L.TYPE_STR || tb === L.TYPE_LIST || tb === L.TYPE_TUPLE))
    return raise(T.TypeError!, `can't multiply sequence by non-int of type '${typeName(ta === L.TYPE_STR || ta === L.TYPE_LIST || ta === L.TYPE_TUPLE ? b : a)}'`);
  return raise(T.TypeError!, `unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** Installed by the str module: printf-style formatting. */
export let percentFormat: (fmt: Value, args: Value) => Value = () => NULL;
export function setPercentFormat(f: (fmt: Value, args: Value) => Value): void {
  percentFormat = f;
}

/** UNARY_OP: 0 -x, 1 +x, 2 ~x. */
export function unaryOp(op: number, v: Value): Value {
  const t = typeOfValue(v);
  if (isIntLike(t)) {
    const b = bigOf(v);
    return newInt(op === 0 ? -b : op === 1 ? b : ~b);
  }
  if (t === L.TYPE_FLOAT && op !== 2) return newFloat(op === 0 ? -floatOf(v) : floatOf(v));
  const name = ["__neg__", "__pos__", "__invert__"][op]!;
  const fn = lookupType(t, name);
  if (fn !== NULL) return call(fn, [v]);
  return raise(T.TypeError!, `bad operand type for unary ${["-", "+", "~"][op]}: '${typeName(v)}'`);
}

export { bool };

/** operator.index(v): an int for ints and objects with __index__; NULL with TypeError otherwise. */
export function index(v: Value): Value {
  const t = typeOfValue(v);
  if (isIntLike(t)) return v;
  const fn = lookupType(t, "__index__");
  if (fn === NULL) return raise(T.TypeError!, `'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = call(fn, [v]);
  if (r === NULL) return NULL;
  if (!isIntLike(typeOfValue(r)) && !isSubtype(typeOfValue(r), L.TYPE_INT)) return raise(T.TypeError!, `__index__ returned non-int (type ${typeName(r)})`);
  return r;
}
