// Specialization statistics for `--stats`, in every build (CPython needs a special build for
// them): per family, attempts, successes, failures by reason, hits, misses and deopts.
//   attempt  the head's counter reached zero and the specializer looked at the operands
//   hit      a specialized member ran its fast path to the end
//   miss     a member's guard failed, so the head ran instead (the instruction stays specialized)
//   deopt    a member that kept missing was re-specialized (or turned back into the head)
import { FAMILIES, OPCODE_INFO } from "../../../generated/opcodes.js";

export interface FamilyStats {
  attempts: number;
  successes: number;
  failures: Map<string, number>;
  deopts: number;
}

const byFamily = new Map<string, FamilyStats>();

export function familyStats(name: string): FamilyStats {
  let s = byFamily.get(name);
  if (!s) byFamily.set(name, (s = { attempts: 0, successes: 0, failures: new Map(), deopts: 0 }));
  return s;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");

/** The report: families by hits (then name), each with its failure reasons by count. */
export function specializationReport(executions: Uint32Array, misses: ReadonlyMap<number, number>): string[] {
  const rows = FAMILIES.map((f) => {
    const s = familyStats(f.name);
    const missed = f.members.reduce((n, m) => n + (misses.get(m) ?? 0), 0);
    const ran = f.members.reduce((n, m) => n + executions[m]!, 0);
    const members = f.members
      .map((m) => ({ name: OPCODE_INFO[m]!.name, hits: executions[m]! - (misses.get(m) ?? 0), misses: misses.get(m) ?? 0 }))
      .filter((m) => m.hits || m.misses)
      .sort((a, b) => b.hits - a.hits || a.name.localeCompare(b.name));
    return { f, s, hits: ran - missed, misses: missed, generic: executions[f.head]!, members };
  }).sort((a, b) => b.hits - a.hits || a.f.name.localeCompare(b.f.name));
  const lines = ["  specialization (hit rate = hits / (hits + misses + unspecialized executions)):"];
  for (const r of rows) {
    const total = r.hits + r.misses + r.generic;
    lines.push(
      `    ${r.f.name.padEnd(16)} hits ${String(r.hits).padStart(10)}  misses ${String(r.misses).padStart(8)}  unspecialized ${String(r.generic).padStart(9)}  hit rate ${pct(r.hits, total).padStart(6)}`,
      `    ${"".padEnd(16)} attempts ${r.s.attempts}, successes ${r.s.successes}, deopts ${r.s.deopts}`,
    );
    for (const m of r.members) lines.push(`      ${m.name.padEnd(30)} hits ${m.hits}, misses ${m.misses}`);
    const reasons = [...r.s.failures].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [why, n] of reasons) lines.push(`      failed: ${why.padEnd(40)} ${n}`);
  }
  return lines;
}

/** The most frequent consecutive instruction pairs: the candidates for superinstructions. */
export function pairReport(pairs: Uint32Array, top = 20): string[] {
  let total = 0;
  const found: [number, number][] = [];
  for (let i = 0; i < pairs.length; i++) {
    const n = pairs[i]!;
    if (n === 0) continue;
    total += n;
    found.push([i, n]);
  }
  found.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const lines = ["  most frequent instruction pairs (superinstruction candidates):"];
  for (const [pair, n] of found.slice(0, top)) {
    const name = (op: number) => (op === 0 ? "(start)" : OPCODE_INFO[op]!.name);
    lines.push(`    ${`${name(pair >> 8)} + ${name(pair & 255)}`.padEnd(56)} ${String(n).padStart(10)}  ${pct(n, total).padStart(6)}`);
  }
  return lines;
}
