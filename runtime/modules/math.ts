// The math module (CPython 3.11 Modules/mathmodule.c). Float functions reproduce glibc's results
// bit for bit where possible (glibc-libm.ts for exp/log/pow, glibm.ts for the fdlibm family,
// mathfns.ts and crmath.ts for the correctly rounded ones) and follow math_1/math_2's rules for
// errors: a NaN from non-NaN input is ValueError('math domain error'); an infinity from finite
// input is OverflowError('math range error') or, for functions that cannot overflow, a domain
// error.
import * as L from "../layout.js";
import { scaledToDouble } from "../lib/bigfloat.js";
import { copysign, frexp, fsum, ldexp, mathPow, nextafter, remainder, vectorNorm } from "./floatfns.js";
import { crCos, crSin } from "../lib/crmath.js";
import { glibcExp, glibcLog } from "../lib/glibc-libm.js";
import { floatToInt } from "../lib/int-ops.js";
import type { Kw } from "../objects/callables.js";
import { raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { lookupType } from "../objects/typeobj.js";
import { bigOf, bool, floatOf, newFloat, newInt, newTuple, NULL, typeOfValue } from "../objects/values.js";
import { call } from "../vm/ops/call.js";
import { binaryOp } from "../vm/ops/number.js";
import { iter, iterFailed, next, toArray } from "../vm/ops/sequence.js";
import { heap } from "../vm/space.js";
import type { Value } from "../vm/types.js";
import * as G from "./glibm.js";
import { crAcos, crAsin, crAtan, crAtan2, crExp2, crLog2, crTan, HALF_PI } from "./mathfns.js";
import { checkArgs, checkKw, defineModule, func, indexOf, isIntLike, kwGet, libError, toDouble, withRoots } from "./util.js";

const domainError = (): Value => raise(T.ValueError!, "math domain error");
const rangeError = (): Value => raise(T.OverflowError!, "math range error");

/** math_1: a one-argument float function with CPython's error rules. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): [string, Value] {
  return [name, func(name, (_s, a, kw) => {
    if (!checkKw(name, kw, []) || !checkArgs(`math.${name}`, a, 1, 1)) return NULL;
    const x = toDouble(a[0]!);
    if (x === undefined) return NULL;
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) return domainError();
    if (!Number.isFinite(r) && Number.isFinite(x)) return canOverflow ? rangeError() : domainError();
    return newFloat(r);
  })];
}

/** math_2: a two-argument float function with CPython's error rules. */
function math2(name: string, f: (x: number, y: number) => number): [string, Value] {
  return [name, func(name, (_s, a, kw) => {
    if (!checkKw(name, kw, []) || !checkArgs(name, a, 2, 2)) return NULL;
    const x = toDouble(a[0]!);
    if (x === undefined) return NULL;
    const y = toDouble(a[1]!);
    if (y === undefined) return NULL;
    const r = f(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) return domainError();
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) return rangeError();
    return newFloat(r);
  })];
}

/** CPython's m_atan2: C99 special values, then the correctly rounded atan2. */
function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return copysign(HALF_PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return copysign(copysign(1, x) === 1 ? 0 : Math.PI, y);
  return crAtan2(y, x);
}

/** log(x) with loghelper's big-int handling: ints too large for a double still have logs. */
function logOf(v: Value, f: (x: number) => number): number | undefined {
  if (isIntLike(v)) {
    const n = bigOf(v);
    if (n <= 0n) {
      domainError();
      return undefined;
    }
    const x = Number(n);
    if (Number.isFinite(x)) return f(x);
    // _PyLong_Frexp: n ~= m * 2**e with m in [0.5, 1)
    const bl = n.toString(2).length;
    let m = scaledToDouble(n, -bl);
    let e = bl;
    if (m === 1) {
      m = 0.5;
      e += 1;
    }
    return f(m) + f(2.0) * e;
  }
  const x = toDouble(v);
  if (x === undefined) return undefined;
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) return void domainError();
  if (!Number.isFinite(r) && Number.isFinite(x)) return void domainError();
  return r;
}

/** m_log / m_log2 / m_log10 for doubles: -inf at 0 and NaN below are domain errors upstream. */
const mLog = (g: (x: number) => number) => (x: number): number => (Number.isNaN(x) ? x : x > 0 ? (x === Infinity ? x : g(x)) : x === 0 ? -Infinity : NaN);

/** floor/ceil: float → int, exact ints pass through, else __floor__/__ceil__, else via float. */
function roundingFn(name: "floor" | "ceil", g: (x: number) => number): [string, Value] {
  return [name, func(name, (_s, a, kw) => {
    if (!checkKw(name, kw, []) || !checkArgs(`math.${name}`, a, 1, 1)) return NULL;
    const v = a[0]!;
    const t = typeOfValue(v);
    if (t === L.TYPE_INT) return v;
    if (t !== L.TYPE_FLOAT) {
      if (t === L.TYPE_BOOL) return newInt(bigOf(v));
      const m = lookupType(t, `__${name}__`);
      if (m !== NULL) return call(m, [v]);
    }
    const x = toDouble(v);
    if (x === undefined) return NULL;
    try {
      return newInt(floatToInt(g(x)));
    } catch (e) {
      return libError(e);
    }
  })];
}

function intArgs(args: readonly Value[]): bigint[] | undefined {
  const out: bigint[] = [];
  for (const a of args) {
    const n = indexOf(a);
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

const gcd2 = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Product of the integers in [lo, hi) by splitting, so big factorials stay fast. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (hi - lo <= 8n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

/** Coordinates of a point for dist/hypot, as doubles. */
function coords(v: Value): number[] | undefined {
  const items = toArray(v);
  if (!items) return undefined;
  // __float__ may run Python code: keep the (possibly freshly produced) items rooted
  return withRoots(items, () => {
    const out: number[] = [];
    for (const x of items) {
      const d = toDouble(x);
      if (d === undefined) return undefined;
      out.push(d);
    }
    return out;
  });
}

function norm(values: number[]): Value {
  let max = 0;
  let nan = false;
  const abs = values.map((x) => {
    const a = Math.abs(x);
    if (Number.isNaN(a)) nan = true;
    else if (a > max) max = a;
    return a;
  });
  return newFloat(vectorNorm(abs, max, nan));
}

function isclose(a: readonly Value[], kw: Kw | undefined): Value {
  if (!checkKw("isclose", kw, ["a", "b", "rel_tol", "abs_tol"])) return NULL;
  const av = a[0] ?? kwGet(kw, "a");
  const bv = a[1] ?? kwGet(kw, "b");
  if (a.length > 2) return raise(T.TypeError!, `isclose() takes exactly 2 positional arguments (${a.length} given)`);
  if (av === undefined) return raise(T.TypeError!, "isclose() missing required argument 'a' (pos 1)");
  if (bv === undefined) return raise(T.TypeError!, "isclose() missing required argument 'b' (pos 2)");
  const x = toDouble(av);
  if (x === undefined) return NULL;
  const y = toDouble(bv);
  if (y === undefined) return NULL;
  const rv = kwGet(kw, "rel_tol");
  const tv = kwGet(kw, "abs_tol");
  const rel = rv === undefined ? 1e-9 : toDouble(rv);
  const abs = tv === undefined ? 0 : toDouble(tv);
  if (rel === undefined || abs === undefined) return NULL;
  if (rel < 0 || abs < 0) return raise(T.ValueError!, "tolerances must be non-negative");
  if (x === y) return bool(true);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return bool(false);
  const diff = Math.abs(y - x);
  return bool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
}

function prod(a: readonly Value[], kw: Kw | undefined): Value {
  if (!checkKw("prod", kw, ["start"])) return NULL;
  if (a.length !== 1) return raise(T.TypeError!, `prod() takes exactly 1 positional argument (${a.length} given)`);
  const it = iter(a[0]!);
  if (it === NULL) return NULL;
  let acc = kwGet(kw, "start") ?? newInt(1);
  // The iterator, the running product and the current item stay rooted while Python code runs.
  const roots = heap().roots;
  const mark = roots.length;
  roots.push(it, acc);
  try {
    for (;;) {
      const x = next(it);
      if (x === NULL) return iterFailed() ? NULL : acc;
      roots.push(x);
      acc = binaryOp(5, acc, x);
      roots.length = mark + 2;
      if (acc === NULL) return NULL;
      roots[mark + 1] = acc;
    }
  } finally {
    roots.length = mark;
  }
}

function factorial(a: readonly Value[]): Value {
  if (!checkArgs("math.factorial", a, 1, 1)) return NULL;
  const n = indexOf(a[0]!);
  if (n === undefined) return NULL;
  if (n < 0n) return raise(T.ValueError!, "factorial() not defined for negative values");
  if (n > 9223372036854775807n) return raise(T.OverflowError!, "factorial() argument should not exceed 9223372036854775807");
  return newInt(rangeProduct(1n, n + 1n));
}

function combPerm(name: "comb" | "perm", a: readonly Value[]): Value {
  if (!checkArgs(name, a, name === "comb" ? 2 : 1, 2)) return NULL;
  const ns = intArgs(a.length === 2 && a[1] === (L.NONE as Value) ? [a[0]!] : a);
  if (!ns) return NULL;
  const n = ns[0]!;
  if (n < 0n) return raise(T.ValueError!, "n must be a non-negative integer");
  if (ns.length === 1) return newInt(rangeProduct(1n, n + 1n));
  let k = ns[1]!;
  if (k < 0n) return raise(T.ValueError!, "k must be a non-negative integer");
  if (k > n) return newInt(0);
  if (name === "perm") return newInt(rangeProduct(n - k + 1n, n + 1n));
  if (n - k < k) k = n - k;
  return newInt(rangeProduct(n - k + 1n, n + 1n) / rangeProduct(1n, k + 1n));
}

function trunc(a: readonly Value[]): Value {
  if (!checkArgs("math.trunc", a, 1, 1)) return NULL;
  const v = a[0]!;
  const t = typeOfValue(v);
  if (t === L.TYPE_FLOAT) {
    try {
      return newInt(floatToInt(floatOf(v)));
    } catch (e) {
      return libError(e);
    }
  }
  if (isIntLike(v)) return newInt(bigOf(v));
  const m = lookupType(t, "__trunc__");
  if (m === NULL) return raise(T.TypeError!, `type ${typeName(v)} doesn't define __trunc__ method`);
  return call(m, [v]);
}

function floatPair(name: string, f: (x: number) => [Value, Value]): [string, Value] {
  return [name, func(name, (_s, a) => {
    if (!checkArgs(`math.${name}`, a, 1, 1)) return NULL;
    const x = toDouble(a[0]!);
    if (x === undefined) return NULL;
    const [p, q] = f(x);
    return newTuple([p, q]);
  })];
}

export function installMath(): void {
  defineModule("math", (set) => {
    set("pi", newFloat(Math.PI));
    set("e", newFloat(Math.E));
    set("tau", newFloat(2 * Math.PI));
    set("inf", newFloat(Infinity));
    set("nan", newFloat(NaN));
    const entries: [string, Value][] = [
      math1("sqrt", Math.sqrt, false),
      math1("exp", (x) => (Number.isNaN(x) ? x : glibcExp(x)), true),
      math1("exp2", crExp2, true),
      math1("expm1", G.expm1, true),
      math1("sin", crSin, false),
      math1("cos", crCos, false),
      math1("tan", crTan, false),
      math1("asin", crAsin, false),
      math1("acos", crAcos, false),
      math1("atan", crAtan, false),
      math1("sinh", G.sinh, true),
      math1("cosh", G.cosh, true),
      math1("tanh", G.tanh, false),
      math1("asinh", G.asinh, false),
      math1("acosh", G.acosh, false),
      math1("atanh", G.atanh, false),
      math1("log1p", G.log1p, false),
      math1("cbrt", G.cbrt, false),
      math1("fabs", Math.abs, false),
      math2("atan2", atan2),
      math2("copysign", copysign),
      math2("remainder", remainder),
      math2("nextafter", nextafter),
      math2("fmod", (x, y) => (!Number.isFinite(y) && Number.isFinite(x) ? x : x % y)),
      roundingFn("floor", Math.floor),
      roundingFn("ceil", Math.ceil),
      floatPair("modf", (x) => {
        if (!Number.isFinite(x)) return Number.isNaN(x) ? [newFloat(x), newFloat(x)] : [newFloat(copysign(0, x)), newFloat(x)];
        const ip = Math.trunc(x);
        return [newFloat(copysign(x - ip, x)), newFloat(ip)];
      }),
      floatPair("frexp", (x) => {
        const [m, e] = frexp(x);
        return [newFloat(m), newInt(e)];
      }),
    ];
    for (const [name, v] of entries) set(name, v);
    set("pow", func("pow", (_s, a) => {
      if (!checkArgs("pow", a, 2, 2)) return NULL;
      const x = toDouble(a[0]!);
      const y = x === undefined ? undefined : toDouble(a[1]!);
      if (x === undefined || y === undefined) return NULL;
      const r = mathPow(x, y);
      if (Number.isFinite(x) && Number.isFinite(y)) {
        // libm's errno: NaN from (-x)**non-integer and inf from 0**negative are EDOM, other inf ERANGE
        if (Number.isNaN(r) || (!Number.isFinite(r) && x === 0)) return domainError();
        if (!Number.isFinite(r)) return rangeError();
      }
      return newFloat(r);
    }));
    set("ldexp", func("ldexp", (_s, a) => {
      if (!checkArgs("ldexp", a, 2, 2)) return NULL;
      const x = toDouble(a[0]!);
      if (x === undefined) return NULL;
      if (!isIntLike(a[1]!)) return raise(T.TypeError!, "Expected an int as second argument to ldexp.");
      const n = bigOf(a[1]!);
      const r = ldexp(x, n > 100000n ? 100000 : n < -100000n ? -100000 : Number(n));
      if (!Number.isFinite(r) && Number.isFinite(x)) return rangeError();
      return newFloat(r);
    }));
    set("log", func("log", (_s, a) => {
      if (a.length < 1 || a.length > 2) return raise(T.TypeError!, `math.log requires 1 to 2 arguments`);
      const num = logOf(a[0]!, mLog(glibcLog));
      if (num === undefined) return NULL;
      if (a.length === 1) return newFloat(num);
      const den = logOf(a[1]!, mLog(glibcLog));
      if (den === undefined) return NULL;
      if (den === 0) return raise(T.ZeroDivisionError!, "float division by zero");
      return newFloat(num / den);
    }));
    for (const [name, f] of [["log2", crLog2], ["log10", G.log10]] as const) {
      set(name, func(name, (_s, a) => {
        if (!checkArgs(`math.${name}`, a, 1, 1)) return NULL;
        const r = logOf(a[0]!, mLog(f));
        return r === undefined ? NULL : newFloat(r);
      }));
    }
    set("degrees", func("degrees", (_s, a) => floatFn("degrees", a, (x) => x * (180.0 / Math.PI))));
    set("radians", func("radians", (_s, a) => floatFn("radians", a, (x) => x * (Math.PI / 180.0))));
    set("trunc", func("trunc", (_s, a) => trunc(a)));
    set("isinf", func("isinf", (_s, a) => classify("isinf", a, (x) => x === Infinity || x === -Infinity)));
    set("isnan", func("isnan", (_s, a) => classify("isnan", a, Number.isNaN)));
    set("isfinite", func("isfinite", (_s, a) => classify("isfinite", a, Number.isFinite)));
    set("isclose", func("isclose", (_s, a, kw) => isclose(a, kw)));
    set("fsum", func("fsum", (_s, a) => {
      if (!checkArgs("math.fsum", a, 1, 1)) return NULL;
      const items = coords(a[0]!);
      if (!items) return NULL;
      const r = fsum(items);
      if (r === "overflow") return raise(T.OverflowError!, "intermediate overflow in fsum");
      if (r === "inf - inf") return raise(T.ValueError!, "-inf + inf in fsum");
      return newFloat(r);
    }));
    set("prod", func("prod", (_s, a, kw) => prod(a, kw)));
    set("hypot", func("hypot", (_s, a) => {
      const xs = coords(newTuple(a));
      return xs ? norm(xs) : NULL;
    }));
    set("dist", func("dist", (_s, a) => {
      if (!checkArgs("dist", a, 2, 2)) return NULL;
      const p = coords(a[0]!);
      if (!p) return NULL;
      const q = coords(a[1]!);
      if (!q) return NULL;
      if (p.length !== q.length) return raise(T.ValueError!, "both points must have the same number of dimensions");
      return norm(p.map((x, i) => x - q[i]!));
    }));
    set("gcd", func("gcd", (_s, a) => {
      const ns = intArgs(a);
      return ns ? newInt(ns.reduce(gcd2, 0n)) : NULL;
    }));
    set("lcm", func("lcm", (_s, a) => {
      const ns = intArgs(a);
      if (!ns) return NULL;
      let l = 1n;
      for (const n of ns) {
        if (n === 0n) return newInt(0);
        l = (l / gcd2(l, n)) * (n < 0n ? -n : n);
      }
      return newInt(l);
    }));
    set("factorial", func("factorial", (_s, a) => factorial(a)));
    set("comb", func("comb", (_s, a) => combPerm("comb", a)));
    set("perm", func("perm", (_s, a) => combPerm("perm", a)));
    set("isqrt", func("isqrt", (_s, a) => {
      if (!checkArgs("math.isqrt", a, 1, 1)) return NULL;
      const n = indexOf(a[0]!);
      if (n === undefined) return NULL;
      if (n < 0n) return raise(T.ValueError!, "isqrt() argument must be nonnegative");
      return newInt(isqrt(n));
    }));
    set("ulp", func("ulp", (_s, a) => {
      if (!checkArgs("math.ulp", a, 1, 1)) return NULL;
      const x = toDouble(a[0]!);
      if (x === undefined) return NULL;
      if (Number.isNaN(x)) return newFloat(x);
      const ax = Math.abs(x);
      if (ax === Infinity) return newFloat(ax);
      const up = nextafter(ax, Infinity);
      return newFloat(up === Infinity ? ax - nextafter(ax, 0) : up - ax);
    }));
  });
}

/** A float function without math_1's error checks (degrees, radians). */
function floatFn(name: string, a: readonly Value[], f: (x: number) => number): Value {
  if (!checkArgs(`math.${name}`, a, 1, 1)) return NULL;
  const x = toDouble(a[0]!);
  return x === undefined ? NULL : newFloat(f(x));
}

function classify(name: string, a: readonly Value[], f: (x: number) => boolean): Value {
  if (!checkArgs(`math.${name}`, a, 1, 1)) return NULL;
  const x = toDouble(a[0]!);
  return x === undefined ? NULL : bool(f(x));
}
