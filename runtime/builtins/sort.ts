// list.sort / sorted: a stable merge sort (as CPython guarantees stability) whose comparisons
// and key calls may run Python code, so every value it holds is rooted while it runs.
import { raise } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { listItems, listReplace, NULL } from "../objects/values.js";
import { call } from "../vm/ops/call.js";
import { richCompare } from "../vm/ops/compare.js";
import { isTrue } from "../vm/ops/object.js";
import { heap } from "../vm/space.js";
import type { Value } from "../vm/types.js";

class SortError extends Error {}

/** Sorts list `l` in place; false with an exception set on error. */
export function sortValues(l: Value, key: Value, reverse: boolean): boolean {
  const items = listItems(l);
  const roots = heap().roots;
  const mark = roots.length;
  roots.push(l);
  for (const x of items) roots.push(x);
  try {
    const keys: Value[] = [];
    for (const x of items) {
      const k = key === NULL ? x : call(key, [x]);
      if (k === NULL) return false;
      keys.push(k);
      roots.push(k);
    }
    const idx = items.map((_, i) => i);
    // Like CPython: a reverse sort reverses, sorts stably, and reverses back, so equal keys
    // keep their original order.
    if (reverse) idx.reverse();
    const less = (a: number, b: number): boolean => {
      const r = richCompare(0, keys[a]!, keys[b]!);
      if (r === NULL) throw new SortError();
      const t = isTrue(r);
      if (t < 0) throw new SortError();
      return t === 1;
    };
    try {
      mergeSort(idx, less);
    } catch (e) {
      if (e instanceof SortError) return false;
      throw e;
    }
    if (reverse) idx.reverse();
    const before = listItems(l);
    if (before.length !== items.length) {
      raise(T.ValueError!, "list modified during sort");
      return false;
    }
    return listReplace(l, idx.map((i) => items[i]!));
  } finally {
    roots.length = mark;
  }
}

/** Stable merge sort using only `less(x, y)`, asked with the later element first. */
function mergeSort(a: number[], less: (x: number, y: number) => boolean): void {
  if (a.length < 2) return;
  const tmp = new Array<number>(a.length);
  const sort = (lo: number, hi: number) => {
    if (hi - lo < 2) return;
    if (hi - lo <= 8) {
      for (let i = lo + 1; i < hi; i++) {
        const x = a[i]!;
        let j = i - 1;
        while (j >= lo && less(x, a[j]!)) {
          a[j + 1] = a[j]!;
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    const mid = (lo + hi) >> 1;
    sort(lo, mid);
    sort(mid, hi);
    if (!less(a[mid]!, a[mid - 1]!)) return;
    let i = lo;
    let j = mid;
    let k = lo;
    while (i < mid && j < hi) tmp[k++] = less(a[j]!, a[i]!) ? a[j++]! : a[i++]!;
    while (i < mid) tmp[k++] = a[i++]!;
    while (j < hi) tmp[k++] = a[j++]!;
    for (let m = lo; m < hi; m++) a[m] = tmp[m]!;
  };
  sort(0, a.length);
}
