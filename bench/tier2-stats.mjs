// `npm run bench:tier2`: runs every benchmark program once on tier 2 with `--stats` under each
// optimizer rule set (and none), at a size between its quick and default sizes, and tabulates
// traces, side traces, uops executed and guards removed — what each rule set does, not how
// fast it is (that is `npm run bench`).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const ROOT = join(dirname(new URL(import.meta.url).pathname), "..");
const PROGRAMS = join(ROOT, "bench/programs");
const manifest = JSON.parse(readFileSync(join(PROGRAMS, "manifest.json"), "utf8"));
const sets = ["none", ...readdirSync(join(ROOT, "defs/optimizer")).filter((f) => f.endsWith(".def")).map((f) => f.replace(/\.def$/, "")).sort()];

const rows = [];
for (const p of manifest.programs) {
  const size = Math.round(Math.sqrt(p.quick * p.default));
  const row = [p.name];
  for (const set of sets) {
    const r = spawnSync(process.execPath, [join(ROOT, "bin/tierforge.js"), "run", "--tier", "2", "--optimizer", set, "--stats", p.file, String(size)], { cwd: PROGRAMS, encoding: "utf8", maxBuffer: 64 << 20 });
    const m = /tier 2: (\d+) traces, (\d+) side traces, (\d+) invalidated, (\d+) uops executed, (\d+) guards removed/.exec(r.stderr);
    if (r.status !== 0 || !m) {
      console.error(`${p.name} (${set}): exit ${r.status}\n${r.stderr.slice(-500)}`);
      process.exitCode = 1;
      row.push("error");
      continue;
    }
    row.push(`${m[1]}+${m[2]} traces, ${(Number(m[4]) / 1e6).toFixed(2)}M uops, ${m[5]} guards removed`);
  }
  rows.push(row);
  process.stderr.write(".");
}
process.stderr.write("\n");
console.log(`| benchmark | ${sets.map((s) => `--optimizer ${s}`).join(" | ")} |`);
console.log(`|---|${sets.map(() => "---").join("|")}|`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
