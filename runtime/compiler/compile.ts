// Entry points: source → AST (the frontend) → code objects.

import { parseModule } from '../frontend/parse.js';
import { normalizeSource } from '../frontend/source.js';
import type { CodeInfo } from './code.js';
import { compileModule } from './codegen.js';

export { compileModule } from './codegen.js';
export type { CompileOptions } from './codegen.js';

/** Parse and compile a module. Throws PySyntaxError (or NotSupportedError) like CPython's compile(). */
export function compileSource(source: string, filename: string): CodeInfo {
  const mod = parseModule(source, filename);
  return compileModule(mod, filename, { source: normalizeSource(source) });
}
