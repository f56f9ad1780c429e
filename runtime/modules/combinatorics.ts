// itertools' tee, zip_longest and the combinatoric iterators (product, permutations,
// combinations, combinations_with_replacement), following the C algorithms so results come in
// CPython's order. Pools are snapshots of the inputs, traced by the iterators.
import * as L from "../layout.js";
import { nativeIter, type NativeIter } from "../objects/iterators.js";
import { raise } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { bigOf, newTuple, None, NULL, tupleItems, typeOfValue } from "../objects/values.js";
import { iter, toArray } from "../vm/ops/sequence.js";
import type { Value } from "../vm/types.js";
import { type Ctor, iterAll, make, step, types } from "./iterkit.js";
import { checkArgs, checkKw, indexOf, isIntLike, kwGet, withRoots } from "./util.js";

// ---- tee: iterators sharing a buffer of linked chunks ------------------------------------------
const LINKCELLS = 57;
interface TeeChunk {
  src: Value;
  values: Value[];
  next: TeeChunk | null;
}
export interface TeeState extends NativeIter {
  chunk: TeeChunk;
  index: number;
}
export function newTee(chunk: TeeChunk, index: number): Value {
  const st: TeeState = {
    chunk,
    index,
    next: () => {
      if (st.index >= LINKCELLS) {
        st.chunk.next ??= { src: st.chunk.src, values: [], next: null };
        st.chunk = st.chunk.next;
        st.index = 0;
      }
      if (st.index < st.chunk.values.length) return st.chunk.values[st.index++]!;
      const v = step(st.chunk.src);
      if (!v) return NULL;
      st.chunk.values.push(v);
      st.index++;
      return v;
    },
    trace: (visit) => {
      visit(st.chunk.src);
      for (let c: TeeChunk | null = st.chunk; c; c = c.next) c.values.forEach(visit);
    },
  };
  return make("_tee", st);
}
const teeOf = (v: Value): TeeState | undefined => (typeOfValue(v) === types.get("_tee") ? (nativeIter(v) as TeeState) : undefined);

export function tee(_s: Value, a: readonly Value[]): Value {
  if (!checkArgs("tee", a, 1, 2)) return NULL;
  const n = a.length > 1 ? indexOf(a[1]!) : 2n;
  if (n === undefined) return NULL;
  if (n < 0n) return raise(T.ValueError!, "n must be >= 0");
  if (n === 0n) return newTuple([]);
  const existing = teeOf(a[0]!);
  let chunk: TeeChunk;
  let index = 0;
  if (existing) {
    chunk = existing.chunk;
    index = existing.index;
  } else {
    const src = iter(a[0]!);
    if (src === NULL) return NULL;
    chunk = { src, values: [], next: null };
  }
  // As CPython: a tee passed in is itself the first result; the others are its copies.
  const out: Value[] = existing ? [a[0]!] : [];
  return withRoots([chunk.src], () => {
    while (BigInt(out.length) < n) {
      const t = withRoots(out, () => newTee(chunk, index));
      out.push(t);
    }
    return newTuple(out);
  });
}

export const zipLongest: Ctor = (a, kw) => {
  if (!checkKw("zip_longest", kw, ["fillvalue"])) return NULL;
  const fill = kwGet(kw, "fillvalue") ?? None;
  const its = iterAll(a);
  if (!its) return NULL;
  let active = its.length;
  return make("zip_longest", {
    next: () => {
      if (active === 0) return NULL;
      const row: Value[] = [];
      return withRoots([], () => {
        for (let i = 0; i < its.length; i++) {
          if (its[i] === NULL) {
            row.push(fill);
            continue;
          }
          const v = withRoots(row, () => step(its[i]!));
          if (v === undefined) {
            active = 0;
            return NULL;
          }
          if (v === null) {
            if (--active === 0) return NULL;
            its[i] = NULL;
            row.push(fill);
          } else row.push(v);
        }
        return newTuple(row);
      });
    },
    trace: (visit) => (its.forEach(visit), visit(fill)),
  });
};

// ---- combinatorics: pools are tuples (traced); results are built from index vectors ----------
function poolOf(v: Value): Value[] | undefined {
  return typeOfValue(v) === L.TYPE_TUPLE ? tupleItems(v) : toArray(v);
}

/** The r argument: permutations says "Expected int as r", combinations uses __index__. */
function rArg(v: Value | undefined, dflt: number | null): number | null | undefined {
  if (v === undefined || v === None) return dflt;
  let r: bigint | undefined;
  if (dflt !== null) {
    if (!isIntLike(v)) {
      raise(T.TypeError!, "Expected int as r");
      return undefined;
    }
    r = bigOf(v);
  } else r = indexOf(v);
  if (r === undefined) return undefined;
  if (r < 0n) {
    raise(T.ValueError!, "r must be non-negative");
    return undefined;
  }
  return Number(r);
}

/** A combinatorial iterator: `first` makes the initial indices (or null = empty), `advance` steps. */
function indexIter(name: string, pool: Value[], indices: number[] | null, pick: (idx: number[]) => number[], advance: (idx: number[]) => boolean): Value {
  let first = true;
  let done = indices === null;
  const idx = indices ?? [];
  return make(name, {
    next: () => {
      if (done) return NULL;
      if (first) first = false;
      else if (!advance(idx)) {
        done = true;
        return NULL;
      }
      return newTuple(pick(idx).map((i) => pool[i]!));
    },
    trace: (visit) => pool.forEach(visit),
  });
}

export const product: Ctor = (a, kw) => {
  if (!checkKw("product", kw, ["repeat"])) return NULL;
  const rv = kwGet(kw, "repeat");
  const rep = rv === undefined ? 1n : indexOf(rv);
  if (rep === undefined) return NULL;
  if (rep < 0n) return raise(T.ValueError!, "repeat argument cannot be negative");
  const pools: Value[][] = [];
  for (const x of a) {
    const p = withRoots(pools.flat(), () => poolOf(x));
    if (!p) return NULL;
    pools.push(p);
  }
  const all: Value[][] = [];
  for (let i = 0n; i < rep; i++) all.push(...pools);
  const offsets: number[] = [];
  const flat: Value[] = [];
  for (const p of all) {
    offsets.push(flat.length);
    flat.push(...p);
  }
  const empty = all.some((p) => p.length === 0);
  return indexIter("product", flat, empty ? null : all.map(() => 0), (idx) => idx.map((j, k) => offsets[k]! + j), (idx) => {
    for (let k = idx.length - 1; k >= 0; k--) {
      if (++idx[k]! < all[k]!.length) return true;
      idx[k] = 0;
    }
    return false;
  });
};

export const permutations: Ctor = (a, kw) => {
  if (!checkKw("permutations", kw, ["iterable", "r"]) || !checkArgs("permutations", a, kw ? 0 : 1, 2)) return NULL;
  const pool = poolOf(a[0] ?? kwGet(kw, "iterable")!);
  if (!pool) return NULL;
  const n = pool.length;
  const r = rArg(a[1] ?? kwGet(kw, "r"), n);
  if (r === undefined || r === null) return NULL;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  return indexIter("permutations", pool, r > n ? null : indices, (idx) => idx.slice(0, r), (idx) => {
    if (n === 0) return false;
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        const x = idx[i]!;
        idx.splice(i, 1);
        idx.push(x);
        cycles[i] = n - i;
      } else {
        const j = cycles[i]!;
        [idx[i], idx[n - j]] = [idx[n - j]!, idx[i]!];
        return true;
      }
    }
    return false;
  });
};

export function combinationsOf(name: string, replace: boolean): Ctor {
  return (a, kw) => {
    if (!checkKw(name, kw, ["iterable", "r"])) return NULL;
    const src = a[0] ?? kwGet(kw, "iterable");
    const rv = a[1] ?? kwGet(kw, "r");
    if (src === undefined) return raise(T.TypeError!, `${name}() missing required argument 'iterable' (pos 1)`);
    if (rv === undefined) return raise(T.TypeError!, `${name}() missing required argument 'r' (pos 2)`);
    const pool = poolOf(src);
    if (!pool) return NULL;
    const n = pool.length;
    const r = rArg(rv, null);
    if (r === undefined || r === null) return NULL;
    if (replace) {
      return indexIter(name, pool, n === 0 && r > 0 ? null : new Array<number>(r).fill(0), (idx) => idx, (idx) => {
        let i = r - 1;
        while (i >= 0 && idx[i] === n - 1) i--;
        if (i < 0) return false;
        const v = idx[i]! + 1;
        for (let j = i; j < r; j++) idx[j] = v;
        return true;
      });
    }
    return indexIter(name, pool, r > n ? null : Array.from({ length: r }, (_, i) => i), (idx) => idx, (idx) => {
      let i = r - 1;
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) return false;
      idx[i]!++;
      for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1]! + 1;
      return true;
    });
  };
}

