// list methods, plus the small helpers every methods-*.ts file shares (method registration that
// also accepts unbound calls, index arguments, GC rooting, recursion-safe repr, comparisons).
import * as L from "../layout.js";
import { type NativeFn } from "../objects/callables.js";
import { clearException, excData, exceptionMatches, newException, raise, setException, tstate, typeName } from "../objects/exceptions.js";
import { newNativeIter, newSeqIter } from "../objects/iterators.js";
import { T } from "../objects/registry.js";
import { isSubtype, lookupType, typeInfo } from "../objects/typeobj.js";
import {
  bigOf, bool, False, listAppend, listAt, listItems, listLength, listReplace, listReserve, listSet, newInt, newList,
  newStr, None, NULL, strOf, True, tupleItems, typeOfValue,
} from "../objects/values.js";
import { store32 } from "../vm/memory.js";
import { call } from "../vm/ops/call.js";
import { eq, richCompare } from "../vm/ops/compare.js";
import { repr } from "../vm/ops/object.js";
import { sliceIndices, toArray } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { arity, kwArg, method, onlyKw } from "./define.js";
import { sortValues } from "./sort.js";

// ---- shared helpers -------------------------------------------------------------------------

/**
 * Defines a method whose native always sees a receiver of the right type as `self`. A method
 * descriptor fetched from the type (`str.upper(1)`, `key=str.lower`) receives whatever the
 * caller passed first, so check it (CPython: "descriptor 'upper' for 'str' objects doesn't
 * apply to a 'int' object"); a NULL self (receiver still in `args`) is shifted here too.
 */
export function def(type: Ptr, name: string, fn: NativeFn): void {
  const tname = typeInfo(type).name;
  method(type, name, (self, args, kw) => {
    if (self === NULL) {
      if (args.length === 0) return raise(T.TypeError!, `unbound method ${tname}.${name}() needs an argument`);
      self = args[0]!;
      args = args.slice(1);
    }
    const st = typeOfValue(self);
    if (st !== type && !isSubtype(st, type)) {
      return raise(T.TypeError!, `descriptor '${name}' for '${tname}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return fn(self, args, kw);
  });
}

/** Marks a type's instances unhashable (`__hash__ = None`), as CPython does for mutable types. */
export function unhashable(type: Ptr): void {
  typeInfo(type).dict.set("__hash__", None);
}

export const isObj = (v: Value): boolean => (v & 1) === 0 && v !== 0;
export const isIntLike = (v: Value): boolean => {
  const t = typeOfValue(v);
  return t === L.TYPE_INT || t === L.TYPE_BOOL;
};

/** PyNumber_AsSsize_t: an int, bool or __index__ object as a JS number; undefined on error. */
export function asIndex(v: Value): number | undefined {
  if (isIntLike(v)) return Number(bigOf(v));
  const idx = lookupType(typeOfValue(v), "__index__");
  if (idx === NULL) {
    raise(T.TypeError!, `'${typeName(v)}' object cannot be interpreted as an integer`);
    return undefined;
  }
  const r = call(idx, [v]);
  if (r === NULL) return undefined;
  if (!isIntLike(r)) {
    raise(T.TypeError!, `__index__ returned non-int (type ${typeName(r)})`);
    return undefined;
  }
  return Number(bigOf(r));
}

/**
 * A start/end argument of find/count/index…: undefined (absent) and None give `dflt`.
 * `noneOk` false is list.index's stricter converter. Returns undefined on error.
 */
export function sliceArg(v: Value | undefined, dflt: number, noneOk = true): number | undefined {
  if (v === undefined || (v === None && noneOk)) return dflt;
  if (isIntLike(v)) return Number(bigOf(v));
  if (lookupType(typeOfValue(v), "__index__") !== NULL) return asIndex(v);
  raise(T.TypeError!, noneOk ? "slice indices must be integers or None or have an __index__ method" : "slice indices must be integers or have an __index__ method");
  return undefined;
}

/** CPython's ADJUST_INDICES: negative indices count from the end, then clamp. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** Runs `f` with `vals` on the GC root stack (values JS holds across calls that run Python). */
export function withRoots<R>(vals: readonly Value[], f: () => R): R {
  const roots = heap().roots;
  const mark = roots.length;
  for (const v of vals) roots.push(v);
  try {
    return f();
  } finally {
    roots.length = mark;
  }
}
export const pushRoot = (v: Value): void => void heap().roots.push(v);

const reprActive = new Set<Value>();
/** Py_ReprEnter/Leave: `f` builds the repr of container `v`; a nested repr of `v` gives `recursive`. */
export function reprGuard(v: Value, recursive: string, f: () => string | undefined): string | undefined {
  if (reprActive.has(v)) return recursive;
  reprActive.add(v);
  try {
    return withRoots([v], f);
  } finally {
    reprActive.delete(v);
  }
}

export const strOrNull = (s: string | undefined): Value => (s === undefined ? NULL : newStr(s));

/** Repr of each item, joined with ", " — items are re-read, since a __repr__ may mutate. */
export function joinReprs(n: () => number, at: (i: number) => Value): string | undefined {
  const parts: string[] = [];
  for (let i = 0; i < n(); i++) {
    const r = repr(at(i));
    if (r === undefined) return undefined;
    parts.push(r);
  }
  return parts.join(", ");
}

/** The message of the propagating exception when it is an instance of `type`. */
export function exceptionMessage(type: Ptr): string | undefined {
  if (!exceptionMatches(type)) return undefined;
  const args = tupleItems(excData(tstate.current).args);
  return args.length === 1 && typeOfValue(args[0]!) === L.TYPE_STR ? strOf(args[0]!) : undefined;
}

/** Raises KeyError(key) (its str() is the key's repr). */
export function raiseKey(key: Value): Value {
  return setException(newException(T.KeyError!, [key]));
}

const CMP_RESULT = [(c: number) => c < 0, (c: number) => c <= 0, (c: number) => c === 0, (c: number) => c !== 0, (c: number) => c > 0, (c: number) => c >= 0];

/** Lexicographic rich comparison of two sequences (op as COMPARE_OP: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=). */
export function seqCompare(op: number, na: () => number, a: (i: number) => Value, nb: () => number, b: (i: number) => Value): Value {
  if ((op === 2 || op === 3) && na() !== nb()) return bool(op === 3);
  let i = 0;
  for (; i < na() && i < nb(); i++) {
    const x = a(i);
    const y = b(i);
    if (x === y) continue;
    const e = withRoots([x, y], () => eq(x, y));
    if (e === undefined) return NULL;
    if (!e) {
      if (op === 2) return False;
      if (op === 3) return True;
      return richCompare(op, x, y);
    }
  }
  return bool(CMP_RESULT[op]!(na() - nb()));
}

/** Registers __lt__ … __ge__ for a sequence type; `same` says whether `other` is comparable. */
export function defCompare(type: Ptr, same: (other: Value) => boolean, len: (v: Value) => number, at: (v: Value, i: number) => Value): void {
  ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].forEach((name, op) => {
    def(type, name, (self, a) => {
      if (!arity(name, a, 1, 1)) return NULL;
      const o = a[0]!;
      if (!same(o)) return notImplemented();
      return seqCompare(op, () => len(self), (i) => at(self, i), () => len(o), (i) => at(o, i));
    });
  });
}

/** `seq * n` for list/tuple: the repeated items, or undefined with MemoryError/TypeError set. */
export function repeatItems(items: Value[], nv: Value): Value[] | undefined {
  const n = asIndex(nv);
  if (n === undefined) return undefined;
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > 1e8) {
    raise(T.MemoryError!);
    return undefined;
  }
  const out: Value[] = new Array(items.length * n);
  for (let k = 0; k < n; k++) for (let i = 0; i < items.length; i++) out[k * items.length + i] = items[i]!;
  return out;
}

/**
 * Whether `o` may handle `x + o` itself: a class defined in Python with __radd__. (CPython's
 * str/bytes concatenation is sq_concat, tried after the other operand's __radd__; built-in
 * types never accept a str there, so for them the concatenation error is raised directly.)
 */
export function userRadd(o: Value): boolean {
  const t = typeOfValue(o);
  return typeInfo(t).module !== "builtins" && lookupType(t, "__radd__") !== NULL;
}

/** Whether `v` can be the count of `seq * v` (int-like or has __index__). */
export const isIndexable = (v: Value): boolean => isIntLike(v) || lookupType(typeOfValue(v), "__index__") !== NULL;

/** An iterator over a sequence from the end, re-reading its length (it may shrink). */
export function reverseIter(seq: Value, len: (v: Value) => number, at: (v: Value, i: number) => Value): Value {
  let i = len(seq) - 1;
  return newNativeIter({
    next: () => {
      if (i >= 0 && i < len(seq)) return at(seq, i--);
      i = -1;
      return NULL;
    },
    trace: (visit) => visit(seq),
  }, T.reversed!);
}

// ---- list -----------------------------------------------------------------------------------

const isList = (v: Value): boolean => isObj(v) && typeInfo(typeOfValue(v)).layout === "list";

/** self[key] for lists (and their subclasses: no dispatch back to a subclass __getitem__). */
function listGetItem(self: Value, key: Value): Value {
  if (typeOfValue(key) === T.slice) {
    const items = listItems(self);
    const s = sliceIndices(key, items.length);
    if (!s) return NULL;
    const out: Value[] = [];
    for (let i = 0, j = s.start; i < s.length; i++, j += s.step) out.push(items[j]!);
    return newList(out);
  }
  if (!isIndexable(key)) return raise(T.TypeError!, `list indices must be integers or slices, not ${typeName(key)}`);
  let i = asIndex(key);
  if (i === undefined) return NULL;
  const n = listLength(self);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(T.IndexError!, "list index out of range");
  return listAt(self, i);
}

/** self[key] = v, or del self[key] when v is NULL. */
function listSetItem(self: Value, key: Value, v: Value): boolean {
  if (typeOfValue(key) === T.slice) {
    const n = listLength(self);
    const s = sliceIndices(key, n);
    if (!s) return false;
    if (v === NULL) {
      const drop = new Set<number>();
      for (let i = 0, j = s.start; i < s.length; i++, j += s.step) drop.add(j);
      return listReplace(self, listItems(self).filter((_, i) => !drop.has(i)));
    }
    const repl = v === self ? listItems(self) : toArray(v);
    if (!repl) {
      // CPython's message for a non-iterable right-hand side is specific to slice assignment.
      if (exceptionMessage(T.TypeError!)?.endsWith("object is not iterable")) {
        clearException();
        raise(T.TypeError!, s.step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
      }
      return false;
    }
    const items = listItems(self);
    // (No spread into splice: a long right-hand side would overflow the JS argument limit.)
    if (s.step === 1) return listReplace(self, [...items.slice(0, s.start), ...repl, ...items.slice(Math.max(s.start, s.stop))]);
    if (repl.length !== s.length) {
      raise(T.ValueError!, `attempt to assign sequence of size ${repl.length} to extended slice of size ${s.length}`);
      return false;
    }
    for (let i = 0, j = s.start; i < s.length; i++, j += s.step) items[j] = repl[i]!;
    return listReplace(self, items);
  }
  if (!isIndexable(key)) {
    raise(T.TypeError!, `list indices must be integers or slices, not ${typeName(key)}`);
    return false;
  }
  let i = asIndex(key);
  if (i === undefined) return false;
  const n = listLength(self);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(T.IndexError!, "list assignment index out of range");
    return false;
  }
  if (v !== NULL) {
    listSet(self, i, v);
    return true;
  }
  const items = listItems(self);
  items.splice(i, 1);
  return listReplace(self, items);
}

/** Index of the first item == x in [start, stop), -1 when absent, undefined on error. */
function listFind(self: Value, x: Value, start = 0, stop = Infinity): number | undefined {
  for (let i = start; i < Math.min(stop, listLength(self)); i++) {
    const e = eq(listAt(self, i), x);
    if (e === undefined) return undefined;
    if (e) return i;
  }
  return -1;
}

function extend(self: Value, iterable: Value): boolean {
  const items = isList(iterable) || typeOfValue(iterable) === L.TYPE_TUPLE ? toArray(iterable) : withRoots([self], () => toArray(iterable));
  if (!items) return false;
  if (!listReserve(self, listLength(self) + items.length)) {
    raise(T.MemoryError!);
    return false;
  }
  for (const x of items) listAppend(self, x);
  return true;
}

export function defineListMethods(): void {
  const t = L.TYPE_LIST;
  unhashable(t);
  def(t, "append", (self, a, kw) => {
    if (!arity("list.append", a, 1, 1, kw)) return NULL;
    return listAppend(self, a[0]!) ? None : raise(T.MemoryError!);
  });
  def(t, "extend", (self, a, kw) => (arity("list.extend", a, 1, 1, kw) && extend(self, a[0]!) ? None : NULL));
  def(t, "insert", (self, a, kw) => {
    if (!arity("insert", a, 2, 2, kw)) return NULL;
    let i = asIndex(a[0]!);
    if (i === undefined) return NULL;
    const items = listItems(self);
    const n = items.length;
    if (i < 0) i = Math.max(0, i + n);
    items.splice(Math.min(i, n), 0, a[1]!);
    return listReplace(self, items) ? None : raise(T.MemoryError!);
  });
  def(t, "pop", (self, a, kw) => {
    if (!arity("pop", a, 0, 1, kw)) return NULL;
    let i = a.length ? asIndex(a[0]!) : -1;
    if (i === undefined) return NULL;
    const n = listLength(self);
    if (!n) return raise(T.IndexError!, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(T.IndexError!, "pop index out of range");
    const v = listAt(self, i);
    // Shift the tail down in place (popping the last item, as stacks do, is O(1)).
    for (let j = i + 1; j < n; j++) listSet(self, j - 1, listAt(self, j));
    store32(self + L.LIST_LEN, n - 1);
    return v;
  });
  def(t, "remove", (self, a, kw) => {
    if (!arity("list.remove", a, 1, 1, kw)) return NULL;
    const i = listFind(self, a[0]!);
    if (i === undefined) return NULL;
    if (i < 0) return raise(T.ValueError!, "list.remove(x): x not in list");
    const items = listItems(self);
    items.splice(i, 1);
    listReplace(self, items);
    return None;
  });
  def(t, "index", (self, a, kw) => {
    if (!arity("index", a, 1, 3, kw)) return NULL;
    const n = listLength(self);
    const s = sliceArg(a[1], 0, false);
    const e = s === undefined ? undefined : sliceArg(a[2], n, false);
    if (s === undefined || e === undefined) return NULL;
    const [start, stop] = adjustIndices(s, e, n);
    const i = listFind(self, a[0]!, start, stop);
    if (i === undefined) return NULL;
    if (i >= 0) return newInt(i);
    const r = repr(a[0]!);
    return r === undefined ? NULL : raise(T.ValueError!, `${r} is not in list`);
  });
  def(t, "count", (self, a, kw) => {
    if (!arity("list.count", a, 1, 1, kw)) return NULL;
    let c = 0;
    for (let i = 0; i < listLength(self); i++) {
      const e = eq(listAt(self, i), a[0]!);
      if (e === undefined) return NULL;
      if (e) c++;
    }
    return newInt(c);
  });
  def(t, "reverse", (self, a, kw) => (arity("list.reverse", a, 0, 0, kw) ? (listReplace(self, listItems(self).reverse()), None) : NULL));
  def(t, "sort", (self, a, kw) => {
    if (a.length) return raise(T.TypeError!, "sort() takes no positional arguments");
    if (!onlyKw("sort", kw, ["key", "reverse"])) return NULL;
    const key = kwArg(kw, "key");
    const rev = kwArg(kw, "reverse");
    let reverse = false;
    if (rev !== undefined) {
      if (!isIntLike(rev)) return raise(T.TypeError!, `'${typeName(rev)}' object cannot be interpreted as an integer`);
      reverse = bigOf(rev) !== 0n;
    }
    return sortValues(self, key === undefined || key === None ? NULL : key, reverse) ? None : NULL;
  });
  def(t, "copy", (self, a, kw) => (arity("list.copy", a, 0, 0, kw) ? newList(listItems(self)) : NULL));
  def(t, "clear", (self, a, kw) => (arity("list.clear", a, 0, 0, kw) ? (listReplace(self, []), None) : NULL));

  def(t, "__len__", (self) => newInt(listLength(self)));
  def(t, "__getitem__", (self, a) => (arity("__getitem__", a, 1, 1) ? listGetItem(self, a[0]!) : NULL));
  def(t, "__setitem__", (self, a) => (arity("__setitem__", a, 2, 2) && listSetItem(self, a[0]!, a[1]!) ? None : NULL));
  def(t, "__delitem__", (self, a) => (arity("__delitem__", a, 1, 1) && listSetItem(self, a[0]!, NULL) ? None : NULL));
  def(t, "__contains__", (self, a) => {
    if (!arity("__contains__", a, 1, 1)) return NULL;
    const i = listFind(self, a[0]!);
    return i === undefined ? NULL : bool(i >= 0);
  });
  def(t, "__iter__", (self) => newSeqIter(L.TYPE_LIST_ITER, self));
  def(t, "__reversed__", (self) => reverseIter(self, listLength, listAt));
  def(t, "__add__", (self, a) => {
    if (!arity("__add__", a, 1, 1)) return NULL;
    if (!isList(a[0]!)) return notImplemented();
    return newList([...listItems(self), ...listItems(a[0]!)]);
  });
  def(t, "__iadd__", (self, a) => (arity("__iadd__", a, 1, 1) && extend(self, a[0]!) ? self : NULL));
  const mul = (self: Value, a: readonly Value[]) => {
    if (!arity("__mul__", a, 1, 1)) return NULL;
    if (!isIndexable(a[0]!)) return notImplemented();
    const out = repeatItems(listItems(self), a[0]!);
    return out ? newList(out) : NULL;
  };
  def(t, "__mul__", mul);
  def(t, "__rmul__", mul);
  def(t, "__imul__", (self, a) => {
    if (!arity("__imul__", a, 1, 1)) return NULL;
    if (!isIndexable(a[0]!)) return notImplemented();
    const out = repeatItems(listItems(self), a[0]!);
    if (!out) return NULL;
    return listReplace(self, out) ? self : raise(T.MemoryError!);
  });
  defCompare(t, isList, listLength, listAt);
  def(t, "__repr__", (self) => {
    if (listLength(self) === 0) return newStr("[]");
    return strOrNull(reprGuard(self, "[...]", () => {
      const s = joinReprs(() => listLength(self), (i) => listAt(self, i));
      return s === undefined ? undefined : `[${s}]`;
    }));
  });
}
