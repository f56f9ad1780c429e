/**
 * Port of CPython's PyOS_double_to_string / format_float_short
 * (Python/pystrtod.c) on top of exact digit generation.
 *
 * CPython asks David Gay's dtoa for digits in one of three modes:
 *   mode 0: shortest string that round-trips (repr);
 *   mode 2: `ndigits` significant digits ('e', 'g');
 *   mode 3: `ndigits` digits after the decimal point ('f', round()).
 * Modes 2 and 3 round the *exact* binary value half-to-even (so
 * format(2.5, '.0f') == '2' but format(2.675, '.2f') == '2.67' because
 * 2.675 is really 2.67499999...).  We reproduce them with exact bigint
 * arithmetic; mode 0 uses V8's shortest round-trip algorithm, which yields
 * the same digits as dtoa (shortest, then closest to the true value).
 *
 * Digits are returned the way dtoa returns them: no trailing zeros, with
 * `decpt` the position of the decimal point (value = 0.DIGITS * 10**decpt).
 */
import { decompose } from './bigfloat.js';

export interface DecimalDigits {
  /** Significant digits without trailing zeros; "0" for zero. */
  digits: string;
  /** value = 0.<digits> * 10**decpt */
  decpt: number;
}

const pow5Cache: bigint[] = [1n];
function pow5(k: number): bigint {
  if (k < 64) {
    while (pow5Cache.length <= k) pow5Cache.push(pow5Cache[pow5Cache.length - 1]! * 5n);
    return pow5Cache[k]!;
  }
  return 5n ** BigInt(k);
}
function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/** |x| = n / 10**k exactly (x finite, nonzero). */
function exactDecimal(x: number): { n: bigint; k: number } {
  const { mant, exp } = decompose(x);
  if (exp >= 0) return { n: mant << BigInt(exp), k: 0 };
  // m * 2**-e = m * 5**e / 10**e
  return { n: mant * pow5(-exp), k: -exp };
}

/** round-half-even of n / d for n >= 0, d > 0 */
function divRoundHalfEven(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r2 = (n - q * d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function stripZeros(s: string, decptFromLen: number): DecimalDigits {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return { digits: s.slice(0, end), decpt: decptFromLen };
}

/** dtoa mode 0: shortest round-tripping digits of |x| (x finite). */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 };
  // toExponential() with no argument gives "as many digits as necessary to
  // uniquely specify the number" -- the shortest round-trip digits.
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const mantissa = s.slice(0, e).replace('.', '');
  return { digits: mantissa, decpt: parseInt(s.slice(e + 1), 10) + 1 };
}

/** dtoa mode 3: |x| rounded to `ndigits` digits after the point (may be < 0). */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const { n, k } = exactDecimal(x);
  let r: bigint;
  if (ndigits >= k) r = n * pow10(ndigits - k);
  else r = divRoundHalfEven(n, pow10(k - ndigits));
  if (r === 0n) return { digits: '0', decpt: 1 };
  const s = r.toString();
  return stripZeros(s, s.length - ndigits);
}

/** dtoa mode 2: |x| rounded to `ndigits` (>= 1) significant digits. */
export function significantDigits(x: number, ndigits: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const { n, k } = exactDecimal(x);
  const len = decimalLength(n);
  const decpt = len - k;
  let r: bigint;
  if (len <= ndigits) r = n * pow10(ndigits - len);
  else r = divRoundHalfEven(n, pow10(len - ndigits));
  const s = r.toString();
  // A carry (9.99 -> 10.0) makes s one digit longer and moves the point.
  return stripZeros(s, decpt + (s.length - ndigits));
}

function decimalLength(n: bigint): number {
  return n.toString().length;
}

export interface DoubleToStringFlags {
  /** Py_DTSF_SIGN: always emit a sign. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integral results get ".0" (repr, format with no type). */
  addDot0?: boolean;
  /** Py_DTSF_ALT: '#' alternate form (keep trailing zeros / point). */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z' option, negative zero after rounding loses its sign. */
  noNegZero?: boolean;
}

export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

/**
 * PyOS_double_to_string(val, format_code, precision, flags).
 * 'r' means repr (precision must be 0).  Returns e.g. "-1.5e+10", "inf".
 */
export function doubleToString(
  val: number,
  formatCode: DoubleFormatCode,
  precision: number,
  flags: DoubleToStringFlags = {},
): string {
  // Upper-case codes use the lower-case algorithm with "E"/"INF"/"NAN".
  const upper = formatCode === 'E' || formatCode === 'F' || formatCode === 'G';
  let code: 'e' | 'f' | 'g' | 'r';
  let mode: 0 | 2 | 3;
  switch (formatCode) {
    case 'E':
    case 'e':
      code = 'e';
      mode = 2;
      precision++;
      break;
    case 'F':
    case 'f':
      code = 'f';
      mode = 3;
      break;
    case 'G':
    case 'g':
      code = 'g';
      mode = 2;
      // precision 0 makes no sense for 'g' format; interpret as 1
      if (precision === 0) precision = 1;
      break;
    case 'r':
      code = 'r';
      mode = 0;
      break;
  }
  return formatFloatShort(val, code, mode, precision, flags, upper);
}

function formatFloatShort(
  d: number,
  code: 'e' | 'f' | 'g' | 'r',
  mode: 0 | 2 | 3,
  precision: number,
  flags: DoubleToStringFlags,
  upper: boolean,
): string {
  let negative = d < 0 || Object.is(d, -0);

  if (!Number.isFinite(d)) {
    // dtoa reports "Infinity"/"NaN"; CPython ignores the sign of a nan.
    const isNan = Number.isNaN(d);
    if (isNan) negative = false;
    const body = isNan ? (upper ? 'NAN' : 'nan') : upper ? 'INF' : 'inf';
    return (negative ? '-' : flags.sign ? '+' : '') + body;
  }

  const dd: DecimalDigits =
    mode === 0 ? shortestDigits(d) : mode === 2 ? significantDigits(d, precision) : fixedDigits(d, precision);
  const digits = dd.digits;
  let decpt = dd.decpt;
  const digitsLen = digits.length;

  // 'z': a result that rounded to zero loses its minus sign.
  if (flags.noNegZero && negative && digits === '0') negative = false;

  const addDot0 = !!flags.addDot0;
  const alt = !!flags.alt;

  // We output a slice vdigits[vdigitsStart : vdigitsEnd] of the digit string
  // padded with infinitely many zeros on both sides (see pystrtod.c).
  let vdigitsEnd = digitsLen;
  let useExp = false;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      // repr switches to exponent notation at 1e16 and below 1e-4.
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }

  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // Ensure vdigitsStart < decpt <= vdigitsEnd, or vdigitsStart < decpt <
  // vdigitsEnd if addDot0 and no exponent.
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);

  let out = negative ? '-' : flags.sign ? '+' : '';
  // Exactly one of these inserts the decimal point.
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vdigitsStart);
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  } else {
    out += '0'.repeat(vdigitsEnd - digitsLen);
  }
  // Delete a trailing decimal point unless using the alternate form.
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);

  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}
