// The side table: JS-side payloads of objects whose contents JIT code never reads directly
// (str text, big-int digits, dict tables, type and function records). Such an object keeps an
// index into this table in its word at SIDE_HANDLE; the GC frees the slot with the object.
import * as L from "../layout.js";
import { load32 } from "../vm/memory.js";
import type { Ptr, Value } from "../vm/types.js";

const table: unknown[] = [undefined];
const freeSlots: number[] = [];

export function newHandle(payload: unknown): number {
  const h = freeSlots.pop();
  if (h !== undefined) {
    table[h] = payload;
    return h;
  }
  table.push(payload);
  return table.length - 1;
}

export function releaseHandle(h: number): void {
  table[h] = undefined;
  freeSlots.push(h);
}

/** The payload of an object with a side handle. */
export function side<T>(obj: Value | Ptr): T {
  return table[load32(obj + L.SIDE_HANDLE)] as T;
}

export function sideAt<T>(handle: number): T {
  return table[handle] as T;
}

export function setSide(handle: number, payload: unknown): void {
  table[handle] = payload;
}
