/*
 * Ported from ARM's optimized-routines (math/exp.c, math/log.c,
 * math/pow.c and their data files), the code glibc 2.28+ ships as its
 * exp/log/pow.  Original notice:
 *
 *   MIT License
 *
 *   Copyright (c) 1999-2018, Arm Limited.
 *
 *   Permission is hereby granted, free of charge, to any person obtaining a
 *   copy of this software and associated documentation files (the
 *   "Software"), to deal in the Software without restriction, including
 *   without limitation the rights to use, copy, modify, merge, publish,
 *   distribute, sublicense, and/or sell copies of the Software, and to
 *   permit persons to whom the Software is furnished to do so, subject to
 *   the following conditions:
 *
 *   The above copyright notice and this permission notice shall be included
 *   in all copies or substantial portions of the Software.
 *
 *   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
 *   OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
 *   MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
 *   IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
 *   CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
 *   TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
 *   SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
/**
 * Bit-exact ports of glibc's exp(), log() and pow() (glibc 2.28+, code from
 * ARM's optimized-routines: sysdeps/ieee754/dbl-64/e_exp.c, e_log.c,
 * e_pow.c), which is what CPython's float ** float, math.exp and math.log
 * call on Linux.  These are *not* correctly rounded (pow is off in ~0.1%
 * of random cases, by one ulp), so a correctly rounded implementation would
 * not match CPython; this port does, bit for bit.
 *
 * Which glibc variant: on x86-64 CPUs with FMA (every x86-64 CPU since
 * ~2013), glibc selects variants compiled with -mfma, where the explicit
 * __builtin_fma calls are fused and GCC contracts every `a*b + c` whose
 * product has no other use into an fma.  That is reproduced here with an
 * exact fma() emulation; verified against CPython 3.11 on glibc 2.36
 * (tests/lib/float-ops.test.ts, tests/lib/glibc-libm.test.ts).
 */
import { fma } from './bigfloat.js';
import * as D from './glibc-libm-data.js';

const dv = new DataView(new ArrayBuffer(8));
function hiWord(x: number): number {
  dv.setFloat64(0, x);
  return dv.getUint32(0);
}
function loWord(): number {
  return dv.getUint32(4); // of the value last passed to hiWord()
}
function fromWords(hi: number, lo: number): number {
  dv.setUint32(0, hi >>> 0);
  dv.setUint32(4, lo >>> 0);
  return dv.getFloat64(0);
}

const EXP_TAB = D.EXP_TAB;
const [C2, C3, C4, C5] = D.EXP_POLY as [number, number, number, number];
const P2_1009 = 2 ** 1009;
const P2_M1022 = 2 ** -1022;

// ------------------------------------------------------------------ exp

/**
 * The shared tail of exp() and pow(): scale = 2^(k/N) from the table, then
 * scale + scale*tmp, with the over/underflow handling of specialcase().
 */
function expCore(x: number, xtail: number, signBias: number, forPow: boolean): number {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (((abstop - 0x3c9) >>> 0) >= 0x80000000) {
      // tiny x: avoid spurious underflow (0 is a common input)
      const one = 1.0 + x;
      return signBias ? -one : one;
    }
    if (abstop >= 0x409) {
      if (!forPow) {
        if (x === -Infinity) return 0.0;
        if (abstop >= 0x7ff) return 1.0 + x;
      }
      const neg = signBias !== 0;
      if (x < 0) return neg ? -0.0 : 0.0; // __math_uflow
      return neg ? -Infinity : Infinity; // __math_oflow
    }
    special = true; // large |x| is handled in specialcase
    abstop = 0;
  }
  // exp(x) = 2^(k/N) * exp(r), x = ln2/N*k + r, |r| <= ln2/2N
  const kd0 = fma(D.EXP_INVLN2N, x, D.EXP_SHIFT); // contracted z + Shift
  const kd = kd0 - D.EXP_SHIFT;
  let r = fma(kd, D.EXP_NEGLN2LON, fma(kd, D.EXP_NEGLN2HIN, x));
  if (forPow) r += xtail;
  const k = kd; // an integer with |k| < 2^31
  const base = 4 * (k & 127);
  const tail = fromWords(EXP_TAB[base]!, EXP_TAB[base + 1]!);
  const sbitsHi = (EXP_TAB[base + 2]! + ((k + signBias) << 13)) >>> 0;
  const sbitsLo = EXP_TAB[base + 3]!;
  const r2 = r * r;
  // tail + r + r2*(C2 + r*C3) + r2*r2*(C4 + r*C5), contracted
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (special) return specialcase(tmp, sbitsHi, sbitsLo, k >= 0, forPow);
  const scale = fromWords(sbitsHi, sbitsLo);
  return fma(scale, tmp, scale);
}

function specialcase(tmp: number, sbitsHi: number, sbitsLo: number, kPositive: boolean, forPow: boolean): number {
  if (kPositive) {
    // the exponent of scale might have overflowed by <= 460
    const scale = fromWords((sbitsHi - (1009 << 20)) >>> 0, sbitsLo);
    return P2_1009 * fma(scale, tmp, scale);
  }
  // k < 0: care is needed in the subnormal range
  const hi = (sbitsHi + (1022 << 20)) >>> 0;
  const scale = fromWords(hi, sbitsLo);
  // Not contracted: GCC computes scale*tmp once for both uses below, and
  // one of them is in another basic block, which blocks fma formation.
  const st = scale * tmp;
  let y = scale + st;
  if (forPow ? Math.abs(y) < 1.0 : y < 1.0) {
    // round y to the right precision before scaling it into the subnormal
    // range, to avoid double rounding
    const one = forPow && y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const h = one + y;
    lo = one - h + y + lo;
    y = h + lo - one;
    if (y === 0) y = forPow && hi & 0x80000000 ? -0.0 : 0.0;
  }
  return P2_M1022 * y;
}

/** glibc exp(x).  Overflow gives inf and underflow 0 (callers raise). */
export function glibcExp(x: number): number {
  return expCore(x, 0, 0, false);
}

// ------------------------------------------------------------------ log

const LOG_TAB = D.LOG_TAB;
const B = D.LOG_POLY1;
const LA = D.LOG_POLY;

/** glibc log(x): -inf for 0, nan for x < 0 (callers raise). */
export function glibcLog(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) {
    // close to 1.0: a polynomial in r = x - 1
    if (x === 1.0) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    const i3 = fma(r3, B[10]!, fma(r2, B[9]!, fma(r, B[8]!, B[7]!)));
    const i2 = fma(r3, i3, fma(r2, B[6]!, fma(r, B[5]!, B[4]!)));
    const i1 = fma(r3, i2, fma(r2, B[3]!, fma(r, B[2]!, B[1]!)));
    let w = r * 0x8000000;
    const rhi = r + w - w;
    const rlo = r - rhi;
    w = rhi * rhi * B[0]!; // exact: B[0] == -0.5
    const hi = r + w;
    let lo = r - hi + w;
    lo = fma(B[0]! * rlo, rhi + r, lo);
    let y = fma(r3, i1, lo); // y = r3*i1; y += lo (contracted)
    y += hi;
    return y;
  }
  let ixHi = hiWord(x);
  let ixLo = loWord();
  const top = ixHi >>> 16;
  if (((top - 0x0010) >>> 0) >= 0x7ff0 - 0x0010) {
    // x < 0x1p-1022 or inf or nan
    if (x === 0) return -Infinity; // __math_divzero
    if (x === Infinity) return x;
    if (top & 0x8000 || (top & 0x7ff0) === 0x7ff0) return NaN; // __math_invalid
    // subnormal: normalize
    ixHi = hiWord(x * 2 ** 52);
    ixLo = loWord();
    ixHi = (ixHi - (52 << 20)) >>> 0;
  }
  // x = 2^k z, z in [OFF, 2*OFF); OFF = 0x3fe6000000000000
  const tmpHi = (ixHi - 0x3fe60000) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromWords(ixHi - (tmpHi & 0xfff00000), ixLo);
  const invc = LOG_TAB[2 * i]!;
  const logc = LOG_TAB[2 * i + 1]!;
  const r = fma(z, invc, -1.0);
  const kd = k;
  const w = fma(kd, D.POW_LN2HI, logc);
  const hi = w + r;
  const lo = fma(kd, D.POW_LN2LO, w - hi + r);
  const r2 = r * r;
  // lo + r2*A0 + r*r2*(A1 + r*A2 + r2*(A3 + r*A4)) + hi, contracted
  const q = fma(r2, fma(r, LA[4]!, LA[3]!), fma(r, LA[2]!, LA[1]!));
  return fma(r * r2, q, fma(r2, LA[0]!, lo)) + hi;
}

// ------------------------------------------------------------------ pow

const PT = D.POW_LOG_TAB;
const PA = D.POW_LOG_POLY;
let logTail = 0;

/** log(x) as hi + logTail with ~15 extra bits (pow's log_inline). */
function powLog(ixHi: number, ixLo: number): number {
  // x = 2^k z, z in [OFF, 2*OFF); OFF = 0x3fe6955500000000
  const tmpHi = (ixHi - 0x3fe69555) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromWords(ixHi - (tmpHi & 0xfff00000), ixLo);
  const invc = PT[3 * i]!;
  const logc = PT[3 * i + 1]!;
  const logctail = PT[3 * i + 2]!;
  // r = z/c - 1 is exactly representable
  const r = fma(z, invc, -1.0);
  const kd = k;
  const t1 = fma(kd, D.POW_LN2HI, logc);
  const t2 = t1 + r;
  const lo1 = fma(kd, D.POW_LN2LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = PA[0]! * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  // p = ar3 * (A1 + r*A2 + ar2*(A3 + r*A4 + ar2*(A5 + r*A6))), fused into lo
  const q = fma(ar2, fma(ar2, fma(r, PA[6]!, PA[5]!), fma(r, PA[4]!, PA[3]!)), fma(r, PA[2]!, PA[1]!));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/**
 * glibc pow(x, y) for the inputs CPython's float_pow hands to libm: x > 0
 * finite and != 1, y finite and != 0.  Overflow gives inf and underflow 0.
 * For x < 0 with an integral y, call with |x| and negate odd powers
 * (glibc's sign handling is exactly that).
 */
export function glibcPow(x: number, y: number): number {
  let ixHi = hiWord(x);
  let ixLo = loWord();
  const topx = ixHi >>> 20;
  const topy = hiWord(y) >>> 20;
  const yExp = topy & 0x7ff;
  if (((topx - 1) >>> 0) >= 0x7fe || ((yExp - 0x3be) >>> 0) >= 0x43e - 0x3be) {
    if (((yExp - 0x3be) >>> 0) >= 0x43e - 0x3be) {
      if (x === 1.0) return 1.0;
      // |y| < 2^-65: x^y ~= 1 + y*log(x)
      if (yExp < 0x3be) return x > 1.0 ? 1.0 + y : 1.0 - y;
      // |y| >= 2^63: the result certainly over- or underflows
      return x > 1.0 === topy < 0x800 ? Infinity : 0.0;
    }
    if (topx === 0) {
      // subnormal x: normalize so the exponent becomes negative
      ixHi = hiWord(x * 2 ** 52) & 0x7fffffff;
      ixLo = loWord();
      ixHi = (ixHi - (52 << 20)) >>> 0;
    }
  }
  const hi = powLog(ixHi, ixLo);
  const lo = logTail;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expCore(ehi, elo, 0, true);
}

