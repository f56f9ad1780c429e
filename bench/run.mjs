// `npm run bench`: every benchmark program on every tierforge configuration and on the peers
// (CPython, PyPy, Pyodide), interleaved, with medians, spreads, ratios and a geometric mean.
// Each program's output is checked against python3's before anything is timed.
//
//   npm run bench [-- --quick] [--only richards,nbody] [--configs tier1,cpython] [--repeats N]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { renderMarkdown, renderSvg } from "./report.mjs";

const ROOT = join(dirname(new URL(import.meta.url).pathname), "..");
const PROGRAMS = join(ROOT, "bench/programs");
const CLI = join(ROOT, "bin/tierforge.js");

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    configs: { type: "string" },
    repeats: { type: "string" },
    iterations: { type: "string" },
    warmup: { type: "string" },
    "no-write": { type: "boolean", default: false },
  },
});

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const which = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const tierforgeHas = (args) => spawnSync(process.execPath, [CLI, ...args, "-c", "pass"]).status === 0;

/** Every configuration the suite knows; `available` says whether this machine can run it. */
const CONFIGS = [
  { name: "tier1-nospec", label: "tierforge --tier 1 --no-specialize", kind: "tierforge", args: ["--tier", "1", "--no-specialize"] },
  { name: "tier1", label: "tierforge --tier 1", kind: "tierforge", args: ["--tier", "1"] },
  { name: "tier2", label: "tierforge --tier 2", kind: "tierforge", args: ["--tier", "2"] },
  { name: "tier2-noopt", label: "tierforge --tier 2 --optimizer none", kind: "tierforge", args: ["--tier", "2", "--optimizer", "none"] },
  // Every other optimizer rule set in defs/optimizer/ is compared too.
  ...readdirSync(join(ROOT, "defs/optimizer"))
    .filter((f) => f.endsWith(".def") && f !== "default.def")
    .sort()
    .map((f) => f.replace(/\.def$/, ""))
    .map((name) => ({ name: `tier2-${name}`, label: `tierforge --tier 2 --optimizer ${name}`, kind: "tierforge", args: ["--tier", "2", "--optimizer", name] })),
  { name: "jit", label: "tierforge --tier jit", kind: "tierforge", args: ["--tier", "jit"] },
  { name: "cpython", label: "CPython (python3)", kind: "python", cmd: "python3" },
  { name: "pypy", label: "PyPy (pypy3)", kind: "python", cmd: "pypy3", install: "apt-get install pypy3" },
  { name: "pyodide", label: "Pyodide (CPython in Wasm, in Node)", kind: "pyodide" },
];

function available(c) {
  if (c.kind === "tierforge") {
    const [flag, tier, ...rest] = c.args;
    return tierforgeHas([flag, tier, ...rest].filter(Boolean)) ? true : "not implemented yet in tierforge";
  }
  if (c.kind === "python") return which(c.cmd) ? true : `missing (${c.install ?? "install " + c.cmd})`;
  try {
    return existsSync(join(ROOT, "node_modules/pyodide/pyodide.asm.wasm")) ? true : "missing (npm install pyodide)";
  } catch {
    return "missing";
  }
}

/** The command running `file` `iterations` times in one process, reporting each run's time. */
function command(c, file, size, iterations) {
  const n = String(iterations);
  if (c.kind === "tierforge") return [process.execPath, [CLI, "run", ...c.args, file, String(size)], { TIERFORGE_BENCH_REPEAT: n }];
  if (c.kind === "python") return [c.cmd, [join(ROOT, "bench/peers/cpython-run.py"), file, String(size)], { BENCH_REPEAT: n }];
  return [process.execPath, [join(ROOT, "bench/peers/pyodide-run.mjs"), file, String(size)], { BENCH_REPEAT: n }];
}

/**
 * One process: `wall` is the whole-process time of a single run (the later iterations'
 * in-process times are subtracted), `first` the first iteration's in-process time (warm-up
 * included), `steady` the median of the later iterations.
 */
function runOnce(c, prog, size, iterations = 1) {
  const [cmd, args, env] = command(c, join(PROGRAMS, prog.file), size, iterations);
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: PROGRAMS, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 << 20, timeout: 1_200_000 });
  const elapsed = performance.now() - t0;
  const m = /bench-iter-ms ([\d.,]+)/.exec(r.stderr ?? "");
  const iters = m ? m[1].split(",").map(Number) : [];
  const later = iters.slice(1);
  return {
    ok: r.status === 0,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
    wall: elapsed - later.reduce((a, b) => a + b, 0),
    first: iters[0],
    steady: later.length ? median(later) : iters[0],
  };
}

const manifest = JSON.parse(readFileSync(join(PROGRAMS, "manifest.json"), "utf8")).programs;
const only = values.only ? new Set(values.only.split(",")) : undefined;
const programs = manifest.filter((p) => !only || only.has(p.name));
const wanted = values.configs ? new Set(values.configs.split(",")) : undefined;
const sizeKey = values.quick ? "quick" : "default";
const repeats = Number(values.repeats ?? (values.quick ? 1 : 3));
const iterations = Number(values.iterations ?? (values.quick ? 1 : 4));
const warmup = Number(values.warmup ?? (values.quick ? 0 : 1));

const configs = [];
for (const c of CONFIGS) {
  if (wanted && !wanted.has(c.name)) continue;
  const a = available(c);
  if (a === true) configs.push(c);
  else console.log(`  ${c.label}: ${a} — skipped`);
}

// 1. Correctness: every program's output on every configuration must match python3's.
const failures = new Map();
for (const p of programs) {
  const expected = readFileSync(join(PROGRAMS, `expected/${p.name}.${sizeKey}.out`), "utf8");
  for (const c of configs) {
    const r = runOnce(c, p, p[sizeKey]);
    if (!r.ok || r.stdout !== expected) {
      failures.set(`${p.name}/${c.name}`, r.ok ? "wrong output" : (r.stderr.trim().split("\n").at(-1) ?? "failed"));
      console.log(`  ✗ ${p.name} on ${c.label}: ${failures.get(`${p.name}/${c.name}`)}`);
    }
  }
}

// 2. Timing: rounds of (program × configuration), interleaved so load changes hit all alike.
const samples = new Map();
const total = (warmup + repeats) * programs.length * configs.length;
let done = 0;
const bar = () => {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r  [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
};
for (let round = 0; round < warmup + repeats; round++) {
  for (const p of programs) {
    for (const c of configs) {
      const key = `${p.name}/${c.name}`;
      if (!failures.has(key)) {
        const r = runOnce(c, p, p[sizeKey], iterations);
        if (round >= warmup && r.ok) {
          const s = samples.get(key) ?? { wall: [], first: [], steady: [] };
          s.wall.push(r.wall);
          if (r.first !== undefined) s.first.push(r.first);
          if (r.steady !== undefined) s.steady.push(r.steady);
          samples.set(key, s);
        }
      }
      done++;
      if (process.stderr.isTTY || done === total) bar();
    }
  }
}
process.stderr.write("\n");

const results = programs.map((p) => ({
  name: p.name,
  size: p[sizeKey],
  configs: Object.fromEntries(
    configs.map((c) => {
      const s = samples.get(`${p.name}/${c.name}`);
      if (!s || !s.wall.length) return [c.name, { failed: failures.get(`${p.name}/${c.name}`) ?? "no samples" }];
      return [
        c.name,
        {
          wallMs: median(s.wall),
          wallMin: Math.min(...s.wall),
          wallMax: Math.max(...s.wall),
          firstMs: s.first.length ? median(s.first) : undefined,
          steadyMs: s.steady.length ? median(s.steady) : undefined,
          steadyMin: s.steady.length ? Math.min(...s.steady) : undefined,
          steadyMax: s.steady.length ? Math.max(...s.steady) : undefined,
          samples: s.wall.length,
        },
      ];
    }),
  ),
}));

const report = {
  date: new Date().toISOString(),
  host: hostname(),
  node: process.version,
  mode: sizeKey,
  repeats,
  iterations,
  configs: configs.map((c) => ({ name: c.name, label: c.label })),
  missing: CONFIGS.filter((c) => !configs.includes(c) && (!wanted || wanted.has(c.name))).map((c) => ({ name: c.name, label: c.label, why: available(c) })),
  results,
};
const md = renderMarkdown(report);
console.log("\n" + md);
if (!values["no-write"] && !values.quick) {
  mkdirSync(join(ROOT, "bench/results"), { recursive: true });
  const stem = join(ROOT, `bench/results/${report.date.slice(0, 10)}-${report.host}`);
  writeFileSync(`${stem}.json`, JSON.stringify(report, null, 2) + "\n");
  writeFileSync(`${stem}.md`, md);
  writeFileSync(`${stem}.svg`, renderSvg(report));
  writeFileSync(join(ROOT, "bench/results/latest.md"), md);
  writeFileSync(join(ROOT, "bench/results/latest.svg"), renderSvg(report));
  console.log(`wrote ${stem}.{json,md,svg} and bench/results/latest.{md,svg}`);
  updateReadme(md);
}

/** The README shows the latest tables and chart, between its bench markers. */
function updateReadme(md) {
  const path = join(ROOT, "README.md");
  const readme = readFileSync(path, "utf8");
  const start = "<!-- bench:latest:start -->";
  const end = "<!-- bench:latest:end -->";
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) return;
  const cut = md.indexOf("\nWhole-process time");
  const tables = (cut > 0 ? md.slice(0, cut) : md).trim();
  const section = `${tables}\n\nMore (whole-process times, first run vs steady state): [bench/results/latest.md](bench/results/latest.md).\n\n![Ratio to CPython per benchmark and configuration](bench/results/latest.svg)`;
  writeFileSync(path, `${readme.slice(0, i + start.length)}\n${section}\n${readme.slice(j)}`);
  console.log("updated the README's benchmark section");
}
if (failures.size) process.exitCode = 1;
