// Syntax trees of the defs → one read-only Analysis. Every rule a defs author can break is
// checked here and reported as a located diagnostic; all of them are collected before failing.
import type { Annotation, Definition, DefsFile, Loc, StackEffect, StackItem } from "./ast.js";
import {
  type Analysis,
  type CacheEntry,
  type FlagName,
  type Family,
  type Instruction,
  type OptimizerRule,
  type Part,
  type Pseudo,
  type StackSlot,
  type Tier2,
  type TraceForm,
  type Uop,
  slotsOf,
  sumSizes,
} from "./analysis.js";
import { type BodyFacts, type BodyInput, checkBodies } from "./bodies.js";
import { type Diagnostic, DefsError, errors } from "./diagnostics.js";

type Def<K extends Definition["kind"]> = Extract<Definition, { kind: K }>;
type UopDef = Def<"inst"> | Def<"op">;

// `arg`: what goes between the parentheses — nothing, a number, or one or two uop names.
const ANNOTATIONS: Record<string, { arg: "none" | "number" | "uops"; on: readonly Definition["kind"][] }> = {
  specializing: { arg: "none", on: ["op", "inst"] },
  pure: { arg: "none", on: ["op", "inst"] },
  override: { arg: "none", on: ["op"] },
  replicate: { arg: "number", on: ["op", "inst"] },
  tier1: { arg: "none", on: ["op", "inst", "macro"] },
  tier2: { arg: "none", on: ["op", "inst"] },
  no_save_ip: { arg: "none", on: ["op", "inst"] },
  branch: { arg: "uops", on: ["op", "inst"] },
};

export interface AnalyzeInput {
  /** Instruction-set files (defs/*.def). */
  readonly files: readonly DefsFile[];
  /** Optimizer rule sets: name → file (defs/optimizer/<name>.def). */
  readonly rulesets: readonly { readonly name: string; readonly file: DefsFile }[];
  readonly apiSource: string;
  readonly runtimeDir: string;
}

export function analyze(input: AnalyzeInput): Analysis {
  const diags: Diagnostic[] = [];
  const sources = new Map(input.files.map((f) => [f.path, f.source]));

  // 1. Names: one definition per name across all instruction-set files.
  // Families live in their own namespace: a family is named after its head instruction.
  const byName = new Map<string, Definition>();
  const familyDefs = new Map<string, Def<"family">>();
  for (const file of input.files) {
    for (const def of file.definitions) {
      checkAnnotations(def, diags);
      const names: Map<string, Definition> = def.kind === "family" ? familyDefs : byName;
      const prev = names.get(def.name);
      if (prev) diags.push(errors.duplicate(def.nameLoc, def.name, prev.nameLoc));
      else names.set(def.name, def);
    }
  }
  const defs = [...byName.values(), ...familyDefs.values()];
  const uopDefs = defs.filter((d): d is UopDef => d.kind === "inst" || d.kind === "op");
  for (const d of uopDefs) checkEffect(d.effect, d, diags);

  // 2. Bodies: one type-check for all of them.
  const bodyInputs: BodyInput[] = uopDefs.map((d) => bodyInput(d, sources.get(d.loc.file) ?? ""));
  const ruleInputs: BodyInput[] = input.rulesets.flatMap((rs) =>
    rs.file.definitions.flatMap((d) => (d.kind === "op" ? [ruleInput(rs.name, d, rs.file.source)] : [])),
  );
  const checked = checkBodies(bodyInputs, ruleInputs, input.apiSource, input.runtimeDir);
  diags.push(...checked.diagnostics);
  const escaping = new Set(checked.helpers.filter((h) => h.escapes).map((h) => h.name));

  // 3. Uops, numbered by name.
  const uops = new Map<string, Uop>();
  [...uopDefs]
    .sort((a, b) => cmp(a.name, b.name))
    .forEach((d, i) => {
      const facts = checked.facts.get(d.name)!;
      uops.set(d.name, makeUop(d, i + 1, facts, escaping, diags));
    });
  for (const u of uops.values()) checkBranchGuards(u, uops, diags);

  // 4. Instructions: insts and macros.
  const families = makeFamilies(defs, byName, diags);
  const familyOf = new Map<string, Family>();
  for (const f of families) for (const m of [f.head, ...f.members]) familyOf.set(m, f);
  const protoInstrs: Omit<Instruction, "opcode">[] = [];
  for (const d of defs) {
    if (d.kind === "inst") {
      const u = uops.get(d.name)!;
      protoInstrs.push(makeInstruction(d, [{ kind: "uop", uop: u, cacheOffset: 0 }], familyOf, true));
    } else if (d.kind === "macro") {
      const parts: Part[] = [];
      let offset = 0;
      for (const p of d.parts) {
        if (p.kind === "cache") {
          if (![1, 2, 4].includes(p.size)) diags.push(errors.badCacheSize(p.loc, p.size));
          parts.push({ kind: "skip", size: p.size, cacheOffset: offset });
          offset += p.size;
          continue;
        }
        const target = byName.get(p.name);
        if (!target) diags.push(errors.undefinedUop(p.loc, p.name, d.name));
        else if (target.kind !== "op" && target.kind !== "inst") diags.push(errors.notAUop(p.loc, p.name, `a ${target.kind}`));
        else {
          const u = uops.get(p.name)!;
          parts.push({ kind: "uop", uop: u, cacheOffset: offset });
          offset += u.cacheSize;
        }
      }
      protoInstrs.push(makeInstruction(d, parts, familyOf, false));
    }
  }
  checkFamilies(families, protoInstrs, byName, diags);
  for (const ins of protoInstrs) {
    if (ins.flags.has("HAS_DEOPT") && !ins.isSpecialization) diags.push(errors.deoptOutsideFamily(ins.loc, ins.name));
  }

  // Opcodes: unspecialized instructions first, then specializations, each sorted by name;
  // 0 is reserved for cache units.
  const ordered = [
    ...protoInstrs.filter((i) => !i.isSpecialization).sort((a, b) => cmp(a.name, b.name)),
    ...protoInstrs.filter((i) => i.isSpecialization).sort((a, b) => cmp(a.name, b.name)),
  ];
  const supers = makeSupers(defs, new Map(ordered.map((i) => [i.name, i])), familyOf, diags);
  if (ordered.length + supers.length > 255)
    diags.push(errors.bodyForm(supers[0]?.loc ?? ordered[0]!.loc, "more than 255 instructions", "merge or remove instructions; opcodes are one byte"));
  // Superinstructions come last, so adding one never renumbers the others.
  const instructions: Instruction[] = [...ordered, ...supers].map((p, i) => ({ ...p, opcode: i + 1 }));

  // 5. Pseudos and labels.
  const pseudos: Pseudo[] = [];
  const instrNames = new Set(instructions.map((i) => i.name));
  defs
    .filter((d): d is Def<"pseudo"> => d.kind === "pseudo")
    .sort((a, b) => cmp(a.name, b.name))
    .forEach((d, i) => {
      for (const t of d.targets) if (!instrNames.has(t.name)) diags.push(errors.undefinedName(t.loc, t.name, "pseudo target"));
      const inputs = slotsOf(d.effect.inputs);
      const outputs = slotsOf(d.effect.outputs);
      pseudos.push({
        name: d.name,
        id: 256 + i,
        inputs,
        outputs,
        popped: sumSizes(inputs),
        pushed: sumSizes(outputs),
        targets: d.targets.map((t) => t.name),
        doc: d.doc,
        loc: d.loc,
      });
    });
  const labels = new Map(defs.filter((d): d is Def<"label"> => d.kind === "label").map((d) => [d.name, d.body]));

  // 6. Optimizer rule sets.
  const rulesets = new Map<string, Map<string, OptimizerRule>>();
  for (const rs of input.rulesets) {
    sources.set(rs.file.path, rs.file.source);
    const rules = new Map<string, OptimizerRule>();
    for (const d of rs.file.definitions) {
      if (d.kind !== "op") {
        diags.push(errors.bodyForm(d.loc, `an optimizer rule set may only contain op(...) rules, not ${d.kind}`, "write `op(_UOP_NAME, (inputs -- outputs)) { ... }`"));
        continue;
      }
      const base = uops.get(d.name);
      if (!base) {
        diags.push(errors.overrideUnknown(d.nameLoc, d.name));
        continue;
      }
      if (rules.has(d.name)) diags.push(errors.duplicate(d.nameLoc, d.name, rules.get(d.name)!.loc));
      const inputs = slotsOf(d.effect.inputs);
      const outputs = slotsOf(d.effect.outputs);
      const what = effectDifference(inputs, outputs, base.inputs, base.outputs);
      if (what) diags.push(errors.overrideMismatch(d.effect.loc, d.name, what, base.loc));
      rules.set(d.name, { name: d.name, ruleset: rs.name, body: d.body, inputs, outputs, loc: d.loc, doc: d.doc });
    }
    rulesets.set(rs.name, rules);
  }

  if (diags.length) throw new DefsError(diags);
  return {
    instructions,
    uops: [...uops.values()],
    families,
    pseudos,
    labels,
    rulesets,
    sources: input.files.map((f) => f.path),
    helpers: checked.helpers,
    intrinsics: checked.scope.intrinsics,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function checkAnnotations(def: Definition, diags: Diagnostic[]): void {
  for (const a of def.annotations) {
    const spec = ANNOTATIONS[a.name];
    if (!spec) {
      diags.push(errors.unknownAnnotation(a.loc, a.name, Object.keys(ANNOTATIONS)));
      continue;
    }
    const given = a.arg !== undefined ? "number" : a.names.length ? "uops" : "none";
    if (spec.arg !== given || a.names.length > 2) diags.push(errors.annotationArg(a.loc, a.name, spec.arg));
    if (!spec.on.includes(def.kind)) diags.push(errors.annotationPlacement(a.loc, a.name, spec.on.join(", ")));
  }
}

/** Array sizes: oparg, decimal or hex literals, parentheses and + - * & | >> <<. */
const SIZE_EXPR = /^(\s|oparg|0x[0-9a-fA-F]+|\d+|[()+\-*&|]|>>|<<)+$/;

function checkEffect(effect: StackEffect, def: UopDef, diags: Diagnostic[]): void {
  let seenStack = false;
  for (const item of effect.inputs) {
    if (item.kind === "cache") {
      if (seenStack) diags.push(errors.cacheAfterStack(item.loc, item.name));
      if (![1, 2, 4].includes(item.size)) diags.push(errors.badCacheSize(item.loc, item.size));
    } else seenStack = true;
  }
  for (const item of effect.outputs) if (item.kind === "cache") diags.push(errors.cacheInOutputs(item.loc, item.name));
  for (const side of [effect.inputs, effect.outputs]) {
    const arrays = side.filter((i) => i.kind === "array");
    arrays.forEach((item, i) => {
      if (item.kind !== "array") return;
      if (i > 0) diags.push(errors.arrayNotLast(item.loc, item.name));
      if (!SIZE_EXPR.test(item.size) || item.size.trim() === "") diags.push(errors.badSize(item.loc, item.size, "it contains other names or operators"));
    });
  }
  if (def.kind === "op") {
    const caches = effect.inputs.filter((i) => i.kind === "cache");
    if (caches.length && caches[0]!.name === "unused") diags.push(errors.unusedCacheAtEdge(caches[0]!.loc, def.name, "start"));
    else if (caches.length && caches[caches.length - 1]!.name === "unused") diags.push(errors.unusedCacheAtEdge(caches[caches.length - 1]!.loc, def.name, "end"));
  }
}

function bodyInput(d: UopDef, source: string): BodyInput {
  const inNames = new Set(d.effect.inputs.filter((i) => i.kind !== "cache").map((i) => i.name));
  const params: BodyInput["params"][number][] = [];
  for (const i of d.effect.inputs) {
    if (i.name === "unused") continue;
    if (i.kind === "cache") params.push({ name: i.name, type: i.size === 4 ? "f64" : "i32", mutable: false });
    else params.push({ name: i.name, type: i.kind === "array" ? "StackArray" : "Value", mutable: false });
  }
  const outputs = d.effect.outputs
    .filter((o) => o.kind !== "cache" && o.name !== "unused" && !inNames.has(o.name))
    .map((o) => ({ name: o.name, type: o.kind === "array" ? "StackArray" : "Value" }));
  return {
    key: d.name,
    owner: d.name,
    body: d.body,
    source,
    params,
    outputs,
    inputs: [...inNames].filter((n) => n !== "unused"),
  };
}

function ruleInput(ruleset: string, d: Def<"op">, source: string): BodyInput {
  const inNames = new Set(d.effect.inputs.filter((i) => i.kind !== "cache").map((i) => i.name));
  const key = `rule_${ruleset.replace(/\W/g, "_")}_${d.name}_${d.loc.offset}`;
  return {
    key,
    owner: `${ruleset} rule for ${d.name}`,
    body: d.body,
    source,
    params: d.effect.inputs.filter((i) => i.kind !== "cache" && i.name !== "unused").map((i) => ({ name: i.name, type: "Sym", mutable: true })),
    outputs: d.effect.outputs.filter((o) => o.kind !== "cache" && o.name !== "unused" && !inNames.has(o.name)).map((o) => ({ name: o.name, type: "Sym" })),
    inputs: [...inNames],
  };
}

function makeUop(d: UopDef, id: number, facts: BodyFacts, escaping: ReadonlySet<string>, diags: Diagnostic[]): Uop {
  const has = (a: string) => d.annotations.some((x) => x.name === a);
  const flags = new Set<FlagName>();
  const calls = facts.calls;
  const inputs = slotsOf(d.effect.inputs);
  const outputs = slotsOf(d.effect.outputs);
  if (facts.implicits.has("oparg") || [...inputs, ...outputs].some((s) => s.size.includes("oparg"))) flags.add("HAS_ARG");
  const roles = facts.opargRoles;
  if (calls.has("getConst") || roles.has("constIndex")) flags.add("HAS_CONST");
  if (calls.has("getName") || roles.has("nameIndex")) flags.add("HAS_NAME");
  if (calls.has("getLocal") || calls.has("setLocal") || roles.has("localIndex")) flags.add("HAS_LOCAL");
  if (calls.has("JUMPBY")) flags.add("HAS_JUMP");
  if (calls.has("DEOPT_IF")) flags.add("HAS_DEOPT");
  if (calls.has("EXIT_IF")) flags.add("HAS_EXIT");
  if (calls.has("ERROR_IF") || calls.has("ERROR_NO_POP")) flags.add("HAS_ERROR");
  if ([...facts.helpers].some((h) => escaping.has(h))) flags.add("ESCAPES");
  if (has("pure")) flags.add("PURE");
  if (calls.has("CHECK_EVAL_BREAKER")) flags.add("HAS_EVAL_BREAK");
  if (calls.has("PUSH_FRAME") || calls.has("POP_FRAME") || calls.has("YIELD")) flags.add("HAS_FRAME");
  // The trace builder follows calls into the callee and returns back out.
  if (calls.has("PUSH_FRAME")) flags.add("PUSHES_FRAME");
  if (calls.has("POP_FRAME")) flags.add("POPS_FRAME");
  if (has("specializing")) flags.add("SPECIALIZING");
  if (has("pure") && (flags.has("ESCAPES") || calls.has("store32") || calls.has("storeF64") || flags.has("HAS_ERROR"))) {
    diags.push(errors.bodyForm(d.loc, `'${d.name}' is marked pure but writes memory, escapes or raises`, "remove `pure`, or move the side effect out of the op"));
  }
  const caches: CacheEntry[] = [];
  let offset = 0;
  for (const i of d.effect.inputs) {
    if (i.kind !== "cache") continue;
    if (i.name !== "unused") caches.push({ name: i.name, size: i.size, offset });
    offset += i.size;
  }
  return {
    name: d.name,
    id,
    doc: d.doc,
    loc: d.loc,
    inputs,
    outputs,
    caches,
    cacheSize: offset,
    body: d.body,
    flags,
    annotations: d.annotations,
    replicate: d.annotations.find((a) => a.name === "replicate")?.arg,
    tier2: tier2Of(d.annotations, calls, facts.implicits),
    traceAs: traceFormOf(d, calls, diags),
    helpers: [...facts.helpers].sort(),
  };
}

/** A `branch(_A, _B)` names tier-2 uops that take the branch's inputs and push nothing. */
function checkBranchGuards(u: Uop, uops: ReadonlyMap<string, Uop>, diags: Diagnostic[]): void {
  if (u.traceAs?.kind !== "branch") return;
  const loc = u.annotations.find((a) => a.name === "branch")!.loc;
  for (const name of [u.traceAs.fallthrough, u.traceAs.taken]) {
    if (name === undefined) continue;
    const g = uops.get(name);
    if (!g) {
      diags.push(errors.bodyForm(loc, `'branch' on '${u.name}' names '${name}', which is not an op or inst`, `define it with 'tier2 op(${name}, (...)) { EXIT_IF(...); }' or fix the spelling`));
      continue;
    }
    const same = sumSizes(g.inputs) === sumSizes(u.inputs) && sumSizes(g.outputs) === sumSizes(u.outputs);
    if (!g.tier2.viable || g.traceAs || !same || !(g.flags.has("HAS_EXIT") || g.flags.has("HAS_DEOPT"))) {
      diags.push(
        errors.bodyForm(loc, `'${name}' cannot stand in for '${u.name}' in traces`, `make it a tier-2 uop with the stack effect of '${u.name}' that leaves by EXIT_IF when the trace guessed wrong`),
      );
    }
  }
}

function traceFormOf(d: UopDef, calls: ReadonlySet<string>, diags: Diagnostic[]): TraceForm | undefined {
  const branch = d.annotations.find((a) => a.name === "branch");
  if (branch) {
    if (!calls.has("JUMPBY")) diags.push(errors.bodyForm(branch.loc, `'branch' on '${d.name}', which never jumps`, "remove the annotation, or JUMPBY(...) in the body"));
    return { kind: "branch", fallthrough: branch.names[0] ?? "", taken: branch.names[1] };
  }
  // An unconditional jump: the body starts with JUMPBY (comments aside).
  const m = /^\s*(?:\/\/[^\n]*\n\s*)*JUMPBY\((-?)/.exec(d.body.text);
  return m ? { kind: "jump", backward: m[1] === "-" } : undefined;
}

function tier2Of(annotations: readonly Annotation[], calls: ReadonlySet<string>, implicits: ReadonlySet<string>): Tier2 {
  if (annotations.some((a) => a.name === "tier1")) return { viable: false, reason: "marked tier1" };
  if (annotations.some((a) => a.name === "specializing")) return { viable: false, reason: "specializes (tier 1 only)" };
  if (calls.has("REDISPATCH")) return { viable: false, reason: "uses REDISPATCH" };
  if (calls.has("SET_CACHE")) return { viable: false, reason: "writes its inline cache" };
  if (calls.has("YIELD")) return { viable: false, reason: "suspends a generator frame" };
  if (implicits.has("THIS_INSTR")) return { viable: false, reason: "reads THIS_INSTR" };
  if (calls.has("JUMPBY")) return { viable: false, reason: "jumps (the trace builder replaces branches with guards)" };
  return { viable: true };
}

function makeInstruction(d: Def<"inst"> | Def<"macro">, parts: Part[], familyOf: Map<string, Family>, isInst: boolean): Omit<Instruction, "opcode"> {
  const uopParts = parts.filter((p): p is Extract<Part, { kind: "uop" }> => p.kind === "uop");
  // Simulate the uops on a stack to find the macro's net inputs and outputs.
  const stack: StackSlot[] = [];
  const inputs: StackSlot[] = [];
  for (const { uop } of uopParts) {
    for (let i = uop.inputs.length - 1; i >= 0; i--) {
      if (stack.length) stack.pop();
      else inputs.unshift(uop.inputs[i]!);
    }
    stack.push(...uop.outputs);
  }
  const flags = new Set<FlagName>();
  for (const { uop } of uopParts) for (const f of uop.flags) if (f !== "PURE") flags.add(f);
  if (uopParts.length && uopParts.every((p) => p.uop.flags.has("PURE"))) flags.add("PURE");
  if ([...inputs, ...stack].some((s) => s.size.includes("oparg"))) flags.add("HAS_ARG");
  const family = familyOf.get(d.name);
  const isSpecialization = family !== undefined && family.head !== d.name;
  const cacheSize = parts.reduce((n, p) => n + (p.kind === "skip" ? p.size : p.uop.cacheSize), 0);
  // Specializing uops are left out of traces; jumps become guards (or are followed).
  const blocking = uopParts.find((p) => !p.uop.tier2.viable && p.uop.traceAs === undefined && !p.uop.flags.has("SPECIALIZING"));
  const tier1Only = d.annotations.some((a) => a.name === "tier1");
  const tier2: Tier2 = tier1Only
    ? { viable: false, reason: "marked tier1" }
    : blocking && !blocking.uop.tier2.viable
      ? { viable: false, reason: `${blocking.uop.name}: ${blocking.uop.tier2.reason}` }
      : { viable: true };
  return {
    name: d.name,
    doc: d.doc,
    loc: d.loc,
    parts,
    cacheSize,
    inputs,
    outputs: stack,
    popped: sumSizes(inputs),
    pushed: sumSizes(stack),
    flags,
    family: family?.name,
    deoptTarget: isSpecialization ? family.head : undefined,
    isSpecialization,
    tier2,
    isInst,
    superOf: undefined,
  };
}

/**
 * `super(NAME) = FIRST + SECOND;` — checked so that quickening can always form it: both parts
 * are whole instructions that never change their opcode (no family), never jump or switch
 * frames (the super runs the second right after the first, then falls through).
 */
function makeSupers(
  defs: readonly Definition[],
  instrs: ReadonlyMap<string, Omit<Instruction, "opcode">>,
  familyOf: ReadonlyMap<string, Family>,
  diags: Diagnostic[],
): Omit<Instruction, "opcode">[] {
  const out: Omit<Instruction, "opcode">[] = [];
  const pairs = new Map<string, Loc>();
  for (const d of defs) {
    if (d.kind !== "super") continue;
    let ok = true;
    for (const ref of [d.first, d.second]) {
      const ins = instrs.get(ref.name);
      const why = !ins
        ? "is not an instruction"
        : familyOf.has(ref.name)
          ? `is in family ${familyOf.get(ref.name)!.name} (quickening rewrites its opcode)`
          : ["HAS_JUMP", "HAS_FRAME"].find((f) => ins.flags.has(f as FlagName))
            ? "jumps or switches frames"
            : ref.name === "EXTENDED_ARG"
              ? "is a prefix"
              : undefined;
      if (why) {
        ok = false;
        diags.push(errors.badSuperPart(ref.loc, ref.name, why));
      }
    }
    const key = `${d.first.name} + ${d.second.name}`;
    const prev = pairs.get(key);
    if (prev) diags.push(errors.duplicate(d.nameLoc, key, prev));
    pairs.set(key, d.nameLoc);
    if (!ok) continue;
    const first = instrs.get(d.first.name)!;
    out.push({ ...first, name: d.name, doc: d.doc, loc: d.loc, isInst: false, superOf: [d.first.name, d.second.name] });
  }
  return out.sort((a, b) => cmp(a.name, b.name));
}

function makeFamilies(defs: readonly Definition[], byName: ReadonlyMap<string, Definition>, diags: Diagnostic[]): Family[] {
  const out: Family[] = [];
  const seen = new Map<string, Loc>();
  for (const d of defs) {
    if (d.kind !== "family") continue;
    const members: string[] = [];
    for (const m of d.members) {
      const def = byName.get(m.name);
      if (!def) diags.push(errors.undefinedName(m.loc, m.name, "family member"));
      else if (def.kind !== "inst" && def.kind !== "macro") diags.push(errors.notAUop(m.loc, m.name, `a ${def.kind}`));
      const prev = seen.get(m.name);
      if (prev) diags.push(errors.duplicate(m.loc, m.name, prev));
      seen.set(m.name, m.loc);
      members.push(m.name);
    }
    if (!members.length) diags.push(errors.emptyFamily(d.loc, d.name));
    out.push({ name: d.name, cacheSize: d.cacheSize, head: d.name, members, loc: d.loc });
  }
  return out.sort((a, b) => cmp(a.name, b.name));
}

function checkFamilies(families: readonly Family[], instrs: readonly Omit<Instruction, "opcode">[], byName: ReadonlyMap<string, Definition>, diags: Diagnostic[]): void {
  const byInstr = new Map(instrs.map((i) => [i.name, i]));
  for (const f of families) {
    const head = byInstr.get(f.head);
    if (!head) {
      diags.push(errors.undefinedName(f.loc, f.head, "family head"));
      continue;
    }
    if (head.cacheSize !== f.cacheSize) diags.push(errors.familyCacheSize(f.loc, f.name, f.cacheSize, head.cacheSize, head.name));
    for (const m of f.members) {
      const ins = byInstr.get(m);
      if (!ins) continue;
      const loc = byName.get(m)?.loc ?? f.loc;
      if (ins.cacheSize !== head.cacheSize) diags.push(errors.familyMismatch(loc, m, head.name, `cache size ${ins.cacheSize} vs ${head.cacheSize}`, head.loc));
      if (ins.popped !== head.popped || ins.pushed !== head.pushed)
        diags.push(errors.familyMismatch(loc, m, head.name, `stack effect (${ins.popped} -- ${ins.pushed}) vs (${head.popped} -- ${head.pushed})`, head.loc));
    }
  }
}

function effectDifference(ins: readonly StackSlot[], outs: readonly StackSlot[], baseIns: readonly StackSlot[], baseOuts: readonly StackSlot[]): string | undefined {
  const show = (xs: readonly StackSlot[]) => xs.map((x) => (x.kind === "array" ? `${x.name}[${x.size}]` : x.name)).join(", ");
  const same = (a: readonly StackSlot[], b: readonly StackSlot[]) => a.length === b.length && a.every((x, i) => x.size === b[i]!.size);
  if (same(ins, baseIns) && same(outs, baseOuts)) return undefined;
  return `(${show(ins)} -- ${show(outs)}) vs (${show(baseIns)} -- ${show(baseOuts)})`;
}

export type { StackItem };
