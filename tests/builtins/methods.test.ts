// Methods of str/list/tuple/dict/set/bytes (runtime/builtins/methods-*.ts, percent.ts): each
// program in programs/ must print exactly what CPython 3.11 printed (its .out, made with python3),
// also when the GC collects at every safepoint (the natives root what they hold).
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(import.meta.dirname, "programs");
const CLI = join(import.meta.dirname, "../../bin/tierforge.js");

function run(file: string, extra: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, "run", ...extra, file], { cwd: DIR, timeout: 120_000, maxBuffer: 16 << 20 }, (_err, stdout, stderr) => resolve(stdout + stderr));
  });
}

describe("builtin methods", () => {
  for (const f of readdirSync(DIR).filter((f) => f.endsWith(".py")).sort()) {
    const want = readFileSync(join(DIR, f.replace(/\.py$/, ".out")), "utf8");
    it(f, async () => expect(await run(f, [])).toBe(want));
    it(`${f} (gc stress)`, async () => expect(await run(f, ["--gc-stress"])).toBe(want));
  }
});
