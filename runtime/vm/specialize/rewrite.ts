// Rewriting an instruction in place: a family head becomes one of its members (the opcode byte
// changes, the oparg stays, the member's named cache entries are filled from generated
// CACHE_ENTRIES), or stays the head with its counter backed off. Every outcome is counted for
// `--stats`.
import { CACHE_ENTRIES, FAMILIES, OPCODE_INFO } from "../../../generated/opcodes.js";
import { load32 } from "../memory.js";
import { options } from "../space.js";
import * as L from "../../layout.js";
import { codeObject } from "../../objects/callables.js";
import type { Ptr, Value } from "../types.js";
import { backedOff, COOLDOWN, COUNTER_OFFSET, DISABLED } from "./counters.js";
import { familyStats } from "./stats.js";

export const codeUnits = (frame: Ptr): Uint16Array => codeObject(load32(frame + L.FRAME_CODE) as Value).units;

const headOf = new Map(FAMILIES.map((f) => [f.name, f.head]));

/** The family head of an instruction unit (itself when it is a head). */
function familyHead(op: number): number {
  const t = OPCODE_INFO[op]!.deoptTarget;
  return t >= 0 ? t : op;
}

/**
 * Ends an attempt to specialize the instruction at `instr`: `to` is the member to become (with
 * its cache entries by name), or a failure reason. Returns nothing; the interpreter re-reads the
 * opcode.
 */
export function settle(frame: Ptr, instr: number, outcome: { to: number; caches: Record<string, number> } | { fail: string }): void {
  const units = codeUnits(frame);
  const was = units[instr]! & 255;
  const head = familyHead(was);
  const at = instr + 1 + COUNTER_OFFSET[head]!;
  if (options.specialize === "off") {
    units[at] = DISABLED;
    return;
  }
  const stats = options.stats ? familyStats(OPCODE_INFO[head]!.name) : undefined;
  if (stats) {
    stats.attempts++;
    if (was !== head) stats.deopts++;
  }
  if ("fail" in outcome) {
    units[instr] = (units[instr]! & 0xff00) | head;
    units[at] = backedOff(units[at]!);
    if (stats) stats.failures.set(outcome.fail, (stats.failures.get(outcome.fail) ?? 0) + 1);
    return;
  }
  const entries = CACHE_ENTRIES[outcome.to]!;
  for (const [name, value] of Object.entries(outcome.caches)) {
    const e = entries[name];
    if (!e) throw new Error(`${OPCODE_INFO[outcome.to]!.name} has no cache entry '${name}'`);
    const u = instr + 1 + e.offset;
    units[u] = value & 0xffff;
    if (e.size === 2) units[u + 1] = value >>> 16;
  }
  units[instr] = (units[instr]! & 0xff00) | outcome.to;
  units[at] = COOLDOWN;
  if (stats) stats.successes++;
}

/** The opcode of member `name` of a family (checked against the generated tables). */
export function member(family: string, name: string): number {
  const f = FAMILIES.find((x) => x.name === family);
  const op = f?.members.find((m) => OPCODE_INFO[m]!.name === name);
  if (op === undefined || headOf.get(family) === undefined) throw new Error(`${name} is not a member of family ${family}`);
  return op;
}
