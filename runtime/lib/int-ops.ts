/**
 * Python int semantics on bigint (CPython 3.11, Objects/longobject.c).
 *
 * JS bigint division truncates toward zero; Python floors.  True division
 * of two ints is correctly rounded even when neither fits in a double.
 * Conversions to str obey 3.11's int_max_str_digits limit (CVE-2020-10735).
 */
import {
  PyLibError,
  bigintGuard,
  overflowError,
  valueError,
  zeroDivisionError,
} from './errors.js';
import { bitLength as bigBitLength, decompose, ratioToDouble } from './bigfloat.js';
import { floatPow } from './float-pow.js';
import { isAsciiSpace, pyStrRepr, transformDecimalAndSpaceToAscii } from './unicode.js';

// ------------------------------------------------------------ str limits

/** sys.get_int_max_str_digits(); 0 disables the limit. Default 4300. */
let maxStrDigits = 4300;
/** Digit counts at or below this never trigger the limit check. */
const MAX_STR_DIGITS_THRESHOLD = 640;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits(n), with CPython's validation message. */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < MAX_STR_DIGITS_THRESHOLD)
    throw valueError(`maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
  maxStrDigits = n;
}

/** str(v) / repr(v) for an int, raising ValueError past the digit limit. */
export function intToDecimalString(v: bigint): string {
  const s = v.toString();
  const digits = v < 0n ? s.length - 1 : s.length;
  if (maxStrDigits > 0 && digits > MAX_STR_DIGITS_THRESHOLD && digits > maxStrDigits)
    throw valueError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  return s;
}

/**
 * bin()/oct()/hex() (prefix=true) or the bare digits: "-0x1f", "1f".
 * Power-of-two bases are not subject to the digit limit.
 */
export function intToBaseString(v: bigint, base: 2 | 8 | 16, prefix = true): string {
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString(base);
  const p = prefix ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  return (neg ? '-' : '') + p + digits;
}

// ------------------------------------------------------------ parsing

function digitValue(c: string | undefined): number {
  if (c === undefined) return 37;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 37;
}

/** Convert validated digits (no underscores, no sign) in `base` to bigint. */
function digitsToBigInt(digits: string, base: number): bigint {
  switch (base) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt('0x' + digits);
    case 8:
      return BigInt('0o' + digits);
    case 2:
      return BigInt('0b' + digits);
    case 4:
    case 32: {
      const w = base === 4 ? 2 : 5;
      let bin = '';
      for (const c of digits) bin += digitValue(c).toString(2).padStart(w, '0');
      return BigInt('0b' + bin);
    }
  }
  // Other bases: fold chunks whose value fits in a double exactly.
  let chunk = 1;
  while (base ** (chunk + 1) < 2 ** 53) chunk++;
  const bigBase = BigInt(base) ** BigInt(chunk);
  let acc = 0n;
  let i = digits.length % chunk || chunk;
  acc = BigInt(parseInt(digits.slice(0, i), base));
  for (; i < digits.length; i += chunk) acc = acc * bigBase + BigInt(parseInt(digits.slice(i, i + chunk), base));
  return acc;
}

/**
 * int(s, base) for a str s: PyLong_FromUnicodeObject.  Accepts surrounding
 * whitespace, a sign, a base prefix (0x/0o/0b, and only with base 0 or the
 * matching base), single underscores between digits (and one right after
 * a prefix), and non-ASCII decimal digits.  Errors:
 *   ValueError("int() base must be >= 2 and <= 36, or 0")
 *   ValueError("invalid literal for int() with base 10: 'x'")
 *   ValueError("Exceeds the limit (4300 digits) for integer string conversion: ...")
 */
export function intFromString(s: string, base = 10): bigint {
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const ascii = transformDecimalAndSpaceToAscii(s);
  const v = parseAsciiInt(ascii, base);
  if (v === null) {
    // %.200R: the repr, cut to 200 characters.
    const r = Array.from(pyStrRepr(s)).slice(0, 200).join('');
    throw valueError(`invalid literal for int() with base ${base}: ${r}`);
  }
  return v;
}

/** PyLong_FromString on an ASCII string; null = syntax error. */
function parseAsciiInt(str: string, base: number): bigint | null {
  // The C code sees a NUL-terminated buffer: an embedded NUL ends the parse
  // early, and the caller then rejects the leftover characters.
  const at = (i: number): string => (i < str.length ? str[i]! : '\0');
  let p = 0;
  let negative = false;
  let errorIfNonzero = false;
  while (at(p) !== '\0' && isAsciiSpace(at(p))) p++;
  if (at(p) === '+') p++;
  else if (at(p) === '-') {
    p++;
    negative = true;
  }
  if (base === 0) {
    const c1 = at(p + 1);
    if (at(p) !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      // "old" C-style octal literal, now invalid; it might still be zero
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (at(p) === '0') {
    const c1 = at(p + 1);
    if (
      (base === 16 && (c1 === 'x' || c1 === 'X')) ||
      (base === 8 && (c1 === 'o' || c1 === 'O')) ||
      (base === 2 && (c1 === 'b' || c1 === 'B'))
    ) {
      p += 2;
      if (at(p) === '_') p++; // one underscore allowed after the prefix
    }
  }
  if (at(p) === '_') return null; // may not start with an underscore
  const start = p;
  let prev = '';
  let digits = '';
  while (digitValue(at(p)) < base || at(p) === '_') {
    const c = at(p);
    if (c === '_') {
      if (prev === '_') return null; // only one underscore between digits
    } else digits += c;
    prev = c;
    p++;
  }
  if (prev === '_') return null; // trailing underscore
  // Limit the size to avoid quadratic-time conversions (not for 2**k bases).
  if ((base & (base - 1)) !== 0 && digits.length > MAX_STR_DIGITS_THRESHOLD) {
    if (maxStrDigits > 0 && digits.length > maxStrDigits)
      throw valueError(
        `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: ` +
          `value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
  }
  if (p === start) return null;
  let v = digitsToBigInt(digits, base);
  if (errorIfNonzero && v !== 0n) return null;
  if (negative) v = -v;
  while (at(p) !== '\0' && isAsciiSpace(at(p))) p++;
  if (p !== str.length) return null; // trailing garbage (or an embedded NUL)
  return v;
}

// ------------------------------------------------------------ arithmetic

/** a // b (floor division). */
export function floorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivisionError('integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** a % b: the result has the sign of b. */
export function mod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivisionError('integer modulo by zero');
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** divmod(a, b). */
export function divmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw zeroDivisionError('integer division or modulo by zero');
  let q = a / b;
  let r = a - q * b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** a / b for ints: the correctly rounded float (long_true_divide). */
export function trueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDivisionError('division by zero');
  const negate = (a < 0n) !== (b < 0n);
  const x = ratioToDouble(a < 0n ? -a : a, b < 0n ? -b : b);
  if (x === Infinity) throw overflowError('integer division result too large for a float');
  return negate ? -x : x;
}

/** float(v): correctly rounded (Number(bigint) rounds half-even). */
export function intToFloat(v: bigint): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

/** int(x) for a float: truncation toward zero, exact for huge values. */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  if (Math.abs(x) < 2 ** 53) return BigInt(Math.trunc(x));
  const { mant, exp } = decompose(x); // exp >= 1 here: x is integral
  const v = mant << BigInt(exp);
  return x < 0 ? -v : v;
}

/**
 * a ** b.  A negative exponent gives a float, computed as
 * float(a) ** float(b) exactly like CPython (so 0 ** -1 raises
 * ZeroDivisionError('0.0 cannot be raised to a negative power')).
 */
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b < 0n) return floatPow(intToFloat(a), intToFloat(b));
  // Avoid building huge intermediates for the trivial bases.
  if (a === 0n) return b === 0n ? 1n : 0n;
  if (a === 1n) return 1n;
  if (a === -1n) return (b & 1n) === 0n ? 1n : -1n;
  return bigintGuard(() => a ** b);
}

/** Modular inverse of a modulo n (n > 0), as long_invmod. */
function invmod(a: bigint, n: bigint): bigint {
  let b = 1n;
  let c = 0n;
  while (n !== 0n) {
    const [q, r] = divmod(a, n);
    a = n;
    n = r;
    const s = b - q * c;
    b = c;
    c = s;
  }
  if (a !== 1n) throw valueError('base is not invertible for the given modulus');
  return b;
}

/** pow(a, b, m) including negative exponents (modular inverse, 3.8+). */
export function intPowMod(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negativeOutput = m < 0n;
  if (negativeOutput) m = -m;
  if (m === 1n) return 0n;
  if (b < 0n) {
    b = -b;
    a = invmod(a, m);
  }
  a = mod(a, m);
  let result = 1n;
  while (b > 0n) {
    if (b & 1n) result = (result * a) % m;
    b >>= 1n;
    if (b > 0n) a = (a * a) % m;
  }
  if (negativeOutput && result !== 0n) result -= m;
  return result;
}

/** int.bit_length() */
export function bitLength(v: bigint): number {
  return bigBitLength(v);
}

/** a << n */
export function lshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw valueError('negative shift count');
  if (a === 0n) return 0n;
  return bigintGuard(() => a << n);
}

/** a >> n (floor, like Python) */
export function rshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw valueError('negative shift count');
  if (n >= BigInt(bigBitLength(a))) return a < 0n ? -1n : 0n;
  return a >> n;
}

/**
 * round(a, ndigits) for an int: identity for ndigits >= 0, otherwise round
 * to a multiple of 10**-ndigits with ties to even (long_round).
 */
export function roundInt(a: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return a;
  const absA = a < 0n ? -a : a;
  // |a| < 10**-ndigits / 2 certainly holds when 10**-ndigits has two more
  // digits than |a|: the result is 0 without computing a huge power.
  if (-ndigits > BigInt(absA.toString().length + 1)) return 0n;
  const p = 10n ** -ndigits;
  // divmod_near: q = round-half-even(a / p)
  let [q, r] = divmod(a, p);
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return q * p;
}

export { PyLibError };
