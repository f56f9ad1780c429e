// Float helpers of the math module that are pure functions of doubles: CPython's m_remainder,
// math.pow's special cases, vector_norm (hypot/dist), fsum (Shewchuk's msum), frexp/ldexp and
// nextafter, each following Modules/mathmodule.c so results match bit for bit.
import { decompose, pow2, scaledToDouble } from "../lib/bigfloat.js";
import { glibcPow } from "../lib/glibc-libm.js";

export const copysign = (x: number, y: number): number => (y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBit(y)) ? -Math.abs(x) : Math.abs(x));
const dvSign = new DataView(new ArrayBuffer(8));
function signBit(x: number): boolean {
  dvSign.setFloat64(0, x);
  return dvSign.getUint8(0) >= 0x80;
}

/** CPython's m_remainder (IEEE 754 remainder). */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** math.pow: CPython's special-casing, then glibc's pow. */
export function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (y === 0 || x === 1) return 1;
  if (x === 0) {
    const oddY = Math.abs(y) % 2 === 1;
    if (y < 0) return oddY ? copysign(Infinity, x) : Infinity; // EDOM, reported as domain error below
    return oddY ? x : 0;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = glibcPow(-x, y);
    return Math.abs(y) % 2 === 1 ? -r : r;
  }
  return glibcPow(x, y);
}

/** CPython's vector_norm: the correctly rounded Euclidean norm of |coordinates|. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (!Number.isFinite(max)) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((x) => x / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = pow2(-maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let x of vec) {
    x *= scale; // lossless
    const [ph, pl] = twoProduct(x, x);
    const s = csum + ph; // fast two-sum (|csum| >= |ph|)
    frac2 += csum - s + ph;
    csum = s;
    frac1 += pl;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [ph, pl] = twoProduct(-h, h);
  const s = csum + ph;
  frac2 += csum - s + ph;
  csum = s;
  frac1 += pl;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

/** Dekker's exact product: a*b = hi + lo (what CPython's dl_mul gets from fma). */
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = (v: number): [number, number] => {
    const t = 134217729 * v;
    const h = t - (t - v);
    return [h, v - h];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [hi, ah * bh - hi + ah * bl + al * bh + al * bl];
}

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const { mant, exp } = decompose(x);
  const bl = mant.toString(2).length;
  const m = scaledToDouble(mant, -bl);
  return [x < 0 ? -m : m, exp + bl];
}

/** x * 2**n correctly rounded (C ldexp). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const { mant, exp } = decompose(x);
  const e = Math.max(-100000, Math.min(100000, exp + n));
  const r = scaledToDouble(mant, e);
  return x < 0 ? -r : r;
}

/** CPython's math.fsum (Shewchuk's msum with the half-even fix-up). */
export function fsum(items: number[]): number | "overflow" | "inf - inf" {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (let x of items) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) return "overflow";
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) return "inf - inf";
    return specialSum;
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  let bits = dv.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  dv.setBigUint64(0, bits);
  return dv.getFloat64(0);
}

