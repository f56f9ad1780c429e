// Runs a Python program under Pyodide (CPython compiled to WebAssembly) in Node, as a benchmark
// peer: `node bench/peers/pyodide-run.mjs FILE [ARGS...]`. Prints the program's stdout, and
// on stderr the time the program itself took (excluding Pyodide's start-up).
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [file, ...args] = process.argv.slice(2);
const out = [];
const py = await loadPyodide({ stdout: (s) => out.push(s + "\n"), stderr: (s) => process.stderr.write(s + "\n") });
py.globals.set("bench_argv", py.toPy([file, ...args]));
py.runPython("import sys; sys.argv = list(bench_argv)");
const t0 = performance.now();
py.runPython(readFileSync(file, "utf8"), { filename: file });
const ms = performance.now() - t0;
process.stdout.write(out.join(""));
process.stderr.write(`bench-time-ms ${ms.toFixed(3)}\n`);
