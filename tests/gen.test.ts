// Golden tests of the generator. Each file in tests/cases/gen/{pass,fail}/ is one test: a DSL
// snippet, a line `==> NAME`, and the expected text — for pass/ the generated file NAME
// (e.g. `opcodes.md`), for fail/ `==> error` and the exact diagnostics. `UPDATE=1 npm test`
// rewrites the expectations; a mismatch shows a diff. The mini-defs fixture's whole output is
// pinned under tests/fixtures/mini-generated/, and a property test mutates it at random.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DefsError, formatDiagnostics } from "../generator/diagnostics.js";
import { generate } from "../generator/gen.js";
import { PROJECT_ROOT } from "../generator/load.js";

const UPDATE = process.env.UPDATE === "1";
const CASES = join(PROJECT_ROOT, "tests/cases/gen");

/** Generates from a snippet placed in a temp defs folder; returns files or the error text. */
async function run(snippet: string, name = "case.def"): Promise<{ files: Map<string, string> } | { error: string }> {
  const dir = mkdtempSync(join(tmpdir(), "tierforge-case-"));
  writeFileSync(join(dir, name), snippet);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const r = await generate({ defsDir: dir, outDir: join(dir, "out"), docsDir: join(dir, "out") });
    // Imports point from the temp folder to this checkout; show them checkout-independently.
    const runtime = relative(join(dir, "out"), join(PROJECT_ROOT, "runtime"));
    return { files: new Map(r.files.map((f) => [basename(f.path), f.text.replaceAll(runtime, "<runtime>")])) };
  } catch (e) {
    if (!(e instanceof DefsError)) throw e;
    return { error: formatDiagnostics(e.diagnostics, new Map([[name, snippet]])) };
  } finally {
    process.chdir(cwd);
  }
}

function parseCase(text: string): { snippet: string; section: string; expected: string } {
  const m = /^==> (.+)$/m.exec(text);
  if (!m) throw new Error("a case needs a `==> NAME` line followed by the expected output");
  return { snippet: text.slice(0, m.index), section: m[1]!.trim(), expected: text.slice(m.index + m[0].length + 1) };
}

for (const outcome of ["pass", "fail"] as const) {
  describe(`gen cases: ${outcome}`, () => {
    for (const file of readdirSync(join(CASES, outcome)).filter((f) => f.endsWith(".txt")).sort()) {
      it(file, async () => {
        const path = join(CASES, outcome, file);
        const text = readFileSync(path, "utf8");
        const c = parseCase(text);
        const r = await run(c.snippet);
        let actual: string;
        if (outcome === "fail") {
          expect("error" in r, "expected a diagnostic, but generation succeeded").toBe(true);
          actual = (r as { error: string }).error + "\n";
        } else {
          if ("error" in r) throw new Error(`generation failed:\n${r.error}`);
          const out = r.files.get(c.section);
          expect(out, `no generated file ${c.section}`).toBeDefined();
          actual = out!;
        }
        if (UPDATE) writeFileSync(path, `${c.snippet}==> ${c.section}\n${actual}`);
        else expect(actual).toBe(c.expected);
      });
    }
  });
}

describe("mini-defs fixture", () => {
  const fixture = join(PROJECT_ROOT, "tests/fixtures/mini-defs");
  const pinned = join(PROJECT_ROOT, "tests/fixtures/mini-generated");

  it("generates exactly the pinned output", async () => {
    const r = await generate({ defsDir: fixture, outDir: pinned, docsDir: pinned });
    if (UPDATE) {
      mkdirSync(pinned, { recursive: true });
      for (const f of r.files) writeFileSync(f.path, f.text);
    }
    for (const f of r.files) {
      expect(existsSync(f.path), `missing ${relative(PROJECT_ROOT, f.path)}`).toBe(true);
      expect(f.text, relative(PROJECT_ROOT, f.path)).toBe(readFileSync(f.path, "utf8"));
    }
    expect(readdirSync(pinned).sort()).toEqual(r.files.map((f) => basename(f.path)).sort());
  });

  it("random mutations give a diagnostic or a result, never a crash", async () => {
    const src = readFileSync(join(fixture, "ops.def"), "utf8");
    const tokens = ["(", ")", "{", "}", "--", ",", ";", "/1", "op", "inst", "macro", "family", "pure", "unused", "x", "[oparg]", "DEOPT_IF(true);", "="];
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), token: fc.constantFrom(...tokens) }),
      fc.record({ kind: fc.constant("swapLines" as const), at: fc.nat(), len: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (mu) => {
        let text = src;
        const at = mu.at % text.length;
        if (mu.kind === "delete") text = text.slice(0, at) + text.slice(at + mu.len);
        else if (mu.kind === "insert") text = text.slice(0, at) + mu.token + text.slice(at);
        else {
          const lines = text.split("\n");
          const i = mu.at % lines.length;
          const j = mu.len % lines.length;
          [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          text = lines.join("\n");
        }
        const r = await run(text, "ops.def");
        if ("error" in r) expect(r.error).toMatch(/found \d+ errors?$/);
        else expect(r.files.size).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});
