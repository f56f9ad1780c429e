// The conformance corpus: every tests/conformance/**/*.py runs on every tier that exists and
// must print exactly what CPython 3.11 printed (`.out`), and — when CPython failed — exit with
// the same status and the same last stderr line (`.err`). Expected files are produced by
// `npm run conformance:bless` (python3). Programs listed in known-failures.txt are the ones the
// VM does not pass yet: they are still run, a newly passing one is reported so it can be taken
// off the list, and the list may only shrink.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const CORPUS = join(ROOT, "tests/conformance");
const CLI = join(ROOT, "bin/tierforge.js");
// Each tier; tier 1 also without quickening (the baseline), with specialization attempted at
// every instruction's first execution (stale caches and deopts everywhere), and with a
// collection at every safepoint (catches missing GC roots).
const TIERS = [
  ["1", []],
  ["1 --no-specialize", ["--no-specialize"]],
  ["1 --specialize-stress", ["--specialize-stress"]],
  ["1 --gc-stress", ["--gc-stress"]],
  // Tier 2 at its default threshold with the default rule set, and with every loop traced at its
  // first back edge and every exit grown into a side trace at once (traces form before the code
  // has specialized, so they run generic uops and exit a lot) with the `versions` rule set; the
  // bench test runs tier 2 without an optimizer.
  ["2", ["--tier", "2"]],
  ["2 --tier2-threshold 1 --optimizer versions", ["--tier", "2", "--tier2-threshold", "1", "--optimizer", "versions"]],
] as const;
const known = new Set(
  readFileSync(join(CORPUS, "known-failures.txt"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean),
);

function programs(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return programs(p);
      return f.endsWith(".py") && !f.startsWith("_") ? [p] : [];
    })
    .sort();
}

interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

function runProgram(file: string, tierArgs: readonly string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, "run", ...tierArgs, file],
      { cwd: join(file, ".."), timeout: 60_000, maxBuffer: 64 << 20, env: { ...process.env, PYTHONHASHSEED: "0" } },
      (err, stdout, stderr) => resolve({ stdout, stderr, code: err ? (typeof err.code === "number" ? err.code : 1) : 0 }),
    );
  });
}

function mismatch(file: string, got: Outcome): string | undefined {
  const want = readFileSync(file.replace(/\.py$/, ".out"), "utf8");
  const errFile = file.replace(/\.py$/, ".err");
  if (got.stdout !== want) return `stdout differs\n--- expected\n${want}\n--- got\n${got.stdout}\n--- stderr\n${got.stderr.slice(-2000)}`;
  if (existsSync(errFile)) {
    const [exitLine, lastLine = ""] = readFileSync(errFile, "utf8").split("\n");
    const wantCode = Number(exitLine!.replace("exit ", ""));
    const gotLast = got.stderr.trimEnd().split("\n").at(-1) ?? "";
    if (got.code !== wantCode) return `exit status ${got.code}, expected ${wantCode}\n${got.stderr.slice(-2000)}`;
    if (gotLast.trim() !== lastLine.trim()) return `last stderr line:\n  got:      ${gotLast}\n  expected: ${lastLine}`;
  } else if (got.code !== 0) return `exit status ${got.code}\n${got.stderr.slice(-3000)}`;
  return undefined;
}

const files = programs(CORPUS);

for (const [tier, tierArgs] of TIERS) {
  describe(`conformance, tier ${tier}`, () => {
    const newlyPassing: string[] = [];
    for (const file of files) {
      const name = relative(CORPUS, file);
      const expectedToFail = known.has(name);
      it.concurrent(name, async () => {
        const problem = mismatch(file, await runProgram(file, tierArgs));
        if (expectedToFail) {
          if (!problem) newlyPassing.push(name);
          return;
        }
        expect(problem, name).toBeUndefined();
      });
    }
    it("known-failures.txt lists only programs that still fail", () => {
      expect(newlyPassing, "these now pass: remove them from tests/conformance/known-failures.txt").toEqual([]);
    });
  });
}
