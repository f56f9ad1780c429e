// `tierforge trace`: every executor the run made — where it starts, the bytecode it was
// projected from, its uops as projected with what the optimizer did to each, how often it ran
// and which exits were taken (and grew side traces).
import { OPCODE_INFO } from "../../generated/opcodes.js";
import { UOP_INFO } from "../../generated/uops.js";
import { codeObject } from "../objects/callables.js";
import { lineOf } from "../vm/interpreter.js";
import type { Value } from "../vm/types.js";
import { type Executor, allExecutors } from "./executors.js";
import type { TraceUop } from "./trace.js";
import { instructionUnit } from "./project.js";

const uopName = (id: number) => UOP_INFO[id]?.name ?? `uop ${id}`;

function where(code: number, ip: number): string {
  const co = codeObject(code as Value);
  return `${co.info.name} @${ip} (${co.info.filename}:${lineOf(co, ip)})`;
}

/** The bytecode instructions a trace's uops came from, in trace order, without repeats. */
function sourceInstructions(uops: readonly TraceUop[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const u of uops) {
    const key = `${u.code}:${u.target}:${u.depth}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const co = codeObject(u.code as Value);
    const unit = co.units[instructionUnit(co.units, u.target)]!;
    const info = OPCODE_INFO[unit & 255];
    out.push(`    ${"  ".repeat(u.depth)}${String(u.target).padStart(4)}  ${(info?.name ?? "?").padEnd(28)} ${unit >> 8}${u.depth ? `   (in ${co.info.name})` : ""}`);
  }
  return out;
}

function operandText(u: TraceUop): string {
  return u.operands.length ? ` [${u.operands.join(", ")}]` : "";
}

function formatOne(e: Executor): string[] {
  const head = e.parent
    ? `trace ${e.id}: side trace of trace ${e.parent.executor.id} (exit ${e.parent.exit}), from ${where(e.code, e.startIp)}`
    : `trace ${e.id}: loop at ${where(e.code, e.startIp)}`;
  const lines = [head, `  ran ${e.runs} times; ${e.projected.length} uops projected, ${e.uops.length} after optimization; stops: ${e.stop}${e.valid ? "" : "; INVALIDATED"}`];
  lines.push("  bytecode:", ...sourceInstructions(e.projected));
  lines.push(e.optimized ? "  uops (projected → optimized):" : "  uops (not optimized: --optimizer none):");
  e.projected.forEach((u, i) => {
    const note = e.optimized?.notes[i] ?? "";
    const mark = note === "" ? "   " : note === "removed" ? " - " : " ~ ";
    lines.push(`  ${mark}${String(i).padStart(3)}  ${"  ".repeat(u.depth)}${uopName(u.uop)}(${u.oparg})${operandText(u)}  @${u.target}${note ? `   ${note}` : ""}`);
  });
  const exits = e.uops.flatMap((u, i) => {
    const n = e.exitCounts[i]!;
    const side = e.side[i];
    return n > 0 || side ? [`    ${String(i).padStart(3)}  ${uopName(u.uop)} @${u.target}: ${n} exits${side ? ` → trace ${side.id}` : ""}`] : [];
  });
  if (e.optimized) {
    lines.push("  optimized trace:");
    e.uops.forEach((u, i) => lines.push(`       ${String(i).padStart(3)}  ${"  ".repeat(u.depth)}${uopName(u.uop)}(${u.oparg})${operandText(u)}  @${u.target}`));
  }
  lines.push(exits.length ? "  exits taken (not counting those that went on into a side trace):" : "  no exits taken", ...exits);
  return lines;
}

export function formatTraces(): string {
  if (!allExecutors.length) return "no traces were made (no loop got hot: try --tier2-threshold 1)\n";
  return allExecutors.map((e) => formatOne(e).join("\n")).join("\n\n") + "\n";
}
