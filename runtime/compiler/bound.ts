// Definite assignment of fast locals: a LOAD_FAST whose local is bound on every path that
// reaches it (including into exception handlers) becomes LOAD_FAST_BOUND, which skips the
// unbound check (CPython 3.12 does the reverse, marking the loads that need LOAD_FAST_CHECK).

import { OP } from '../../generated/opcodes.js';
import { isTerminator, type Instr } from './instr.js';

/** Set of possibly-unbound local slots, as a bit array. */
type Bits = Uint32Array;

function words(n: number): number {
  return (n + 31) >>> 5;
}

function has(b: Bits, i: number): boolean {
  return (b[i >>> 5]! & (1 << (i & 31))) !== 0;
}

function set(b: Bits, i: number, on: boolean): void {
  if (on) b[i >>> 5]! |= 1 << (i & 31);
  else b[i >>> 5]! &= ~(1 << (i & 31));
}

/** into |= from; whether `into` changed. */
function merge(into: Bits, from: Bits): boolean {
  let changed = false;
  for (let k = 0; k < into.length; k++) {
    const v = (into[k]! | from[k]!) >>> 0;
    if (v !== into[k]) {
      into[k] = v;
      changed = true;
    }
  }
  return changed;
}

/**
 * Rewrite provably-bound LOAD_FASTs. `instrs` has no unreachable code and no SETUP markers;
 * `nlocals` is the number of slots; `isPlainLocal(i)` says whether slot i is a plain local
 * (cells and frees are never LOAD_FAST); the first `nparams` slots are bound on entry.
 */
export function markBoundLoads(instrs: Instr[], nlocals: number, nparams: number, isPlainLocal: (i: number) => boolean): void {
  if (instrs.length === 0 || nlocals === 0) return;
  const w = words(nlocals);
  const entry: (Bits | null)[] = new Array(instrs.length).fill(null);
  const start = new Uint32Array(w);
  for (let i = nparams; i < nlocals; i++) if (isPlainLocal(i)) set(start, i, true);
  const work: number[] = [];
  const flow = (i: number, state: Bits): void => {
    const cur = entry[i];
    if (cur === null || cur === undefined) {
      entry[i] = Uint32Array.from(state);
      work.push(i);
    } else if (merge(cur, state)) {
      work.push(i);
    }
  };
  flow(0, start);
  while (work.length > 0) {
    const i = work.pop()!;
    const ins = instrs[i]!;
    const state = Uint32Array.from(entry[i]!);
    // An exception can be raised before the instruction takes effect (a checked LOAD_FAST
    // that raises UnboundLocalError, a DELETE_FAST of an unbound name).
    if (ins.handler) flow(ins.handler.label.pos, state);
    if (ins.op === OP.STORE_FAST || ins.op === OP.LOAD_FAST) set(state, ins.arg, false);
    else if (ins.op === OP.DELETE_FAST) set(state, ins.arg, true);
    if (ins.target !== null) flow(ins.target.pos, state);
    if (!isTerminator(ins.op) && i + 1 < instrs.length) flow(i + 1, state);
  }
  instrs.forEach((ins, i) => {
    if (ins.op === OP.LOAD_FAST && entry[i] && !has(entry[i]!, ins.arg)) ins.op = OP.LOAD_FAST_BOUND;
  });
}
