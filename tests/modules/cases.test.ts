// Programs exercising the built-in modules (tests/modules/cases/*.py) must print exactly what
// CPython 3.11 printed (the .out next to each, produced by `python3 FILE.py > FILE.out`). Each
// runs normally and with --gc-stress, which collects at every safepoint, so a value a module
// holds without reporting it to the GC shows up as a wrong result or a crash.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const CASES = join(import.meta.dirname, "cases");
const CLI = join(ROOT, "bin/tierforge.js");

function run(file: string, flags: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, "run", ...flags, file], { cwd: CASES, timeout: 120_000, maxBuffer: 64 << 20 }, (_err, stdout, stderr) =>
      resolve({ stdout, stderr }),
    );
  });
}

const files = readdirSync(CASES).filter((f) => f.endsWith(".py")).sort();

for (const flags of [[], ["--gc-stress"]]) {
  describe(`module cases ${flags.join(" ") || "(default)"}`, () => {
    for (const f of files) {
      it.concurrent(f, async () => {
        const want = readFileSync(join(CASES, f.replace(/\.py$/, ".out")), "utf8");
        const got = await run(f, flags);
        expect(got.stdout + got.stderr.slice(-2000), f).toBe(want);
      });
    }
  });
}
