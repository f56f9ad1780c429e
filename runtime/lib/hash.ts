/**
 * CPython's numeric hashes on 64-bit builds (Python/pyhash.c,
 * Objects/longobject.c, Objects/tupleobject.c), so that hash() values and
 * therefore set/dict iteration orders built on them can match CPython.
 *
 * All functions return the signed 64-bit Py_hash_t as a bigint (always a
 * bigint: int hashes routinely exceed 2**53, and one return type keeps the
 * VM's code simple).  Use Number(h) where |h| < 2**53 is known.
 */
import { decompose } from './bigfloat.js';

/** _PyHASH_MODULUS = 2**61 - 1 (a Mersenne prime). */
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_BITS = 61;
export const HASH_INF = 314159n;

/** Reduce x modulo 2**61 - 1 using 2**61 === 1 (mod P). */
function modP(x: bigint): bigint {
  // For x < 2**122 two folds suffice; larger values loop.
  while (x > HASH_MODULUS) x = (x & HASH_MODULUS) + (x >> 61n);
  return x === HASH_MODULUS ? 0n : x;
}

/** hash(int): sign(v) * (|v| mod P), with -1 mapped to -2. */
export function hashInt(v: bigint | number): bigint {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  const neg = b < 0n;
  let x = modP(neg ? -b : b);
  if (neg) x = -x;
  return x === -1n ? -2n : x;
}

/**
 * hash(float).  Integral floats hash like the equal int; other finite values
 * hash as the rational |x| = m * 2**e reduced mod P (2**-k is 2**(61-k mod
 * 61) mod P), which is what _Py_HashDouble's 28-bit loop computes.
 * inf -> 314159, -inf -> -314159.  nan hashes by object identity since 3.10:
 * pass the object's id (its address in CPython) as `nanId`; the result is
 * _Py_HashPointer(id) (the id rotated right by 4 bits).
 */
export function hashFloat(x: number, nanId: bigint | number = 0n): bigint {
  if (Number.isNaN(x)) return hashPointer(nanId);
  if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
  if (x === 0) return 0n;
  const { mant, exp } = decompose(x);
  // e mod 61, made non-negative (same as the C code's adjustment)
  const e = ((exp % HASH_BITS) + HASH_BITS) % HASH_BITS;
  let h = modP(modP(mant) << BigInt(e));
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** _Py_HashPointer: rotate the address right by 4 bits, as a signed value. */
export function hashPointer(id: bigint | number): bigint {
  const y = BigInt.asUintN(64, typeof id === 'bigint' ? id : BigInt(id));
  const r = BigInt.asIntN(64, (y >> 4n) | (y << 60n));
  return r === -1n ? -2n : r;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

/**
 * hash(tuple) in CPython 3.8+: an xxHash-derived combination of the item
 * hashes (each a signed Py_hash_t, as returned by the functions above).
 */
export function hashTuple(itemHashes: readonly (bigint | number)[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    const lane = BigInt.asUintN(64, typeof h === 'bigint' ? h : BigInt(h));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64; // rotate left 31
    acc = (acc * XXPRIME_1) & M64;
  }
  // Add input length, mangled to keep the historical value of hash(()).
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** hash(True) / hash(False) are hash(1) / hash(0). */
export function hashBool(b: boolean): bigint {
  return b ? 1n : 0n;
}

/** hash(None) in 3.11 is identity-based, like nan: _Py_HashPointer(id). */
export const hashNone = hashPointer;
