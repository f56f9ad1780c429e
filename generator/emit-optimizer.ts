// Emits generated/optimizer-<ruleset>.ts: the abstract interpreter's cases for one rule set.
// Every uop without a rule gets the generated default — pop its inputs, push unknown symbols —
// so a rule set only spells out the uops it knows something about (CPython's
// optimizer_bytecodes.c does the same). Rules were checked against their uops' stack effects.
import type { Analysis, OptimizerRule, Uop } from "./analysis.js";
import { sumSizes } from "./analysis.js";
import { header, type Output } from "./emit-common.js";
import { dedent } from "./rewrite.js";

export function emitOptimizer(a: Analysis, ruleset: string, rules: ReadonlyMap<string, OptimizerRule>, runtimeImport: string): Output {
  const cases = a.uops.map((u) => {
    const rule = rules.get(u.name);
    return rule ? ruleCase(u, rule) : defaultCase(u);
  });
  const ruleFiles = [...new Set([...rules.values()].map((r) => r.loc.file))];
  const text = `${header("generator/emit-optimizer.ts", [...a.sources, ...ruleFiles])}
/* eslint-disable */
import { type Sym, type RuleContext, UNKNOWN, NOT_NULL, BOTTOM, symOfType, symConst, knownType, knownVersion, knownKeys, withVersion, withKeys } from "${runtimeImport}/optimizer/symbols.js";
import * as L from "${runtimeImport}/layout.js";

/** Uops that have a rule in the '${ruleset}' rule set. */
export const RULES: readonly string[] = ${JSON.stringify([...rules.keys()].sort())};

/**
 * Abstractly executes one uop: \`stack\` holds symbols (top last) and is updated in place.
 * \`operand\` is the uop's first operand word.
 */
export function abstractUop($ctx: RuleContext, uop: number, oparg: number, operand: number, stack: Sym[]): void {
  void L; void BOTTOM; void symConst; void NOT_NULL; void knownType; void symOfType; void operand;
  void knownVersion; void knownKeys; void withVersion; void withKeys;
  switch (uop) {
${cases.join("\n")}
    default:
      throw new Error(\`optimizer: unknown uop \${uop}\`);
  }
}
`;
  return { path: `optimizer-${ruleset}.ts`, text };
}

const count = (items: Uop["inputs"]) => sumSizes(items);

function defaultCase(u: Uop): string {
  const popped = count(u.inputs);
  const pushed = count(u.outputs);
  return `    case ${u.id}: /* ${u.name} (default) */ {
      stack.length -= ${popped};
      for (let i = 0; i < ${pushed}; i++) stack.push(UNKNOWN);
      return;
    }`;
}

function ruleCase(u: Uop, rule: OptimizerRule): string {
  const n = rule.inputs.length;
  const binds = rule.inputs.map((s, i) => {
    const kw = rule.outputs.some((o) => o.name === s.name) ? "let" : "const";
    return `${kw} ${s.name} = stack[stack.length - ${n - i}]!;`;
  });
  const outs = rule.outputs.filter((o) => !rule.inputs.some((i) => i.name === o.name)).map((o) => `let ${o.name}: Sym = UNKNOWN;`);
  const body = dedent(rule.body.text);
  const pushes = rule.outputs.map((o) => o.name).join(", ");
  return `    case ${u.id}: /* ${u.name}: ${rule.loc.file}:${rule.loc.line} */ {
      ${binds.join("\n")}
      ${outs.join("\n")}
      {
${rewriteRuleForms(body)}
      }
      stack.length -= ${n};
      stack.push(${pushes});
      return;
    }`;
}

/** Rule bodies call REMOVE_UOP(), REPLACE_UOP(…), GET_LOCAL(i), SET_LOCAL(i, s), GET_CONST(i); route them to the context. */
function rewriteRuleForms(body: string): string {
  return body
    .replace(/\bREMOVE_UOP\(\)/g, "$ctx.remove()")
    .replace(/\bREPLACE_UOP\(/g, "$ctx.replace(")
    .replace(/\bGET_LOCAL\(/g, "$ctx.local(")
    .replace(/\bSET_LOCAL\(/g, "$ctx.setLocal(")
    .replace(/\bGET_CONST\(/g, "$ctx.constant(");
}

/** generated/optimizers.ts: every rule set in defs/optimizer/, by name (for --optimizer). */
export function emitOptimizerIndex(a: Analysis): Output {
  const names = [...a.rulesets.keys()].sort();
  const id = (n: string) => `R_${n.replace(/\W/g, "_")}`;
  const text = `${header("generator/emit-optimizer.ts", a.sources)}
${names.map((n) => `import * as ${id(n)} from "./optimizer-${n}.js";`).join("\n")}

/** The rule sets of defs/optimizer/: their rules and abstract interpreters. */
export const RULE_SETS = {
${names.map((n) => `  ${JSON.stringify(n)}: ${id(n)},`).join("\n")}
} as const;
`;
  return { path: "optimizers.ts", text };
}
