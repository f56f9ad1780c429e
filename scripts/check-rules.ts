// The rule checker: are the optimizer's rules sound? For every rule of a rule set it generates
// (fast-check) concrete VM values and, for each, an abstract symbol that contains it; runs the
// rule on the symbols and the uop's own concrete body (generated/tier2.ts, the same code traces
// run) on the values; and checks that the concrete results lie in the abstract results and that
// a uop the rule removes would have passed its guards and left the stack as it was. A failure prints the rule's file:line and a
// shrunk counterexample.
//
//   npm run check-rules [-- --optimizer NAME] [-- --rules FILE.def] [--runs N]
//
// --rules checks a rule file that is not one of defs/optimizer/ (e.g. the deliberately unsound
// fixture of the tests): it is compiled by the generator into a temporary module first.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { runTier2 } from "../generated/tier2.js";
import { UOP, UOP_INFO } from "../generated/uops.js";
import * as L from "../runtime/layout.js";
import { codeObject } from "../runtime/objects/callables.js";
import { dictStore } from "../runtime/objects/dict.js";
import { builtinsRef } from "../runtime/objects/registry.js";
import { intern } from "../runtime/objects/values.js";
import { moduleDict, newModule } from "../runtime/vm/modules.js";
import { clearException } from "../runtime/objects/exceptions.js";
import type { RuleContext, Sym } from "../runtime/optimizer/symbols.js";
import { pack } from "../runtime/tier2/trace.js";
import { allocFrame, releaseFrame } from "../runtime/vm/frames.js";
import { env, runModuleCode } from "../runtime/vm/interpreter.js";
import { instanceKeysVersion, listItem, listLen, typeOf, typeVersion } from "../runtime/vm/intrinsics.js";
import { load32, store32 } from "../runtime/vm/memory.js";
import { heap } from "../runtime/vm/space.js";
import type { Value } from "../runtime/vm/types.js";
import { compileToCode, startVM } from "../runtime/vm/vm.js";

const ROOT = join(import.meta.dirname, "..");

type Abstract = (ctx: RuleContext, uop: number, oparg: number, operand: number, stack: Sym[]) => void;
interface RuleModule {
  readonly RULES: readonly string[];
  readonly abstractUop: Abstract;
}

// ---- The values: made by Python code, so they are real VM objects --------------------------
const POOL = [
  "0", "1", "-1", "2**29 - 1", "-2**29", "2**30", "2**64", "-2**70",
  "0.0", "-0.0", "1.5", "-2.25", "1e300", "float('inf')", "float('nan')",
  "True", "False", "None", "''", "'a'", "'abc'",
  "[]", "[1, 2]", "()", "(1, 2)", "{}", "{1: 2}", "{1}", "range(3)",
  "iter(range(3))", "iter(range(0))", "iter(range(5, 0, -2))", "iter([1])", "iter([])", "iter((1,))", "iter(())",
  "C()", "D()", "E()", "C", "len",
];
const PRELUDE = `class C:
    def __init__(self):
        self.a = 1
        self.b = 2
class D(C):
    pass
class E:
    __slots__ = ("a",)
`;

interface World {
  readonly values: readonly Value[];
  readonly code: Value;
  readonly nconsts: number;
}

function makeWorld(): World {
  startVM({});
  // The constants of this module are what LOAD_CONST rules see: ints big and small, floats, strs.
  const source = `${PRELUDE}pool = [${POOL.join(", ")}]\nconsts = (7, 2**40, 2.5, 'k', None, True)\n`;
  const code = compileToCode(source, "<check-rules>");
  const globals = moduleDict(newModule("__check_rules__"));
  dictStore(globals).set(intern("__builtins__"), builtinsRef.dict);
  heap().roots.push(globals, code);
  if (runModuleCode(code, globals) === 0) throw new Error("check-rules: building the value pool failed");
  const pool = dictStore(globals).getStr("pool");
  if (pool === undefined) throw new Error("check-rules: no value pool");
  const values = Array.from({ length: listLen(pool) }, (_, i) => listItem(pool, i));
  instanceTypes = new Set([typeOf(values[POOL.indexOf("C()")]!), typeOf(values[POOL.indexOf("D()")]!)]);
  const consts = load32(code + L.CODE_CONSTS);
  return { values, code, nconsts: load32(consts + L.TUPLE_LEN) };
}

// ---- Abstraction: which symbols contain a value ---------------------------------------------
const isSmallInt = (v: Value) => (v & 1) === 1;

/** The symbols that contain `v`, from most general to most precise. */
function abstractions(v: Value): Sym[] {
  const out: Sym[] = [{ kind: "unknown" }];
  if (v === 0) return [...out, { kind: "null" }];
  out.push({ kind: "notNull" });
  const t = typeOf(v);
  // TYPE_INT stands for a small int to the rules (what _GUARD_BOTH_INT checks).
  if (t !== L.TYPE_INT || isSmallInt(v)) out.push({ kind: "type", type: t }, { kind: "const", value: v, type: t });
  const version = typeVersion(t);
  if (!isSmallInt(v) && version !== 0) {
    out.push({ kind: "version", type: t, version, keys: 0 }, { kind: "version", type: 0, version, keys: 0 });
    if (hasInstanceDict(v)) out.push({ kind: "version", type: t, version, keys: instanceKeysVersion(v) });
  }
  return out;
}

/** Instances of the pool's Python classes C and D (the only values with an instance dict here). */
let instanceTypes = new Set<number>();
function hasInstanceDict(v: Value): boolean {
  return !isSmallInt(v) && instanceTypes.has(typeOf(v)) && load32(v + L.INSTANCE_DICT) !== 0;
}

/** Whether concrete `v` lies in symbol `s`. */
function contains(s: Sym, v: Value): boolean {
  switch (s.kind) {
    case "unknown":
      return true;
    case "null":
      return v === 0;
    case "notNull":
      return v !== 0;
    case "type":
      return v !== 0 && (s.type === L.TYPE_INT ? isSmallInt(v) : !isSmallInt(v) && typeOf(v) === s.type);
    case "const":
      return v === s.value;
    case "version":
      return (
        v !== 0 &&
        !isSmallInt(v) &&
        (s.type === 0 || typeOf(v) === s.type) &&
        typeVersion(typeOf(v)) === s.version &&
        (s.keys === 0 || (hasInstanceDict(v) && instanceKeysVersion(v) === s.keys))
      );
    case "bottom":
      return false;
  }
}

const show = (s: Sym) => JSON.stringify(s);

// ---- Running one uop both ways --------------------------------------------------------------
interface Case {
  readonly inputs: readonly (readonly [number, number])[]; // [value index, abstraction index]
  readonly locals: readonly (readonly [number, number])[];
  readonly oparg: number;
  /** The uop's first operand: 0, or the type version / instance keys version of the top input. */
  readonly operandPick: number;
}

const NLOCALS = 4;

function checkRule(world: World, mod: RuleModule, name: string, where: string, runs: number): string | undefined {
  const id = (UOP as Record<string, number>)[name];
  const info = id === undefined ? undefined : UOP_INFO[id];
  if (!info || !info.tier2) return undefined; // rules of tier-1-only uops never run
  const usesLocals = (info.flags & 16) !== 0; // HAS_LOCAL
  const usesConsts = (info.flags & 2) !== 0; // HAS_CONST
  const opargs = usesLocals ? fc.integer({ min: 0, max: NLOCALS - 1 }) : usesConsts ? fc.integer({ min: 0, max: world.nconsts - 1 }) : fc.constantFrom(0, 1, 2, 5);
  const valueAndAbs = fc
    .integer({ min: 0, max: world.values.length - 1 })
    .chain((i) => fc.tuple(fc.constant(i), fc.integer({ min: 0, max: abstractions(world.values[i]!).length - 1 })));
  let failure: string | undefined;
  const prop = fc.property(
    opargs.chain((oparg) => fc.record({ oparg: fc.constant(oparg), operandPick: fc.integer({ min: 0, max: 2 }), inputs: fc.array(valueAndAbs, { minLength: info.popped(oparg), maxLength: info.popped(oparg) }), locals: fc.array(valueAndAbs, { minLength: NLOCALS, maxLength: NLOCALS }) })),
    (c: Case) => {
      const problem = runCase(world, mod, id!, c);
      if (problem) failure = `${where}: rule for ${name} is unsound: ${problem}`;
      return problem === undefined;
    },
  );
  const r = fc.check(prop, { numRuns: runs, seed: 42 });
  if (!r.failed) return undefined;
  const c = r.counterexample![0] as Case;
  // Re-run the shrunk case for its message.
  const problem = runCase(world, mod, id!, c);
  const describe = (pairs: Case["inputs"]) => pairs.map(([v, a]) => `${POOL[v]} as ${show(abstractions(world.values[v]!)[a]!)}`).join(", ");
  return `${where}: rule for ${name} is unsound: ${problem ?? failure}\n  counterexample: oparg ${c.oparg}, operand choice ${c.operandPick}; inputs (bottom first): ${describe(c.inputs) || "none"}${usesLocals ? `; locals: ${describe(c.locals)}` : ""}`;
}

function runCase(world: World, mod: RuleModule, uop: number, c: Case): string | undefined {
  const info = UOP_INFO[uop]!;
  const inputs = c.inputs.map(([v]) => world.values[v]!);
  const absIn = c.inputs.map(([v, a]) => abstractions(world.values[v]!)[a]!);
  const locals = c.locals.map(([v]) => world.values[v]!);
  const absLocals = c.locals.map(([v, a]) => abstractions(world.values[v]!)[a]!);
  // Abstract run.
  let removed = false;
  let replacement: { uop: number; oparg: number; operand: number } | undefined;
  const stack = [...absIn];
  const consts = load32(world.code + L.CODE_CONSTS);
  const ctx: RuleContext = {
    remove: () => void (removed = true),
    replace: (name, oparg, operand) => void (replacement = { uop: (UOP as Record<string, number>)[name]!, oparg, operand }),
    local: (i) => absLocals[i] ?? { kind: "unknown" },
    setLocal: (i, s) => void (absLocals[i] = s),
    constant: (i) => {
      const v = load32(consts + L.TUPLE_ITEMS + 4 * i) as Value;
      return (isSmallInt(v) || typeOf(v) !== L.TYPE_INT ? { kind: "const", value: v, type: typeOf(v) } : { kind: "notNull" }) as Sym;
    },
  };
  const top = inputs[inputs.length - 1] ?? (0 as Value);
  const operand = top === 0 || isSmallInt(top) || c.operandPick === 0 ? 0 : c.operandPick === 1 ? typeVersion(typeOf(top)) : hasInstanceDict(top) ? instanceKeysVersion(top) : 0;
  mod.abstractUop(ctx, uop, c.oparg, operand, stack);
  const run = concrete(world, uop, c.oparg, operand, inputs, locals);
  if (run === undefined) return undefined; // raised: nothing flows on, any abstraction holds
  if (run === "exit") return removed || replacement ? "it removes the uop's guard, but the guard fails on these inputs" : undefined;
  const { outs, localsAfter } = run;
  const absOut = stack;
  // Removing a uop leaves its inputs where its outputs would be: that must be what it computes.
  if (removed && (outs.length !== inputs.length || outs.some((v, i) => v !== inputs[i]))) return "it removes the uop, but the uop changes the stack on these inputs";
  if (outs.length !== absOut.length) return `it leaves ${absOut.length} stack items, the uop ${outs.length}`;
  for (let i = 0; i < outs.length; i++) {
    if (!contains(absOut[i]!, outs[i]!)) return `output ${i} (from the bottom) is outside ${show(absOut[i]!)}`;
  }
  for (let i = 0; i < NLOCALS; i++) {
    if (!contains(absLocals[i]!, localsAfter[i]!)) return `local ${i} is outside ${show(absLocals[i]!)}`;
  }
  // A replacement must compute what the uop computes whenever the uop's guards pass.
  if (replacement) {
    const other = concrete(world, replacement.uop, replacement.oparg, replacement.operand, inputs, locals);
    if (other === undefined || other === "exit" || other.outs.length !== outs.length || other.outs.some((v, i) => v !== outs[i])) {
      return `its replacement ${UOP_INFO[replacement.uop]!.name} computes something else on these inputs`;
    }
  }
  void info;
  return undefined;
}

/** Runs a uop on a scratch frame (the pool's code, locals, then the inputs): its outputs, "exit", or undefined if it raised. */
function concrete(world: World, uop: number, oparg: number, operand: number, inputs: readonly Value[], locals: readonly Value[]): { outs: Value[]; localsAfter: Value[] } | "exit" | undefined {
  const co = codeObject(world.code);
  const frame = allocFrame(L.FRAME_LOCALS + 4 * (co.nlocalsplus + NLOCALS + 16), 0);
  store32(frame + L.FRAME_CODE, world.code);
  store32(frame + L.FRAME_GLOBALS, 0);
  const base = frame + L.FRAME_LOCALS;
  locals.forEach((v, i) => store32(base + 4 * i, v));
  const sp0 = base + 4 * NLOCALS;
  inputs.forEach((v, i) => store32(sp0 + 4 * i, v));
  store32(frame + L.FRAME_SP, sp0 + 4 * inputs.length);
  const trace = pack([
    { uop, oparg, target: 0, start: 0, operands: [operand, 0], code: world.code, depth: 0 },
    { uop: UOP._EXIT_TRACE, oparg: 0, target: 0, start: 0, operands: [], code: world.code, depth: 0 },
  ]);
  try {
    const r = runTier2(env, frame, trace);
    if (r < 0) {
      clearException();
      return undefined;
    }
    if (r === 0) return "exit";
    const sp = load32(frame + L.FRAME_SP);
    return {
      outs: Array.from({ length: (sp - sp0) / 4 }, (_, i) => load32(sp0 + 4 * i) as Value),
      localsAfter: Array.from({ length: NLOCALS }, (_, i) => load32(base + 4 * i) as Value),
    };
  } finally {
    releaseFrame(frame);
  }
}

// ---- Which rules ----------------------------------------------------------------------------
async function loadRules(opts: { optimizer?: string; rules?: string }): Promise<{ mod: RuleModule; file: string; source: string }> {
  if (!opts.rules) {
    const name = opts.optimizer ?? "default";
    const file = join(ROOT, `defs/optimizer/${name}.def`);
    const mod = (await import(pathToFileURL(join(ROOT, `generated/optimizer-${name}.ts`)).href)) as RuleModule;
    return { mod, file, source: readFileSync(file, "utf8") };
  }
  // A rule file outside defs/: compile it with the generator into a temporary module.
  const { loadDefs } = await import("../generator/load.js");
  const { parseDefs } = await import("../generator/parse.js");
  const { analyze } = await import("../generator/analyze.js");
  const { emitOptimizer } = await import("../generator/emit-optimizer.js");
  const { DefsError, formatDiagnostics } = await import("../generator/diagnostics.js");
  const source = readFileSync(opts.rules, "utf8");
  const rel = relative(process.cwd(), opts.rules) || opts.rules;
  const parsed = parseDefs(rel, source);
  if (!parsed.ok) throw new DefsError(parsed.diagnostics);
  const defs = loadDefs(join(ROOT, "defs"), ROOT);
  const name = basename(opts.rules).replace(/\.def$/, "").replace(/\W/g, "_");
  let analysis;
  try {
    analysis = analyze({ ...defs, rulesets: [{ name, file: parsed.file }], runtimeDir: join(ROOT, "runtime") });
  } catch (e) {
    if (e instanceof DefsError) throw new Error(formatDiagnostics(e.diagnostics, new Map([[rel, source]])));
    throw e;
  }
  const out = emitOptimizer(analysis, name, analysis.rulesets.get(name)!, pathToFileURL(join(ROOT, "runtime")).href);
  const dir = mkdtempSync(join(tmpdir(), "tierforge-rules-"));
  const path = join(dir, out.path);
  writeFileSync(path, out.text);
  return { mod: (await import(pathToFileURL(path).href)) as RuleModule, file: opts.rules, source };
}

/** file:line of each rule in its .def file. */
function ruleLines(file: string, source: string): Map<string, string> {
  const m = new Map<string, string>();
  const rel = relative(process.cwd(), file) || file;
  source.split("\n").forEach((line, i) => {
    const r = /^\s*(?:\w+\s+)*op\((\w+)/.exec(line);
    if (r) m.set(r[1]!, `${rel}:${i + 1}`);
  });
  return m;
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { optimizer: { type: "string" }, rules: { type: "string" }, runs: { type: "string" } } });
  const runs = Number(values.runs ?? 300);
  const { mod, file, source } = await loadRules({ optimizer: values.optimizer, rules: values.rules });
  const world = makeWorld();
  const lines = ruleLines(file, source);
  const failures: string[] = [];
  let checked = 0;
  for (const name of mod.RULES) {
    checked++;
    const f = checkRule(world, mod, name, lines.get(name) ?? file, runs);
    if (f) failures.push(f);
  }
  const label = relative(process.cwd(), file) || file;
  if (failures.length) {
    process.stderr.write(`${failures.join("\n")}\n${failures.length} of ${checked} rules in ${label} are unsound\n`);
    return 1;
  }
  process.stdout.write(`${checked} rules in ${label}: sound on ${runs} generated cases each\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`check-rules: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
