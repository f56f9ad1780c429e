// Golden `dis` listings. Each tests/compiler/golden/*.txt holds a source, a `==> dis` line and
// the expected listing. Run with UPDATE=1 to (re)write the expected listings.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../runtime/compiler/compile.js';
import { disassemble } from '../../runtime/compiler/dis.js';
import { validateCode } from './validate.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const SEPARATOR = '==> dis\n';
const update = process.env.UPDATE === '1';

describe('golden dis', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    it(name, () => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const at = text.indexOf(SEPARATOR);
      expect(at, `${name} lacks a '==> dis' line`).toBeGreaterThanOrEqual(0);
      const source = text.slice(0, at);
      const code = compileSource(source, 'golden.py');
      expect(validateCode(code)).toEqual([]);
      const listing = disassemble(code);
      if (update) {
        writeFileSync(path, source + SEPARATOR + listing);
        return;
      }
      expect(listing).toBe(text.slice(at + SEPARATOR.length));
    });
  }
});
