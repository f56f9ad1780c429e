// set and frozenset: a DictStore whose values are unused (None), so sets share dicts' hashing,
// equality and insertion-ordered iteration.
import * as L from "../layout.js";
import { store32 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { DictStore } from "./dict.js";
import { newHandle, side } from "./side.js";
import { None, NULL } from "./values.js";
import { toArray } from "../vm/ops/sequence.js";

export function newSet(type: Ptr = L.TYPE_SET, store = new DictStore()): Value {
  const p = heap().allocObject(type, 16);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle(store));
  store32(p + L.INSTANCE_DICT, 0);
  return p as Value;
}
export const setStore = (s: Value): DictStore => side<DictStore>(s);
export const setAdd = (s: Value, v: Value): boolean => setStore(s).set(v, None);
export function setUpdate(s: Value, iterable: Value): boolean {
  const xs = toArray(iterable);
  if (!xs) return false;
  for (const x of xs) if (!setAdd(s, x)) return false;
  return true;
}
export function setItems(s: Value): Value[] {
  const st = setStore(s);
  return [...st.indices()].map((i) => st.keys[i]!);
}
