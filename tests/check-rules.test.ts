// The rule checker: every shipped optimizer rule set is sound on generated cases, and the
// deliberately unsound fixture is caught with each bad rule's file:line and a counterexample.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

function check(args: string[]): { out: string; status: number | null } {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/check-rules.ts"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { out: r.stdout + r.stderr, status: r.status };
}

describe("check-rules", () => {
  for (const set of ["default", "versions"]) {
    it(`finds the ${set} rule set sound`, () => {
      const r = check(["--optimizer", set]);
      expect(r.out).toMatch(new RegExp(`\\d+ rules in defs/optimizer/${set}\\.def: sound`));
      expect(r.status).toBe(0);
    });
  }

  it("catches a rule that removes a guard that can fail, one that claims a wrong type, one that unbalances the stack", () => {
    const r = check(["--rules", "tests/fixtures/unsound-rules/unsound.def"]);
    expect(r.status).toBe(1);
    expect(r.out).toContain("tests/fixtures/unsound-rules/unsound.def:5: rule for _GUARD_BOTH_INT is unsound: it removes the uop's guard, but the guard fails on these inputs");
    expect(r.out).toContain("tests/fixtures/unsound-rules/unsound.def:17: rule for _GUARD_IS_NONE_POP is unsound: it removes the uop, but the uop changes the stack");
    expect(r.out).toContain("tests/fixtures/unsound-rules/unsound.def:12: rule for _BINARY_OP_TRUE_DIVIDE_FLOAT is unsound: output 0");
    expect(r.out).toMatch(/counterexample: oparg \d+/);
    expect(r.out).toContain("3 of 3 rules");
  });

  it("reports a rule file with a mistake as a located diagnostic", () => {
    const r = check(["--rules", "tests/fixtures/unsound-rules/bad-effect.def"]);
    expect(r.status).toBe(2);
    expect(r.out).toContain("bad-effect.def:2:");
  });
});
