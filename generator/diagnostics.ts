// Located diagnostics. Every mistake a defs author can make is reported through one of the
// named factories below, so each message says what rule was broken and how to fix it, and all
// of them are collected and printed together ("N errors") instead of stopping at the first.
import type { Loc } from "./ast.js";

export interface Related {
  readonly loc: Loc;
  readonly message: string;
}

export interface Diagnostic {
  readonly loc: Loc;
  readonly message: string;
  readonly hint: string | undefined;
  readonly related: readonly Related[];
}

/** Thrown only to unwind a phase; carries every diagnostic collected so far. */
export class DefsError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.length} error${diagnostics.length === 1 ? "" : "s"} in defs`);
  }
}

const diag = (loc: Loc, message: string, hint?: string, related: Related[] = []): Diagnostic => ({
  loc,
  message,
  hint,
  related,
});

export const errors = {
  syntax: (loc: Loc, expected: string) =>
    diag(loc, `syntax error: expected ${expected}`, "see the DSL reference in README.md"),
  duplicate: (loc: Loc, name: string, first: Loc) =>
    diag(loc, `'${name}' is defined twice`, "rename one of the definitions or delete it", [
      { loc: first, message: "first defined here" },
    ]),
  undefinedUop: (loc: Loc, name: string, inMacro: string) =>
    diag(
      loc,
      `macro '${inMacro}' uses '${name}', which is not an op or inst`,
      `define it with 'op(${name}, (...)) { ... }' or fix the spelling`,
    ),
  undefinedName: (loc: Loc, name: string, what: string) =>
    diag(loc, `${what} '${name}' is not defined`, "define it or fix the spelling"),
  notAUop: (loc: Loc, name: string, what: string) =>
    diag(loc, `'${name}' is ${what}, but a macro can only be made of ops, insts and cache entries`),
  unknownAnnotation: (loc: Loc, name: string, known: readonly string[]) =>
    diag(loc, `unknown annotation '${name}'`, `known annotations: ${known.join(", ")}`),
  annotationArg: (loc: Loc, name: string, wants: "none" | "number" | "uops") =>
    diag(
      loc,
      wants === "none" ? `annotation '${name}' takes no argument` : wants === "number" ? `annotation '${name}' needs a number` : `annotation '${name}' needs one or two uop names`,
      wants === "none" ? `write '${name}' alone` : wants === "number" ? `write '${name}(N)'` : `write '${name}(_FALLTHROUGH_GUARD, _TAKEN_GUARD)'`,
    ),
  annotationPlacement: (loc: Loc, name: string, allowed: string) =>
    diag(loc, `annotation '${name}' is not allowed here`, `'${name}' applies to ${allowed}`),
  badCacheSize: (loc: Loc, size: number) =>
    diag(loc, `cache entry size ${size} is not 1, 2 or 4`, "cache entries are 1, 2 or 4 code units (16, 32 or 64 bits)"),
  cacheInOutputs: (loc: Loc, name: string) =>
    diag(loc, `cache entry '${name}' appears among the outputs`, "cache entries are inputs only: move it before '--'"),
  cacheAfterStack: (loc: Loc, name: string) =>
    diag(loc, `cache entry '${name}' follows a stack input`, "list cache entries before stack inputs, as `(name/1, a, b -- c)`"),
  unusedCacheAtEdge: (loc: Loc, op: string, where: "start" | "end") =>
    diag(
      loc,
      `op '${op}' begins or ends with an unused cache entry (at its ${where})`,
      "move the skip into the macro instead (`macro(X) = unused/1 + _OP;`), so the op only declares entries it reads",
    ),
  familyMismatch: (loc: Loc, member: string, head: string, what: string, headLoc: Loc) =>
    diag(
      loc,
      `family member '${member}' differs from its head '${head}': ${what}`,
      "a specialization must have the head's stack effect and cache size so it can replace it in place",
      [{ loc: headLoc, message: `'${head}' is defined here` }],
    ),
  familyCacheSize: (loc: Loc, family: string, declared: number, actual: number, member: string) =>
    diag(
      loc,
      `family '${family}' declares ${declared} cache entries but '${member}' has ${actual}`,
      `change the family's size to ${actual} or the member's cache entries`,
    ),
  badSuperPart: (loc: Loc, name: string, why: string) =>
    diag(
      loc,
      `'${name}' cannot be part of a superinstruction: it ${why}`,
      "pair two instructions outside any family that neither jump nor push or pop frames (e.g. LOAD_FAST_BOUND + LOAD_CONST)",
    ),
  deoptOutsideFamily: (loc: Loc, name: string) =>
    diag(
      loc,
      `'${name}' uses DEOPT_IF but is not a specialization in any family`,
      "add it to a family (`family(HEAD, N) = { ..., " + name + " };`) so a deopt has an instruction to fall back to, or use EXIT_IF in a tier-2 op",
    ),
  deadInputUse: (loc: Loc, name: string, op: string) =>
    diag(
      loc,
      `input '${name}' of '${op}' is used after it was consumed`,
      `'${name}' is dead once passed to a consuming call or overwritten; read what you need first`,
    ),
  overrideMismatch: (loc: Loc, name: string, what: string, baseLoc: Loc) =>
    diag(
      loc,
      `optimizer rule '${name}' has a different stack effect from its uop: ${what}`,
      "an optimizer rule must pop and push exactly what its uop does; copy the uop's stack effect",
      [{ loc: baseLoc, message: `the uop '${name}' is defined here` }],
    ),
  overrideUnknown: (loc: Loc, name: string) =>
    diag(loc, `optimizer rule '${name}' names no uop`, "rules override uops defined in defs/*.def; fix the name"),
  typeError: (loc: Loc, message: string) => diag(loc, `type error in body: ${message}`, undefined),
  badSize: (loc: Loc, text: string, why: string) =>
    diag(loc, `array size '${text}' is not an expression of oparg: ${why}`, "sizes may use `oparg`, integer literals and + - * & >> |"),
  arrayNotLast: (loc: Loc, name: string) =>
    diag(loc, `array '${name}' is the second array on its side of the stack effect`, "use at most one array among the inputs and one among the outputs"),
  bodyForm: (loc: Loc, message: string, hint: string) => diag(loc, message, hint),
  notLowerable: (loc: Loc, op: string, construct: string) =>
    diag(
      loc,
      `'${op}' cannot become a stencil: ${construct}`,
      "move this work into a helper declared in defs/api.d.ts and call it, or mark the op `tier1`",
    ),
  emptyFamily: (loc: Loc, name: string) => diag(loc, `family '${name}' has no members`, "list the head first"),
  labelMissing: (loc: Loc, name: string) => diag(loc, `label '${name}' is not defined`, "define it with label(" + name + ") { ... }"),
};

/** Renders `file:line:col: error: message`, the source line with a caret, hint and related notes. */
export function formatDiagnostic(d: Diagnostic, sources: ReadonlyMap<string, string>): string {
  const lines = [`${d.loc.file}:${d.loc.line}:${d.loc.col}: error: ${d.message}`];
  const src = sources.get(d.loc.file);
  if (src !== undefined) {
    const text = src.split("\n")[d.loc.line - 1] ?? "";
    lines.push(`  ${text}`, `  ${" ".repeat(Math.max(0, d.loc.col - 1))}^`);
  }
  if (d.hint) lines.push(`  fix: ${d.hint}`);
  for (const r of d.related) lines.push(`${r.loc.file}:${r.loc.line}:${r.loc.col}: note: ${r.message}`);
  return lines.join("\n");
}

export function formatDiagnostics(ds: readonly Diagnostic[], sources: ReadonlyMap<string, string>): string {
  const sorted = [...ds].sort(
    (a, b) => a.loc.file.localeCompare(b.loc.file) || a.loc.offset - b.loc.offset || a.message.localeCompare(b.message),
  );
  const body = sorted.map((d) => formatDiagnostic(d, sources)).join("\n\n");
  return `${body}\n\nfound ${ds.length} error${ds.length === 1 ? "" : "s"}`;
}

/** Offset → Loc inside one source text. */
export function locAt(file: string, source: string, offset: number): Loc {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, line, col: offset - lineStart + 1, offset };
}
