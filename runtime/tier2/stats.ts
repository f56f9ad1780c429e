// Tier 2's counters for --stats: traces made, projections that failed (by reason), exits taken
// (by the uop that left and the instruction it left at), invalidations, guards the optimizer
// removed, and uops executed (counted by the uop interpreter only when --stats is on).
import { UOP_INFO } from "../../generated/uops.js";
import { OPCODE_INFO } from "../../generated/opcodes.js";
import { codeObject } from "../objects/callables.js";
import type { Value } from "../vm/types.js";
import type { TraceUop } from "./trace.js";
import { instructionUnit } from "./project.js";

const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

class Tier2Stats {
  traces = 0;
  sideTraces = 0;
  guardsRemoved = 0;
  readonly failures = new Map<string, number>();
  readonly exits = new Map<string, number>();
  readonly invalidations = new Map<string, number>();
  /** Uops executed, by uop id (allocated when --stats is on). */
  uopCounts: Uint32Array | null = null;

  created(side: boolean, guardsRemoved: number): void {
    if (side) this.sideTraces++;
    else this.traces++;
    this.guardsRemoved += guardsRemoved;
  }
  failed(reason: string): void {
    bump(this.failures, reason);
  }
  exited(u: TraceUop): void {
    if (this.uopCounts === null) return;
    const units = codeObject(u.code as Value).units;
    const op = units[instructionUnit(units, u.target)]! & 255;
    bump(this.exits, `${UOP_INFO[u.uop]!.name} at ${OPCODE_INFO[op]?.name ?? op}`);
  }
  invalidated(reason: string): void {
    bump(this.invalidations, reason);
  }

  report(): string[] {
    const top = (m: Map<string, number>, n = 12) =>
      [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([k, v]) => `    ${String(v).padStart(10)}  ${k}`);
    const executed = this.uopCounts ? this.uopCounts.reduce((a, b) => a + b, 0) : 0;
    const lines = [
      `  tier 2: ${this.traces} traces, ${this.sideTraces} side traces, ${[...this.invalidations.values()].reduce((a, b) => a + b, 0)} invalidated, ${executed} uops executed, ${this.guardsRemoved} guards removed`,
    ];
    if (this.exits.size) lines.push("   exits taken (uop at instruction):", ...top(this.exits));
    if (this.failures.size) lines.push("   projections that made no trace:", ...top(this.failures));
    if (this.invalidations.size) lines.push("   invalidations:", ...top(this.invalidations));
    if (this.uopCounts) {
      const counts = [...this.uopCounts].map((n, id) => [UOP_INFO[id]?.name ?? "", n] as [string, number]).filter(([, n]) => n > 0);
      if (counts.length) lines.push("   most executed uops:", ...top(new Map(counts), 10));
    }
    return lines;
  }
}

export const tier2Stats = new Tier2Stats();
