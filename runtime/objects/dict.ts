// Python dicts: insertion-ordered, keyed by Python equality and hash (so 1, 1.0 and True are one
// key). Entries live in parallel arrays with tombstones; exact-str keys are indexed by their text
// (the common case: attributes, globals, kwargs), other keys by hash buckets. Lookups that may
// run Python code (__hash__/__eq__ of user objects) can fail: they return undefined with an
// exception set. `version` changes on every mutation so inline caches can check a dict with one
// comparison.
import * as L from "../layout.js";
import { load32, store32 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { newHandle, side } from "./side.js";

export interface KeyOps {
  /** Python hash of a key, or undefined with an exception set. */
  hash(v: Value): number | bigint | undefined;
  /** Python `a == b` for two keys with equal hashes, or undefined with an exception set. */
  eq(a: Value, b: Value): boolean | undefined;
  /** The text of an exact-str key, else undefined. */
  exactStr(v: Value): string | undefined;
}

let keyOps: KeyOps;
export function setKeyOps(k: KeyOps): void {
  keyOps = k;
}

let nextVersion = 1;

// Keys versions (see L.DICT_KEYS_VERSION). Instance dicts start on the shared root shape and
// move along a transition tree as string keys are appended, so every instance that got the
// same attributes in the same order has the same version; any other change (a deletion, a
// non-str key, too many keys, or a plain dict's insertion) gives the dict a fresh version.
let nextKeysVersion = L.EMPTY_KEYS_VERSION;

/** Called with an unshared keys version that is gone for good (tier 2 drops traces guarding on it). */
export const dictWatch = { retired: (_version: number): void => {} };
class Shape {
  readonly id = nextKeysVersion++;
  readonly next = new Map<string, Shape>();
  constructor(readonly size: number) {}
}
const ROOT_SHAPE = new Shape(0);
/** Bounds on the transition tree, so dicts used as records with ever-new keys cannot grow it forever. */
const MAX_SHAPE_KEYS = 30;
const MAX_SHAPES = 50_000;
let shapeCount = 1;

export class DictStore {
  keys: Value[] = [];
  values: Value[] = [];
  hashes: (number | bigint)[] = [];
  private strIndex = new Map<string, number>();
  private hashIndex = new Map<number | bigint, number[]>();
  size = 0;
  version = nextVersion++;
  /** See L.DICT_KEYS_VERSION; mirrored into the owning dict object's memory. */
  keysVersion: number;
  private shape: Shape | undefined;
  /** The dict object whose DICT_KEYS_VERSION word mirrors keysVersion (0: none, e.g. a set). */
  owner: Ptr = 0;

  /** `sharedKeys`: an instance dict, whose keys version follows its key sequence. */
  constructor(sharedKeys = false) {
    this.shape = sharedKeys ? ROOT_SHAPE : undefined;
    this.keysVersion = sharedKeys ? ROOT_SHAPE.id : nextKeysVersion++;
  }

  private keysChanged(appended: string | undefined): void {
    const shape = this.shape;
    // A version of unshared keys (globals, builtins, class dicts) is never seen again.
    if (shape === undefined) dictWatch.retired(this.keysVersion);
    if (shape !== undefined && appended !== undefined && shape.size < MAX_SHAPE_KEYS) {
      let next = shape.next.get(appended);
      if (next === undefined && shapeCount < MAX_SHAPES) {
        next = new Shape(shape.size + 1);
        shape.next.set(appended, next);
        shapeCount++;
      }
      this.shape = next;
    } else this.shape = undefined;
    this.keysVersion = this.shape ? this.shape.id : nextKeysVersion++;
    if (this.owner !== 0) store32(this.owner + L.DICT_KEYS_VERSION, this.keysVersion);
  }

  /** The value of entry `i` (an index an inline cache holds), or NULL (0) for a deleted entry. */
  valueAt(i: number): Value {
    return this.values[i] ?? (0 as Value);
  }

  /** Replaces the value of live entry `i` (the keys stay as they are). */
  setValueAt(i: number, v: Value): void {
    this.values[i] = v;
    this.version = nextVersion++;
  }

  /** Index of the entry for `key`, -1 when absent, undefined on error. */
  find(key: Value): number | undefined {
    const s = keyOps.exactStr(key);
    if (s !== undefined) {
      const i = this.strIndex.get(s);
      if (i !== undefined) return i;
      if (this.hashIndex.size === 0) return -1;
    }
    const h = keyOps.hash(key);
    if (h === undefined) return undefined;
    return this.findHashed(key, h);
  }

  private findHashed(key: Value, h: number | bigint): number | undefined {
    const bucket = this.hashIndex.get(h);
    if (!bucket) return -1;
    for (const i of bucket) {
      const k = this.keys[i]!;
      if (k === key) return i;
      const e = keyOps.eq(k, key);
      if (e === undefined) return undefined;
      if (e) return i;
    }
    return -1;
  }

  get(key: Value): Value | undefined | null {
    const i = this.find(key);
    if (i === undefined) return undefined;
    return i < 0 ? null : this.values[i]!;
  }

  /** Entry index of exact-str key `s`, or -1. */
  indexOfStr(s: string): number {
    return this.strIndex.get(s) ?? -1;
  }

  getStr(s: string): Value | undefined {
    const i = this.strIndex.get(s);
    return i === undefined ? undefined : this.values[i];
  }

  /** Sets key → value; false on error. */
  set(key: Value, value: Value): boolean {
    const s = keyOps.exactStr(key);
    if (s !== undefined) {
      const i = this.strIndex.get(s);
      if (i !== undefined) {
        this.values[i] = value;
        this.version = nextVersion++;
        return true;
      }
    }
    const h = keyOps.hash(key);
    if (h === undefined) return false;
    const found = s !== undefined && this.hashIndex.size === 0 ? -1 : this.findHashed(key, h);
    if (found === undefined) return false;
    if (found >= 0) {
      this.values[found] = value;
    } else {
      const i = this.keys.length;
      this.keys.push(key);
      this.values.push(value);
      this.hashes.push(h);
      if (s !== undefined) this.strIndex.set(s, i);
      else {
        const b = this.hashIndex.get(h);
        if (b) b.push(i);
        else this.hashIndex.set(h, [i]);
      }
      this.size++;
      this.keysChanged(s);
    }
    this.version = nextVersion++;
    return true;
  }

  /** Deletes key; true if it was there, false if absent, undefined on error. */
  delete(key: Value): boolean | undefined {
    const i = this.find(key);
    if (i === undefined) return undefined;
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }

  removeAt(i: number): void {
    const key = this.keys[i]!;
    const s = keyOps.exactStr(key);
    if (s !== undefined && this.strIndex.get(s) === i) this.strIndex.delete(s);
    else {
      const h = this.hashes[i]!;
      const b = this.hashIndex.get(h)!;
      b.splice(b.indexOf(i), 1);
      if (!b.length) this.hashIndex.delete(h);
    }
    this.keys[i] = 0 as Value;
    this.values[i] = 0 as Value;
    this.size--;
    this.version = nextVersion++;
    this.keysChanged(undefined);
    if (this.keys.length > 32 && this.size < this.keys.length / 2) this.compact();
  }

  private compact(): void {
    const keys = this.keys;
    const values = this.values;
    const hashes = this.hashes;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.strIndex = new Map();
    this.hashIndex = new Map();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === 0) continue;
      const j = this.keys.length;
      this.keys.push(k);
      this.values.push(values[i]!);
      this.hashes.push(hashes[i]!);
      const s = keyOps.exactStr(k);
      if (s !== undefined) this.strIndex.set(s, j);
      else {
        const b = this.hashIndex.get(hashes[i]!);
        if (b) b.push(j);
        else this.hashIndex.set(hashes[i]!, [j]);
      }
    }
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.strIndex = new Map();
    this.hashIndex = new Map();
    this.size = 0;
    this.version = nextVersion++;
    this.keysChanged(undefined);
  }

  /** Live entry indices in insertion order. */
  *indices(): IterableIterator<number> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) yield i;
  }

  trace(visit: (v: Value) => void): void {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i]!;
      if (k !== 0) {
        visit(k);
        visit(this.values[i]!);
      }
    }
  }
}

export const DICT_SIZE = L.DICT_SIZE;

export function newDict(type: Ptr = L.TYPE_DICT, store = new DictStore()): Value {
  const p = heap().allocObject(type, DICT_SIZE);
  if (p === 0) return 0 as Value;
  store32(p + L.SIDE_HANDLE, newHandle(store));
  store32(p + L.INSTANCE_DICT, 0);
  if (store.owner === 0) store.owner = p;
  store32(p + L.DICT_KEYS_VERSION, store.keysVersion);
  return p as Value;
}

/** A new instance `__dict__` (its keys version is shared with same-shaped instances). */
export const newInstanceDict = (): Value => newDict(L.TYPE_DICT, new DictStore(true));

export const dictStore = (d: Value): DictStore => side<DictStore>(d);
export const isDictObject = (v: Value): boolean => (v & 1) === 0 && v !== 0 && load32(v + L.OB_TYPE) === L.TYPE_DICT;
