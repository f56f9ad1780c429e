// Runs a Python program under Pyodide (CPython compiled to WebAssembly) in Node, as a benchmark
// peer: `BENCH_REPEAT=5 node bench/peers/pyodide-run.mjs FILE [ARGS...]`. Prints the program's
// stdout, and on stderr each run's time (excluding Pyodide's start-up).
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [file, ...args] = process.argv.slice(2);
const out = [];
const py = await loadPyodide({ stdout: (s) => out.push(s + "\n"), stderr: (s) => process.stderr.write(s + "\n") });
py.globals.set("bench_argv", py.toPy([file, ...args]));
py.runPython("import sys; sys.argv = list(bench_argv)");
const source = readFileSync(file, "utf8");
const times = [];
for (let i = 0; i < Number(process.env.BENCH_REPEAT ?? 1); i++) {
  const t0 = performance.now();
  py.runPython(source, { globals: py.toPy({ __name__: "__main__" }), filename: file });
  times.push((performance.now() - t0).toFixed(3));
}
process.stdout.write(out.join(""));
process.stderr.write(`bench-iter-ms ${times.join(",")}\n`);
