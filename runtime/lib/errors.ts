/**
 * Error type thrown by every function in runtime/lib.
 *
 * Why a thrown class rather than a result union: the VM's Python-exception
 * machinery wants one place to translate library failures, and a thrown
 * error keeps the happy path of every helper a plain return value.  The VM
 * catches `PyLibError`, reads `pyType` (the CPython exception class name)
 * and `message` (exactly `str(exc)` in CPython 3.11) and raises its own
 * exception object.
 */
export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'IndexError'
  | 'MemoryError';

export class PyLibError extends Error {
  readonly pyType: PyErrorType;
  /**
   * For OSError-style exceptions built from errno (CPython's float `**`
   * overflow is `OverflowError(34, 'Numerical result out of range')`), the
   * exception args; `message` is then `str(exc)` i.e. "(34, '...')".
   */
  readonly args?: readonly (number | string)[];
  /**
   * Set when CPython would have returned a complex number instead of failing
   * (e.g. (-8) ** (1/3)); this library has no complex type.
   */
  complexResult?: boolean;

  constructor(pyType: PyErrorType, message: string, args?: readonly (number | string)[]) {
    super(message);
    this.name = 'PyLibError';
    this.pyType = pyType;
    if (args !== undefined) this.args = args;
  }
}

export function valueError(message: string): PyLibError {
  return new PyLibError('ValueError', message);
}
export function typeError(message: string): PyLibError {
  return new PyLibError('TypeError', message);
}
export function overflowError(message: string): PyLibError {
  return new PyLibError('OverflowError', message);
}
export function zeroDivisionError(message: string): PyLibError {
  return new PyLibError('ZeroDivisionError', message);
}

/**
 * BigInt operations throw a JS RangeError when the result would exceed V8's
 * BigInt size limit; CPython raises MemoryError (with an empty message) for
 * the same programs (e.g. `1 << (1 << 63)`).
 */
export function bigintGuard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw new PyLibError('MemoryError', '');
    throw e;
  }
}
