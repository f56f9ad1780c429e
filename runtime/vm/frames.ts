// The frame stack: frames of running Python functions live in one region of VM memory and are
// pushed and popped in LIFO order (generators copy theirs into a heap block). The GC scans
// every frame's fast slots and its value stack up to the saved stack pointer.
import * as L from "../layout.js";
import { load32, store32 } from "./memory.js";
import { heap } from "./space.js";
import type { Ptr, Value } from "./types.js";

const REGION_BYTES = 16 * 1024 * 1024;
let base = 0;
let top = 0;
let limit = 0;
let depth = 0;
let regionBlock = 0;

export function initFrames(): void {
  const block = heap().reserve(REGION_BYTES);
  regionBlock = block;
  base = top = block + 8;
  limit = block + REGION_BYTES;
}

/** The heap block holding the frame region (a GC root: it is never freed). */
export const frameRegionBlock = (): Ptr => regionBlock;

export const frameDepth = (): number => depth;

/** A new frame of `bytes` for `code`, linked to `previous`; 0 when the region is full. */
export function allocFrame(bytes: number, previous: Ptr): Ptr {
  if (top + bytes > limit) return 0;
  const f = top;
  top += bytes;
  depth++;
  store32(f + L.FRAME_PREVIOUS, previous);
  store32(f + L.FRAME_FLAGS, 0);
  store32(f + L.FRAME_BYTES, bytes);
  store32(f + L.FRAME_NAMES, 0);
  return f;
}

/** Pops a frame of the region (a generator's frame is not in the region and is left alone). */
export function releaseFrame(f: Ptr): void {
  if (load32(f + L.FRAME_FLAGS) & L.FRAME_OWNED_BY_GENERATOR) return;
  if (f + load32(f + L.FRAME_BYTES) !== top) throw new Error("frame released out of order");
  top = f;
  depth--;
}

/** Drops `f` and every frame above it (after a JS stack overflow unwound them abruptly). */
export function truncateTo(f: Ptr): void {
  if (!inRegion(f) || f > top) return;
  while (top > f) {
    let g = base;
    let last = base;
    while (g < top) {
      last = g;
      g += load32(g + L.FRAME_BYTES);
    }
    top = last;
    depth--;
  }
}

export function inRegion(f: Ptr): boolean {
  return f >= base && f < limit;
}

/** Visits the live values of one frame: its fast slots and its stack up to FRAME_SP. */
export function traceFrame(f: Ptr, nlocalsplus: number, visit: (v: Value) => void): void {
  visit(load32(f + L.FRAME_CODE) as Value);
  visit(load32(f + L.FRAME_FUNCTION) as Value);
  visit(load32(f + L.FRAME_GLOBALS) as Value);
  visit(load32(f + L.FRAME_BUILTINS) as Value);
  visit(load32(f + L.FRAME_NAMES) as Value);
  const sp = load32(f + L.FRAME_SP);
  const start = f + L.FRAME_LOCALS;
  const end = Math.max(sp, start + 4 * nlocalsplus);
  for (let a = start; a < end; a += 4) visit(load32(a) as Value);
}

/** Every frame in the region, bottom to top. */
export function* regionFrames(): IterableIterator<Ptr> {
  for (let f = base; f < top; f += load32(f + L.FRAME_BYTES)) yield f;
}
