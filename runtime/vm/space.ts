// The VM's process-wide state that every part of the runtime shares: the heap and the options
// it was started with. One VM per process (the CLI's model); tests start it once.
import { Heap, type HeapOptions } from "./heap.js";

export interface VMOptions extends HeapOptions {
  recursionLimit: number;
  stats: boolean;
}

export const options: VMOptions = {
  maxHeap: 2 * 1024 * 1024 * 1024 - 64 * 1024 * 1024,
  gcStress: false,
  recursionLimit: 1000,
  stats: false,
};

let theHeap: Heap | undefined;

export function heap(): Heap {
  return (theHeap ??= new Heap(options));
}
