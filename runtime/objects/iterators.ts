// Iterator objects. Range, list and tuple iterators have memory layouts the uops read
// (FOR_ITER_RANGE / FOR_ITER_LIST); every other built-in iterator is a "native iterator": an
// object whose JS-side record produces the next item and reports the values it holds to the GC.
import * as L from "../layout.js";
import { store32 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { T } from "./registry.js";
import { newHandle, side } from "./side.js";
import { NULL } from "./values.js";

export function newRangeIter(start: number, stop: number, step: number): Value {
  const p = heap().allocObject(L.TYPE_RANGE_ITER, L.RANGE_ITER_SIZE);
  if (p === 0) return NULL;
  store32(p + L.RANGE_ITER_NEXT, start);
  store32(p + L.RANGE_ITER_STOP, stop);
  store32(p + L.RANGE_ITER_STEP, step);
  return p as Value;
}

export function newSeqIter(type: Ptr, seq: Value): Value {
  const p = heap().allocObject(type, L.SEQ_ITER_SIZE);
  if (p === 0) return NULL;
  store32(p + L.SEQ_ITER_SEQ, seq);
  store32(p + L.SEQ_ITER_INDEX, 0);
  return p as Value;
}

export interface NativeIter {
  /** The next item; NULL when exhausted (no exception) or on error (exception set). */
  next(): Value;
  /** Values the iterator keeps alive. */
  trace(visit: (v: Value) => void): void;
}

export function newNativeIter(it: NativeIter, type: Ptr = T.iterator!): Value {
  const p = heap().allocObject(type, 16);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle(it));
  return p as Value;
}

export const nativeIter = (v: Value): NativeIter => side<NativeIter>(v);
