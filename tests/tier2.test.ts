// Tier 2 seen from the CLI: traces form at hot back edges, `tierforge trace` shows them, branches
// that flip grow side traces, changing a class or a namespace invalidates the traces that guard
// on it, and bad flags get clear errors. (That results never change is the conformance corpus's
// job: it runs on tier 2 too.)
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(import.meta.dirname, "..", "bin/tierforge.js");
const dir = mkdtempSync(join(tmpdir(), "tierforge-t2-"));

function cli(args: string[], source: string): { stdout: string; stderr: string; status: number | null } {
  const file = join(dir, "prog.py");
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, [CLI, ...args, file], { encoding: "utf8", timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const tier2Line = (stderr: string) => {
  const m = /tier 2: (\d+) traces, (\d+) side traces, (\d+) invalidated, (\d+) uops executed/.exec(stderr);
  if (!m) throw new Error(`no tier 2 line in:\n${stderr}`);
  return { traces: Number(m[1]), side: Number(m[2]), invalidated: Number(m[3]), uops: Number(m[4]) };
};

const LOOP = `
def f(n):
    total = 0
    for i in range(n):
        if i < n // 2:
            total += i
        else:
            total -= 1
    return total
print(f(2000))
`;

describe("tier 2", () => {
  it("projects a loop into a trace that closes on itself, with a side trace for the flipped branch", () => {
    const r = cli(["trace"], LOOP);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(`${sumTo(1000) - 1000}\n`)).toBe(true);
    expect(r.stdout).toMatch(/trace 1: loop at f @\d+/);
    expect(r.stdout).toContain("_GUARD_RANGE_ITER");
    expect(r.stdout).toContain("_ITER_NEXT_RANGE");
    expect(r.stdout).toContain("_GUARD_IS_TRUE_POP");
    expect(r.stdout).toContain("_JUMP_TO_TOP");
    expect(r.stdout).toMatch(/side trace of trace \d+ \(exit \d+\)/);
    expect(r.stdout).toContain("_GUARD_IS_FALSE_POP");
  });

  it("counts traces and uops in --stats, and runs nothing in traces on tier 1", () => {
    const t2 = tier2Line(cli(["run", "--tier", "2", "--stats"], LOOP).stderr);
    expect(t2.traces).toBeGreaterThan(0);
    expect(t2.side).toBeGreaterThan(0);
    expect(t2.uops).toBeGreaterThan(10_000);
    expect(cli(["run", "--tier", "1", "--stats"], LOOP).stderr).not.toContain("tier 2:");
  });

  it("follows calls to known functions into the callee", () => {
    const r = cli(["trace"], `
def sq(x):
    return x * x
def f(n):
    s = 0
    for i in range(n):
        s += sq(i)
    return s
print(f(500))
`);
    expect(r.stdout).toContain("_PUSH_FRAME_EXACT");
    expect(r.stdout).toMatch(/\n\s+\d+\s+RETURN_VALUE/);
    expect(r.stdout).toContain("(in sq)");
  });

  it("invalidates traces whose type or globals versions change mid-loop", () => {
    const r = cli(["run", "--tier", "2", "--stats"], `
class P:
    def __init__(self, x): self.x = x
    def get(self): return self.x
ps = [P(i) for i in range(10)]
def run():
    total = 0
    for k in range(600):
        for p in ps:
            total += p.get()
        if k == 300:
            P.get = lambda self: self.x * 2
    return total
print(run())
`);
    expect(r.stdout).toBe("40455\n");
    expect(tier2Line(r.stderr).invalidated).toBeGreaterThan(0);
    expect(r.stderr).toContain("a class changed (type version)");
  });

  it("optimizes: removes guards on values of known type and folds constants by running the uop", () => {
    const prog = `
def f(n):
    t = 0
    for i in range(n):
        k = 3
        t += k * 2 + i
    return t
print(f(1000))
`;
    const r = cli(["trace"], prog);
    expect(r.stdout.startsWith("505500\n")).toBe(true);
    expect(r.stdout).toMatch(/-\s+\d+\s+_GUARD_BOTH_INT\(\d+\)\s+@\d+\s+removed/);
    expect(r.stdout).toMatch(/_BINARY_OP_MULTIPLY_INT\(\d+\)\s+@\d+\s+folded to _LOAD_CONST_INLINE/);
    expect(r.stdout).toContain("_LOAD_CONST_INLINE(0) [13]"); // 6, tagged
    const none = cli(["trace", "--optimizer", "none"], prog);
    expect(none.stdout).toContain("uops (not optimized: --optimizer none)");
    expect(none.stdout).not.toContain("removed");
  });

  it("rejects bad tier-2 flags with a clear message", () => {
    const a = cli(["run", "--tier", "2", "--tier2-threshold", "0"], "pass\n");
    expect(a.status).toBe(2);
    expect(a.stderr).toContain("--tier2-threshold: expected a whole number from 1 to 4096, got '0'");
    const b = cli(["run", "--tier", "2", "--optimizer", "bogus"], "pass\n");
    expect(b.status).toBe(2);
    expect(b.stderr).toContain("--optimizer: unknown rule set 'bogus'");
    const c = cli(["run", "--tier", "jit"], "pass\n");
    expect(c.status).toBe(2);
    expect(c.stderr).toContain("--tier jit is not available yet");
  });
});

function sumTo(n: number): number {
  return (n * (n - 1)) / 2;
}
