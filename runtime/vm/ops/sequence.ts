// Containers and iteration: len, subscripts (with slices and negative indices), `in`, iter/next.
import * as L from "../../layout.js";
import { type DictStore, dictStore } from "../../objects/dict.js";
import { clearException, exceptionMatches, raise, tstate, typeName } from "../../objects/exceptions.js";
import { nativeIter, newNativeIter, newRangeIter, newSeqIter } from "../../objects/iterators.js";
import { T } from "../../objects/registry.js";
import { lookupType, typeInfo } from "../../objects/typeobj.js";
import {
  bigOf, listAt, listItems, listLength, listReplace, listSet, newList, newStr, newTuple, NULL, smallOf, strOf, tupleAt,
  tupleItems, tupleLength, typeOfValue,
} from "../../objects/values.js";
import { load32, store32 } from "../memory.js";
import { heap, withRoots } from "../space.js";
import type { Value } from "../types.js";
import { call } from "./call.js";
import { eq } from "./compare.js";
import { isTrue } from "./object.js";

const isIntLike = (t: number) => t === L.TYPE_INT || t === L.TYPE_BOOL;

/** len(v) or -1 with an exception set. */
export function length(v: Value): number {
  const t = typeOfValue(v);
  switch (t) {
    case L.TYPE_LIST: return listLength(v);
    case L.TYPE_TUPLE: return tupleLength(v);
    case L.TYPE_STR: return cpLength(strOf(v));
    case L.TYPE_DICT: return dictStore(v).size;
  }
  const ext = lengthHooks.get(typeInfo(t).layout);
  if (ext) return ext(v);
  const fn = lookupType(t, "__len__");
  if (fn === NULL) {
    raise(T.TypeError!, `object of type '${typeName(v)}' has no len()`);
    return -1;
  }
  const r = call(fn, [v]);
  if (r === NULL) return -1;
  const n = bigOf(r);
  if (n < 0n) {
    raise(T.ValueError!, "__len__() should return >= 0");
    return -1;
  }
  return Number(n);
}
export const lengthHooks = new Map<string, (v: Value) => number>();

const surrogateCache = new Map<string, boolean>();
/** Whether a str has characters outside the BMP (then UTF-16 indices are not code points). */
export function hasSurrogates(s: string): boolean {
  if (s.length < 16) return /[\uD800-\uDFFF]/.test(s);
  let r = surrogateCache.get(s);
  if (r === undefined) {
    if (surrogateCache.size > 4096) surrogateCache.clear();
    r = /[\uD800-\uDFFF]/.test(s);
    surrogateCache.set(s, r);
  }
  return r;
}
const cpLength = (s: string): number => (hasSurrogates(s) ? [...s].length : s.length);

/** Normalizes an index for a sequence of length n; undefined when out of range. */
export function seqIndex(key: Value, n: number): number | undefined {
  let i = smallOf(key);
  if (i === undefined) return undefined;
  if (i < 0) i += n;
  return i >= 0 && i < n ? i : undefined;
}

export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
  length: number;
}





/** slice.indices(n) semantics; undefined with an exception set on a bad slice. */
export function sliceIndices(slice: Value, n: number): SliceIndices | undefined {
  const get = (off: number): number | null | undefined => {
    const v = load32(slice + off) as Value;
    if (v === (L.NONE as Value)) return null;
    const t = typeOfValue(v);
    if (!isIntLike(t)) {
      const idx = lookupType(t, "__index__");
      if (idx === NULL) {
        raise(T.TypeError!, "slice indices must be integers or None or have an __index__ method");
        return undefined;
      }
      const r = call(idx, [v]);
      if (r === NULL) return undefined;
      return Number(bigOf(r));
    }
    return Number(bigOf(v));
  };
  const stepv = get(L.SLICE_STEP);
  if (stepv === undefined) return undefined;
  const step = stepv ?? 1;
  if (step === 0) {
    raise(T.ValueError!, "slice step cannot be zero");
    return undefined;
  }
  const sv = get(L.SLICE_START);
  const ev = get(L.SLICE_STOP);
  if (sv === undefined || ev === undefined) return undefined;
  const clamp = (x: number | null, dflt: number, lo: number, hi: number) => {
    if (x === null) return dflt;
    if (x < 0) x += n;
    return Math.min(Math.max(x, lo), hi);
  };
  const start = step > 0 ? clamp(sv, 0, 0, n) : clamp(sv, n - 1, -1, n - 1);
  const stop = step > 0 ? clamp(ev, n, 0, n) : clamp(ev, -1, -1, n - 1);
  const length = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return { start, stop, step, length };
}

function sliceOf<T>(items: T[], s: SliceIndices): T[] {
  const out: T[] = [];
  for (let i = 0, j = s.start; i < s.length; i++, j += s.step) out.push(items[j]!);
  return out;
}

export function getItem(container: Value, key: Value): Value {
  const t = typeOfValue(container);
  const kt = typeOfValue(key);
  if (t === L.TYPE_LIST || t === L.TYPE_TUPLE || t === L.TYPE_STR) {
    const isList = t === L.TYPE_LIST;
    if (isIntLike(kt)) {
      const n = isList ? listLength(container) : t === L.TYPE_TUPLE ? tupleLength(container) : -1;
      if (t === L.TYPE_STR) {
        const text = strOf(container);
        if (!hasSurrogates(text)) {
          const i = seqIndex(key, text.length);
          if (i === undefined) return raise(T.IndexError!, "string index out of range");
          return newStr(text[i]!);
        }
        const chars = [...text];
        const i = seqIndex(key, chars.length);
        if (i === undefined) return raise(T.IndexError!, "string index out of range");
        return newStr(chars[i]!);
      }
      const i = seqIndex(key, n);
      if (i === undefined) return raise(T.IndexError!, `${isList ? "list" : "tuple"} index out of range`);
      return isList ? listAt(container, i) : tupleAt(container, i);
    }
    if (kt === T.slice) {
      if (t === L.TYPE_STR) {
        const text = strOf(container);
        if (!hasSurrogates(text)) {
          const s = sliceIndices(key, text.length);
          if (!s) return NULL;
          return newStr(s.step === 1 ? text.slice(s.start, s.start + s.length) : sliceOf(text as unknown as string[], s).join(""));
        }
        const chars = [...text];
        const s = sliceIndices(key, chars.length);
        if (!s) return NULL;
        return newStr(sliceOf(chars, s).join(""));
      }
      // Read only the selected items (copying the whole sequence made loops over slices O(n²)).
      const n = isList ? listLength(container) : tupleLength(container);
      const s = sliceIndices(key, n);
      if (!s) return NULL;
      const out: Value[] = new Array(s.length);
      for (let i = 0, j = s.start; i < s.length; i++, j += s.step) out[i] = isList ? listAt(container, j) : tupleAt(container, j);
      return isList ? newList(out) : newTuple(out);
    }
    const idx = lookupType(kt, "__index__");
    if (idx !== NULL) {
      const r = call(idx, [key]);
      return r === NULL ? NULL : getItem(container, r);
    }
    if (t === L.TYPE_STR) return raise(T.TypeError!, `string indices must be integers, not '${typeName(key)}'`);
    return raise(T.TypeError!, `${isList ? "list" : "tuple"} indices must be integers or slices, not ${typeName(key)}`);
  }
  if (t === L.TYPE_DICT) {
    const v = dictStore(container).get(key);
    if (v === undefined) return NULL;
    if (v !== null) return v;
    const missing = lookupType(t, "__missing__");
    if (missing !== NULL) return call(missing, [container, key]);
    return raiseKeyError(key);
  }
  const fn = lookupType(t, "__getitem__");
  if (fn !== NULL) return call(fn, [container, key]);
  if (typeInfo(t).layout === "type" || t === L.TYPE_TYPE) {
    const cg = lookupType(container, "__class_getitem__");
    if (cg !== NULL) return call(cg, [key]);
  }
  return raise(T.TypeError!, `'${typeName(container)}' object is not subscriptable`);
}

export let raiseKeyError: (key: Value) => Value = () => NULL;
export function setRaiseKeyError(f: (key: Value) => Value): void {
  raiseKeyError = f;
}

/** container[key] = v, or del container[key] when v is NULL. False on error. */
export function setItem(container: Value, key: Value, v: Value): boolean {
  const t = typeOfValue(container);
  const kt = typeOfValue(key);
  if (t === L.TYPE_LIST) {
    if (isIntLike(kt)) {
      const n = listLength(container);
      const i = seqIndex(key, n);
      if (i === undefined) {
        raise(T.IndexError!, `list assignment index out of range`);
        return false;
      }
      if (v === NULL) {
        const items = listItems(container);
        items.splice(i, 1);
        return listReplace(container, items);
      }
      listSet(container, i, v);
      return true;
    }
    if (kt === T.slice) {
      const items = listItems(container);
      const s = sliceIndices(key, items.length);
      if (!s) return false;
      if (v === NULL) {
        const drop = new Set<number>();
        for (let i = 0, j = s.start; i < s.length; i++, j += s.step) drop.add(j);
        return listReplace(container, items.filter((_, i) => !drop.has(i)));
      }
      const repl = toArray(v);
      if (!repl) {
        if (exceptionMatches(T.TypeError!)) {
          clearException();
          raise(T.TypeError!, "can only assign an iterable");
        }
        return false;
      }
      if (s.step === 1) {
        items.splice(s.start, Math.max(0, s.stop - s.start), ...repl);
        return listReplace(container, items);
      }
      if (repl.length !== s.length) {
        raise(T.ValueError!, `attempt to assign sequence of size ${repl.length} to extended slice of size ${s.length}`);
        return false;
      }
      for (let i = 0, j = s.start; i < s.length; i++, j += s.step) items[j] = repl[i]!;
      return listReplace(container, items);
    }
    raise(T.TypeError!, `list indices must be integers or slices, not ${typeName(key)}`);
    return false;
  }
  if (t === L.TYPE_DICT) {
    if (v === NULL) {
      const r = dictStore(container).delete(key);
      if (r === false) raiseKeyError(key);
      return r === true;
    }
    return dictStore(container).set(key, v);
  }
  const fn = lookupType(t, v === NULL ? "__delitem__" : "__setitem__");
  if (fn !== NULL) return call(fn, v === NULL ? [container, key] : [container, key, v]) !== NULL;
  raise(T.TypeError!, v === NULL ? `'${typeName(container)}' object doesn't support item deletion` : `'${typeName(container)}' object does not support item assignment`);
  return false;
}

/** `item in container`: 1, 0, or -1 with an exception set. */
export function contains(container: Value, item: Value): number {
  const t = typeOfValue(container);
  if (t === L.TYPE_DICT) {
    const r = dictStore(container).find(item);
    return r === undefined ? -1 : r >= 0 ? 1 : 0;
  }
  if (t === L.TYPE_STR) {
    if (typeOfValue(item) !== L.TYPE_STR) {
      raise(T.TypeError!, `'in <string>' requires string as left operand, not ${typeName(item)}`);
      return -1;
    }
    return strOf(container).includes(strOf(item)) ? 1 : 0;
  }
  if (t === L.TYPE_LIST || t === L.TYPE_TUPLE) {
    const items = t === L.TYPE_LIST ? listItems(container) : tupleItems(container);
    for (const x of items) {
      const e = eq(x, item);
      if (e === undefined) return -1;
      if (e) return 1;
    }
    return 0;
  }
  const fn = lookupType(t, "__contains__");
  if (fn !== NULL) {
    const r = call(fn, [container, item]);
    if (r === NULL) return -1;
    return r === (L.TRUE as Value) ? 1 : r === (L.FALSE as Value) ? 0 : isTrue(r);
  }
  const it = iter(container);
  if (it === NULL) return -1;
  return withRoots([it], () => {
    for (;;) {
      const x = next(it);
      if (x === NULL) return iterFailed() ? -1 : 0;
      const e = withRoots([x], () => eq(x, item));
      if (e === undefined) return -1;
      if (e) return 1;
    }
  });
}

/** iter(v), or NULL with an exception set. */
export function iter(v: Value): Value {
  const t = typeOfValue(v);
  switch (t) {
    case L.TYPE_LIST: return newSeqIter(L.TYPE_LIST_ITER, v);
    case L.TYPE_TUPLE: return newSeqIter(L.TYPE_TUPLE_ITER, v);
    case L.TYPE_STR: {
      const chars = [...strOf(v)];
      let i = 0;
      return newNativeIter({ next: () => (i < chars.length ? newStr(chars[i++]!) : NULL), trace: (visit) => visit(v) });
    }
    case L.TYPE_LIST_ITER:
    case L.TYPE_TUPLE_ITER:
    case L.TYPE_RANGE_ITER:
      return v;
  }
  if (isNativeIterType(t)) return v;
  const layout = typeInfo(t).layout;
  if ((layout === "dict" || layout === "set" || layout === "frozenset") && lookupType(t, "__iter__") === NULL) return iterStore(v, dictStore(v), layout === "dict");
  const hook = iterHooks.get(typeInfo(t).layout);
  if (hook) return hook(v);
  const fn = lookupType(t, "__iter__");
  if (fn !== NULL) {
    const r = call(fn, [v]);
    if (r === NULL) return NULL;
    if (lookupType(typeOfValue(r), "__next__") === NULL && !isNativeIterType(typeOfValue(r))) {
      return raise(T.TypeError!, `iter() returned non-iterator of type '${typeName(r)}'`);
    }
    return r;
  }
  const gi = lookupType(t, "__getitem__");
  if (gi !== NULL) {
    let i = 0;
    return newNativeIter({
      next: () => {
        const r = call(gi, [v, (((i++) << 1) | 1) as Value]);
        if (r === NULL && exceptionMatches(T.IndexError!)) clearException();
        return r;
      },
      trace: (visit) => visit(v),
    });
  }
  return raise(T.TypeError!, `'${typeName(v)}' object is not iterable`);
}
export const iterHooks = new Map<string, (v: Value) => Value>();

/** Built-in iterator types: iter() of one is itself. */
const isNativeIterType = (t: number) =>
  t === T.iterator || t === L.TYPE_LIST_ITER || t === L.TYPE_TUPLE_ITER || t === L.TYPE_RANGE_ITER || t === T.generator ||
  t === T.enumerate || t === T.zip || t === T.map || t === T.filter || t === T.reversed;

/** Iterates the keys of a dict (or the items of a set), failing if its size changes meanwhile. */
export function iterStore(owner: Value, store: DictStore, isDict: boolean): Value {
  let i = 0;
  const size = store.size;
  return newNativeIter({
    next: () => {
      if (store.size !== size) {
        i = Infinity;
        return raise(T.RuntimeError!, `${isDict ? "dictionary" : "Set"} changed size during iteration`);
      }
      while (i < store.keys.length && store.keys[i] === 0) i++;
      return i < store.keys.length ? store.keys[i++]! : NULL;
    },
    trace: (visit) => visit(owner),
  });
}

let lastIterError = false;
/** Whether the last `next` that returned NULL raised (as opposed to the iterator ending). */
export const iterFailed = (): boolean => lastIterError;

/** next(it): the item, or NULL — check iterFailed() for an exception vs exhaustion. */
export function next(it: Value): Value {
  lastIterError = false;
  const t = typeOfValue(it);
  if (t === L.TYPE_LIST_ITER || t === L.TYPE_TUPLE_ITER) {
    const seq = load32(it + L.SEQ_ITER_SEQ) as Value;
    const i = load32(it + L.SEQ_ITER_INDEX);
    const n = t === L.TYPE_LIST_ITER ? listLength(seq) : tupleLength(seq);
    if (i >= n) return NULL;
    store32(it + L.SEQ_ITER_INDEX, i + 1);
    return t === L.TYPE_LIST_ITER ? listAt(seq, i) : tupleAt(seq, i);
  }
  if (t === L.TYPE_RANGE_ITER) {
    const v = load32(it + L.RANGE_ITER_NEXT);
    const stop = load32(it + L.RANGE_ITER_STOP);
    const step = load32(it + L.RANGE_ITER_STEP);
    if (step > 0 ? v >= stop : v <= stop) return NULL;
    store32(it + L.RANGE_ITER_NEXT, v + step);
    return ((v << 1) | 1) as Value;
  }
  if (t === T.iterator || t === T.enumerate || t === T.zip || t === T.map || t === T.filter || t === T.reversed) {
    const r = nativeIter(it).next();
    lastIterError = r === NULL && (globalThisCurrent() !== NULL);
    return r;
  }
  const hook = nextHooks.get(typeInfo(t).layout);
  if (hook) {
    const r = hook(it);
    lastIterError = r === NULL && globalThisCurrent() !== NULL;
    return r;
  }
  const fn = lookupType(t, "__next__");
  if (fn === NULL) {
    raise(T.TypeError!, `'${typeName(it)}' object is not an iterator`);
    lastIterError = true;
    return NULL;
  }
  const r = call(fn, [it]);
  if (r === NULL) {
    if (exceptionMatches(T.StopIteration!)) {
      clearException();
      return NULL;
    }
    lastIterError = true;
  }
  return r;
}
export const nextHooks = new Map<string, (v: Value) => Value>();

const globalThisCurrent = () => tstate.current;

/** All items of an iterable as a JS array, or undefined with an exception set. */
export function toArray(v: Value): Value[] | undefined {
  const t = typeOfValue(v);
  if (t === L.TYPE_LIST) return listItems(v);
  if (t === L.TYPE_TUPLE) return tupleItems(v);
  const it = iter(v);
  if (it === NULL) return undefined;
  // `next` may run Python code, which may collect: keep the items gathered so far rooted.
  const roots = heap().roots;
  const mark = roots.length;
  roots.push(it);
  const out: Value[] = [];
  try {
    for (;;) {
      const x = next(it);
      if (x === NULL) return iterFailed() ? undefined : out;
      out.push(x);
      roots.push(x);
    }
  } finally {
    roots.length = mark;
  }
}

export { newRangeIter };
