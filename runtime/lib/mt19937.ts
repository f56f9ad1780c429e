/**
 * CPython 3.11's `random.Random` (Modules/_randommodule.c + Lib/random.py),
 * reproducing the exact same streams for the same seeds.
 *
 * Value conventions (the VM converts to/from its own objects):
 *   - a Python int is a bigint, a Python float is a JS number.  This matters
 *     where CPython treats them differently: seed(-5) uses |-5| while
 *     seed(-5.0) uses hash(-5.0); randrange(5.0) takes the deprecated
 *     float path (pass `warn` to observe the DeprecationWarning).
 *   - a Python str seed is a JS string, a bytes seed a Uint8Array.
 *   - sequence functions take lengths and return indices, or shuffle a JS
 *     array in place, so the VM can apply them to any sequence type.
 */
import { createHash, randomBytes } from 'node:crypto';
import { PyLibError, typeError, valueError } from './errors.js';
import { bitLength } from './bigfloat.js';
import { crCos, crSin } from './crmath.js';
import { glibcExp, glibcLog } from './glibc-libm.js';
import { hashFloat } from './hash.js';
import { floatToInt } from './int-ops.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** Python int (bigint) or Python float (number). */
export type PyNum = bigint | number;

/** Receives the DeprecationWarning randrange() issues for float arguments. */
export type WarnCallback = (message: string, category: 'DeprecationWarning') => void;

const TWOPI = 2.0 * Math.PI;
/** 4 * exp(-0.5) / sqrt(2.0), the exact double CPython computes. */
const NV_MAGICCONST = 1.7155277699214135;

export class PyRandom {
  private readonly mt = new Uint32Array(N);
  private index = N + 1;
  /** random.gauss() caches its second value here (None = null). */
  gaussNext: number | null = null;

  constructor(seed?: bigint | number | string | Uint8Array | null) {
    this.seed(seed);
  }

  // ---------------------------------------------------------- core MT

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: Uint32Array): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const keyLength = key.length;
    for (let k = Math.max(N, keyLength); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0; // non linear
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0; // non linear
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB is 1; assuring non-zero initial array
  }

  /** genrand_uint32: the next 32-bit output. */
  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  // ---------------------------------------------------------- seeding

  /**
   * random.seed(a) with version=2: ints use all bits of |a|; str/bytes are
   * extended with their SHA-512 digest and read as a big-endian int; floats
   * use hash(a); None/undefined seeds from OS entropy.
   */
  seed(a?: bigint | number | string | Uint8Array | null): void {
    let n: bigint;
    if (a === undefined || a === null) {
      // random_seed_urandom: 624 words of entropy
      const bytes = randomBytes(N * 4);
      const key = new Uint32Array(bytes.buffer, bytes.byteOffset, N);
      this.initByArray(Uint32Array.from(key));
      this.gaussNext = null;
      return;
    }
    if (typeof a === 'string' || a instanceof Uint8Array) {
      const bytes = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a);
      const digest = createHash('sha512').update(bytes).digest();
      const all = Buffer.concat([bytes, digest]);
      n = all.length === 0 ? 0n : BigInt('0x' + all.toString('hex'));
    } else if (typeof a === 'bigint') {
      n = a < 0n ? -a : a;
    } else {
      // Not an int: CPython seeds with hash(a) cast to size_t.
      n = BigInt.asUintN(64, hashFloat(a));
    }
    // Split n into 32-bit chunks, least significant first.
    const bits = bitLength(n);
    const keyUsed = bits === 0 ? 1 : Math.floor((bits - 1) / 32) + 1;
    const key = new Uint32Array(keyUsed);
    for (let i = 0; i < keyUsed; i++) {
      key[i] = Number(n & 0xffffffffn);
      n >>= 32n;
    }
    this.initByArray(key);
    this.gaussNext = null;
  }

  // ---------------------------------------------------------- primitives

  /** random(): a float in [0, 1) with 53 random bits (genrand_res53). */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) as a bigint. */
  getrandbitsBig(k: number): bigint {
    if (k < 0) throw valueError('number of bits must be non-negative');
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.genrandUint32() >>> (32 - k));
    // Fill by 32-bit words from least to most significant.
    const words = Math.floor((k - 1) / 32) + 1;
    let result = 0n;
    for (let i = 0; i < words; i++, k -= 32) {
      let r = this.genrandUint32();
      if (k < 32) r >>>= 32 - k; // drop least significant bits
      result |= BigInt(r) << BigInt(32 * i);
    }
    return result;
  }

  /** getrandbits(k): a number for k <= 32, a bigint above. */
  getrandbits(k: number): number | bigint {
    if (k >= 0 && k <= 32) return k === 0 ? 0 : this.genrandUint32() >>> (32 - k);
    return this.getrandbitsBig(k);
  }

  /** getrandbits(k) for k <= 53 as an exact number. */
  private getrandbitsNumber(k: number): number {
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    const lo = this.genrandUint32();
    const hi = this.genrandUint32() >>> (64 - k);
    return hi * 4294967296 + lo;
  }

  /**
   * _randbelow(n) (the getrandbits variant): k = n.bit_length(), draw k bits
   * until the value is below n.  n must be > 0.
   */
  randbelow(n: bigint): bigint;
  randbelow(n: number): number;
  randbelow(n: bigint | number): bigint | number {
    if (typeof n === 'number') {
      if (n <= 0 || !Number.isSafeInteger(n)) {
        if (n > 0) return this.randbelow(BigInt(n));
        throw valueError('_randbelow() requires n > 0');
      }
      const k = n < 4294967296 ? 32 - Math.clz32(n) : bitLength(BigInt(n));
      let r = this.getrandbitsNumber(k);
      while (r >= n) r = this.getrandbitsNumber(k);
      return r;
    }
    if (n <= 0n) throw valueError('_randbelow() requires n > 0');
    const k = bitLength(n);
    if (k <= 53) return BigInt(this.randbelow(Number(n)));
    let r = this.getrandbitsBig(k);
    while (r >= n) r = this.getrandbitsBig(k);
    return r;
  }

  // ---------------------------------------------------------- integers

  /**
   * randrange(start, stop?, step?) with 3.11's argument handling: ints
   * (bigint) are used as is; floats (number) equal to an int are accepted
   * with a DeprecationWarning, other floats raise ValueError.
   */
  randrange(start: PyNum, stop?: PyNum | null, step?: PyNum, warn?: WarnCallback): bigint {
    const istart = toIndex(start, 'arg 1', warn);
    if (stop === undefined || stop === null) {
      // "step is not _ONE": CPython caches small ints, so an explicit int 1
      // *is* _ONE; anything else (even 1.0) is an error here.
      if (step !== undefined && step !== 1n) throw typeError('Missing a non-None stop argument');
      if (istart > 0n) return this.randbelow(istart);
      throw valueError('empty range for randrange()');
    }
    const istop = toIndex(stop, 'stop', warn);
    const width = istop - istart;
    const istep = step === undefined ? 1n : toIndex(step, 'step', warn);
    if (istep === 1n) {
      if (width > 0n) return istart + this.randbelow(width);
      throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw valueError('zero step for randrange()');
    if (n <= 0n) throw valueError('empty range for randrange()');
    return istart + istep * this.randbelow(n);
  }

  /** randint(a, b) = randrange(a, b + 1) */
  randint(a: PyNum, b: PyNum, warn?: WarnCallback): bigint {
    return this.randrange(a, typeof b === 'bigint' ? b + 1n : b + 1, undefined, warn);
  }

  // ---------------------------------------------------------- sequences

  /** choice(seq): the index to pick from a sequence of length `len`. */
  choice(len: number): number {
    if (!len) throw new PyLibError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(len);
  }

  /** shuffle(x) in place, the same permutation CPython produces. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = this.randbelow(i + 1);
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    }
  }

  /**
   * sample(population, k): indices into a population of length n, in
   * selection order.  Uses CPython's pool- or set-based method by the same
   * size rule, so the same random calls are made.
   */
  sample(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw valueError('Sample larger than population or is negative');
    const result = new Array<number>(k);
    let setsize = 21; // size of a small set minus size of an empty list
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4)); // table size for big sets
    if (n <= setsize) {
      // An n-length list is smaller than a k-length set.
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!; // move non-selected item into vacancy
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * choices(population, weights=None, *, cum_weights=None, k=1) as indices
   * into a population of length n.  Weights are floats (or ints below 2**53).
   */
  choices(n: number, k = 1, opts: { weights?: readonly number[]; cumWeights?: readonly number[] } = {}): number[] {
    let cum = opts.cumWeights;
    if (cum === undefined) {
      if (opts.weights === undefined) {
        const out: number[] = [];
        for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
        return out;
      }
      const acc: number[] = [];
      let s = 0;
      for (const w of opts.weights) acc.push((s += w));
      cum = acc;
    } else if (opts.weights !== undefined) {
      throw typeError('Cannot specify both weights and cumulative weights');
    }
    if (cum.length !== n) throw valueError('The number of weights does not match the population');
    const total = cum[cum.length - 1]! + 0.0;
    if (total <= 0.0) throw valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
    const hi = n - 1;
    const out: number[] = [];
    for (let i = 0; i < k; i++) out.push(bisectRight(cum, this.random() * total, 0, hi));
    return out;
  }

  // ---------------------------------------------------------- floats

  /** uniform(a, b) = a + (b - a) * random() */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** normalvariate(mu, sigma): Kinderman-Monahan, as random.py. */
  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -glibcLog(u2)) break;
    }
    return mu + z * sigma;
  }

  /** gauss(mu, sigma): Box-Muller with the cached second value. */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * glibcLog(1.0 - this.random()));
      z = crCos(x2pi) * g2rad;
      this.gaussNext = crSin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** expovariate(lambd) */
  expovariate(lambd: number): number {
    if (lambd === 0) throw new PyLibError('ZeroDivisionError', 'float division by zero');
    return -glibcLog(1.0 - this.random()) / lambd;
  }

  /** lognormvariate(mu, sigma) */
  lognormvariate(mu: number, sigma: number): number {
    return glibcExp(this.normalvariate(mu, sigma));
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * randrange's `_index(x)` with the 3.10-3.11 float fallback: int(x), a
 * ValueError if that changed the value, else a DeprecationWarning.
 */
function toIndex(x: PyNum, what: 'arg 1' | 'stop' | 'step', warn?: WarnCallback): bigint {
  if (typeof x === 'bigint') return x;
  const ix = floatToInt(x); // OverflowError / ValueError for inf / nan
  if (Number(ix) !== x) {
    warn?.('randrange() will raise TypeError in the future', 'DeprecationWarning');
    throw valueError(`non-integer ${what} for randrange()`);
  }
  warn?.(
    'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version',
    'DeprecationWarning',
  );
  return ix;
}
