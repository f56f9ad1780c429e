// The `tierforge` command. Subcommands load their code lazily so `--version` and small
// programs start fast; the generator (ts-morph, ohm, prettier) loads only for `gen`.
import { readFileSync } from "node:fs";

const USAGE = `usage: tierforge <command> [options]

commands:
  gen [--defs DIR] [--out DIR] [--check]   regenerate generated/ from defs/ (or check it is in sync)
  run [options] FILE.py [ARGS...]          run a Python program
  -c CODE                                  run a Python program given as a string
  dis [--specialized] FILE.py              list a program's bytecode (--specialized: run it
                                           first, then list the quickened bytecode)
  trace [options] FILE.py                  run on tier 2, then print every trace: the bytecode
                                           it came from, its uops, the optimized uops, exits
  --version                                print the version

options for run/-c:
  --tier 1|2|jit   execution tier (default 1)     --stats        print VM statistics
  --max-heap SIZE  heap limit (e.g. 256M)         --gc-stress    collect at every safepoint
  --no-specialize  no quickening (the baseline)   --specialize-stress  specialize at first execution
  --tier2-threshold N  back-edge (and side-exit) executions before a trace forms (default 16)
  --optimizer NAME     trace optimizer rule set: default, none, or another in defs/optimizer/
`;

interface RunFlags {
  tier: string;
  stats: boolean;
  maxHeap: number | undefined;
  gcStress: boolean;
  specialize: "on" | "off" | "stress";
  tier2Threshold: number;
  optimizer: string;
}

function parseSize(s: string): number | undefined {
  const m = /^(\d+)([KMG]?)B?$/i.exec(s);
  if (!m) return undefined;
  const mult = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2]!.toUpperCase() as "" | "K" | "M" | "G"];
  return Number(m[1]) * mult;
}

/** Splits VM flags (before the program) from the rest. */
function parseFlags(argv: string[]): { flags: RunFlags; rest: string[] } | string {
  const flags: RunFlags = { tier: process.env.TIERFORGE_JIT === "1" ? "jit" : "1", stats: false, maxHeap: undefined, gcStress: false, specialize: "on", tier2Threshold: 16, optimizer: "default" };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--tier") flags.tier = argv[++i] ?? "";
    else if (a.startsWith("--tier=")) flags.tier = a.slice(7);
    else if (a === "--stats") flags.stats = true;
    else if (a === "--gc-stress") flags.gcStress = true;
    else if (a === "--no-specialize") flags.specialize = "off";
    else if (a === "--specialize-stress") flags.specialize = "stress";
    else if (a === "--tier2-threshold" || a.startsWith("--tier2-threshold=")) {
      const v = a === "--tier2-threshold" ? argv[++i] ?? "" : a.slice(18);
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 4096) return `tierforge: --tier2-threshold: expected a whole number from 1 to 4096, got '${v}'`;
      flags.tier2Threshold = Number(v);
    } else if (a === "--optimizer" || a.startsWith("--optimizer=")) flags.optimizer = a === "--optimizer" ? argv[++i] ?? "" : a.slice(12);
    else if (a === "--max-heap" || a.startsWith("--max-heap=")) {
      const v = a === "--max-heap" ? argv[++i] ?? "" : a.slice(11);
      const n = parseSize(v);
      if (n === undefined) return `tierforge: --max-heap: expected a size like 64M, got '${v}'`;
      flags.maxHeap = n;
    } else break;
  }
  if (!["1", "2", "jit"].includes(flags.tier)) return `tierforge: --tier: expected 1, 2 or jit, got '${flags.tier}'`;
  if (flags.tier === "jit") return `tierforge: --tier jit is not available yet (the JIT is issue 7); use --tier 2`;
  return { flags, rest: argv.slice(i) };
}

/** --optimizer names a rule set that exists (checked only when tier 2 is on: it loads them). */
async function knownOptimizer(flags: RunFlags): Promise<boolean> {
  if (flags.tier === "1" || flags.optimizer === "none") return true;
  const { RULESETS } = await import("./optimizer/optimize.js");
  if (RULESETS.includes(flags.optimizer)) return true;
  process.stderr.write(`tierforge: --optimizer: unknown rule set '${flags.optimizer}' (known: none, ${RULESETS.join(", ")})\n`);
  return false;
}

function vmOptions(flags: RunFlags) {
  return {
    stats: flags.stats,
    gcStress: flags.gcStress,
    specialize: flags.specialize,
    tier: flags.tier === "1" ? (1 as const) : (2 as const),
    tier2Threshold: flags.tier2Threshold,
    optimizer: flags.optimizer,
    ...(flags.maxHeap ? { maxHeap: flags.maxHeap } : {}),
  };
}

async function run(argv: string[], inline: boolean): Promise<number> {
  const parsed = parseFlags(argv);
  if (typeof parsed === "string") {
    process.stderr.write(parsed + "\n");
    return 2;
  }
  const { flags, rest } = parsed;
  if (!(await knownOptimizer(flags))) return 2;
  if (!rest.length) {
    process.stderr.write(inline ? "tierforge -c: expected CODE\n" : "tierforge run: expected FILE.py\n");
    return 2;
  }
  const [target, ...args] = rest as [string, ...string[]];
  let source: string;
  let filename: string;
  if (inline) {
    source = target;
    filename = "<string>";
  } else {
    try {
      source = readFileSync(target, "utf8");
    } catch (e) {
      process.stderr.write(`tierforge: can't open file '${target}': ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "[Errno 2] No such file or directory" : String(e)}\n`);
      return 2;
    }
    filename = target;
  }
  const vm = await import("./vm/vm.js");
  vm.startVM(vmOptions(flags));
  if (inline) vm.rememberSource(filename, source);
  // For `npm run bench`: run the program TIERFORGE_BENCH_REPEAT times in this one VM and report
  // each run's time without start-up (the first includes warm-up; later ones are steady state).
  const repeat = Math.max(1, Number(process.env.TIERFORGE_BENCH_REPEAT ?? 1));
  const times: string[] = [];
  let r = { exitCode: 0 };
  for (let i = 0; i < repeat && r.exitCode === 0; i++) {
    const t0 = performance.now();
    r = vm.runMain(filename, source, [inline ? "-c" : target, ...args]);
    times.push((performance.now() - t0).toFixed(3));
  }
  if (process.env.TIERFORGE_BENCH_REPEAT) process.stderr.write(`bench-iter-ms ${times.join(",")}\n`);
  if (flags.stats) (await import("./vm/stats.js")).printStats();
  return r.exitCode;
}

/** A program's source for `dis`; undefined (with the error printed) when there is none. */
function readProgram(command: string, file: string | undefined): string | undefined {
  if (!file) {
    process.stderr.write(`${command}: expected FILE.py\n`);
    return undefined;
  }
  try {
    return readFileSync(file, "utf8");
  } catch {
    process.stderr.write(`${command}: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return undefined;
  }
}

async function dis(argv: string[]): Promise<number> {
  const specialized = argv[0] === "--specialized";
  if (specialized) return disSpecialized(argv.slice(1));
  const file = argv[0];
  const source = readProgram("tierforge dis", file);
  if (source === undefined || file === undefined) return 2;
  const { compileSource } = await import("./compiler/compile.js");
  const { disassemble } = await import("./compiler/dis.js");
  const { PySyntaxError } = await import("./frontend/errors.js");
  const { formatSyntaxError } = await import("./frontend/format-syntax-error.js");
  try {
    process.stdout.write(disassemble(compileSource(source, file)));
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

/** `dis --specialized [run flags] FILE.py`: runs the program, then lists its quickened bytecode. */
async function disSpecialized(argv: string[]): Promise<number> {
  const parsed = parseFlags(argv);
  if (typeof parsed === "string") {
    process.stderr.write(parsed + "\n");
    return 2;
  }
  const [file, ...args] = parsed.rest;
  const source = readProgram("tierforge dis --specialized", file);
  if (source === undefined || file === undefined) return 2;
  const vm = await import("./vm/vm.js");
  const { disassemble } = await import("./compiler/dis.js");
  const { quickenedUnits } = await import("./objects/callables.js");
  const { flags } = parsed;
  vm.startVM(vmOptions(flags));
  const r = vm.runMain(file, source, [file, ...args]);
  const main = vm.lastMain.info;
  if (!main) return r.exitCode;
  process.stdout.write(`\nQuickened bytecode of ${file} after the run (caches in brackets):\n`);
  process.stdout.write(disassemble(main, (c) => quickenedUnits.get(c)));
  return r.exitCode;
}

/** `trace [run flags] FILE.py`: runs the program on tier 2, then prints every trace it made. */
async function trace(argv: string[]): Promise<number> {
  const parsed = parseFlags(["--tier", "2", ...argv]);
  if (typeof parsed === "string") {
    process.stderr.write(parsed + "\n");
    return 2;
  }
  const [file, ...args] = parsed.rest;
  const source = readProgram("tierforge trace", file);
  if (source === undefined || file === undefined) return 2;
  if (!(await knownOptimizer(parsed.flags))) return 2;
  const vm = await import("./vm/vm.js");
  vm.startVM({ ...vmOptions(parsed.flags), stats: true });
  const { formatTraces } = await import("./tier2/show.js");
  try {
    return vm.runMain(file, source, [file, ...args]).exitCode;
  } finally {
    // Also when the run failed inside the VM: the traces are what one wants to see then.
    process.stdout.write(formatTraces());
  }
}

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
  if (cmd === "run") return run(argv.slice(1), false);
  if (cmd === "-c") return run(argv.slice(1), true);
  if (cmd === "dis") return dis(argv.slice(1));
  if (cmd === "trace") return trace(argv.slice(1));
  if (cmd.startsWith("-") && cmd !== "-c") {
    // Flags before -c / FILE: `tierforge --stats -c CODE`.
    const cIndex = argv.indexOf("-c");
    if (cIndex > 0) return run([...argv.slice(0, cIndex), ...argv.slice(cIndex + 1)], true);
    return run(argv, false);
  }
  if (cmd.endsWith(".py")) return run(argv, false);
  process.stderr.write(`tierforge: unknown command '${cmd}'\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tierforge: internal error (a bug in tierforge, not in your program): ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
