// The VM's process-wide state that every part of the runtime shares: the heap and the options
// it was started with. One VM per process (the CLI's model); tests start it once.
import { Heap, type HeapOptions } from "./heap.js";

export interface VMOptions extends HeapOptions {
  recursionLimit: number;
  stats: boolean;
  /** Quickening: on, off (`--no-specialize`), or stress (specialize at the first execution). */
  specialize: "on" | "off" | "stress";
  /** Highest tier: 1 (interpreter only) or 2 (hot loops become uop traces). */
  tier: 1 | 2;
  /** Back-edge executions (and hot-exit executions) that trigger trace formation. */
  tier2Threshold: number;
  /** The trace optimizer's rule set (`none`: traces run as projected). */
  optimizer: string;
}

export const options: VMOptions = {
  maxHeap: 2 * 1024 * 1024 * 1024 - 64 * 1024 * 1024,
  gcStress: false,
  recursionLimit: 1000,
  stats: false,
  specialize: "on",
  tier: 1,
  tier2Threshold: 16,
  optimizer: "default",
};

let theHeap: Heap | undefined;

export function heap(): Heap {
  return (theHeap ??= new Heap(options));
}

/**
 * Runs `fn` with `values` kept alive: use it when JS code holds freshly made objects across a
 * call that may run Python code (and so collect), e.g. filling a new dict with user-hashed keys.
 */
export function withRoots<T>(values: readonly number[], fn: () => T): T {
  const roots = heap().roots as number[];
  const mark = roots.length;
  for (const v of values) roots.push(v);
  try {
    return fn();
  } finally {
    roots.length = mark;
  }
}
