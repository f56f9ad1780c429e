// Constructors and accessors for the core value kinds: ints (small and big), floats, bools,
// None, str, tuple, list, and raw blocks. Layouts are in layout.ts; the GC hooks for them are
// registered in bootstrap.ts.
import * as L from "../layout.js";
import { mkInt } from "../vm/intrinsics.js";
import { load32, loadF64, store32, storeF64 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { newHandle, side } from "./side.js";

export const NULL = 0 as Value;
export const None = L.NONE as Value;
export const True = L.TRUE as Value;
export const False = L.FALSE as Value;
export const bool = (b: boolean): Value => (b ? True : False);

export const isSmall = (v: Value): boolean => (v & 1) === 1;
export const typeOfValue = (v: Value): Ptr => ((v & 1) === 1 ? L.TYPE_INT : load32(v + L.OB_TYPE));

// ---- ints ---------------------------------------------------------------------------------
const SMALL_MIN = BigInt(L.SMALL_INT_MIN);
const SMALL_MAX = BigInt(L.SMALL_INT_MAX);

/** An int Value: small when it fits, else a big-int object (NULL on MemoryError). */
export function newInt(n: bigint | number): Value {
  if (typeof n === "number") {
    if (n >= L.SMALL_INT_MIN && n <= L.SMALL_INT_MAX && Number.isInteger(n)) return mkInt(n);
    n = BigInt(n);
  }
  if (n >= SMALL_MIN && n <= SMALL_MAX) return mkInt(Number(n));
  const p = heap().allocObject(L.TYPE_INT, 16);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle(n));
  return p as Value;
}

/** The value of an int (or bool) as a bigint. */
export function bigOf(v: Value): bigint {
  if ((v & 1) === 1) return BigInt(v >> 1);
  if (v === True) return 1n;
  if (v === False) return 0n;
  return side<bigint>(v);
}

/** The value of an int as a JS number when exact, else undefined. */
export function smallOf(v: Value): number | undefined {
  if ((v & 1) === 1) return v >> 1;
  if (v === True) return 1;
  if (v === False) return 0;
  const b = side<bigint>(v);
  const n = Number(b);
  return Number.isSafeInteger(n) ? n : undefined;
}

// ---- floats -------------------------------------------------------------------------------
export function newFloat(x: number): Value {
  const p = heap().allocObject(L.TYPE_FLOAT, L.FLOAT_SIZE);
  if (p === 0) return NULL;
  storeF64(p + L.FLOAT_VALUE, x);
  return p as Value;
}
export const floatOf = (v: Value): number => loadF64(v + L.FLOAT_VALUE);

// ---- str ----------------------------------------------------------------------------------
const interned = new Map<string, Value>();

export function newStr(s: string): Value {
  const p = heap().allocObject(L.TYPE_STR, L.STR_SIZE);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle(s));
  store32(p + L.STR_HASH, 0);
  return p as Value;
}

/** The one str object for `s` (identifiers, constants); never collected. */
export function intern(s: string): Value {
  let v = interned.get(s);
  if (v === undefined) {
    v = newStr(s);
    interned.set(s, v);
  }
  return v;
}
export function internedStrings(): IterableIterator<Value> {
  return interned.values();
}

export const strOf = (v: Value): string => side<string>(v);

// ---- tuple --------------------------------------------------------------------------------
export function newTuple(items: readonly Value[]): Value {
  const p = heap().allocObject(L.TYPE_TUPLE, L.TUPLE_ITEMS + 4 * items.length);
  if (p === 0) return NULL;
  store32(p + L.TUPLE_LEN, items.length);
  for (let i = 0; i < items.length; i++) store32(p + L.TUPLE_ITEMS + 4 * i, items[i]!);
  return p as Value;
}
export const tupleLength = (t: Value): number => load32(t + L.TUPLE_LEN);
export const tupleAt = (t: Value, i: number): Value => load32(t + L.TUPLE_ITEMS + 4 * i) as Value;
export function tupleItems(t: Value): Value[] {
  const n = tupleLength(t);
  const out: Value[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = tupleAt(t, i);
  return out;
}

// ---- list ---------------------------------------------------------------------------------
function newBlock(words: number): Ptr {
  return heap().allocObject(L.RAW_BLOCK, 8 + 4 * Math.max(words, 1));
}
/** Item block address → address of item 0 (blocks have a header). */
const ITEMS0 = 8;

export function newList(items: readonly Value[], type: Ptr = L.TYPE_LIST): Value {
  const p = heap().allocObject(type, L.LIST_SIZE);
  if (p === 0) return NULL;
  const cap = Math.max(4, items.length);
  const block = newBlock(cap);
  if (block === 0) return NULL;
  store32(p + L.LIST_LEN, items.length);
  store32(p + L.LIST_CAP, cap);
  store32(p + L.LIST_ITEMS, block + ITEMS0);
  for (let i = 0; i < items.length; i++) store32(block + ITEMS0 + 4 * i, items[i]!);
  store32(p + L.INSTANCE_DICT_LIST, 0);
  return p as Value;
}
export const listLength = (l: Value): number => load32(l + L.LIST_LEN);
export const listAt = (l: Value, i: number): Value => load32(load32(l + L.LIST_ITEMS) + 4 * i) as Value;
export const listSet = (l: Value, i: number, v: Value): void => store32(load32(l + L.LIST_ITEMS) + 4 * i, v);
export function listItems(l: Value): Value[] {
  const n = listLength(l);
  const base = load32(l + L.LIST_ITEMS);
  const out: Value[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = load32(base + 4 * i) as Value;
  return out;
}
/** Ensures room for `n` items; false on MemoryError. */
export function listReserve(l: Value, n: number): boolean {
  const cap = load32(l + L.LIST_CAP);
  if (n <= cap) return true;
  const newCap = Math.max(n, cap + (cap >> 1) + 4);
  const block = newBlock(newCap);
  if (block === 0) return false;
  const old = load32(l + L.LIST_ITEMS);
  const len = load32(l + L.LIST_LEN);
  for (let i = 0; i < len; i++) store32(block + ITEMS0 + 4 * i, load32(old + 4 * i));
  store32(l + L.LIST_ITEMS, block + ITEMS0);
  store32(l + L.LIST_CAP, newCap);
  return true;
}
export function listAppend(l: Value, v: Value): boolean {
  const len = load32(l + L.LIST_LEN);
  if (!listReserve(l, len + 1)) return false;
  store32(load32(l + L.LIST_ITEMS) + 4 * len, v);
  store32(l + L.LIST_LEN, len + 1);
  return true;
}
/** Replaces the whole contents (sort, slice assignment, …). */
export function listReplace(l: Value, items: readonly Value[]): boolean {
  if (!listReserve(l, items.length)) return false;
  const base = load32(l + L.LIST_ITEMS);
  for (let i = 0; i < items.length; i++) store32(base + 4 * i, items[i]!);
  store32(l + L.LIST_LEN, items.length);
  return true;
}
/** The raw block holding a list's items (for the GC). */
export const listBlock = (l: Value): Ptr => load32(l + L.LIST_ITEMS) - ITEMS0;
