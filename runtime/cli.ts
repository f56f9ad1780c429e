// The `tierforge` command. Subcommands load their code lazily so `--version` and small
// programs start fast; the generator (ts-morph, ohm, prettier) loads only for `gen`.
import { readFileSync } from "node:fs";

const USAGE = `usage: tierforge <command> [options]

commands:
  gen [--defs DIR] [--out DIR] [--check]   regenerate generated/ from defs/ (or check it is in sync)
  run FILE.py [ARGS...]                    run a Python program
  -c CODE                                  run a Python program given as a string
  dis FILE.py                              list a program's bytecode
  --version                                print the version

options for run/-c/dis:
  --tier 1|2|jit   execution tier (default 1)     --stats        print VM statistics
  --max-heap SIZE  heap limit (e.g. 256M)         --gc-stress    collect at every safepoint
`;

async function main(argv: string[]): Promise<number> {
  const cmd = argv[0];
  if (cmd === undefined || cmd === "-h" || cmd === "--help" || cmd === "help") {
    process.stdout.write(USAGE);
    return cmd === undefined ? 2 : 0;
  }
  if (cmd === "--version" || cmd === "-V") {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    process.stdout.write(`tierforge ${pkg.version}\n`);
    return 0;
  }
  if (cmd === "gen") {
    const gen = await import("../generator/main.js");
    return gen.main(argv.slice(1));
  }
  if (cmd === "run" || cmd === "-c" || cmd === "dis" || cmd === "trace") {
    process.stderr.write(`tierforge ${cmd}: the Python VM is not built yet (see issue 3)\n`);
    return 2;
  }
  process.stderr.write(`tierforge: unknown command '${cmd}'\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tierforge: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
