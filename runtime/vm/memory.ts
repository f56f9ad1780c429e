// The one WebAssembly.Memory that holds all VM state, and the load/store primitives that uop
// bodies and intrinsics use. JIT code imports the same memory, so both see the same bytes.
// Views are re-created when the memory grows (growing detaches the old ArrayBuffer).
import type { f64, i32, Ptr } from "./types.js";

const PAGE = 65536;
// 32 MiB up front (the frame stack and the first heap chunks) so start-up never grows memory;
// untouched pages cost nothing.
export const memory = new WebAssembly.Memory({ initial: 512, maximum: 65536 });

let I32 = new Int32Array(memory.buffer);
let F64 = new Float64Array(memory.buffer);
let U16 = new Uint16Array(memory.buffer);
let U8 = new Uint8Array(memory.buffer);

function refreshViews(): void {
  I32 = new Int32Array(memory.buffer);
  F64 = new Float64Array(memory.buffer);
  U16 = new Uint16Array(memory.buffer);
  U8 = new Uint8Array(memory.buffer);
}

/** Grows memory so that `[0, end)` is addressable. */
export function ensureMemory(end: number): void {
  const have = memory.buffer.byteLength;
  if (end <= have) return;
  memory.grow(Math.ceil((end - have) / PAGE));
  refreshViews();
}

let slowAllocator: (size: number) => number = () => 0;
/** Installed by the heap: allocates when the bump chunk is full; 0 means out of memory. */
export function setSlowAllocator(f: (size: number) => number): void {
  slowAllocator = f;
}
/** The allocation slow path (an imported function in JIT code). Never collects garbage. */
export function allocSlow(size: i32): Ptr {
  return slowAllocator(size);
}

export function memoryBytes(): Uint8Array {
  return U8;
}

export function load32(addr: Ptr): i32 {
  return I32[addr >> 2]!;
}
export function store32(addr: Ptr, value: i32): void {
  I32[addr >> 2] = value;
}
export function loadF64(addr: Ptr): f64 {
  return F64[addr >> 3]!;
}
export function storeF64(addr: Ptr, value: f64): void {
  F64[addr >> 3] = value;
}
export function loadU16(addr: Ptr): i32 {
  return U16[addr >> 1]!;
}
export function loadU8(addr: Ptr): i32 {
  return U8[addr]!;
}
