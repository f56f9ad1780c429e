// Type-checks uop bodies with ts-morph and extracts what the analyzer needs from them: which
// special forms, intrinsics and helpers each body uses. All bodies go into one in-memory
// TypeScript program (each wrapped in a function whose parameters are the uop's stack and cache
// items), so checking the whole instruction set costs one type-check. Positions are mapped back
// to the defs file so every type error is reported at its defs line and column.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Node, Project, SyntaxKind, ts } from "ts-morph";
import type { Body, Loc } from "./ast.js";
import { type Diagnostic, errors, locAt } from "./diagnostics.js";
import type { HelperInfo } from "./analysis.js";

export interface BodyInput {
  readonly key: string;
  readonly owner: string;
  readonly body: Body;
  readonly source: string;
  /** Parameters the body sees, in order: caches, then inputs. */
  readonly params: readonly { readonly name: string; readonly type: string; readonly mutable: boolean }[];
  /** Outputs that are not also inputs: declared as locals the body must assign. */
  readonly outputs: readonly { readonly name: string; readonly type: string }[];
  /** Names that must not be used after a consuming call. */
  readonly inputs: readonly string[];
}

export interface BodyFacts {
  /** Special forms and intrinsics called, by name. */
  readonly calls: ReadonlySet<string>;
  /** Helpers called as H.name. */
  readonly helpers: ReadonlySet<string>;
  /** Implicit variables read (oparg, frame, THIS_INSTR). */
  readonly implicits: ReadonlySet<string>;
  /** Names of the helper parameters `oparg` is passed to (nameIndex, localIndex, …). */
  readonly opargRoles: ReadonlySet<string>;
}

export interface CheckResult {
  readonly facts: ReadonlyMap<string, BodyFacts>;
  readonly diagnostics: readonly Diagnostic[];
  readonly helpers: readonly HelperInfo[];
  readonly scope: BodyScope;
}

const RUNTIME_FILES = ["layout.ts", "vm/types.ts", "vm/memory.ts", "vm/intrinsics.ts", "vm/helpers-api.ts", "optimizer/symbols.ts"];

const RULES_PRELUDE = [
  `import { type Sym, UNKNOWN, NOT_NULL, BOTTOM, symOfType, symConst, knownType, knownVersion, knownKeys, withVersion, withKeys } from "./rt/optimizer/symbols";`,
  `import * as L from "./rt/layout";`,
  `/** Drop the uop being optimized from the trace. */`,
  `declare function REMOVE_UOP(): void;`,
  `/** Replace the uop being optimized by another one. */`,
  `declare function REPLACE_UOP(name: string, oparg: number, operand: number): void;`,
  `/** The symbol of fast local \`i\` of the uop's frame. */`,
  `declare function GET_LOCAL(i: number): Sym;`,
  `declare function SET_LOCAL(i: number, s: Sym): void;`,
  `/** The symbol of constant \`i\` of the uop's code object. */`,
  `declare function GET_CONST(i: number): Sym;`,
  `declare const oparg: number;`,
  `declare const operand: number;`,
  `declare function __outputs(...values: unknown[]): void;`,
  ``,
].join("\n");

interface Span {
  readonly start: number;
  readonly end: number;
  readonly input: BodyInput;
}

/** Wraps each body in a function in one new source file; reports its type errors at defs positions. */
function addBodies(project: Project, path: string, preludeText: string, bodies: readonly BodyInput[], diagnostics: Diagnostic[]) {
  let text = preludeText;
  const spans: Span[] = [];
  for (const b of bodies) {
    const params = b.params.map((p) => `${p.name}: ${p.type}`).join(", ");
    // Output arrays are addresses the generator supplies; value outputs must be assigned.
    const locals = b.outputs
      .map((o) => (o.type === "StackArray" ? `const ${o.name}: StackArray = 0;` : o.type === "Sym" ? `let ${o.name}: Sym = UNKNOWN;` : `let ${o.name}: ${o.type};`))
      .join(" ");
    const values = b.outputs.filter((o) => o.type !== "StackArray");
    const use = values.length ? `\n__outputs(${values.map((o) => o.name).join(", ")});` : "";
    text += `function __body_${b.key}(${params}) { ${locals}{`;
    spans.push({ start: text.length, end: text.length + b.body.text.length, input: b });
    text += `${b.body.text}}${use}\n}\n`;
  }
  const sf = project.createSourceFile(path, text);
  const where = (pos: number): Loc | undefined => {
    const span = spans.find((s) => pos >= s.start && pos <= s.end);
    if (!span) return undefined;
    return locAt(span.input.body.loc.file, span.input.source, span.input.body.loc.offset + (pos - span.start));
  };
  for (const d of sf.getPreEmitDiagnostics()) {
    const start = d.getStart() ?? 0;
    const msg = ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ");
    const loc = where(start);
    if (loc) diagnostics.push(errors.typeError(loc, msg));
    else {
      // An error outside any body comes from the wrapper, i.e. from an output never assigned.
      const span = spans.filter((s) => start > s.end).at(-1);
      if (span) diagnostics.push(errors.typeError(span.input.body.loc, `${msg} (every output must be assigned on every path that does not exit)`));
    }
  }
  return { sf, spans, where };
}

/** The names a body may call unqualified, besides special forms: intrinsics and memory primitives. */
export interface BodyScope {
  readonly intrinsics: readonly string[];
  readonly memory: readonly string[];
}

/**
 * Type-checks uop bodies (against the body API) and optimizer rule bodies (against the symbols
 * API, runtime/optimizer/symbols.ts) in one program, and extracts the uop bodies' facts.
 */
export function checkBodies(bodies: readonly BodyInput[], rules: readonly BodyInput[], apiSource: string, runtimeDir: string): CheckResult {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { noLib: true, strict: true, target: ts.ScriptTarget.ES2022, types: [], noUnusedLocals: false },
  });
  project.createSourceFile("/api.d.ts", apiSource);
  for (const f of RUNTIME_FILES) {
    project.createSourceFile(`/rt/${f}`, readFileSync(join(runtimeDir, f), "utf8"));
  }
  const scope = bodyScope(project);
  const helpers = helperInfo(project);

  const diagnostics: Diagnostic[] = [];
  const { sf, spans, where } = addBodies(project, "/bodies.ts", prelude(scope), bodies, diagnostics);
  addBodies(project, "/rules.ts", RULES_PRELUDE, rules, diagnostics);

  const facts = new Map<string, BodyFacts>();
  const consuming = new Map(helpers.filter((h) => h.consumes.length).map((h) => [h.name, h]));
  const byName = new Map(helpers.map((h) => [h.name, h]));
  for (const span of spans) {
    const calls = new Set<string>();
    const used = new Set<string>();
    const implicits = new Set<string>();
    const opargRoles = new Set<string>();
    const dead = new Map<string, number>();
    const fn = sf.getFunctionOrThrow(`__body_${span.input.key}`);
    fn.forEachDescendant((node) => {
      if (node.getStart() < span.start || node.getStart() > span.end) return;
      if (Node.isCallExpression(node)) {
        const callee = node.getExpression();
        if (Node.isIdentifier(callee)) calls.add(callee.getText());
        if (Node.isPropertyAccessExpression(callee) && callee.getExpression().getText() === "H") {
          const name = callee.getName();
          used.add(name);
          const info = byName.get(name);
          node.getArguments().forEach((arg, i) => {
            const param = info?.params[i]?.name;
            if (param && arg.getText() === "oparg") opargRoles.add(param);
          });
          const h = consuming.get(name);
          if (h) {
            node.getArguments().forEach((arg, i) => {
              const param = h.params[i]?.name;
              if (param && h.consumes.includes(param) && span.input.inputs.includes(arg.getText())) {
                dead.set(arg.getText(), node.getEnd());
              }
            });
          }
        }
      } else if (Node.isIdentifier(node)) {
        const name = node.getText();
        if (name === "oparg" || name === "frame" || name === "THIS_INSTR") implicits.add(name);
        const deadAt = dead.get(name);
        if (deadAt !== undefined && node.getStart() > deadAt) {
          const loc = where(node.getStart());
          if (loc) diagnostics.push(errors.deadInputUse(loc, name, span.input.owner));
        }
      } else if (node.getKind() === SyntaxKind.ThisKeyword) {
        const loc = where(node.getStart());
        if (loc) diagnostics.push(errors.bodyForm(loc, "`this` is not part of the body language", "use the stack items and implicit variables"));
      }
    });
    facts.set(span.input.key, { calls, helpers: used, implicits, opargRoles });
  }
  return { facts, diagnostics, helpers, scope };
}

function prelude(scope: BodyScope): string {
  return [
    `import type { Value, Ptr, i32, f64, StackArray } from "./rt/vm/types";`,
    `import { ${scope.intrinsics.join(", ")} } from "./rt/vm/intrinsics";`,
    `import { ${scope.memory.join(", ")} } from "./rt/vm/memory";`,
    `import * as L from "./rt/layout";`,
    `import type { Helpers } from "./rt/vm/helpers-api";`,
    `declare const H: Helpers;`,
    `declare function __outputs(...values: unknown[]): void;`,
    ``,
  ].join("\n");
}

/** Exported functions and constants of the intrinsics and memory modules. */
export function bodyScope(project: Project): BodyScope {
  const names = (path: string) =>
    [...project.getSourceFileOrThrow(path).getExportedDeclarations().entries()]
      .filter(([, decls]) => decls.some((d) => Node.isFunctionDeclaration(d) || Node.isVariableDeclaration(d)))
      .map(([n]) => n)
      .sort();
  const memory = names("/rt/vm/memory.ts").filter((n) => /^(load|store|alloc)/.test(n));
  return { intrinsics: names("/rt/vm/intrinsics.ts"), memory };
}

function helperInfo(project: Project): HelperInfo[] {
  const iface = project.getSourceFileOrThrow("/rt/vm/helpers-api.ts").getInterfaceOrThrow("Helpers");
  return iface
    .getMethods()
    .map((m) => {
      const docs = m.getJsDocs().map((d) => d.getInnerText()).join("\n");
      return {
        name: m.getName(),
        params: m.getParameters().map((p) => ({ name: p.getName(), type: p.getTypeNode()?.getText() ?? "Value" })),
        result: m.getReturnTypeNode()?.getText() ?? "void",
        escapes: /@escapes\b/.test(docs),
        consumes: [...docs.matchAll(/@consumes\s+(\w+)/g)].map((x) => x[1]!),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
