/**
 * A fast path for the correctly rounded sin and cos of crmath.ts: double-double arithmetic
 * (about 104 bits) with an explicit error bound, and Ziv's rounding test. When every value
 * within the bound rounds to the same double, that double is the correctly rounded result;
 * otherwise (about 1 input in 10^7, plus the ranges below) the caller falls back to the bigint
 * evaluation. Same results, ~20× faster: the bigint path allocates dozens of bigints per call
 * and was half of the float benchmark's time.
 *
 * Range: 2^-500 ≤ |x| ≤ 2^20 (smaller arguments would underflow the series' double-double
 * terms; larger ones need more bits of π/2 than four doubles hold).
 */

// ------------------------------------------------------------------- error-free transforms

/** Veltkamp's splitter for doubles: 2^27 + 1. */
const SPLIT = 134217729;

// Results of the transforms below: S[0] the rounded value, S[1] the error term. A typed array,
// not two module variables: V8 boxes a double held in a mutable module variable, so every
// store would allocate (measured: 3.5× slower inside the VM).
const S = new Float64Array(2);

/** (S[0], S[1]) = a + b exactly (Knuth's TwoSum). */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  S[0] = s;
  S[1] = a - (s - bb) + (b - bb);
}

/** (S[0], S[1]) = a + b exactly, when |a| ≥ |b| or a is 0 (Dekker's FastTwoSum). */
function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  S[0] = s;
  S[1] = b - (s - a);
}

/** (S[0], S[1]) = a · b exactly (Dekker's product with Veltkamp splitting; no FMA in JS). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  S[0] = p;
  S[1] = ah * bh - p + ah * bl + al * bh + al * bl;
}

// ------------------------------------------------------------------ double-double operations

/** (S[0], S[1]) = (ah + al) + (bh + bl), relative error ≤ 3·2^-106 (accurate DW+DW). */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s1 = S[0]!;
  let s2 = S[1]!;
  twoSum(al, bl);
  const t1 = S[0]!;
  const t2 = S[1]!;
  s2 += t1;
  fastTwoSum(s1, s2);
  const u1 = S[0]!;
  const u2 = S[1]! + t2;
  fastTwoSum(u1, u2);
}

/** (S[0], S[1]) = (ah + al) · (bh + bl), relative error ≤ 7·2^-106. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = S[0]!;
  const e = S[1]! + (ah * bl + al * bh);
  fastTwoSum(p, e);
}

// ------------------------------------------------------------------------------- constants

/** π/2 as the unevaluated sum of four doubles (212 bits), and 1/n! as double-doubles. */
export interface TrigConstants {
  readonly halfPi: readonly [number, number, number, number];
  /** invFact[n] = [hi, lo] ≈ 1/n!, n = 0..33. */
  readonly invFact: readonly (readonly [number, number])[];
}

let constants: TrigConstants | undefined;

/** Installed by crmath.ts, which owns the exact (bigint) values these are rounded from. */
export function setTrigConstants(c: TrigConstants): void {
  constants = c;
}

// ----------------------------------------------------------------------------- evaluation

const TWO_OVER_PI = 0.6366197723675814;
const UNDECIDED = NaN;

/**
 * sin(x) (or cos(x)) correctly rounded, or NaN when this path cannot decide (the caller then
 * runs the exact evaluation). x must be finite and non-zero.
 */
export function trigFast(x: number, wantCos: boolean): number {
  const c = constants;
  const ax = Math.abs(x);
  if (c === undefined || !(ax <= 1048576 && ax >= 2 ** -500)) return UNDECIDED;

  // r = x - k·π/2, accumulated in double-double. Each k·Ci is exact (TwoProd); the additions
  // lose at most ~2^-104 of each partial sum, and the partial sums are at most |r| + k·2^-52.
  const k = Math.round(x * TWO_OVER_PI);
  let rh = x;
  let rl = 0;
  let errAbs = 0;
  if (k !== 0) {
    const hp = c.halfPi;
    for (let i = 0; i < 4; i++) {
      twoProd(-k, hp[i]!);
      ddAdd(rh, rl, S[0]!, S[1]!);
      rh = S[0]!;
      rl = S[1]!;
    }
    errAbs = 2 ** -100 * Math.abs(rh) + 2 ** -128;
    if (Math.abs(rh) < 2 ** -70) return UNDECIDED;
  }

  // Quadrant: sin(r + q·π/2) is sin r, cos r, -sin r, -cos r for q = 0..3; cos shifts by one.
  const q = (((k % 4) + 4 + (wantCos ? 1 : 0)) & 3) >>> 0;
  const useCos = (q & 1) === 1;

  // z = r², then Horner over 1/n! with alternating signs (n odd for sin, even for cos), up to
  // n = 33: |r| ≤ 0.8 makes the first omitted term below 2^-130.
  ddMul(rh, rl, rh, rl);
  const zh = S[0]!;
  const zl = S[1]!;
  const f = c.invFact;
  let n = useCos ? 32 : 33;
  let ph = f[n]![0];
  let pl = f[n]![1];
  for (n -= 2; n >= 0; n -= 2) {
    ddMul(ph, pl, -zh, -zl);
    ddAdd(f[n]![0], f[n]![1], S[0]!, S[1]!);
    ph = S[0]!;
    pl = S[1]!;
  }
  if (!useCos) {
    ddMul(ph, pl, rh, rl);
    ph = S[0]!;
    pl = S[1]!;
  }
  if (q >= 2) {
    ph = -ph;
    pl = -pl;
  }

  // Relative error: the series' rounding (≤ 2^-96, generous for ~34 operations whose terms
  // shrink geometrically) plus the reduction's (for sin, δr/|r| bounds the relative change;
  // for cos, δr·tan|r|/1 ≤ 1.03·δr ≤ 2·δr/|r| as |r| ≤ 0.8).
  const rel = 2 ** -96 + (errAbs === 0 ? 0 : (2 * errAbs) / Math.abs(rh));
  // Ziv's test, with the bound doubled for the rounding of pl ± eps itself.
  const eps = 2 * rel * Math.abs(ph);
  const lo = ph + (pl - eps);
  const hi = ph + (pl + eps);
  return lo === hi ? lo : UNDECIDED;
}
