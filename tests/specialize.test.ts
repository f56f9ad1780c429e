// The specializing interpreter seen from the CLI: `--stats` counts what specialization did,
// `dis --specialized` shows the quickened code (specialized members, superinstructions, cache
// contents), and `--no-specialize` leaves the code as compiled. The conformance corpus checks
// that results never change; these check that specialization actually happens.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(import.meta.dirname, "..", "bin/tierforge.js");
const dir = mkdtempSync(join(tmpdir(), "tierforge-spec-"));

function cli(args: string[], source: string): { stdout: string; stderr: string; status: number | null } {
  const file = join(dir, "prog.py");
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, [CLI, ...args, file], { encoding: "utf8", timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The `--stats` line of a family: hits, misses, unspecialized executions. */
function family(stderr: string, name: string): { hits: number; misses: number; unspecialized: number } {
  const m = new RegExp(`^ {4}${name}\\s+hits\\s+(\\d+)\\s+misses\\s+(\\d+)\\s+unspecialized\\s+(\\d+)`, "m").exec(stderr);
  if (!m) throw new Error(`no ${name} line in:\n${stderr}`);
  return { hits: Number(m[1]), misses: Number(m[2]), unspecialized: Number(m[3]) };
}

const LOOP = `
def add_all(n):
    total = 0
    for i in range(n):
        total = total + i
    return total

class P:
    def __init__(self, x):
        self.x = x

def xs(ps):
    s = 0
    for p in ps:
        s = s + p.x
    return s

print(add_all(1000), xs([P(i) for i in range(100)]))
`;

describe("specialization", () => {
  it("--stats reports hits for monomorphic sites", () => {
    const r = cli(["run", "--stats"], LOOP);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("499500 4950\n");
    const binary = family(r.stderr, "BINARY_OP");
    expect(binary.hits).toBeGreaterThan(1000);
    expect(binary.misses).toBe(0);
    expect(r.stderr).toMatch(/BINARY_OP_ADD_INT\s+hits \d+/);
    expect(r.stderr).toMatch(/LOAD_ATTR_INSTANCE_VALUE\s+hits \d+/);
    expect(r.stderr).toMatch(/FOR_ITER_RANGE\s+hits \d+/);
    expect(r.stderr).toMatch(/most frequent instruction pairs/);
  });

  it("--no-specialize executes only unspecialized instructions", () => {
    const r = cli(["run", "--stats", "--no-specialize"], LOOP);
    expect(r.stdout).toBe("499500 4950\n");
    expect(r.stderr).toMatch(/specialization: off/);
    expect(r.stderr).toMatch(/ BINARY_OP \+ STORE_FAST /);
    expect(r.stderr).not.toMatch(/BINARY_OP_ADD_INT|LOAD_FAST__LOAD_FAST/);
  });

  it("a stale cache misses, deopts and re-specializes without changing results", () => {
    const r = cli(
      ["run", "--stats"],
      `
def f(a, b):
    return a + b
for i in range(200):
    f(i, 1)
print(f(2**62, 2**62), f(1.5, 2), f("a", "b"))
for i in range(200):
    f("x", "y")
print(f("p", "q"))
`,
    );
    expect(r.stdout).toBe("9223372036854775808 3.5 ab\npq\n");
    const binary = family(r.stderr, "BINARY_OP");
    expect(binary.misses).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/BINARY_OP_ADD_STR\s+hits \d+/);
  });

  it("dis --specialized shows specialized members and superinstructions after the run", () => {
    const r = cli(["dis", "--specialized"], LOOP);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/BINARY_OP_ADD_INT/);
    expect(r.stdout).toMatch(/LOAD_ATTR_INSTANCE_VALUE/);
    expect(r.stdout).toMatch(/LOAD_FAST__LOAD_FAST/);
    const plain = cli(["dis", "--specialized", "--no-specialize"], LOOP);
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toMatch(/BINARY_OP_ADD_INT|LOAD_FAST__LOAD_FAST/);
    expect(plain.stdout).toMatch(/BINARY_OP /);
  });
});
