// Regenerate bench/programs/expected/<name>.{quick,default}.out from manifest.json
// by running CPython (python3, or $PYTHON). Usage:
//   node bench/programs/bless.mjs [--check] [name ...]
// --check compares instead of writing and exits 1 on any difference.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));
const python = process.env.PYTHON || 'python3';
const manifest = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8'));
const outDir = join(here, 'expected');
if (!check) mkdirSync(outDir, { recursive: true });

let failures = 0;
for (const prog of manifest.programs) {
  if (only.length && !only.includes(prog.name)) continue;
  for (const kind of ['quick', 'default']) {
    const size = String(prog[kind]);
    const res = spawnSync(python, [join(here, prog.file), size], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const label = `${prog.name}.${kind} (${size})`;
    if (res.error || res.status !== 0) {
      console.error(`FAIL ${label}: exit ${res.status} ${res.error ?? ''}\n${res.stderr}`);
      failures++;
      continue;
    }
    const file = join(outDir, `${prog.name}.${kind}.out`);
    if (check) {
      const want = existsSync(file) ? readFileSync(file, 'utf8') : null;
      if (want !== res.stdout) {
        console.error(`DIFF ${label}: ${want === null ? 'missing expected file' : 'output differs'}`);
        failures++;
      } else {
        console.log(`ok   ${label}`);
      }
    } else {
      writeFileSync(file, res.stdout);
      console.log(`wrote ${file}`);
    }
  }
}
process.exit(failures ? 1 : 0);
