// --stats: what the VM counted during the run, printed to stderr at exit.
import { OPCODE_INFO } from "../../generated/opcodes.js";
import { writeAllSync } from "./io.js";
import { stats } from "./interpreter.js";
import { heap } from "./space.js";

export function printStats(): void {
  const h = heap();
  const lines = ["tierforge stats:", `  heap: ${(h.heapBytes() / 1048576).toFixed(1)} MiB, ${h.collections} collections, ${(h.freedBytes / 1048576).toFixed(1)} MiB freed`];
  const deopts = [...stats.deopts].sort((a, b) => b[1] - a[1]);
  if (deopts.length) {
    lines.push("  deopts by instruction:");
    for (const [op, n] of deopts) lines.push(`    ${OPCODE_INFO[op]!.name.padEnd(28)} ${n}`);
  }
  writeAllSync(2, lines.join("\n") + "\n");
}
