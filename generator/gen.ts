// The whole generator on one screen: load → analyze → emit → format. Pure up to the point
// where main.ts writes (or compares) the files.
import { relative } from "node:path";
import { analyze } from "./analyze.js";
import type { Analysis } from "./analysis.js";
import { formatMd, formatTs, type Output } from "./emit-common.js";
import { emitDocs } from "./emit-docs.js";
import { emitOpcodes, emitUops } from "./emit-metadata.js";
import { emitOptimizer, emitOptimizerIndex } from "./emit-optimizer.js";
import { emitTier1 } from "./emit-tier1.js";
import { emitTier2 } from "./emit-tier2.js";
import { loadDefs, PROJECT_ROOT } from "./load.js";

export interface GenOptions {
  readonly defsDir: string;
  readonly outDir: string;
  /** Where docs (opcodes.md) go. */
  readonly docsDir: string;
}

export interface GenResult {
  readonly analysis: Analysis;
  /** Files to write: absolute-ish paths (joined with outDir/docsDir) and their text. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
  readonly sources: ReadonlyMap<string, string>;
}

export async function generate(opts: GenOptions): Promise<GenResult> {
  const defs = loadDefs(opts.defsDir);
  const analysis = analyze({ ...defs, runtimeDir: `${PROJECT_ROOT}/runtime` });
  const runtimeImport = relative(opts.outDir, `${PROJECT_ROOT}/runtime`) || ".";
  const code: Output[] = [
    emitOpcodes(analysis),
    emitUops(analysis),
    emitTier1(analysis, runtimeImport),
    emitTier2(analysis, runtimeImport),
    ...[...analysis.rulesets].map(([name, rules]) => emitOptimizer(analysis, name, rules, runtimeImport)),
    emitOptimizerIndex(analysis),
    // Stencils (the JIT issue) will be emitted here: emitStencils(analysis) → stencils.ts + wat/.
  ];
  const files = [
    ...(await Promise.all(code.map(async (o) => ({ path: `${opts.outDir}/${o.path}`, text: await formatTs(o.text) })))),
    ...[emitDocs(analysis)].map((o) => ({ path: `${opts.docsDir}/${o.path}`, text: o.text })),
  ];
  const formatted = await Promise.all(files.map(async (f) => (f.path.endsWith(".md") ? { ...f, text: await formatMd(f.text) } : f)));
  return { analysis, files: formatted, sources: defs.sources };
}
