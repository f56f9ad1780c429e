// The heapq module: CPython's _heapq siftdown/siftup on a list's item block, so heaps have
// exactly CPython's layout (programs print them); nsmallest/nlargest/merge as in Lib/heapq.py.
// Comparisons may run Python code: the item being placed is rooted meanwhile, and a list that
// changes size under a comparison raises RuntimeError as in C.
import * as L from "../layout.js";
import type { Kw } from "../objects/callables.js";
import { raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { listAppend, listAt, listItems, listLength, listSet, newList, None, NULL, typeOfValue } from "../objects/values.js";
import { call } from "../vm/ops/call.js";
import { richCompare } from "../vm/ops/compare.js";
import { isTrue } from "../vm/ops/object.js";
import { iter, iterFailed, next, toArray } from "../vm/ops/sequence.js";
import { sortValues } from "../builtins/sort.js";
import { store32 } from "../vm/memory.js";
import type { Ptr, Value } from "../vm/types.js";
import { checkArgs, checkKw, defineModule, func, indexOf, iteratorType, kwGet, newIterOf, withRoots } from "./util.js";

/** a < b as 1/0, or -1 with an exception set. */
function lessThan(a: Value, b: Value): number {
  const r = withRoots([a, b], () => richCompare(0, a, b));
  return r === NULL ? -1 : isTrue(r);
}

function sizeChanged(): boolean {
  raise(T.RuntimeError!, "list changed size during iteration");
  return false;
}

/** Moves heap[pos] up towards startpos while it is smaller than its parent. */
function siftdown(heap: Value, startpos: number, pos: number): boolean {
  const size = listLength(heap);
  if (pos >= size) {
    raise(T.IndexError!, "index out of range");
    return false;
  }
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const c = lessThan(listAt(heap, pos), listAt(heap, parentpos));
    if (c < 0) return false;
    if (size !== listLength(heap)) return sizeChanged();
    if (c === 0) break;
    const parent = listAt(heap, parentpos);
    listSet(heap, parentpos, listAt(heap, pos));
    listSet(heap, pos, parent);
    pos = parentpos;
  }
  return true;
}

/** Moves the smaller child up until hitting a leaf, then sifts the item at pos down. */
function siftup(heap: Value, pos: number): boolean {
  const endpos = listLength(heap);
  const startpos = pos;
  if (pos >= endpos) {
    raise(T.IndexError!, "index out of range");
    return false;
  }
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const c = lessThan(listAt(heap, childpos), listAt(heap, childpos + 1));
      if (c < 0) return false;
      childpos += c ^ 1;
      if (endpos !== listLength(heap)) return sizeChanged();
    }
    const tmp = listAt(heap, childpos);
    listSet(heap, childpos, listAt(heap, pos));
    listSet(heap, pos, tmp);
    pos = childpos;
  }
  return siftdown(heap, startpos, pos);
}

function heapArg(fname: string, a: readonly Value[], n: number): Value | undefined {
  if (!checkArgs(n === 1 ? `_heapq.${fname}` : fname, a, n, n)) return undefined;
  if (typeOfValue(a[0]!) !== L.TYPE_LIST) {
    raise(T.TypeError!, `${fname}() argument${n === 1 ? "" : " 1"} must be list, not ${typeName(a[0]!)}`);
    return undefined;
  }
  return a[0]!;
}

/** Removes and returns the last item (PyList_SetSlice(heap, n-1, n, NULL)) in O(1). */
function popLast(heap: Value): Value {
  const n = listLength(heap);
  const last = listAt(heap, n - 1);
  store32(heap + L.LIST_LEN, n - 1);
  return last;
}

function heappop(heap: Value): Value {
  const n = listLength(heap);
  if (n === 0) return raise(T.IndexError!, "index out of range");
  const last = popLast(heap);
  if (n === 1) return last;
  const ret = listAt(heap, 0);
  listSet(heap, 0, last);
  return withRoots([ret], () => (siftup(heap, 0) ? ret : NULL));
}

function heapreplace(heap: Value, item: Value): Value {
  if (listLength(heap) === 0) return raise(T.IndexError!, "index out of range");
  const ret = listAt(heap, 0);
  listSet(heap, 0, item);
  return withRoots([ret], () => (siftup(heap, 0) ? ret : NULL));
}

function heappushpop(heap: Value, item: Value): Value {
  if (listLength(heap) === 0) return item;
  const c = lessThan(listAt(heap, 0), item);
  if (c < 0) return NULL;
  if (c === 0) return item;
  if (listLength(heap) === 0) return raise(T.IndexError!, "index out of range");
  const ret = listAt(heap, 0);
  listSet(heap, 0, item);
  return withRoots([ret], () => (siftup(heap, 0) ? ret : NULL));
}

function heapify(heap: Value): boolean {
  for (let i = (listLength(heap) >> 1) - 1; i >= 0; i--) if (!siftup(heap, i)) return false;
  return true;
}

/** nsmallest / nlargest: the first n of a stable sort (what the decorated-heap algorithm yields). */
function nBest(largest: boolean, a: readonly Value[], kw: Kw | undefined): Value {
  const fname = largest ? "nlargest" : "nsmallest";
  if (!checkKw(fname, kw, ["key"])) return NULL;
  if (!checkArgs(fname, a, 2, 2)) return NULL;
  const n = indexOf(a[0]!);
  if (n === undefined) return NULL;
  const key = kwGet(kw, "key") ?? None;
  if (n <= 0n) return newList([]);
  const items = toArray(a[1]!);
  if (!items) return NULL;
  const l = newList(items);
  if (l === NULL) return NULL;
  return withRoots([l], () => {
    if (!sortValues(l, key === None ? NULL : key, largest)) return NULL;
    const all = listItems(l);
    return n >= BigInt(all.length) ? l : newList(all.slice(0, Number(n)));
  });
}

let MergeType: Ptr = 0;

/** merge(*iterables, key=None, reverse=False): repeatedly yields the smallest head (ties: first iterable). */
function merge(a: readonly Value[], kw: Kw | undefined): Value {
  if (!checkKw("merge", kw, ["key", "reverse"])) return NULL;
  const key = kwGet(kw, "key") ?? None;
  const revV = kwGet(kw, "reverse");
  const reverse = revV !== undefined && isTrue(revV) === 1;
  const its: Value[] = [];
  for (const x of a) {
    const it = withRoots(its, () => iter(x));
    if (it === NULL) return NULL;
    its.push(it);
  }
  // Per input: its head value and that value's key (NULL once exhausted / before the first fill).
  const heads: Value[] = its.map(() => NULL);
  const keys: Value[] = its.map(() => NULL);
  let started = false;
  const advance = (i: number): boolean => {
    const v = next(its[i]!);
    if (v === NULL) {
      heads[i] = NULL;
      keys[i] = NULL;
      return !iterFailed();
    }
    heads[i] = v;
    const k = key === None ? v : call(key, [v]);
    if (k === NULL) return false;
    keys[i] = k;
    return true;
  };
  return newIterOf(MergeType, {
    next: () => {
      if (!started) {
        started = true;
        for (let i = 0; i < its.length; i++) if (!advance(i)) return NULL;
      }
      let best = -1;
      for (let i = 0; i < its.length; i++) {
        if (heads[i] === NULL) continue;
        if (best < 0) {
          best = i;
          continue;
        }
        const c = reverse ? lessThan(keys[best]!, keys[i]!) : lessThan(keys[i]!, keys[best]!);
        if (c < 0) return NULL;
        if (c) best = i;
      }
      if (best < 0) return NULL;
      const v = heads[best]!;
      return withRoots([v], () => (advance(best) ? v : NULL));
    },
    trace: (visit) => {
      its.forEach(visit);
      heads.forEach(visit);
      keys.forEach(visit);
      visit(key);
    },
  });
}

export function installHeapq(): void {
  defineModule("heapq", (set) => {
    if (!MergeType) MergeType = iteratorType("generator", "heapq");
    set("heappush", func("heappush", (_s, a) => {
      const heap = heapArg("heappush", a, 2);
      if (!heap) return NULL;
      if (!listAppend(heap, a[1]!)) return raise(T.MemoryError!);
      return siftdown(heap, 0, listLength(heap) - 1) ? None : NULL;
    }));
    set("heappop", func("heappop", (_s, a) => {
      const heap = heapArg("heappop", a, 1);
      return heap ? heappop(heap) : NULL;
    }));
    set("heapreplace", func("heapreplace", (_s, a) => {
      const heap = heapArg("heapreplace", a, 2);
      return heap ? heapreplace(heap, a[1]!) : NULL;
    }));
    set("heappushpop", func("heappushpop", (_s, a) => {
      const heap = heapArg("heappushpop", a, 2);
      return heap ? heappushpop(heap, a[1]!) : NULL;
    }));
    set("heapify", func("heapify", (_s, a) => {
      const heap = heapArg("heapify", a, 1);
      return heap && heapify(heap) ? None : NULL;
    }));
    set("nsmallest", func("nsmallest", (_s, a, kw) => nBest(false, a, kw)));
    set("nlargest", func("nlargest", (_s, a, kw) => nBest(true, a, kw)));
    set("merge", func("merge", (_s, a, kw) => merge(a, kw)));
  });
}
