/**
 * Numeric literal values.  The tokenizer has already validated the syntax
 * (underscore placement, digits per base), so this only computes values.
 */
import type { ConstValue } from './ast.js';

export function parseNumber(text: string): ConstValue {
  const t = text.includes('_') ? text.replace(/_/g, '') : text;
  const last = t.charCodeAt(t.length - 1);
  if (last === 106 || last === 74) {
    // imaginary: 1j, 1.5e3J
    return { kind: 'complex', real: 0, imag: Number(t.slice(0, -1)) };
  }
  if (t.length > 1 && t[0] === '0') {
    const b = t[1];
    if (b === 'x' || b === 'X' || b === 'o' || b === 'O' || b === 'b' || b === 'B') {
      return { kind: 'int', value: BigInt('0' + b.toLowerCase() + t.slice(2)) };
    }
  }
  if (/[.eE]/.test(t)) {
    // JS Number() is correctly rounded like CPython's float(); overflow gives Infinity as in CPython.
    return { kind: 'float', value: Number(t) };
  }
  return { kind: 'int', value: BigInt(t) };
}
