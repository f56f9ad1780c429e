// Shared pieces of the itertools implementation: the iterator types by name, and helpers for
// consuming source iterators (distinguishing the end from an error) with rooting.
import type { Kw } from "../objects/callables.js";
import { type NativeIter, newNativeIter } from "../objects/iterators.js";
import { None, NULL } from "../objects/values.js";
import { call } from "../vm/ops/call.js";
import { isTrue } from "../vm/ops/object.js";
import { iter, iterFailed, next } from "../vm/ops/sequence.js";
import type { Ptr, Value } from "../vm/types.js";
import { withRoots } from "./util.js";

export type Ctor = (a: readonly Value[], kw: Kw | undefined) => Value;
export const types = new Map<string, Ptr>();
export const make = (name: string, it: NativeIter): Value => newNativeIter(it, types.get(name)!);

/** iter() of each argument, rooted as they are created. */
export function iterAll(xs: readonly Value[]): Value[] | undefined {
  const out: Value[] = [];
  for (const x of xs) {
    const it = withRoots(out, () => iter(x));
    if (it === NULL) return undefined;
    out.push(it);
  }
  return out;
}

/** next(it), distinguishing the end (null) from an error (undefined). */
export function step(it: Value): Value | null | undefined {
  const v = next(it);
  if (v !== NULL) return v;
  return iterFailed() ? undefined : null;
}

/** The truth of pred(x) (or of x when pred is None): 1, 0, or -1 on error. */
export function test(pred: Value, x: Value): number {
  const r = pred === None ? x : withRoots([x], () => call(pred, [x]));
  return r === NULL ? -1 : isTrue(r);
}

