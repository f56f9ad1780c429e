// The only module that imports binaryen (a build-time dependency: nothing under runtime/ may).
// Kept thin: it loads the library and re-exports what the stencil builder uses.
import binaryenModule from "binaryen";

export const binaryen = binaryenModule;
export type BModule = binaryenModule.Module;
export type BExpr = binaryenModule.ExpressionRef;
export type BType = binaryenModule.Type;

/** A module with the Wasm features Node 20 runs natively and stencils rely on. */
export function newModule(): BModule {
  const m = new binaryen.Module();
  m.setFeatures(binaryen.Features.MVP | binaryen.Features.NontrappingFPToInt | binaryen.Features.MutableGlobals | binaryen.Features.SignExt);
  return m;
}
