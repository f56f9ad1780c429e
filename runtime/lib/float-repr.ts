/**
 * repr(float) / str(float) exactly as CPython 3.11 (they are identical since
 * 3.2): the shortest digit string that round-trips, in fixed notation when
 * 1e-4 <= |x| < 1e16 (with ".0" added to integral values) and exponent
 * notation otherwise ("1e+16", "1e-05", "1.5e-07"); "inf", "-inf", "nan",
 * "-0.0".
 */
import { doubleToString } from './float-digits.js';

export function floatRepr(x: number): string {
  // Fast path: integers below 1e16 print as digits plus ".0"; JS already
  // produces those digits exactly.
  if (Number.isInteger(x) && Math.abs(x) < 1e16 && !Object.is(x, -0)) return String(x) + '.0';
  return doubleToString(x, 'r', 0, { addDot0: true });
}

/** str(float) is repr(float) in Python 3. */
export const floatStr = floatRepr;
