// `npm run demo`: regenerate everything from defs/, then show one instruction through the tiers
// that exist so far — its definition, the generated tier-1 case, its uops, and the WebAssembly
// its uop bodies lower to. (Running Python programs on every tier joins when the VM lands.)
import { readFileSync } from "node:fs";
import { newModule } from "../generator/binaryen.js";
import { generate } from "../generator/gen.js";
import { PROJECT_ROOT } from "../generator/load.js";
import { Lowerer } from "../generator/lower/lower.js";
import { addStatusGlobals, lowerUopFunction } from "../generator/lower/uop-function.js";

const NAME = process.argv[2] ?? "BINARY_OP_ADD_INT";
const t0 = performance.now();
const r = await generate({ defsDir: `${PROJECT_ROOT}/defs`, outDir: `${PROJECT_ROOT}/generated`, docsDir: `${PROJECT_ROOT}/docs` });
const genMs = performance.now() - t0;
const a = r.analysis;
const ins = a.instructions.find((i) => i.name === NAME);
if (!ins) {
  console.error(`no instruction ${NAME}`);
  process.exit(2);
}
const rule = (s: string) => console.log(`\n\x1b[1m== ${s} ==\x1b[0m`);
console.log(`defs/: ${a.instructions.length} instructions, ${a.uops.length} uops, ${a.families.length} families (analysis + emit in ${genMs.toFixed(0)} ms)`);

rule(`${NAME} in defs/`);
for (const p of ins.parts) {
  if (p.kind !== "uop") continue;
  const src = readFileSync(`${PROJECT_ROOT}/${p.uop.loc.file}`, "utf8").split("\n");
  const start = p.uop.loc.line - 1;
  let end = start;
  while (end < src.length && src[end] !== "}") end++;
  console.log(src.slice(start, end + 1).join("\n"));
}

rule(`tier 1: generated/tier1.ts, case ${ins.opcode}`);
const tier1 = readFileSync(`${PROJECT_ROOT}/generated/tier1.ts`, "utf8");
const at = tier1.indexOf(`case ${ins.opcode}: /* ${NAME} */`);
const next = tier1.indexOf("case ", tier1.indexOf("break $dispatch;", at));
console.log(tier1.slice(at, next).trimEnd());

rule("tier 2: uops");
for (const p of ins.parts) console.log(p.kind === "uop" ? `  ${p.uop.name} (uop ${p.uop.id}, ${p.uop.tier2.viable ? "tier-2 viable" : p.uop.tier2.reason})` : `  cache skip ${p.size}`);

rule("WebAssembly the uop bodies lower to (Binaryen, optimized)");
const m = newModule();
m.addMemoryImport("0", "env", "memory");
addStatusGlobals(m);
const lowerer = new Lowerer(m, a.helpers, `${PROJECT_ROOT}/runtime`);
for (const p of ins.parts) if (p.kind === "uop") lowerUopFunction(lowerer, p.uop, p.uop.name, "");
for (const d of lowerer.diagnostics) console.log(`  (not lowered: ${d.message})`);
m.optimize();
console.log(m.emitText().replace(/^\s*\(export.*\n/gm, ""));
