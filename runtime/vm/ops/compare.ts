// Rich comparison and hashing.
import * as L from "../../layout.js";
import { raise, typeName } from "../../objects/exceptions.js";
import { T } from "../../objects/registry.js";
import { isSubtype, lookupType } from "../../objects/typeobj.js";
import { bigOf, bool, False, floatOf, listItems, NULL, strOf, True, tupleItems, typeOfValue } from "../../objects/values.js";
import { dictStore } from "../../objects/dict.js";
import type { Value } from "../types.js";
import { call } from "./call.js";
import { isTrue } from "./object.js";
import { notImplemented } from "./singletons.js";

const NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const SWAPPED = [4, 5, 2, 3, 0, 1];
const SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];
const isIntLike = (t: number) => t === L.TYPE_INT || t === L.TYPE_BOOL;

function cmpResult(op: number, c: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

/** Compares an int with a float exactly (no rounding of big ints). */
function cmpIntFloat(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bi = BigInt(fl);
  if (i < bi) return -1;
  if (i > bi) return 1;
  return fl === f ? 0 : -1;
}

function numericCompare(a: Value, b: Value, ta: number, tb: number): number | undefined {
  if (isIntLike(ta) && isIntLike(tb)) {
    if ((a & 1) && (b & 1)) return (a >> 1) - (b >> 1);
    const x = bigOf(a);
    const y = bigOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ta === L.TYPE_FLOAT && tb === L.TYPE_FLOAT) {
    const x = floatOf(a);
    const y = floatOf(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  }
  if (ta === L.TYPE_FLOAT && isIntLike(tb)) return -cmpIntFloat(bigOf(b), floatOf(a));
  if (isIntLike(ta) && tb === L.TYPE_FLOAT) return cmpIntFloat(bigOf(a), floatOf(b));
  return undefined;
}

/** Lexicographic comparison of sequences; NULL on error. */
function sequenceCompare(op: number, xs: Value[], ys: Value[]): Value {
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    if (xs[i] === ys[i]) continue;
    const e = eq(xs[i]!, ys[i]!);
    if (e === undefined) return NULL;
    if (!e) {
      if (op === 2) return False;
      if (op === 3) return True;
      return richCompare(op, xs[i]!, ys[i]!);
    }
  }
  return bool(cmpResult(op, xs.length - ys.length));
}

/** `a <op> b`; NULL with an exception set on error. */
export function richCompare(op: number, a: Value, b: Value): Value {
  const ta = typeOfValue(a);
  const tb = typeOfValue(b);
  const num = numericCompare(a, b, ta, tb);
  if (num !== undefined) return bool(Number.isNaN(num) ? op === 3 : cmpResult(op, num));
  if (ta === L.TYPE_STR && tb === L.TYPE_STR) {
    const x = strOf(a);
    const y = strOf(b);
    return bool(cmpResult(op, x < y ? -1 : x > y ? 1 : 0));
  }
  if (ta === tb && (ta === L.TYPE_LIST || ta === L.TYPE_TUPLE)) {
    return sequenceCompare(op, ta === L.TYPE_LIST ? listItems(a) : tupleItems(a), ta === L.TYPE_LIST ? listItems(b) : tupleItems(b));
  }
  const reflectedFirst = ta !== tb && isSubtype(tb, ta);
  const left = lookupType(ta, NAMES[op]!);
  const right = lookupType(tb, NAMES[SWAPPED[op]!]!);
  if (reflectedFirst && right !== NULL) {
    const r = call(right, [b, a]);
    if (r !== notImplemented()) return r;
  }
  if (left !== NULL) {
    const r = call(left, [a, b]);
    if (r !== notImplemented()) return r;
  }
  if (!reflectedFirst && right !== NULL) {
    const r = call(right, [b, a]);
    if (r !== notImplemented()) return r;
  }
  if (op === 2) return bool(a === b);
  if (op === 3) return bool(a !== b);
  return raise(T.TypeError!, `'${SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** `a == b` as a JS boolean (identity implies equality, as in containers); undefined on error. */
export function eq(a: Value, b: Value): boolean | undefined {
  if (a === b) return true;
  if ((a & 1) && (b & 1)) return false;
  const r = richCompare(2, a, b);
  if (r === NULL) return undefined;
  if (r === True) return true;
  if (r === False) return false;
  const t = isTrue(r);
  return t < 0 ? undefined : t === 1;
}

// ---- hashing --------------------------------------------------------------------------------
import { hashFloat as libHashFloat, hashInt as libHashInt, hashTuple as libHashTuple } from "../../lib/hash.js";

/** A hash as dicts key it: a JS number when exactly representable, else a bigint. */
export type Hash = number | bigint;
const canonical = (h: bigint): Hash => (h >= -(2n ** 53n) && h <= 2n ** 53n ? Number(h) : h);

export function hashBigInt(n: bigint): Hash {
  return canonical(libHashInt(n));
}

export function hashFloat(x: number, v: Value): Hash {
  return canonical(libHashFloat(x, v >>> 3));
}

function hashString(s: string): number {
  // FNV-1a over UTF-16 units, folded to a safe integer. (CPython randomizes str hashes, so
  // no program can depend on the exact values.)
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  const h = (h1 >>> 0) * 0x200000 + (h2 >>> 11);
  return h === -1 ? -2 : h;
}

export function hashTuple(hashes: Hash[]): Hash {
  return canonical(libHashTuple(hashes.map((h) => BigInt(h))));
}

/** hash(v), or undefined with an exception set. */
export function hash(v: Value): Hash | undefined {
  if ((v & 1) === 1) {
    const n = v >> 1;
    return n === -1 ? -2 : n;
  }
  const t = typeOfValue(v);
  switch (t) {
    case L.TYPE_STR:
      return hashString(strOf(v));
    case L.TYPE_INT:
      return hashBigInt(bigOf(v));
    case L.TYPE_BOOL:
      return v === True ? 1 : 0;
    case L.TYPE_FLOAT:
      return hashFloat(floatOf(v), v);
    case L.TYPE_TUPLE: {
      const hs: Hash[] = [];
      for (const item of tupleItems(v)) {
        const h = hash(item);
        if (h === undefined) return undefined;
        hs.push(h);
      }
      return hashTuple(hs);
    }
  }
  const fn = lookupType(t, "__hash__");
  if (fn === NULL || fn === (L.NONE as Value)) {
    raise(T.TypeError!, `unhashable type: '${typeName(v)}'`);
    return undefined;
  }
  if (fn === objectHash) return identityHash(v);
  const r = call(fn, [v]);
  if (r === NULL) return undefined;
  const rt = typeOfValue(r);
  if (!isIntLike(rt) && !isSubtype(rt, L.TYPE_INT)) {
    raise(T.TypeError!, "__hash__ method should return an integer");
    return undefined;
  }
  // As CPython: a result that fits a 64-bit hash is used as it is (-1 becomes -2).
  const n = bigOf(r);
  if (n >= -(2n ** 63n) && n < 2n ** 63n) return n === -1n ? -2 : canonical(n);
  return hashBigInt(n);
}

export const identityHash = (v: Value): number => v >>> 3;
export let objectHash: Value = NULL;
export function setObjectHash(v: Value): void {
  objectHash = v;
}

export { dictStore };
