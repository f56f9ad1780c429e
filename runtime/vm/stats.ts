// --stats: what the VM counted during the run, printed to stderr at exit.
import { writeAllSync } from "./io.js";
import { env, stats } from "./interpreter.js";
import { heap, options } from "./space.js";
import { tier2Stats } from "../tier2/stats.js";
import { pairReport, specializationReport } from "./specialize/stats.js";

export function printStats(): void {
  const h = heap();
  const lines = ["tierforge stats:", `  heap: ${(h.heapBytes() / 1048576).toFixed(1)} MiB, ${h.collections} collections, ${(h.freedBytes / 1048576).toFixed(1)} MiB freed`];
  if (options.specialize === "off") lines.push("  specialization: off (--no-specialize)");
  else if (env.counts) lines.push(...specializationReport(env.counts, stats.misses));
  if (env.pairs) lines.push(...pairReport(env.pairs));
  if (options.tier === 2) lines.push(...tier2Stats.report());
  writeAllSync(2, lines.join("\n") + "\n");
}
