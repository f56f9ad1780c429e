// Finds and parses the defs: `<dir>/*.def` is the instruction set, `<dir>/optimizer/*.def` the
// optimizer rule sets, `<dir>/api.d.ts` the body language (or the project's own if absent).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DefsFile } from "./ast.js";
import { DefsError, type Diagnostic } from "./diagnostics.js";
import { parseDefs } from "./parse.js";

export interface LoadedDefs {
  readonly files: DefsFile[];
  readonly rulesets: { name: string; file: DefsFile }[];
  readonly apiSource: string;
  readonly sources: Map<string, string>;
}

export { PROJECT_ROOT } from "./root.js";
import { PROJECT_ROOT } from "./root.js";

export function loadDefs(dir: string, root = process.cwd()): LoadedDefs {
  const diags: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const parseAll = (folder: string) =>
    (existsSync(folder) ? readdirSync(folder) : [])
      .filter((f) => f.endsWith(".def"))
      .sort()
      .flatMap((f) => {
        const abs = join(folder, f);
        const path = relative(root, abs) || abs;
        const source = readFileSync(abs, "utf8");
        sources.set(path, source);
        const r = parseDefs(path, source);
        if (!r.ok) {
          diags.push(...r.diagnostics);
          return [];
        }
        return [r.file];
      });
  const files = parseAll(dir);
  const rulesets = parseAll(join(dir, "optimizer")).map((file) => ({
    name: file.path.replace(/^.*\//, "").replace(/\.def$/, ""),
    file,
  }));
  if (diags.length) throw new DefsError(diags);
  const localApi = join(dir, "api.d.ts");
  const apiSource = readFileSync(existsSync(localApi) ? localApi : join(PROJECT_ROOT, "defs/api.d.ts"), "utf8");
  return { files, rulesets, apiSource, sources };
}
