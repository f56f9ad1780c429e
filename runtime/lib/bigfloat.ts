/**
 * Exact conversions between IEEE doubles and bigint-scaled values.
 * Everything that must be "correctly rounded like CPython" (int/int true
 * division, float formatting, round(), pow) funnels through here so the
 * rounding rule (round-half-even on the exact value) lives in one place.
 */

const dv = new DataView(new ArrayBuffer(8));

/** Raw IEEE bits of a double as a bigint. */
export function doubleBits(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}

/** The double with the given raw IEEE bits. */
export function doubleFromBits(bits: bigint): number {
  dv.setBigUint64(0, BigInt.asUintN(64, bits));
  return dv.getFloat64(0);
}

/**
 * Split a finite, nonzero double into |x| = mant * 2**exp exactly, with mant
 * a positive bigint below 2**53 (not normalised: trailing zero bits kept).
 */
export function decompose(x: number): { mant: bigint; exp: number } {
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mant: frac, exp: -1074 };
  return { mant: frac | (1n << 52n), exp: biased - 1075 };
}

/** Number of bits in |n| (0 for 0), i.e. int.bit_length(). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n < 0x100000000n) return 32 - Math.clz32(Number(n));
  const h = n.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0]!, 16)));
}

/** 2**k as a double for any integer k (0 or Infinity outside the range). */
export function pow2(k: number): number {
  if (k > 1023) return Infinity;
  if (k < -1074) return 0;
  // Built from the bit pattern so subnormal powers are exact without relying
  // on Math.pow's accuracy.
  if (k >= -1022) return doubleFromBits(BigInt(k + 1023) << 52n);
  return doubleFromBits(1n << BigInt(k + 1074));
}

/**
 * Correctly rounded (round-half-even) value of n * 2**e as a double, for
 * n >= 0.  `sticky` says the true value is strictly greater than n * 2**e
 * by less than 2**e (as when n is a truncated quotient with a nonzero
 * remainder); it is only meaningful when n has more bits than are kept.
 * Overflow gives Infinity; the caller decides which OverflowError message
 * that is.
 */
export function scaledToDouble(n: bigint, e: number, sticky = false): number {
  if (n === 0n) return 0;
  const nb = bitLength(n);
  const topExp = e + nb - 1; // exponent of the leading bit
  if (topExp >= 1024) return Infinity;
  // Least significant bit we may keep: 53 significant bits, but never below
  // 2**-1074 (subnormals).
  const keepLsb = Math.max(topExp - 52, -1074);
  const drop = keepLsb - e; // low bits of n to discard
  let q: bigint;
  if (drop <= 0) {
    q = n << BigInt(-drop); // exact
  } else if (drop > nb) {
    q = 0n; // below half of the smallest subnormal: rounds to zero
  } else {
    const dropB = BigInt(drop);
    q = n >> dropB;
    const rem = n & ((1n << dropB) - 1n);
    const half = 1n << (dropB - 1n);
    if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  }
  // q <= 2**53 and keepLsb in [-1074, 971]: the product is exact, or
  // overflows to Infinity when rounding carried past DBL_MAX.
  return Number(q) * pow2(keepLsb);
}

/**
 * Correctly rounded num/den as a double, for num >= 0, den > 0 (this is how
 * CPython's long_true_divide behaves: `10**400 / 10**399 == 10.0`).
 * Returns Infinity when the rounded result overflows.
 */
export function ratioToDouble(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  if (num <= 0x20000000000000n && den <= 0x20000000000000n) return Number(num) / Number(den);
  const shift = bitLength(den) - bitLength(num) + 55;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const nn = num << BigInt(shift);
    q = nn / den;
    r = nn - q * den;
  } else {
    const dd = den << BigInt(-shift);
    q = num / dd;
    r = num - q * dd;
  }
  return scaledToDouble(q, -shift, r !== 0n);
}

/**
 * Fused multiply-add: the correctly rounded value of a*b + c, what C's
 * fma() returns.  Needed to reproduce glibc's libm bit for bit: on x86-64
 * CPUs with FMA, glibc runs variants compiled with -mfma whose a*b+c
 * expressions are contracted into fma instructions.
 *
 * Fast path: Dekker's exact product, an exact TwoSum, and a round-to-odd
 * addition (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums:
 * proved algorithms using rounding to odd", 2008), valid whenever no
 * intermediate underflows or overflows; otherwise exact bigint arithmetic.
 */
export function fma(a: number, b: number, c: number): number {
  const uh = a * b;
  const au = Math.abs(uh);
  const ac = Math.abs(c);
  if (
    au < 1e300 && au > 1e-280 && Math.abs(a) < 1e300 && Math.abs(b) < 1e300 &&
    (c === 0 || (ac < 1e300 && ac > 1e-280))
  ) {
    // Veltkamp split and Dekker product: a*b = uh + ul exactly.
    let t = 134217729 * a;
    const ah = t - (t - a);
    const al = a - ah;
    t = 134217729 * b;
    const bh = t - (t - b);
    const bl = b - bh;
    const ul = ah * bh - uh + ah * bl + al * bh + al * bl;
    // TwoSum: c + uh = th + tl exactly.
    const th = c + uh;
    const bb = th - c;
    const tl = c - (th - bb) + (uh - bb);
    // v = tl + ul rounded to odd.
    let v = tl + ul;
    const vb = v - tl;
    const ve = tl - (v - vb) + (ul - vb);
    if (ve !== 0) {
      dv.setFloat64(0, v);
      const lo = dv.getUint32(4);
      if ((lo & 1) === 0) {
        // Step one ulp toward the exact sum: away from zero iff the error
        // has the sign of v.
        const away = ve > 0 === v > 0;
        let bits = dv.getBigUint64(0);
        bits = away ? bits + 1n : bits - 1n;
        dv.setBigUint64(0, bits);
        v = dv.getFloat64(0);
      }
    }
    const r = th + v;
    if (Number.isFinite(r) && (r === 0 || Math.abs(r) > 1e-280)) return r;
  }
  return fmaExact(a, b, c);
}

/** fma() by exact bigint arithmetic (any finite inputs). */
export function fmaExact(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  if (a === 0 || b === 0) return a * b + c; // exact: a*b is a signed zero
  if (c === 0) return a * b; // a single rounding of the exact product
  const da = decompose(a);
  const db = decompose(b);
  const dc = decompose(c);
  const pe = da.exp + db.exp;
  let pm = da.mant * db.mant;
  if ((a < 0) !== (b < 0)) pm = -pm;
  let cm = c < 0 ? -dc.mant : dc.mant;
  const e = Math.min(pe, dc.exp);
  if (pe > e) pm <<= BigInt(pe - e);
  if (dc.exp > e) cm <<= BigInt(dc.exp - e);
  const s = pm + cm;
  if (s === 0n) return 0; // exact cancellation gives +0 in round-to-nearest
  return s < 0n ? -scaledToDouble(-s, e) : scaledToDouble(s, e);
}
