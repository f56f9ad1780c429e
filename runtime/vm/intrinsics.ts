// Intrinsics: the inline operations uop bodies build on (value tagging, object fields, frame
// slots). They are written in the body language itself, over the memory primitives, so the
// interpreters call them as ordinary TypeScript and the stencil builder inlines their bodies
// into Wasm — one definition, both meanings. Keep each a single `return` or a few statements.
import * as L from "../layout.js";
import { allocSlow, load32, loadF64, store32, storeF64 } from "./memory.js";
import type { f64, i32, Ptr, StackArray, Value } from "./types.js";

export const NULL = 0 as Value;

// ---- Small ints ---------------------------------------------------------------------------
export function isInt(v: Value): boolean {
  return (v & 1) === 1;
}
export function intValue(v: Value): i32 {
  return v >> 1;
}
/** Whether an exact integer result fits a small int (callers pass results of + - * on ints). */
export function fitsInt(n: f64): boolean {
  return n >= L.SMALL_INT_MIN && n <= L.SMALL_INT_MAX;
}
/** Tags an integer known to fit (see fitsInt). */
export function mkInt(n: f64): Value {
  return (((n | 0) << 1) | 1) as Value;
}

// ---- Objects -------------------------------------------------------------------------------
export function typeOf(v: Value): Ptr {
  return isInt(v) ? L.TYPE_INT : load32(v + L.OB_TYPE);
}
/** Whether v is an object (not NULL, not a small int) of exactly type t. */
export function hasType(v: Value, t: Ptr): boolean {
  return (v & 1) === 0 && v !== 0 && load32(v + L.OB_TYPE) === t;
}
export function isFloat(v: Value): boolean {
  return hasType(v, L.TYPE_FLOAT);
}
export function floatValue(v: Value): f64 {
  return loadF64(v + L.FLOAT_VALUE);
}
export function mkBool(b: boolean): Value {
  return (b ? L.TRUE : L.FALSE) as Value;
}
export function isNone(v: Value): boolean {
  return v === L.NONE;
}

// ---- Inline-cache checks ------------------------------------------------------------------
/** A type's version tag (see layout.ts). */
export function typeVersion(t: Ptr): i32 {
  return load32(t + L.TYPE_VERSION);
}
/** A dict's keys version (see layout.ts). */
export function dictKeysVersion(d: Value): i32 {
  return load32(d + L.DICT_KEYS_VERSION);
}
/** Keys version of an instance's dict (layout "object"), EMPTY_KEYS_VERSION when it has none. */
export function instanceKeysVersion(o: Value): i32 {
  const d = load32(o + L.INSTANCE_DICT);
  return d === 0 ? L.EMPTY_KEYS_VERSION : load32(d + L.DICT_KEYS_VERSION);
}

// ---- Adaptive counters --------------------------------------------------------------------
// A 16-bit cache entry: a count-down value in bits 4..15 and a back-off exponent in bits 0..3
// (CPython's encoding). Family heads tick it on every execution and try to specialize when the
// value reaches zero; runtime/vm/specialize/counters.ts sets the values.
export function counterTriggers(c: i32): boolean {
  return c < 16;
}
export function counterTick(c: i32): i32 {
  return (c - 16) | 0;
}

// ---- Frames and the stack ----------------------------------------------------------------
export function getLocal(f: Ptr, i: i32): Value {
  return load32(f + L.FRAME_LOCALS + (i << 2)) as Value;
}
export function setLocal(f: Ptr, i: i32, v: Value): void {
  store32(f + L.FRAME_LOCALS + (i << 2), v);
}
export function getConst(f: Ptr, i: i32): Value {
  return tupleItem(load32(load32(f + L.FRAME_CODE) + L.CODE_CONSTS) as Value, i);
}
export function getName(f: Ptr, i: i32): Value {
  return tupleItem(load32(load32(f + L.FRAME_CODE) + L.CODE_NAMES) as Value, i);
}
export function stackItem(a: StackArray, i: i32): Value {
  return load32(a + (i << 2)) as Value;
}

// ---- Tuples and lists ----------------------------------------------------------------------
export function tupleLen(t: Value): i32 {
  return load32(t + L.TUPLE_LEN);
}
export function tupleItem(t: Value, i: i32): Value {
  return load32(t + L.TUPLE_ITEMS + (i << 2)) as Value;
}
export function listLen(l: Value): i32 {
  return load32(l + L.LIST_LEN);
}
export function listItem(l: Value, i: i32): Value {
  return load32(load32(l + L.LIST_ITEMS) + (i << 2)) as Value;
}
export function setListItem(l: Value, i: i32, v: Value): void {
  store32(load32(l + L.LIST_ITEMS) + (i << 2), v);
}

// ---- Iterators -----------------------------------------------------------------------------
// Each returns the next item and advances, or NULL (touching nothing) when exhausted: FOR_ITER_*
// jump on NULL in tier 1, the trace uops exit on it, so both share one definition of a step.
export function rangeIterNext(it: Value): Value {
  const value = load32(it + L.RANGE_ITER_NEXT);
  const step = load32(it + L.RANGE_ITER_STEP);
  const stop = load32(it + L.RANGE_ITER_STOP);
  if (step > 0 ? value >= stop : value <= stop) return NULL;
  store32(it + L.RANGE_ITER_NEXT, (value + step) | 0);
  return mkInt(value);
}
export function listIterNext(it: Value): Value {
  const list = load32(it + L.SEQ_ITER_SEQ) as Value;
  const index = load32(it + L.SEQ_ITER_INDEX);
  if (index >= listLen(list)) return NULL;
  store32(it + L.SEQ_ITER_INDEX, (index + 1) | 0);
  return listItem(list, index);
}
export function tupleIterNext(it: Value): Value {
  const tuple = load32(it + L.SEQ_ITER_SEQ) as Value;
  const index = load32(it + L.SEQ_ITER_INDEX);
  if (index >= tupleLen(tuple)) return NULL;
  store32(it + L.SEQ_ITER_INDEX, (index + 1) | 0);
  return tupleItem(tuple, index);
}

// ---- Allocation ----------------------------------------------------------------------------
/** Bump-allocates `size` bytes from the current chunk, or returns 0 when it is full. */
export function allocFast(size: i32): Ptr {
  const top = load32(L.HEAP_TOP);
  const end = (top + size) | 0;
  if (end > load32(L.HEAP_LIMIT)) return 0;
  store32(L.HEAP_TOP, end);
  return top;
}
/** Allocates `size` bytes; 0 when memory is exhausted (a MemoryError is then set). */
export function alloc(size: i32): Ptr {
  const p = allocFast(size);
  return p !== 0 ? p : allocSlow(size);
}
/** A new float object, or NULL when memory is exhausted. */
export function mkFloat(x: f64): Value {
  const p = alloc(L.FLOAT_SIZE);
  if (p === 0) return 0 as Value;
  store32(p + L.OB_TYPE, L.TYPE_FLOAT);
  store32(p + L.OB_GC, L.FLOAT_SIZE);
  storeF64(p + L.FLOAT_VALUE, x);
  return p as Value;
}
