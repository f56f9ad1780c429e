/** Public surface of runtime/lib; see README.md in this folder. */
export { PyLibError, type PyErrorType } from './errors.js';
export { floatRepr, floatStr } from './float-repr.js';
export { doubleToString, type DoubleFormatCode, type DoubleToStringFlags } from './float-digits.js';
export { formatFloat, formatInt, formatStr, parseFormatSpec, type ParsedFormatSpec } from './format-spec.js';
export {
  defaultPercentHooks,
  percentFormat,
  type PercentArgs,
  type PercentHooks,
  type PercentNumber,
} from './percent-format.js';
export {
  bitLength,
  divmod,
  floatToInt,
  floorDiv,
  getIntMaxStrDigits,
  intFromString,
  intPow,
  intPowMod,
  intToBaseString,
  intToDecimalString,
  intToFloat,
  lshift,
  mod,
  roundInt,
  rshift,
  setIntMaxStrDigits,
  trueDiv,
} from './int-ops.js';
export {
  floatDivmod,
  floatFloorDiv,
  floatFromString,
  floatIsInteger,
  floatMod,
  floatPow,
  floatPowInt,
  floatRound,
  floatRoundNdigits,
  floatTrueDiv,
} from './float-ops.js';
export { glibcExp, glibcLog, glibcPow } from './glibc-libm.js';
export { crCos, crSin } from './crmath.js';
export { hashBool, hashFloat, hashInt, hashNone, hashPointer, hashTuple, HASH_INF, HASH_MODULUS } from './hash.js';
export { PyRandom, type PyNum, type WarnCallback } from './mt19937.js';
export { pyStrRepr, decimalValue, isPySpace } from './unicode.js';
