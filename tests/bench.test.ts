// Every benchmark program, at its smallest size, on every tier that exists: the output must be
// exactly python3's (bench/programs/expected/*.quick.out, made by bench/programs/bless.mjs).
// Correctness only — timings live in `npm run bench`.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const PROGRAMS = join(ROOT, "bench/programs");
const manifest = JSON.parse(readFileSync(join(PROGRAMS, "manifest.json"), "utf8")).programs as { name: string; file: string; quick: number }[];
const TIERS = [
  ["tier 1", ["--tier", "1"]],
  ["tier 2", ["--tier", "2"]],
  ["tier 2, threshold 1", ["--tier", "2", "--tier2-threshold", "1"]],
  ["tier 2, no optimizer", ["--tier", "2", "--optimizer", "none"]],
] as const;

function run(args: readonly string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [join(ROOT, "bin/tierforge.js"), "run", ...args], { cwd: PROGRAMS, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ stdout, stderr, code: err ? Number(err.code ?? 1) : 0 }),
    ),
  );
}

for (const [tier, flags] of TIERS) {
  describe(`bench programs, ${tier}`, () => {
    for (const p of manifest) {
      it.concurrent(p.name, async () => {
        const r = await run([...flags, p.file, String(p.quick)]);
        expect(r.stderr, p.name).toBe("");
        expect(r.stdout).toBe(readFileSync(join(PROGRAMS, `expected/${p.name}.quick.out`), "utf8"));
      });
    }
  });
}
