// Bundles the CLI (runtime/cli.ts) and the generator (generator/main.ts) into dist/ with esbuild,
// so `tierforge` starts without transpiling TypeScript. Library dependencies stay external.
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
};
await build({ ...common, entryPoints: { cli: "runtime/cli.ts", gen: "generator/main.ts" }, outdir: "dist", splitting: true });
