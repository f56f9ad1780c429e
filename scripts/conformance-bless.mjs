#!/usr/bin/env node
// Regenerates (or, with --check, verifies) the expected outputs of the
// conformance corpus by running CPython (`python3`) on every program.
//
//   node scripts/conformance-bless.mjs [--check] [file-or-folder ...]
//
// For each tests/conformance/**/*.py whose name does not start with `_`:
//   <name>.out  python3's stdout, byte for byte
//   <name>.err  only when python3 exits non-zero: "exit N\n<last stderr line>\n"
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusRoot = join(repoRoot, 'tests', 'conformance');
const TIMEOUT_MS = 30_000;

const args = process.argv.slice(2);
const check = args.includes('--check');
const targets = args.filter((a) => a !== '--check');
for (const a of targets) {
  if (a.startsWith('--')) {
    console.error(`conformance-bless: unknown option ${a}`);
    process.exit(2);
  }
}

function collect(path, out) {
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (st.isFile() && path.endsWith('.py') && !basename(path).startsWith('_')) {
    out.push(path);
  }
  return out;
}

let programs = [];
if (targets.length === 0) {
  programs = collect(corpusRoot, []);
} else {
  for (const t of targets) {
    const p = resolve(t);
    if (!existsSync(p)) {
      console.error(`conformance-bless: no such file or folder: ${t}`);
      process.exit(2);
    }
    collect(p, programs);
  }
  programs = [...new Set(programs)].sort();
}

function lastLine(text) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

function readOrNull(p) {
  return existsSync(p) ? readFileSync(p) : null;
}

const PY_ENV = {
  ...process.env,
  PYTHONHASHSEED: '0',
  PYTHONIOENCODING: 'utf-8',
  // keep helper-module imports from littering the corpus with __pycache__/
  PYTHONDONTWRITEBYTECODE: '1',
};

// Runs one program; resolves to { stdout: Buffer, stderr: string, status, signal, error }.
function runPython(prog) {
  return new Promise((resolvePromise) => {
    const child = spawn('python3', [basename(prog)], {
      cwd: dirname(prog),
      env: PY_ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolvePromise({ error: e.message });
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (timedOut) return resolvePromise({ error: `timed out after ${TIMEOUT_MS / 1000} s` });
      if (status === null) return resolvePromise({ error: `killed by signal ${signal}` });
      resolvePromise({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), status });
    });
  });
}

const results = new Array(programs.length);
let next = 0;
async function worker() {
  while (next < programs.length) {
    const i = next++;
    results[i] = await runPython(programs[i]);
  }
}
const jobs = Math.max(1, Math.min(availableParallelism(), 8, programs.length));
await Promise.all(Array.from({ length: jobs }, worker));

const mismatched = [];
let written = 0;
let failures = 0;
for (let i = 0; i < programs.length; i++) {
  const prog = programs[i];
  const rel = relative(repoRoot, prog);
  const r = results[i];
  if (r.error) {
    console.error(`conformance-bless: ${rel}: ${r.error}`);
    failures++;
    continue;
  }
  const stdout = r.stdout;
  const err = r.status !== 0 ? `exit ${r.status}\n${lastLine(r.stderr)}\n` : null;
  const outPath = prog.slice(0, -3) + '.out';
  const errPath = prog.slice(0, -3) + '.err';
  const oldOut = readOrNull(outPath);
  const oldErr = readOrNull(errPath);
  const outSame = oldOut !== null && oldOut.equals(stdout);
  const errSame = err === null ? oldErr === null : oldErr !== null && oldErr.toString('utf8') === err;
  if (check) {
    if (!outSame || !errSame) mismatched.push(rel);
    continue;
  }
  if (!outSame) writeFileSync(outPath, stdout);
  if (err === null) {
    if (oldErr !== null) unlinkSync(errPath);
  } else if (!errSame) {
    writeFileSync(errPath, err);
  }
  if (!outSame || !errSame) written++;
}

if (check) {
  for (const m of mismatched) console.log(`differs: ${m}`);
  console.log(
    `conformance-bless --check: ${programs.length} programs, ${mismatched.length} differ` +
      (failures ? `, ${failures} failed to run` : ''),
  );
  process.exit(mismatched.length || failures ? 1 : 0);
}
console.log(
  `conformance-bless: ${programs.length} programs, ${written} updated` +
    (failures ? `, ${failures} failed to run` : ''),
);
process.exit(failures ? 1 : 0);
