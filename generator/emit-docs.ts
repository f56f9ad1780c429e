// Emits docs/opcodes.md: the reference of every instruction and uop — doc line, stack effect,
// flags, expansion, family, tier-2 viability and optimizer rules — straight from the Analysis.
import type { Analysis, Instruction, StackSlot, Uop } from "./analysis.js";
import { header, type Output } from "./emit-common.js";

const effect = (ins: readonly StackSlot[], outs: readonly StackSlot[]) => {
  const show = (xs: readonly StackSlot[]) => xs.map((x) => (x.kind === "array" ? `${x.name}[${x.size}]` : x.name)).join(", ");
  return `\`(${show(ins)} -- ${show(outs)})\``;
};
const flags = (f: ReadonlySet<string>) => (f.size ? [...f].sort().map((x) => `\`${x}\``).join(" ") : "—");

export function emitDocs(a: Analysis): Output {
  const rulesFor = (uop: string) => [...a.rulesets].filter(([, r]) => r.has(uop)).map(([n]) => n);
  const lines: string[] = [
    header("generator/emit-docs.ts", a.sources, "md"),
    "# Instruction reference",
    "",
    `${a.instructions.length} instructions, ${a.uops.length} uops, ${a.families.length} families, ` +
      `${[...a.rulesets.values()].reduce((n, r) => n + r.size, 0)} optimizer rules in ${a.rulesets.size} rule set(s).`,
    "",
    "## Instructions",
    "",
  ];
  for (const ins of a.instructions) lines.push(...instruction(ins));
  lines.push("## Uops", "", "| uop | id | stack effect | flags | tier 2 | optimizer rules | doc |", "|---|---|---|---|---|---|---|");
  for (const u of a.uops) lines.push(uopRow(u, rulesFor(u.name)));
  lines.push("", "## Families", "", "| family | cache | members |", "|---|---|---|");
  for (const f of a.families) lines.push(`| \`${f.name}\` | ${f.cacheSize} | ${f.members.map((m) => `\`${m}\``).join(", ")} |`);
  if (a.pseudos.length) {
    lines.push("", "## Pseudo instructions", "", "| pseudo | stack effect | targets | doc |", "|---|---|---|---|");
    for (const p of a.pseudos) lines.push(`| \`${p.name}\` | ${effect(p.inputs, p.outputs)} | ${p.targets.join(", ")} | ${p.doc} |`);
  }
  return { path: "opcodes.md", text: lines.join("\n") + "\n" };
}

function instruction(ins: Instruction): string[] {
  const parts = ins.parts.map((p) => (p.kind === "uop" ? `\`${p.uop.name}\`` : `cache skip ${p.size}`)).join(" + ");
  return [
    `### \`${ins.name}\` (${ins.opcode})`,
    "",
    ins.doc || "_No doc line._",
    "",
    `- stack: ${effect(ins.inputs, ins.outputs)}; caches: ${ins.cacheSize} code unit(s)`,
    `- flags: ${flags(ins.flags)}`,
    ...(ins.isInst ? [] : [`- expansion: ${parts}`]),
    ...(ins.family ? [`- family: \`${ins.family}\`${ins.deoptTarget ? ` (deopts to \`${ins.deoptTarget}\`)` : " (head)"}`] : []),
    `- tier 2: ${ins.tier2.viable ? "yes" : `no — ${ins.tier2.reason}`}`,
    "",
  ];
}

function uopRow(u: Uop, rules: string[]): string {
  const t2 = u.tier2.viable ? "yes" : `no (${u.tier2.reason})`;
  return `| \`${u.name}\` | ${u.id} | ${effect(u.inputs, u.outputs)} | ${flags(u.flags)} | ${t2} | ${rules.join(", ") || "—"} | ${u.doc.replace(/\|/g, "\\|")} |`;
}
