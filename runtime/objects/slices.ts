// Slice objects: start, stop and step as Values in memory.
import * as L from "../layout.js";
import { store32 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import type { Value } from "../vm/types.js";
import { T } from "./registry.js";
import { NULL } from "./values.js";

export function newSlice(start: Value, stop: Value, step: Value): Value {
  const p = heap().allocObject(T.slice!, L.SLICE_SIZE);
  if (p === 0) return NULL;
  store32(p + L.SLICE_START, start);
  store32(p + L.SLICE_STOP, stop);
  store32(p + L.SLICE_STEP, step);
  return p as Value;
}
