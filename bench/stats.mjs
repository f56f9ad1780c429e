// `npm run bench:stats`: runs every benchmark program once with `--stats` (at a size between its
// quick and default sizes: the geometric mean) and sums the specialization counters per family
// over the suite — the hit rates the specialization issue asks for. Not a timing tool.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const ROOT = join(dirname(new URL(import.meta.url).pathname), "..");
const PROGRAMS = join(ROOT, "bench/programs");
const manifest = JSON.parse(readFileSync(join(PROGRAMS, "manifest.json"), "utf8"));
const extra = process.argv.slice(2);
const programCount = JSON.parse(readFileSync(join(PROGRAMS, "manifest.json"), "utf8")).programs.length;
// Share of all executed instructions per (previous, current) pair, summed over programs (each
// program's top pairs only, so a pair's mean share is a lower bound).
const pairShares = new Map();

const families = new Map();
const add = (name, key, n) => {
  const f = families.get(name) ?? { hits: 0, misses: 0, unspecialized: 0, attempts: 0, successes: 0, deopts: 0 };
  f[key] += n;
  families.set(name, f);
};

for (const p of manifest.programs) {
  const size = Math.round(Math.sqrt(p.quick * p.default));
  const r = spawnSync(process.execPath, [join(ROOT, "bin/tierforge.js"), "run", "--stats", ...extra, p.file, String(size)], {
    cwd: PROGRAMS,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) {
    console.error(`${p.name}: exit ${r.status}\n${r.stderr.slice(-500)}`);
    process.exitCode = 1;
    continue;
  }
  let current;
  for (const line of r.stderr.split("\n")) {
    const head = /^ {4}(\w+)\s+hits\s+(\d+)\s+misses\s+(\d+)\s+unspecialized\s+(\d+)/.exec(line);
    if (head) {
      current = head[1];
      add(current, "hits", Number(head[2]));
      add(current, "misses", Number(head[3]));
      add(current, "unspecialized", Number(head[4]));
      continue;
    }
    const pair = /^ {4}(\S+) \+ (\S+)\s+\d+\s+([\d.]+)%/.exec(line);
    if (pair) {
      const key = `${pair[1]} + ${pair[2]}`;
      pairShares.set(key, (pairShares.get(key) ?? 0) + Number(pair[3]));
      continue;
    }
    const tail = /^ {4}\s+attempts (\d+), successes (\d+), deopts (\d+)/.exec(line);
    if (tail && current) {
      add(current, "attempts", Number(tail[1]));
      add(current, "successes", Number(tail[2]));
      add(current, "deopts", Number(tail[3]));
    }
  }
  console.error(`  ${p.name} ${size}: done`);
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : "—");
const rows = [...families].sort((a, b) => b[1].hits + b[1].misses + b[1].unspecialized - (a[1].hits + a[1].misses + a[1].unspecialized));
console.log("| family | executions | hits | misses | unspecialized | hit rate | attempts | successes | deopts |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const [name, f] of rows) {
  const total = f.hits + f.misses + f.unspecialized;
  console.log(`| ${name} | ${total} | ${f.hits} | ${f.misses} | ${f.unspecialized} | ${pct(f.hits, total)} | ${f.attempts} | ${f.successes} | ${f.deopts} |`);
}

console.log("\nMost frequent instruction pairs (mean share of executed instructions over the suite):\n");
console.log("| pair | mean share |");
console.log("|---|---:|");
for (const [key, sum] of [...pairShares].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`| ${key} | ${(sum / programCount).toFixed(2)}% |`);
}
