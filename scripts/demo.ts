// `npm run demo`: regenerate everything from defs/, show one instruction through the tiers —
// its definition, the generated tier-1 case, its uops and the WebAssembly its uop bodies lower
// to — then run a benchmark program on every tier that exists, beside CPython, with timings.
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

// ---- A Python program on every tier that exists ---------------------------------------------
rule("a Python program: bench/programs/richards.py 2000");
const { spawnSync } = await import("node:child_process");
// Run the bundled CLI (what users run), rebuilt from the current sources.
spawnSync(process.execPath, [`${PROJECT_ROOT}/scripts/build.mjs`], { stdio: "inherit" });
const CLI = [`${PROJECT_ROOT}/bin/tierforge.js`];
const program = `${PROJECT_ROOT}/bench/programs/richards.py`;
const tiers: { name: string; args: string[] }[] = [
  { name: "tier 1, no specialization", args: ["--tier", "1", "--no-specialize"] },
  { name: "tier 1", args: ["--tier", "1"] },
];
for (const tier of ["2", "jit"]) {
  const probe = spawnSync(process.execPath, [...CLI, "--tier", tier, "-c", "pass"], { encoding: "utf8" });
  if (probe.status === 0) tiers.push({ name: `tier ${tier}`, args: ["--tier", tier] });
  else console.log(`  tier ${tier}: ${probe.stderr.trim().split("\n").at(-1)}`);
}
const time = (cmd: string, args: string[]) => {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return { ms: performance.now() - t0, out: r.stdout.trim(), ok: r.status === 0 };
};
const cpython = time("python3", [program, "2000"]);
console.log(`  python3:  ${cpython.out.replace(/\n/g, " | ")}   (${cpython.ms.toFixed(0)} ms, whole process)`);
for (const t of tiers) {
  const r = time(process.execPath, [...CLI, "run", ...t.args, program, "2000"]);
  const same = r.out === cpython.out ? "same as CPython" : "DIFFERS from CPython";
  console.log(`  ${t.name}:   ${r.out.replace(/\n/g, " | ")}   (${r.ms.toFixed(0)} ms, whole process; ${same})`);
}
rule("its quickened bytecode after the run (tierforge dis --specialized), one method");
const dis = spawnSync(process.execPath, [...CLI, "dis", "--specialized", program, "2000"], { encoding: "utf8" });
const listing = dis.stdout.split("\nDisassembly of ");
const method = listing.find((l) => l.startsWith("<code object take_packet")) ?? listing[1] ?? "";
console.log(`Disassembly of ${method.trimEnd()}`);
rule("specialization statistics (--stats), the three busiest families");
const st = spawnSync(process.execPath, [...CLI, "run", "--stats", program, "2000"], { encoding: "utf8" });
const lines = st.stderr.split("\n");
const from = lines.findIndex((l) => l.includes("specialization ("));
let families = 0;
for (const l of lines.slice(from)) {
  if (/^ {4}[A-Z]/.test(l) && ++families > 3) break;
  console.log(l);
}
