/**
 * Parse speed.  The CLI's start-up budget is 150 ms for `-c pass`; parsing
 * must be a small part of it, and large programs must parse quickly.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../runtime/frontend/parse.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function allPy(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((n) => {
    const rel = join(dir, n);
    return statSync(join(ROOT, rel)).isDirectory() ? allPy(rel) : n.endsWith('.py') ? [rel] : [];
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

describe('parse performance', () => {
  it('parses `pass` quickly', () => {
    const times = Array.from({ length: 20 }, () => {
      const t0 = performance.now();
      parseModule('pass\n', '<string>');
      return performance.now() - t0;
    });
    expect(median(times)).toBeLessThan(5);
  });

  it('parses the largest sample quickly', () => {
    const files = [...allPy('tests/frontend/samples'), ...allPy('tests/conformance'), ...allPy('bench/programs')];
    let largest = '';
    let source = '';
    for (const f of files) {
      const s = readFileSync(join(ROOT, f), 'utf8');
      if (s.length > source.length) {
        source = s;
        largest = f;
      }
    }
    let first = 0;
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      try {
        parseModule(source, largest);
      } catch {
        // a deliberately invalid file still exercises the parser
      }
      const dt = performance.now() - t0;
      if (i === 0) first = dt;
      else times.push(dt);
    }
    const lines = source.split('\n').length;
    console.log(`parse ${largest} (${source.length} chars, ${lines} lines): first ${first.toFixed(1)} ms, median ${median(times).toFixed(1)} ms`);
    expect(median(times)).toBeLessThan(100);
  });
});
