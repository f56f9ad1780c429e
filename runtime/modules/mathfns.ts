// Correctly rounded tan, atan, atan2, asin, acos, log2 and exp2 (runtime/lib/crmath.ts has exp,
// log, pow, sin, cos). Why: CPython calls glibc, whose versions of these are correctly rounded
// for practically every input, while V8's Math.* differ in the last bit for 1-15% of inputs
// (measured against python3 on 4000 random arguments each), which shows in any printed repr.
// (The fdlibm-derived functions glibc does *not* round correctly are ported in glibm.ts.)
// Method: bigint fixed point with `bits` fractional bits (P plus what tiny arguments need),
// one rounding at the end. math.ts turns NaN/inf results into CPython's exceptions.
import { bitLength, decompose, pow2, scaledToDouble } from "../lib/bigfloat.js";

/** Working precision: far beyond the ~2**-60 closeness of a double to a rounding boundary. */
const P = 200;
export const HALF_PI = 1.5707963267948966;

// ---- constants (truncated to `bits` fractional bits, cached at the largest precision asked) --
let piCache = { bits: 0, v: 0n };
function piFixed(bits: number): bigint {
  if (bits > piCache.bits) {
    const w = bits + 32;
    const one = 1n << BigInt(w);
    const atanInv = (n: bigint): bigint => {
      let sum = 0n;
      let pow = one / n;
      const n2 = n * n;
      for (let k = 1n, sign = 1n; pow !== 0n; k += 2n, sign = -sign) {
        sum += (sign * pow) / k;
        pow /= n2;
      }
      return sum;
    };
    piCache = { bits, v: (16n * atanInv(5n) - 4n * atanInv(239n)) >> 32n };
  }
  return piCache.v >> BigInt(piCache.bits - bits);
}

let ln2Cache = { bits: 0, v: 0n };
function ln2Fixed(bits: number): bigint {
  if (bits > ln2Cache.bits) {
    const w = bits + 32;
    const one = 1n << BigInt(w);
    let sum = 0n;
    for (let k = 1n, pow = one / 3n; pow !== 0n; k += 2n, pow /= 9n) sum += pow / k;
    ln2Cache = { bits, v: (2n * sum) >> 32n };
  }
  return ln2Cache.v >> BigInt(ln2Cache.bits - bits);
}

// ---- fixed-point helpers --------------------------------------------------------------------
const shift = (v: bigint, s: number): bigint => (s >= 0 ? v << BigInt(s) : v >> BigInt(-s));

/** |x| as fixed point with `bits` fractional bits (exact when x's bits fit). */
function toFixed(x: number, bits: number): bigint {
  const { mant, exp } = decompose(x);
  return shift(mant, exp + bits);
}

/** Correctly rounded double of v / 2**bits. */
function fromFixed(v: bigint, bits: number): number {
  return v < 0n ? -scaledToDouble(-v, -bits) : scaledToDouble(v, -bits);
}

/** Exponent of the leading bit of finite nonzero x. */
function topExp(x: number): number {
  const { mant, exp } = decompose(x);
  return exp + bitLength(mant) - 1;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** ln(mant * 2**exp) for mant > 0, fixed point with `bits` fractional bits. */
function lnME(mant: bigint, exp: number, bits: number): bigint {
  const B = BigInt(bits);
  const one = 1n << B;
  const bl = bitLength(mant);
  let k = exp + bl - 1; // value = f * 2**k, f in [1, 2)
  let f = shift(mant, bits - bl + 1);
  if (f * f > 2n * one * one) {
    f >>= 1n;
    k += 1;
  }
  // ln f = 2 atanh(z), z = (f - 1) / (f + 1), |z| < 0.172
  const z = ((f - one) << B) / (f + one);
  const z2 = (z * z) >> B;
  let sum = z;
  for (let t = z, d = 3n; ; d += 2n) {
    t = (t * z2) / one;
    if (t === 0n) break;
    sum += t / d;
  }
  return BigInt(k) * ln2Fixed(bits) + 2n * sum;
}

/** exp(t) for fixed t, as m * 2**e (m has about `bits` significant bits). */
function expME(t: bigint, bits: number): { m: bigint; e: number } {
  const B = BigInt(bits);
  const one = 1n << B;
  const L = ln2Fixed(bits);
  let k = t / L;
  let r = t - k * L;
  if (2n * r > L) {
    k += 1n;
    r -= L;
  } else if (2n * r < -L) {
    k -= 1n;
    r += L;
  }
  const S = 8; // exp(r) = exp(r / 2**S) ** (2**S)
  const rs = r >> BigInt(S);
  let sum = one;
  for (let term = one, n = 1n; ; n++) {
    term = (term * rs) / (n << B);
    if (term === 0n) break;
    sum += term;
  }
  for (let i = 0; i < S; i++) sum = (sum * sum) >> B;
  return { m: sum, e: Number(k) - bits };
}

/** atan(z) for fixed z >= 0. */
function atanFixed(z: bigint, bits: number): bigint {
  const B = BigInt(bits);
  const one = 1n << B;
  if (z > one) return (piFixed(bits) >> 1n) - atanFixed((one << B) / z, bits);
  // atan(z) = 2 atan(z / (1 + sqrt(1 + z²))) until the series converges fast.
  let k = 0;
  while (z > one >> 4n) {
    z = (z << B) / (one + isqrt((one << B) + z * z));
    k++;
  }
  const z2 = (z * z) >> B;
  let sum = z;
  for (let t = z, d = 3n; ; d += 2n) {
    t = -(t * z2) / one;
    if (t === 0n) break;
    sum += t / d;
  }
  return sum << BigInt(k);
}

/** x mod pi/2: quadrant q (0..3) and remainder r (|r| <= pi/4) in fixed point. */
function reduceHalfPi(x: number, bits: number): { q: number; r: bigint } {
  const pb = bits + Math.max(0, topExp(x)) + 80;
  const halfPi = piFixed(pb) >> 1n;
  const X = toFixed(Math.abs(x), pb);
  let k = X / halfPi;
  let r = X - k * halfPi;
  if (2n * r > halfPi) {
    k += 1n;
    r -= halfPi;
  }
  r = shift(r, bits - pb);
  let q = Number(k & 3n);
  if (x < 0) {
    r = -r;
    q = (4 - q) & 3;
  }
  return { q, r };
}

function sinCosSeries(r: bigint, bits: number, cos: boolean): bigint {
  const B = BigInt(bits);
  const one = 1n << B;
  const r2 = (r * r) >> B;
  let sum = cos ? one : r;
  for (let term = sum, n = cos ? 1n : 2n; ; n += 2n) {
    term = -(term * r2) / ((n * (n + 1n)) << B);
    if (term === 0n) break;
    sum += term;
  }
  return sum;
}

// ---- the functions --------------------------------------------------------------------------
/** Arguments below this return themselves (f(x) = x + O(x³) rounds to x). */
const TINY = 2 ** -30;

export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const bits = P + Math.max(0, -topExp(x));
  const { q, r } = reduceHalfPi(x, bits);
  const s = sinCosSeries(r, bits, false);
  const c = sinCosSeries(r, bits, true);
  const v = q & 1 ? -(c << BigInt(bits)) / s : (s << BigInt(bits)) / c;
  return fromFixed(v, bits);
}

export function crAtan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? HALF_PI : -HALF_PI;
  const ax = Math.abs(x);
  if (ax < TINY) return x;
  const bits = P + Math.max(0, -topExp(ax));
  const r = fromFixed(atanFixed(toFixed(ax, bits), bits), bits);
  return x < 0 ? -r : r;
}

/** atan2 for finite y != 0 and finite x (CPython's m_atan2 handles the special values). */
export function crAtan2(y: number, x: number): number {
  if (x === 0) return y > 0 ? HALF_PI : -HALF_PI;
  const dy = decompose(y);
  const dx = decompose(x);
  const rel = topExp(y) - topExp(x);
  const bits = P + Math.min(1200, Math.max(0, -rel));
  // |y| / |x| in fixed point
  const s = dy.exp - dx.exp + bits;
  const R = s >= 0 ? (dy.mant << BigInt(s)) / dx.mant : dy.mant / (dx.mant << BigInt(-s));
  let a = atanFixed(R, bits);
  if (x < 0) a = piFixed(bits) - a;
  const r = fromFixed(a, bits);
  return y < 0 ? -r : r;
}

function asinFixed(ax: number, bits: number): bigint {
  const B = BigInt(bits);
  const X = toFixed(ax, bits);
  const S = isqrt((1n << (2n * B)) - X * X);
  return atanFixed((X << B) / S, bits);
}

export function crAsin(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax < TINY) return x;
  if (ax === 1) return x * HALF_PI;
  const bits = P + Math.max(0, -topExp(ax));
  const r = fromFixed(asinFixed(ax, bits), bits);
  return x < 0 ? -r : r;
}

export function crAcos(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return 3.141592653589793;
  const bits = P;
  const half = piFixed(bits) >> 1n;
  const a = x === 0 ? 0n : asinFixed(Math.abs(x), bits);
  return fromFixed(x < 0 ? half + a : half - a, bits);
}

/** Correctly rounded log2 of finite x > 0. */
export function crLog2(x: number): number {
  const { mant, exp } = decompose(x);
  if ((mant & (mant - 1n)) === 0n) return exp + bitLength(mant) - 1;
  const bits = P + 64;
  const L = lnME(mant, exp, bits);
  return fromFixed((L << BigInt(bits)) / ln2Fixed(bits), bits);
}

export function crExp2(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (Number.isInteger(x)) return pow2(x);
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  const bits = P;
  const X = toFixed(x, bits);
  const t = ((x < 0 ? -X : X) * ln2Fixed(bits)) >> BigInt(bits);
  const { m, e } = expME(t, bits);
  return scaledToDouble(m, e);
}
