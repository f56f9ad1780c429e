/**
 * Python float semantics (CPython 3.11 Objects/floatobject.c) on JS numbers:
 * floor division / modulo with the sign of the divisor and CPython's exact
 * signed-zero results, round() (half-even to int, and correctly rounded
 * round(x, n)), float(str) parsing, and float ** float (see float-pow.ts).
 */
import { overflowError, valueError, zeroDivisionError } from './errors.js';
import { fixedDigits } from './float-digits.js';
import { floatToInt, intToFloat } from './int-ops.js';
import { floatPow } from './float-pow.js';
import { isAsciiSpace, pyStrRepr, transformDecimalAndSpaceToAscii } from './unicode.js';

export { floatPow } from './float-pow.js';

/** a / b */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float division by zero');
  return a / b;
}

/**
 * _float_div_mod: fmod-based, then the quotient is snapped to an integral
 * value and both results get CPython's signs (mod has the sign of b; a zero
 * quotient has the sign of a/b).  JS `%` is C fmod.
 */
function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's `if (mod)` is true for NaN too, hence the explicit comparisons.
  if (mod !== 0) {
    // ensure the remainder has the same sign as the denominator
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    // the remainder is zero: give it the sign of the denominator
    mod = wx < 0 || Object.is(wx, -0) ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) {
    // snap quotient to nearest integral value
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    // div is zero: get the same sign as the true quotient
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** a // b */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float floor division by zero');
  return floatDivMod(a, b)[0];
}

/** a % b (float_rem) */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float modulo');
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 || Object.is(b, -0) ? -0.0 : 0.0;
  }
  return mod;
}

/** divmod(a, b) for floats */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError('float divmod()');
  return floatDivMod(a, b);
}

/** C round(): half away from zero, exact. */
function cRound(x: number): number {
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
  return t;
}

/** round(x) with no ndigits: ties to even, result is an int. */
export function floatRound(x: number): bigint {
  let rounded = cRound(x);
  if (Math.abs(x - rounded) === 0.5) rounded = 2.0 * cRound(x / 2.0);
  return floatToInt(rounded); // raises for inf / nan like PyLong_FromDouble
}

/**
 * round(x, ndigits): the double nearest to the exact decimal obtained by
 * rounding the exact binary value of x half-to-even at 10**-ndigits
 * (double_round via dtoa mode 3), so round(2.675, 2) == 2.67.
 */
export function floatRoundNdigits(x: number, ndigits: number | bigint): number {
  if (!Number.isFinite(x)) return x; // nans and infinities round to themselves
  // CPython clips ndigits to Py_ssize_t; anything beyond these bounds
  // behaves the same.
  const NDIGITS_MAX = 323; // (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103)
  const NDIGITS_MIN = -308; // -(int)((DBL_MAX_EXP + 1) * 0.30103)
  const nd = typeof ndigits === 'bigint' ? ndigits : BigInt(ndigits);
  if (nd > BigInt(NDIGITS_MAX)) return x;
  if (nd < BigInt(NDIGITS_MIN)) return 0.0 * x; // zero with the sign of x
  const n = Number(nd);
  const { digits, decpt } = fixedDigits(x, n);
  const negative = x < 0 || Object.is(x, -0);
  const rounded = Number(`${negative ? '-' : ''}0${digits}e${decpt - digits.length}`);
  if (!Number.isFinite(rounded)) throw overflowError('rounded value too large to represent');
  return rounded;
}

/** float.is_integer() */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** float ** int: CPython converts the int to float first. */
export function floatPowInt(a: number, b: bigint): number {
  return floatPow(a, intToFloat(b));
}

const INF_NAN = /^[+-]?(?:inf(?:inity)?|nan)$/i;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * float(s) for a str s.  Accepts surrounding whitespace, a sign,
 * 'inf'/'infinity'/'nan' in any case, decimal digits (any Unicode Nd), a
 * point, an exponent and single underscores between digits.  Raises
 * ValueError("could not convert string to float: 'x'").
 */
export function floatFromString(s: string): number {
  const fail = () => valueError(`could not convert string to float: ${pyStrRepr(s)}`);
  let a = transformDecimalAndSpaceToAscii(s);
  // strip ASCII space (non-ASCII spaces became ' ' above)
  let lo = 0;
  let hi = a.length;
  while (lo < hi && isAsciiSpace(a[lo])) lo++;
  while (hi - 1 > lo && isAsciiSpace(a[hi - 1])) hi--;
  a = a.slice(lo, hi);
  if (a.includes('_')) {
    // _Py_string_to_number_with_underscores: '_' only between two digits
    let prev = '';
    let out = '';
    for (const c of a) {
      const isDigit = c >= '0' && c <= '9';
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9' && prev !== '')) throw fail();
      } else {
        if (prev === '_' && !isDigit) throw fail();
        out += c;
      }
      prev = c;
    }
    if (prev === '_') throw fail();
    a = out;
  }
  if (INF_NAN.test(a)) {
    const neg = a[0] === '-';
    const isNan = /nan/i.test(a);
    return isNan ? NaN : neg ? -Infinity : Infinity;
  }
  if (!DECIMAL.test(a)) throw fail();
  // Number() is correctly rounded (same as CPython's dtoa strtod), including
  // overflow to +-inf and underflow to +-0.
  return Number(a);
}
