/**
 * Helpers for differential tests against CPython (the `python3` on PATH,
 * expected to be 3.11).  Each test file sends all of its cases to ONE
 * python3 process as JSON on stdin and gets a JSON list back.
 *
 * Transport encodings (exact, JSON-safe):
 *   float  -> 16 hex digits of the IEEE bits   (f2h / h2f)
 *   int    -> Python hex() text, e.g. "-0x1f"  (i2h / h2i)
 * Results are ['ok', value] or ['err', ExceptionTypeName, str(exc)].
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { doubleBits, doubleFromBits } from '../../runtime/lib/bigfloat.js';

export const PY_PRELUDE = String.raw`
import sys, json, struct, math
assert sys.version_info[:2] == (3, 11), 'tests/lib compare against CPython 3.11; python3 is %s' % sys.version
def h2f(h): return struct.unpack('>d', bytes.fromhex(h))[0]
def f2h(x): return struct.pack('>d', x).hex()
def h2i(s): return int(s, 16)
def i2h(n): return hex(n)
def attempt(fn):
    try:
        return ['ok', fn()]
    except Exception as e:
        return ['err', type(e).__name__, str(e)]
data = json.load(sys.stdin)
`;

/**
 * One python3 process for a whole test file: each group's `body` is Python
 * code that reads `data` (its own input) and assigns its answer to `OUT`.
 * Returns the answers by group name.
 */
export function runPythonBatch<K extends string>(groups: Record<K, { body: string; input: unknown }>): Record<K, unknown> {
  const names = Object.keys(groups) as K[];
  let script = PY_PRELUDE + 'ALL = data\nRESULTS = {}\n';
  names.forEach((name, i) => {
    const body = groups[name].body.replace(/^\n+/, '');
    const indented = body
      .split('\n')
      .map((l) => '    ' + l)
      .join('\n');
    script += `def _group_${i}(data):\n${indented}\n    return OUT\nRESULTS[${JSON.stringify(name)}] = _group_${i}(ALL[${JSON.stringify(name)}])\n`;
  });
  script += 'print(json.dumps(RESULTS))\n';
  const input: Record<string, unknown> = {};
  for (const name of names) input[name] = groups[name].input;
  const out = execFileSync('python3', ['-c', script], {
    input: JSON.stringify(input),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<K, unknown>;
}

/** A single group: `body` assigns its answer to OUT. */
export function runPython<T = unknown>(body: string, input: unknown): T {
  return runPythonBatch({ main: { body, input } }).main as T;
}

export function f2h(x: number): string {
  return doubleBits(x).toString(16).padStart(16, '0');
}
export function h2f(h: string): number {
  return doubleFromBits(BigInt('0x' + h));
}
export function i2h(n: bigint): string {
  return n < 0n ? '-0x' + (-n).toString(16) : '0x' + n.toString(16);
}
export function h2i(s: string): bigint {
  return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
}

export type Outcome = ['ok', unknown] | ['err', string, string];

/** Run fn and report like the Python side's attempt(). */
export function attempt(fn: () => unknown): Outcome {
  try {
    return ['ok', fn()];
  } catch (e) {
    const err = e as { pyType?: string; message?: string };
    if (err && typeof err.pyType === 'string') return ['err', err.pyType, err.message ?? ''];
    throw e;
  }
}

/**
 * Compare outcome lists; returns a readable list of the first mismatches
 * (empty when all agree) so a failing test shows the inputs.
 */
export function mismatches(inputs: readonly unknown[], got: readonly Outcome[], want: readonly Outcome[], max = 10): string[] {
  const out: string[] = [];
  for (let i = 0; i < want.length && out.length < max; i++) {
    if (JSON.stringify(got[i]) !== JSON.stringify(want[i]))
      out.push(`${JSON.stringify(inputs[i])}: got ${JSON.stringify(got[i])}, want ${JSON.stringify(want[i])}`);
  }
  return out;
}

/** Doubles from raw bit patterns, biased toward interesting exponents. */
export function interestingDoubles(): number[] {
  const xs = [
    0, -0, 1, -1, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, -2.5, 3.5, 1e16, 1e15, 9999999999999998, 1e16 - 2, 1e17, 1e22, 1e23,
    1e-4, 1e-5, 0.0001, 0.00001, 9.999999999999999e-5, 123456789012345.6, 1234567890123456.7, 2e16 + 8,
    5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, Infinity, -Infinity,
    NaN, 0.1 + 0.2, 1 / 3, 2 / 3, Math.PI, Math.E, 100, 1e100, 1e-100, 2.675, 1.005, 0.125, 0.375, 2 ** 53,
    2 ** 53 + 2, 2 ** 63, 2 ** 64, 4.35, 0.045, 1.45, 12345.678, 9.5, 10.5, 0.05, 0.15, 0.25, 0.35, 1e300, 1e-300,
  ];
  return [...xs, ...xs.map((x) => -x)];
}

/**
 * Collects the oracle questions of one test file while vitest collects its
 * describe() blocks, and asks them all in a single python3 run the first
 * time any answer is needed (inside an it()).
 */
export class OracleBatch {
  private readonly groups: Record<string, { body: string; input: unknown }> = {};
  private results: Record<string, unknown> | undefined;

  add<T>(body: string, input: unknown): () => T {
    const name = `g${Object.keys(this.groups).length}`;
    this.groups[name] = { body, input };
    return () => {
      this.results ??= runPythonBatch(this.groups);
      return this.results[name] as T;
    };
  }
}

/**
 * glibc picks its FMA code paths for exp/log/pow on CPUs with FMA; our ports
 * reproduce those, so bit-exact libm comparisons only hold on such CPUs.
 */
export function cpuHasFma(): boolean {
  try {
    return /^flags\s*:.*\bfma\b/m.test(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    return true; // not Linux: assume a modern CPU
  }
}
