// The heap: allocation in the VM memory and a non-moving mark–sweep collector.
//
// Allocation bumps HEAP_TOP inside the current chunk (intrinsics.allocFast does this inline, in
// TS and in JIT code alike); when the chunk is full, allocSlow takes a block from the size-class
// free lists or carves a new chunk, growing memory up to --max-heap. Collection never happens
// inside an allocation: allocation only *requests* a GC (EVAL_BREAKER), and the collection runs
// at the next safepoint, when every live value is in a frame, a root list or another object.
//
// Every block starts with the object header: [type, gc word]. The gc word holds the block size
// (multiple of 8) and the mark bit (bit 0). A free block has type 0. The heap is a sequence of
// blocks from HEAP_START to the heap end, so sweeping is a linear walk.
import * as L from "../layout.js";
import { ensureMemory, load32, setSlowAllocator, store32 } from "./memory.js";
import type { Ptr, Value } from "./types.js";

const CHUNK = 256 * 1024;
const SMALL_LIMIT = 512;
const MARK = 1;

export interface HeapOptions {
  maxHeap: number;
  gcStress: boolean;
}

/** Traces the references of one object: calls `visit` for every Value it holds. */
export type Tracer = (obj: Ptr, visit: (v: Value) => void) => void;
/** Releases JS-side resources of an object being freed (side-table slots). */
export type Finalizer = (obj: Ptr) => void;

interface TypeHooks {
  trace: Tracer | undefined;
  finalize: Finalizer | undefined;
}

export class Heap {
  private end: number = L.HEAP_START;
  private readonly free = new Map<number, Ptr[]>();
  private largeFree: Ptr[] = [];
  private allocatedSinceGc = 0;
  private threshold = 8 * 1024 * 1024;
  private readonly hooks = new Map<Ptr, TypeHooks>();
  private readonly rootProviders: ((visit: (v: Value) => void) => void)[] = [];
  /** Values JS code holds across calls that may collect (see pushRoot). */
  readonly roots: Value[] = [];
  /** Set by the VM: raises MemoryError (returns nothing; the caller reports failure). */
  onOutOfMemory: () => void = () => {};
  /** Set by the VM: asks for a safepoint. */
  requestSafepoint: () => void = () => {};
  collections = 0;
  freedBytes = 0;

  constructor(readonly options: HeapOptions) {
    ensureMemory(L.HEAP_START + CHUNK);
    store32(L.HEAP_TOP, L.HEAP_START);
    store32(L.HEAP_LIMIT, L.HEAP_START);
    setSlowAllocator((size) => this.allocSlow(size));
  }

  /** Registers how objects of type `type` are traced and finalized. */
  setHooks(type: Ptr, trace: Tracer | undefined, finalize?: Finalizer): void {
    this.hooks.set(type, { trace, finalize });
  }

  /** How objects of `type` are traced — inherited by subclasses through `inheritHooks`. */
  inheritHooks(type: Ptr, from: Ptr): void {
    const h = this.hooks.get(from);
    if (h) this.hooks.set(type, h);
  }

  /** Whether `type` has hooks other than those of plain instances (object). */
  hasOwnHooks(type: Ptr): boolean {
    const h = this.hooks.get(type);
    return h !== undefined && h !== this.hooks.get(L.TYPE_OBJECT);
  }

  addRoots(provider: (visit: (v: Value) => void) => void): void {
    this.rootProviders.push(provider);
  }

  /** Allocates an object of `size` bytes with its header set; 0 on MemoryError. */
  allocObject(type: Ptr, size: number): Ptr {
    const bytes = (size + 7) & ~7;
    let p = load32(L.HEAP_TOP);
    if (p + bytes <= load32(L.HEAP_LIMIT)) store32(L.HEAP_TOP, p + bytes);
    else p = this.allocSlow(bytes);
    if (p === 0) return 0;
    store32(p + L.OB_TYPE, type);
    store32(p + L.OB_GC, bytes);
    return p;
  }

  /** The slow path of allocation (also imported by JIT code). Never collects. */
  allocSlow(size: number): Ptr {
    const bytes = (size + 7) & ~7;
    this.allocatedSinceGc += bytes;
    if (this.allocatedSinceGc > this.threshold || this.options.gcStress) this.requestSafepoint();
    const list = bytes <= SMALL_LIMIT ? this.free.get(bytes) : undefined;
    if (list && list.length) {
      const p = list.pop()!;
      store32(p + L.OB_GC, bytes);
      return p;
    }
    if (bytes > SMALL_LIMIT) {
      for (let i = 0; i < this.largeFree.length; i++) {
        const p = this.largeFree[i]!;
        const have = load32(p + L.OB_GC) & ~7;
        if (have === bytes || have >= bytes + 16) {
          this.largeFree.splice(i, 1);
          if (have > bytes) this.makeFree(p + bytes, have - bytes);
          store32(p + L.OB_GC, bytes);
          return p;
        }
      }
    }
    // Retire the rest of the current bump region, then bump in a large free block or a new chunk.
    const top = load32(L.HEAP_TOP);
    const limit = load32(L.HEAP_LIMIT);
    if (limit > top) this.makeFree(top, limit - top);
    this.regionRetired(top);
    const reuse = this.largeFree.findIndex((b) => (load32(b + L.OB_GC) & ~7) >= bytes);
    if (reuse >= 0) {
      const b = this.largeFree.splice(reuse, 1)[0]!;
      const have = load32(b + L.OB_GC) & ~7;
      store32(L.HEAP_TOP, b + bytes);
      store32(L.HEAP_LIMIT, b + have);
      this.regionStart = b + bytes;
      return b;
    }
    const chunk = Math.max(CHUNK, bytes);
    if (this.end + chunk - L.HEAP_START - this.reserved > this.options.maxHeap) {
      store32(L.HEAP_TOP, limit);
      this.onOutOfMemory();
      return 0;
    }
    const start = this.end;
    this.end += chunk;
    ensureMemory(this.end);
    store32(L.HEAP_TOP, start + bytes);
    store32(L.HEAP_LIMIT, this.end);
    this.regionStart = start + bytes;
    return start;
  }

  /**
   * Objects bump-allocated inline never reach allocSlow, so what a bump region handed out is
   * counted when the region is retired; otherwise collections would wait for ever-rarer slow
   * paths while the heap (and the list of retired region tails) grows without bound. (Counting
   * a whole region up front instead made a large reused free block trigger a collection that
   * freed it again: collection thrash.)
   */
  private regionRetired(top: number): void {
    if (top > this.regionStart) this.allocatedSinceGc += top - this.regionStart;
    this.regionStart = top;
    if (this.allocatedSinceGc > this.threshold) this.requestSafepoint();
  }
  private regionStart: number = L.HEAP_START;

  private makeFree(p: Ptr, bytes: number): void {
    store32(p + L.OB_TYPE, 0);
    store32(p + L.OB_GC, bytes);
    if (bytes <= SMALL_LIMIT) {
      let list = this.free.get(bytes);
      if (!list) this.free.set(bytes, (list = []));
      list.push(p);
    } else this.largeFree.push(p);
  }

  /**
   * A block of `bytes` outside the --max-heap budget (the frame stack): carved from the end of
   * the heap like a chunk, and never freed.
   */
  reserve(bytes: number): Ptr {
    const start = this.end;
    this.end += bytes;
    this.reserved += bytes;
    ensureMemory(this.end);
    store32(start + L.OB_TYPE, L.RAW_BLOCK);
    store32(start + L.OB_GC, bytes);
    return start;
  }
  private reserved = 0;

  /** Whether a collection is due (the safepoint asks). */
  wantsCollection(): boolean {
    return this.options.gcStress || this.allocatedSinceGc > this.threshold;
  }

  /** Marks from the roots and frees everything unmarked. Call only at a safepoint. */
  collect(): void {
    this.collections++;
    const stack: Value[] = [];
    const visit = (v: Value) => {
      if ((v & 1) !== 0 || v === 0 || v < L.HEAP_START) return;
      const gc = load32(v + L.OB_GC);
      if (gc & MARK) return;
      store32(v + L.OB_GC, gc | MARK);
      stack.push(v);
    };
    for (const provider of this.rootProviders) provider(visit);
    for (const r of this.roots) visit(r);
    // Types of static objects are not in the heap; everything they point at is reached
    // through the root providers (builtins, type registry).
    while (stack.length) {
      const obj = stack.pop()!;
      const type = load32(obj + L.OB_TYPE);
      visit(type as Value);
      const hooks = this.hooks.get(type);
      hooks?.trace?.(obj, visit);
    }
    this.sweep();
  }

  private sweep(): void {
    // Rebuild free lists from scratch, coalescing neighbouring free blocks. The current bump
    // region counts as free space.
    this.free.clear();
    this.largeFree = [];
    const top = load32(L.HEAP_TOP);
    const limit = load32(L.HEAP_LIMIT);
    let live = 0;
    let freeStart = 0;
    let freeBytes = 0;
    const flush = () => {
      if (freeBytes) this.makeFree(freeStart, freeBytes);
      freeBytes = 0;
    };
    let p = L.HEAP_START;
    while (p < this.end) {
      if (p === top && limit > top) {
        // The unused rest of the bump chunk.
        if (!freeBytes) freeStart = p;
        freeBytes += limit - top;
        p = limit;
        continue;
      }
      const type = load32(p + L.OB_TYPE);
      const gc = load32(p + L.OB_GC);
      const bytes = gc & ~7;
      if (bytes === 0) throw new Error(`heap corrupt at ${p}`);
      if (type !== 0 && gc & MARK) {
        store32(p + L.OB_GC, gc & ~MARK);
        live += bytes;
        flush();
      } else {
        if (type !== 0) {
          this.hooks.get(type)?.finalize?.(p);
          this.freedBytes += bytes;
          if (this.options.gcStress) store32(p + 8, 0x0dead000);
        }
        if (!freeBytes) freeStart = p;
        freeBytes += bytes;
      }
      p += bytes;
    }
    flush();
    // Allocation restarts from the free lists; the bump region is empty until a new chunk.
    store32(L.HEAP_TOP, 0);
    store32(L.HEAP_LIMIT, 0);
    this.allocatedSinceGc = 0;
    this.threshold = Math.max(8 * 1024 * 1024, live);
  }

  heapBytes(): number {
    return this.end - L.HEAP_START - this.reserved;
  }
}
