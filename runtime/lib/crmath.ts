/**
 * Correctly rounded sin and cos on doubles (bigint fixed point, ~200 bits).
 *
 * Why: random.gauss() needs sin/cos, and V8's Math.sin/Math.cos differ from
 * glibc's in the last bit for ~5% of inputs.  glibc's own sin/cos (IBM's
 * Accurate Mathematical Library) are LGPL-licensed, so instead of porting
 * them we round correctly; that agrees with glibc except for the ~0.15% of
 * inputs glibc rounds the other way (always by one ulp).
 * Cost: roughly 10-30 microseconds per call.
 */
import { decompose, bitLength, scaledToDouble } from './bigfloat.js';
import { setTrigConstants, trigFast } from './trig-dd.js';

/** Working precision: fractional bits of the fixed-point values. */
const P = 200;

// ---------------------------------------------------------------- constants

let piBits = 0;
let piCache = 0n;
/** pi scaled by 2**bits (truncated), via Machin's formula. */
function pi(bits: number): bigint {
  if (bits <= piBits) return piCache >> BigInt(piBits - bits);
  const w = bits + 16;
  const one = 1n << BigInt(w);
  const atanInv = (n: bigint): bigint => {
    let sum = 0n;
    let pow = one / n;
    const n2 = n * n;
    let sign = 1n;
    for (let k = 1n; pow !== 0n; k += 2n) {
      sum += (sign * pow) / k;
      pow /= n2;
      sign = -sign;
    }
    return sum;
  };
  piCache = (16n * atanInv(5n) - 4n * atanInv(239n)) >> 16n;
  piBits = bits;
  return piCache;
}

// ---------------------------------------------------------------- helpers

/** x as a fixed-point bigint with `bits` fractional bits (exact if possible). */
function toFixed(x: number, bits: number): bigint {
  const { mant, exp } = decompose(x);
  const s = exp + bits;
  const v = s >= 0 ? mant << BigInt(s) : mant >> BigInt(-s);
  return x < 0 ? -v : v;
}

/** Correctly rounded double of the fixed-point value v / 2**bits. */
function fromFixed(v: bigint, bits: number): number {
  if (v < 0n) return -scaledToDouble(-v, -bits);
  return scaledToDouble(v, -bits);
}

/**
 * Reduce x modulo pi/2: returns the quadrant (0..3) and r = x - k*pi/2 as a
 * fixed-point value with `bits` fractional bits.
 */
function reduceHalfPi(x: number, bits: number): { q: number; r: bigint } {
  const { mant, exp } = decompose(x);
  const topExp = exp + bitLength(mant) - 1;
  // Enough bits of pi that k * (error of pi/2) stays far below 2**-bits even
  // after the worst cancellation (doubles are never closer than ~2**-62
  // relative to a multiple of pi/2).
  const pb = bits + Math.max(0, topExp) + 80;
  const halfPi = pi(pb) >> 1n;
  const X = toFixed(Math.abs(x), pb);
  let k = X / halfPi;
  let r = X - k * halfPi;
  if (2n * r > halfPi) {
    k += 1n;
    r -= halfPi;
  }
  r >>= BigInt(pb - bits);
  let q = Number(k & 3n);
  if (x < 0) {
    r = -r;
    q = (4 - q) & 3;
  }
  return { q, r };
}

function sinSeries(r: bigint, bits: number): bigint {
  const B = BigInt(bits);
  const r2 = (r * r) >> B;
  let sum = r;
  let term = r;
  for (let n = 2n; ; n += 2n) {
    term = -(term * r2) / ((n * (n + 1n)) << B);
    if (term === 0n) break;
    sum += term;
  }
  return sum;
}

function cosSeries(r: bigint, bits: number): bigint {
  const B = BigInt(bits);
  const one = 1n << B;
  const r2 = (r * r) >> B;
  let sum = one;
  let term = one;
  for (let n = 1n; ; n += 2n) {
    term = -(term * r2) / ((n * (n + 1n)) << B);
    if (term === 0n) break;
    sum += term;
  }
  return sum;
}

// ----------------------------------------------- constants of the double-double fast path

/** The double-doubles (and π/2 in four doubles) trig-dd.ts needs, rounded from exact values. */
function fastPathConstants(): void {
  const B = 300;
  const split = (v: bigint, parts: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < parts; i++) {
      const d = fromFixed(v, B);
      out.push(d);
      v -= toFixed(d, B);
    }
    return out;
  };
  const halfPi = split(pi(B) >> 1n, 4) as [number, number, number, number];
  const invFact: [number, number][] = [];
  let fact = 1n;
  for (let n = 0; n <= 33; n++) {
    if (n > 0) fact *= BigInt(n);
    invFact.push(split((1n << BigInt(B)) / fact, 2) as [number, number]);
  }
  setTrigConstants({ halfPi, invFact });
}
fastPathConstants();

/** The exact evaluation, for inputs the fast path cannot decide. */
export function trigExact(x: number, wantCos: boolean): number {
  const { mant, exp } = decompose(x);
  const topExp = exp + bitLength(mant) - 1;
  // Keep P significant bits even for tiny arguments.
  const bits = P + Math.max(0, -topExp);
  const { q, r } = reduceHalfPi(x, bits);
  // sin(r + q pi/2) / cos(r + q pi/2) by quadrant
  const k = (q + (wantCos ? 1 : 0)) & 3;
  let v: bigint;
  switch (k) {
    case 0:
      v = sinSeries(r, bits);
      break;
    case 1:
      v = cosSeries(r, bits);
      break;
    case 2:
      v = -sinSeries(r, bits);
      break;
    default:
      v = -cosSeries(r, bits);
  }
  return fromFixed(v, bits);
}

function trig(x: number, wantCos: boolean): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return wantCos ? 1 : x;
  const fast = trigFast(x, wantCos);
  return fast === fast ? fast : trigExact(x, wantCos);
}

/** Correctly rounded sin(x). */
export function crSin(x: number): number {
  return trig(x, false);
}

/** Correctly rounded cos(x). */
export function crCos(x: number): number {
  return trig(x, true);
}
