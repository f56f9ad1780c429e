// collections.deque (Modules/_collectionsmodule.c): a ring buffer of Values in the instance's
// payload, traced by the type's GC hook. `state` counts mutations so iterators and comparisons
// raise "deque mutated during iteration" like CPython when Python code changes the deque.
import { type Kw, newBuiltin } from "../objects/callables.js";
import { raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { typeInfo } from "../objects/typeobj.js";
import { bool, newInt, NULL, None, typeOfValue } from "../objects/values.js";
import { eq } from "../vm/ops/compare.js";
import { repr } from "../vm/ops/object.js";
import { iter, iterFailed, next } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
import type { Ptr, Value } from "../vm/types.js";
import { asIndex, isIndexable, reprGuard, seqCompare, strOrNull } from "../builtins/methods-list.js";
import {
  checkArgs, checkKw, defGetter, defMethod, indexOf, isInstance, iteratorType, kwGet, nativeType, newIterOf, newPayloadObject, payloadOf,
  withRoots,
} from "./util.js";

/** A growable ring buffer (capacity a power of two). */
class Ring {
  buf: Value[] = new Array<Value>(8).fill(NULL);
  head = 0;
  size = 0;
  maxlen: number | null = null;
  state = 0;

  at(i: number): Value {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }
  setAt(i: number, v: Value): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    if (this.size < this.buf.length) return;
    const items = this.items();
    this.buf = new Array<Value>(this.buf.length * 2).fill(NULL);
    items.forEach((v, i) => (this.buf[i] = v));
    this.head = 0;
  }
  push(v: Value): void {
    this.grow();
    this.buf[(this.head + this.size++) & (this.buf.length - 1)] = v;
    this.state++;
  }
  unshift(v: Value): void {
    this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
    this.state++;
  }
  pop(): Value {
    const i = (this.head + --this.size) & (this.buf.length - 1);
    const v = this.buf[i]!;
    this.buf[i] = NULL;
    this.state++;
    return v;
  }
  shift(): Value {
    const v = this.buf[this.head]!;
    this.buf[this.head] = NULL;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    this.state++;
    return v;
  }
  items(): Value[] {
    const out: Value[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }
  replace(items: Value[]): void {
    this.buf = new Array<Value>(Math.max(8, 1 << Math.ceil(Math.log2(items.length + 1)))).fill(NULL);
    items.forEach((v, i) => (this.buf[i] = v));
    this.head = 0;
    this.size = items.length;
    this.state++;
  }
  /** append with maxlen trimming from the other end. */
  append(v: Value, left: boolean): void {
    if (this.maxlen === 0) return;
    if (left) this.unshift(v);
    else this.push(v);
    if (this.maxlen !== null && this.size > this.maxlen) {
      if (left) this.pop();
      else this.shift();
    }
  }
}

export let DequeType: Ptr = 0;
let IterType: Ptr = 0;
let RevIterType: Ptr = 0;
const ring = (d: Value): Ring => payloadOf<Ring>(d);

function newDeque(cls: Ptr, maxlen: number | null, items: Value[] = []): Value {
  const r = new Ring();
  r.maxlen = maxlen;
  for (const v of items) r.append(v, false);
  return newPayloadObject(cls, r);
}

/** Appends every item of `iterable` (a snapshot when it is the deque itself). */
function extend(self: Value, iterable: Value, left: boolean): boolean {
  const r = ring(self);
  if (iterable === self) {
    for (const v of r.items()) r.append(v, left);
    return true;
  }
  const it = iter(iterable);
  if (it === NULL) return false;
  return withRoots([it], () => {
    for (;;) {
      const v = next(it);
      if (v === NULL) return !iterFailed();
      r.append(v, left);
    }
  });
}

/** Index of the first item equal to x in [start, stop), -1 if none, undefined on error. */
function find(self: Value, x: Value, start = 0, stop = Infinity): number | undefined {
  const r = ring(self);
  const state = r.state;
  for (let i = Math.max(0, start); i < Math.min(stop, r.size); i++) {
    const e = eq(r.at(i), x);
    if (e === undefined) return undefined;
    if (r.state !== state) {
      raise(T.RuntimeError!, "deque mutated during iteration");
      return undefined;
    }
    if (e) return i;
  }
  return -1;
}

function notInDeque(x: Value): Value {
  const s = repr(x);
  return s === undefined ? NULL : raise(T.ValueError!, `${s} is not in deque`);
}

function dequeIndex(self: Value, key: Value): number | undefined {
  if (!isIndexable(key)) {
    raise(T.TypeError!, `sequence index must be integer, not '${typeName(key)}'`);
    return undefined;
  }
  let i = asIndex(key);
  if (i === undefined) return undefined;
  const n = ring(self).size;
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(T.IndexError!, "deque index out of range");
    return undefined;
  }
  return i;
}

function dequeIter(self: Value, reverse: boolean): Value {
  const r = ring(self);
  const state = r.state;
  let i = 0;
  return newIterOf(reverse ? RevIterType : IterType, {
    next: () => {
      if (r.state !== state) return raise(T.RuntimeError!, "deque mutated during iteration");
      if (i >= r.size) return NULL;
      const v = r.at(reverse ? r.size - 1 - i : i);
      i++;
      return v;
    },
    trace: (visit) => visit(self),
  });
}

function init(self: Value, a: readonly Value[], kw: Kw | undefined): Value {
  if (!checkKw("deque", kw, ["iterable", "maxlen"]) || !checkArgs("deque", a, 0, 2)) return NULL;
  const iterable = a[0] ?? kwGet(kw, "iterable");
  const mv = a[1] ?? kwGet(kw, "maxlen");
  let maxlen: number | null = null;
  if (mv !== undefined && mv !== None) {
    if (!isIndexable(mv)) return raise(T.TypeError!, "an integer is required");
    const n = indexOf(mv);
    if (n === undefined) return NULL;
    if (n < 0n) return raise(T.ValueError!, "maxlen must be non-negative");
    maxlen = Number(n);
  }
  const r = ring(self);
  r.maxlen = maxlen;
  if (r.size) r.replace([]);
  return iterable === undefined || extend(self, iterable, false) ? None : NULL;
}

function defineMethods(t: Ptr): void {
  const m = defMethod.bind(null, t);
  typeInfo(t).dict.set("__new__", newBuiltin("__new__", (_s, a) => newDeque(a[0]! as Ptr, null)));
  typeInfo(t).dict.set("__hash__", None);
  m("__init__", init);
  m("append", (self, a) => (checkArgs("append", a, 1, 1) ? (ring(self).append(a[0]!, false), None) : NULL));
  m("appendleft", (self, a) => (checkArgs("appendleft", a, 1, 1) ? (ring(self).append(a[0]!, true), None) : NULL));
  m("pop", (self, a) => {
    if (!checkArgs("pop", a, 0, 0)) return NULL;
    return ring(self).size ? ring(self).pop() : raise(T.IndexError!, "pop from an empty deque");
  });
  m("popleft", (self, a) => {
    if (!checkArgs("popleft", a, 0, 0)) return NULL;
    return ring(self).size ? ring(self).shift() : raise(T.IndexError!, "pop from an empty deque");
  });
  m("extend", (self, a) => (checkArgs("extend", a, 1, 1) && extend(self, a[0]!, false) ? None : NULL));
  m("extendleft", (self, a) => (checkArgs("extendleft", a, 1, 1) && extend(self, a[0]!, true) ? None : NULL));
  m("rotate", (self, a) => {
    if (!checkArgs("rotate", a, 0, 1)) return NULL;
    const nb = a.length ? indexOf(a[0]!) : 1n;
    if (nb === undefined) return NULL;
    const r = ring(self);
    if (r.size <= 1) return None;
    let n = Number(nb % BigInt(r.size));
    if (n < 0) n += r.size;
    // rotating right by n == rotating left by size - n; do the shorter one
    if (n > r.size >> 1) for (let k = r.size - n; k > 0; k--) r.push(r.shift());
    else for (let k = n; k > 0; k--) r.unshift(r.pop());
    return None;
  });
  m("clear", (self) => (ring(self).replace([]), None));
  m("reverse", (self) => (ring(self).replace(ring(self).items().reverse()), None));
  const copy = (self: Value) => newDeque(typeOfValue(self), ring(self).maxlen, ring(self).items());
  m("copy", copy);
  m("__copy__", copy);
  m("count", (self, a) => {
    if (!checkArgs("count", a, 1, 1)) return NULL;
    let c = 0;
    for (let i = 0; ; i++) {
      const j = find(self, a[0]!, i);
      if (j === undefined) return NULL;
      if (j < 0) return newInt(c);
      c++;
      i = j;
    }
  });
  m("index", (self, a) => {
    if (!checkArgs("index", a, 1, 3)) return NULL;
    const n = ring(self).size;
    const norm = (v: Value | undefined, d: number) => {
      if (v === undefined) return d;
      const x = asIndex(v);
      return x === undefined ? undefined : x < 0 ? Math.max(0, x + n) : x;
    };
    const start = norm(a[1], 0);
    const stop = norm(a[2], n);
    if (start === undefined || stop === undefined) return NULL;
    const i = find(self, a[0]!, start, stop);
    return i === undefined ? NULL : i < 0 ? notInDeque(a[0]!) : newInt(i);
  });
  m("insert", (self, a) => {
    if (!checkArgs("insert", a, 2, 2)) return NULL;
    const r = ring(self);
    if (r.maxlen !== null && r.size >= r.maxlen) return raise(T.IndexError!, "deque already at its maximum size");
    let i = asIndex(a[0]!);
    if (i === undefined) return NULL;
    if (i < 0) i = Math.max(0, i + r.size);
    const items = r.items();
    items.splice(Math.min(i, items.length), 0, a[1]!);
    r.replace(items);
    return None;
  });
  m("remove", (self, a) => {
    if (!checkArgs("remove", a, 1, 1)) return NULL;
    const i = find(self, a[0]!);
    if (i === undefined) return NULL;
    if (i < 0) return notInDeque(a[0]!);
    const items = ring(self).items();
    items.splice(i, 1);
    ring(self).replace(items);
    return None;
  });
  defGetter(t, "maxlen", (self) => (ring(self).maxlen === null ? None : newInt(ring(self).maxlen!)));
  m("__len__", (self) => newInt(ring(self).size));
  m("__bool__", (self) => bool(ring(self).size > 0));
  m("__iter__", (self) => dequeIter(self, false));
  m("__reversed__", (self) => dequeIter(self, true));
  m("__getitem__", (self, a) => {
    const i = dequeIndex(self, a[0]!);
    return i === undefined ? NULL : ring(self).at(i);
  });
  m("__setitem__", (self, a) => {
    const i = dequeIndex(self, a[0]!);
    if (i === undefined) return NULL;
    ring(self).setAt(i, a[1]!);
    return None;
  });
  m("__delitem__", (self, a) => {
    const i = dequeIndex(self, a[0]!);
    if (i === undefined) return NULL;
    const items = ring(self).items();
    items.splice(i, 1);
    ring(self).replace(items);
    return None;
  });
  m("__contains__", (self, a) => {
    const i = find(self, a[0]!);
    return i === undefined ? NULL : bool(i >= 0);
  });
  m("__repr__", (self) => {
    const name = typeInfo(typeOfValue(self)).name;
    return strOrNull(reprGuard(self, "[...]", () => {
      const r = ring(self);
      const parts: string[] = [];
      for (const v of r.items()) {
        const s = repr(v);
        if (s === undefined) return undefined;
        parts.push(s);
      }
      return r.maxlen === null ? `${name}([${parts.join(", ")}])` : `${name}([${parts.join(", ")}], maxlen=${r.maxlen})`;
    }));
  });
  ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].forEach((name, op) => {
    m(name, (self, a) => {
      const o = a[0]!;
      if (!isInstance(o, DequeType)) return notImplemented();
      return seqCompare(op, () => ring(self).size, (i) => ring(self).at(i), () => ring(o).size, (i) => ring(o).at(i));
    });
  });
  m("__add__", (self, a) => {
    if (!isInstance(a[0]!, DequeType)) return raise(T.TypeError!, `can only concatenate deque (not "${typeName(a[0]!)}") to deque`);
    const d = copy(self);
    return d === NULL ? NULL : withRoots([d], () => (extend(d, a[0]!, false) ? d : NULL));
  });
  m("__iadd__", (self, a) => (extend(self, a[0]!, false) ? self : NULL));
  const repeat = (self: Value, nv: Value, inPlace: boolean): Value => {
    if (!isIndexable(nv)) return notImplemented();
    const n = asIndex(nv);
    if (n === undefined) return NULL;
    const d = inPlace ? self : copy(self);
    if (d === NULL) return NULL;
    const items = ring(d).items();
    ring(d).replace([]);
    for (let k = 0; k < n; k++) for (const v of items) ring(d).append(v, false);
    return d;
  };
  m("__mul__", (self, a) => repeat(self, a[0]!, false));
  m("__rmul__", (self, a) => repeat(self, a[0]!, false));
  m("__imul__", (self, a) => repeat(self, a[0]!, true));
}

export function dequeType(): Ptr {
  if (DequeType) return DequeType;
  DequeType = nativeType("deque", "collections", {
    trace: ((r: Ring, visit: (v: Value) => void) => {
      for (let i = 0; i < r.size; i++) visit(r.at(i));
    }) as never,
  });
  IterType = iteratorType("_deque_iterator", "_collections");
  RevIterType = iteratorType("_deque_reverse_iterator", "_collections");
  defineMethods(DequeType);
  return DequeType;
}
