// Type objects. Every type is a VM object (so `type(x)` is a Value and JIT code can compare type
// pointers) with a JS-side TypeInfo: name, bases, MRO, attribute namespace, and the version tag
// inline caches check. Built-in types the intrinsics name live at fixed addresses (layout.ts);
// the rest are allocated at start-up like classes.
import * as L from "../layout.js";
import { load32, store32 } from "../vm/memory.js";
import type { Ptr, Value } from "../vm/types.js";
import { newHandle, side } from "./side.js";

/** How instances of a type are laid out (inherited from the first base that has one). */
export type Layout =
  | "object"
  | "int"
  | "bool"
  | "float"
  | "str"
  | "bytes"
  | "tuple"
  | "list"
  | "dict"
  | "set"
  | "frozenset"
  | "none"
  | "type"
  | "function"
  | "builtin"
  | "method"
  | "code"
  | "cell"
  | "module"
  | "range"
  | "slice"
  | "iterator"
  | "generator"
  | "exception"
  | "property"
  | "staticmethod"
  | "classmethod"
  | "super"
  | "other";

export const TYPE_VERSION = L.TYPE_VERSION;
export const TYPE_SIZE = 16;

/** A type's namespace: every change invalidates lookups and inline caches (a new version tag). */
class TypeDict extends Map<string, Value> {
  constructor(private readonly owner: TypeInfo) {
    super();
  }
  override set(name: string, v: Value): this {
    super.set(name, v);
    if (this.owner) bumpVersion(this.owner);
    return this;
  }
  override delete(name: string): boolean {
    const had = super.delete(name);
    if (had) bumpVersion(this.owner);
    return had;
  }
}

export class TypeInfo {
  /** Attribute namespace (the class body's names), insertion-ordered. */
  readonly dict: Map<string, Value> = new TypeDict(this);
  mro: Ptr[] = [];
  version = 0;
  /** `__slots__` names when the class declares them (instances then have no __dict__ … lazily). */
  slots: string[] | undefined;
  /** Whether instances carry a __dict__. */
  hasDict = true;
  /** Byte offsets of __slots__ attributes in instances (own and inherited). */
  slotOffsets: Map<string, number> | undefined;
  /** Instance size in bytes (header, dict pointer, slot words). */
  instanceSize = 16;
  /** MRO lookups already done (name → value or NULL); cleared when this type or a base changes. */
  readonly lookupCache = new Map<string, Value>();
  /** Set once some type lists this one among its bases (so changes must reach subclasses). */
  hasSubclasses = false;
  constructor(
    readonly ptr: Ptr,
    public name: string,
    public bases: Ptr[],
    readonly layout: Layout,
    public module: string,
    public qualname: string = name,
  ) {}
}

let nextVersion = 1;
/** All types, for the GC's roots and `__subclasses__`-style walks. */
export const allTypes: TypeInfo[] = [];

export function typeInfo(t: Ptr): TypeInfo {
  return side<TypeInfo>(t);
}

/** Creates a type object at `at` (a static slot) or in the heap (`alloc`). */
export function makeType(at: Ptr, name: string, bases: Ptr[], layout: Layout, module = "builtins"): TypeInfo {
  const info = new TypeInfo(at, name, bases, layout, module);
  store32(at + L.OB_TYPE, L.TYPE_TYPE);
  store32(at + L.OB_GC, at < L.HEAP_START ? L.TYPE_SLOT : TYPE_SIZE);
  store32(at + L.SIDE_HANDLE, newHandle(info));
  allTypes.push(info);
  computeMro(info);
  bumpVersion(info);
  return info;
}

/**
 * Called with a type version that no type will have again (versions are never reused): tier 2
 * drops the traces that guard on it (runtime/tier2/watch.ts).
 */
export const typeWatch = { retired: (_version: number): void => {} };

/** Invalidates caches keyed on this type and its subclasses' versions. */
export function bumpVersion(info: TypeInfo): void {
  if (info.version) typeWatch.retired(info.version);
  info.version = nextVersion++;
  info.lookupCache.clear();
  store32(info.ptr + TYPE_VERSION, info.version);
  if (!info.hasSubclasses) return;
  for (const t of allTypes) if (t !== info && t.mro.includes(info.ptr)) {
    typeWatch.retired(t.version);
    t.version = nextVersion++;
    t.lookupCache.clear();
    store32(t.ptr + TYPE_VERSION, t.version);
  }
}

export function typeVersion(t: Ptr): number {
  return load32(t + TYPE_VERSION);
}

/** C3 linearization; throws a JS Error with CPython's message when it is impossible. */
export function computeMro(info: TypeInfo): void {
  const seqs = info.bases.map((b) => [...typeInfo(b).mro]);
  seqs.push([...info.bases]);
  for (const b of info.bases) typeInfo(b).hasSubclasses = true;
  const out: Ptr[] = [info.ptr];
  for (;;) {
    const live = seqs.filter((s) => s.length);
    if (!live.length) break;
    const head = live.map((s) => s[0]!).find((c) => !live.some((s) => s.indexOf(c) > 0));
    if (head === undefined) {
      const names = [...new Set(live.map((s) => typeInfo(s[0]!).name))].join(", ");
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
  info.mro = out;
}

export class MroError extends Error {}

/** Looks `name` up along the MRO of type `t`; NULL (0) when absent. */
export function lookupType(t: Ptr, name: string): Value {
  const info = typeInfo(t);
  const cached = info.lookupCache.get(name);
  if (cached !== undefined) return cached;
  let found = 0 as Value;
  for (const c of info.mro) {
    const v = typeInfo(c).dict.get(name);
    if (v !== undefined) {
      found = v;
      break;
    }
  }
  info.lookupCache.set(name, found);
  return found;
}

export function isSubtype(t: Ptr, base: Ptr): boolean {
  return t === base || typeInfo(t).mro.includes(base);
}
