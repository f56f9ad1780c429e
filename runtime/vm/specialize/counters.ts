// Adaptive counters and quickening. Every family head carries a 16-bit counter in its inline
// cache (the `counter` entry of its specializing uop; offsets come from generated FAMILIES): a
// count-down value in bits 4..15 and a back-off exponent in bits 0..3, CPython's encoding. The
// head ticks it on every execution; at zero it asks the specializer, which either rewrites the
// instruction (and sets the counter to the cooldown that governs re-specialization after
// misses) or backs off exponentially so a site that cannot be specialized stops asking.
import { CACHE_ENTRIES, FAMILIES, OP, SUPERINSTRUCTIONS } from "../../../generated/opcodes.js";
import { INSTR_SIZE } from "../../../generated/tier1.js";
import { options } from "../space.js";

export const counter = (value: number, backoff: number) => (value << 4) | backoff;

/** First value: specialize on the second execution (CPython 3.12's warm-up). */
export const WARMUP = counter(1, 1);
/** After a specialization: this many misses (deopts to the head) before trying again. */
export const COOLDOWN = counter(52, 0);
/** Specialization off: the largest count-down with the largest back-off. */
export const DISABLED = counter(4095, 15);
const MAX_BACKOFF = 12;

/** The counter after a failed attempt: wait 2^backoff - 1 executions, doubling each time. */
export function backedOff(c: number): number {
  const b = Math.min((c & 15) + 1, MAX_BACKOFF);
  return counter((1 << b) - 1, b);
}

/** Cache offset of the adaptive counter, by opcode (-1: not a family head). */
export const COUNTER_OFFSET: Int8Array = (() => {
  const t = new Int8Array(256).fill(-1);
  for (const f of FAMILIES) t[f.head] = f.counter;
  return t;
})();

/** The counter every head starts with, by the VM's `specialize` option. */
export function initialCounter(): number {
  return options.specialize === "on" ? WARMUP : options.specialize === "stress" ? 0 : DISABLED;
}

/** Where JUMP_BACKWARD keeps its back-edge counter (tier 2's trigger). */
export const BACK_EDGE_COUNTER = CACHE_ENTRIES[OP.JUMP_BACKWARD]!["counter"]!.offset;

/** A back edge's first counter: fire on the threshold-th execution when tier 2 is on. */
export function backEdgeCounter(): number {
  return options.tier === 2 ? counter(Math.min(Math.max(options.tier2Threshold, 1), 4096) - 1, 0) : DISABLED;
}

/** The superinstruction for (first << 8 | second), or 0. */
const SUPER_OF_PAIR: Uint8Array = (() => {
  const t = new Uint8Array(1 << 16);
  for (const s of SUPERINSTRUCTIONS) t[(s.first << 8) | s.second] = s.opcode;
  return t;
})();

/**
 * Readies freshly assembled code units: sets the initial counter of every family head and, when
 * specializing, writes superinstructions over the first of each matching pair. The second
 * instruction stays in place (a jump may land on it), and a chain A B C can hold two supers:
 * A+B runs B's body with B's oparg whatever opcode B's unit now carries.
 */
export function quicken(units: Uint16Array): Uint16Array {
  const start = initialCounter();
  const backEdge = backEdgeCounter();
  const supers = options.specialize !== "off";
  for (let ip = 0; ip < units.length; ) {
    const op = units[ip]! & 255;
    const at = COUNTER_OFFSET[op]!;
    if (at >= 0) units[ip + 1 + at] = start;
    else if (op === OP.JUMP_BACKWARD) units[ip + 1 + BACK_EDGE_COUNTER] = backEdge;
    const next = ip + (INSTR_SIZE[op] || 1);
    if (supers && next < units.length) {
      const s = SUPER_OF_PAIR[(op << 8) | (units[next]! & 255)]!;
      if (s !== 0) units[ip] = (units[ip]! & 0xff00) | s;
    }
    ip = next;
  }
  return units;
}
