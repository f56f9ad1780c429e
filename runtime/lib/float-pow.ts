/**
 * float ** float with CPython 3.11's float_pow special cases.  The general
 * case calls a bit-exact port of glibc's pow() (glibc-libm.ts), which is what
 * CPython calls on Linux; V8's Math.pow differs from it in the last bit for
 * ~5-10% of random inputs, and even a correctly rounded pow differs in ~0.1%.
 */
import { PyLibError, zeroDivisionError } from './errors.js';
import { glibcPow } from './glibc-libm.js';

function isOddInteger(x: number): boolean {
  // DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0
  return Math.abs(x) % 2 === 1;
}

/**
 * CPython's message for a result that overflowed: float_pow sets errno =
 * ERANGE and raises OverflowError via PyErr_SetFromErrno, so str(exc) is
 * "(34, 'Numerical result out of range')".
 */
export function erangeOverflow(): PyLibError {
  return new PyLibError('OverflowError', "(34, 'Numerical result out of range')", [
    34,
    'Numerical result out of range',
  ]);
}

/**
 * `iv ** iw` for floats.  Throws ZeroDivisionError for 0.0 ** negative,
 * OverflowError on overflow, and -- because this library has no complex
 * type -- ValueError('negative number cannot be raised to a fractional
 * power') with `complexResult: true` where CPython would return a complex.
 */
export function floatPow(iv: number, iw: number): number {
  // Sort out special cases here instead of relying on pow().
  if (iw === 0) return 1.0; // v**0 is 1, even 0**0 and nan**0
  if (Number.isNaN(iv)) return iv; // nan**w = nan, unless w == 0
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw; // 1**nan = 1
  if (!Number.isFinite(iw)) {
    // v**inf is 0 if |v| < 1, 1 if |v| == 1, inf if |v| > 1; v**-inf the reverse.
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    // (+-inf)**w is inf for w > 0, 0 for w < 0, signed when w is an odd integer.
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv > 0 ? 0.0 : -0.0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      // CPython returns complex(-iv) ** iw; that raises OverflowError when
      // |iv| ** iw overflows, else yields a complex we cannot represent.
      if (glibcPow(-iv, iw) === Infinity) throw new PyLibError('OverflowError', 'complex exponentiation');
      throw complexResultError();
    }
    // iw is an exact integer: use |iv| and fix the sign afterwards.
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0; // 1**w is 1, (-1)**big_int is +-1
  const ix = glibcPow(iv, iw);
  // _Py_ADJUST_ERANGE1: an infinite result from finite inputs is ERANGE;
  // underflow to zero is silently accepted.
  if (!Number.isFinite(ix)) throw erangeOverflow();
  return negate ? -ix : ix;
}

export function complexResultError(): PyLibError {
  const e = new PyLibError('ValueError', 'negative number cannot be raised to a fractional power');
  e.complexResult = true;
  return e;
}
