// Renders a bench report: a Markdown table (time per configuration, ratios to CPython and to
// tier 1, geometric means) and an SVG bar chart of speed relative to CPython.
const fmt = (ms) => (ms === undefined ? "—" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : undefined);

/** Time used for ratios: steady-state in-process time per run (start-up and warm-up excluded). */
const timeOf = (r) => (r && !r.failed ? (r.steadyMs ?? r.wallMs) : undefined);
const wallOf = (r) => (r && !r.failed ? r.wallMs : undefined);

/** The seeds' table: benchmark | without JIT | with JIT | change, plus the peers. */
function seedsTable(report) {
  const has = (n) => report.configs.some((c) => c.name === n);
  const peers = ["cpython", "pypy", "pyodide"].filter(has);
  const lines = [
    `| benchmark | without JIT (tier 1) | with JIT | change | ${peers.map((p) => report.configs.find((c) => c.name === p).label).join(" | ")} |`,
    `|---|---:|---:|---:|${peers.map(() => "---:").join("|")}|`,
  ];
  for (const r of report.results) {
    const t1 = timeOf(r.configs.tier1);
    const jit = timeOf(r.configs.jit);
    const change = t1 && jit ? `${(t1 / jit).toFixed(2)}× faster` : "—";
    lines.push(`| ${r.name} | ${fmt(t1)} | ${has("jit") ? fmt(jit) : "n/a"} | ${change} | ${peers.map((p) => fmt(timeOf(r.configs[p]))).join(" | ")} |`);
  }
  return lines;
}

export function renderMarkdown(report) {
  const names = report.configs.map((c) => c.name);
  const lines = [];
  lines.push(
    `Benchmarks (${report.mode} sizes; ${report.repeats} process(es) × ${report.iterations} in-process run(s) per configuration, medians; ${report.date.slice(0, 10)}, ${report.host}, Node ${report.node})`,
    "",
  );
  lines.push(...seedsTable(report), "");
  lines.push("Steady-state time per run (in-process, after the first run); ×CPython is CPython's time divided by this one, ×tier1 tier 1's (higher is faster).", "");
  lines.push(`| benchmark | ${names.map((n) => `${n} | ×CPython | ×tier1`).join(" | ")} |`);
  lines.push(`|---|${names.map(() => "---:|---:|---:").join("|")}|`);
  const ratios = Object.fromEntries(names.map((n) => [n, []]));
  const vsTier1 = Object.fromEntries(names.map((n) => [n, []]));
  for (const r of report.results) {
    const base = timeOf(r.configs.cpython);
    const t1 = timeOf(r.configs.tier1);
    const cells = names.map((n) => {
      const c = r.configs[n];
      const t = timeOf(c);
      if (t === undefined) return `${c?.failed ?? "—"} | — | —`;
      const ratio = base ? base / t : undefined;
      const r1 = t1 ? t1 / t : undefined;
      if (ratio) ratios[n].push(ratio);
      if (r1) vsTier1[n].push(r1);
      return `${fmt(t)} | ${ratio ? ratio.toFixed(2) + "×" : "—"} | ${r1 ? r1.toFixed(2) + "×" : "—"}`;
    });
    lines.push(`| ${r.name} | ${cells.join(" | ")} |`);
  }
  lines.push(`| **geometric mean** | ${names.map((n) => ` | ${geomean(ratios[n])?.toFixed(2) ?? "—"}× | ${geomean(vsTier1[n])?.toFixed(2) ?? "—"}×`).join(" | ")} |`);
  lines.push("", "Whole-process time of one run (start-up and warm-up included; median, min–max) and ×CPython:", "");
  lines.push(`| benchmark | ${names.join(" | ")} |`, `|---|${names.map(() => "---:").join("|")}|`);
  const wallRatios = Object.fromEntries(names.map((n) => [n, []]));
  for (const r of report.results) {
    const base = wallOf(r.configs.cpython);
    lines.push(
      `| ${r.name} | ${names
        .map((n) => {
          const c = r.configs[n];
          if (!c || c.failed) return "—";
          const ratio = base ? base / c.wallMs : undefined;
          if (ratio) wallRatios[n].push(ratio);
          return `${fmt(c.wallMs)} (${fmt(c.wallMin)}–${fmt(c.wallMax)}) ${ratio ? ratio.toFixed(2) + "×" : ""}`;
        })
        .join(" | ")} |`,
    );
  }
  lines.push(`| **geometric mean** | ${names.map((n) => `${geomean(wallRatios[n])?.toFixed(2) ?? "—"}×`).join(" | ")} |`);
  lines.push("", "First in-process run (warm-up included) vs steady state:", "");
  lines.push(`| benchmark | ${names.map((n) => `${n} first | ${n} steady`).join(" | ")} |`, `|---|${names.map(() => "---:|---:").join("|")}|`);
  for (const r of report.results) {
    lines.push(`| ${r.name} | ${names.map((n) => { const c = r.configs[n]; return c && !c.failed ? `${fmt(c.firstMs)} | ${fmt(c.steadyMs)}` : "— | —"; }).join(" | ")} |`);
  }
  if (report.missing.length) {
    lines.push("", "Not measured: " + report.missing.map((m) => `${m.label} (${m.why})`).join("; ") + ".");
  }
  return lines.join("\n") + "\n";
}

export function renderSvg(report) {
  const names = report.configs.map((c) => c.name).filter((n) => n !== "cpython");
  const colors = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1"];
  const rows = report.results;
  const barH = 10;
  const groupH = names.length * barH + 10;
  const left = 120;
  const width = 640;
  const height = rows.length * groupH + 60;
  const all = rows.flatMap((r) => names.map((n) => { const b = timeOf(r.configs.cpython); const t = timeOf(r.configs[n]); return b && t ? b / t : 0; }));
  const max = Math.max(1, ...all);
  const x = (v) => left + (v / max) * (width - left - 20);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="10">`];
  out.push(`<text x="${left}" y="14" font-size="12">Speed relative to CPython 3.11 (higher is faster)</text>`);
  rows.forEach((r, i) => {
    const y0 = 30 + i * groupH;
    out.push(`<text x="${left - 6}" y="${y0 + groupH / 2}" text-anchor="end">${r.name}</text>`);
    names.forEach((n, j) => {
      const b = timeOf(r.configs.cpython);
      const t = timeOf(r.configs[n]);
      const v = b && t ? b / t : 0;
      out.push(`<rect x="${left}" y="${y0 + j * barH}" width="${Math.max(0, x(v) - left)}" height="${barH - 2}" fill="${colors[j % colors.length]}"/>`);
      out.push(`<text x="${x(v) + 3}" y="${y0 + j * barH + barH - 3}">${v ? v.toFixed(2) + "×" : "—"}</text>`);
    });
  });
  out.push(`<line x1="${x(1)}" y1="24" x2="${x(1)}" y2="${height - 30}" stroke="#333" stroke-dasharray="3,3"/>`);
  names.forEach((n, j) => out.push(`<rect x="${left + j * 110}" y="${height - 20}" width="10" height="10" fill="${colors[j % colors.length]}"/><text x="${left + j * 110 + 14}" y="${height - 11}">${n}</text>`));
  out.push("</svg>");
  return out.join("\n") + "\n";
}
