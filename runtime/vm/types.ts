// The value types shared by uop bodies, the interpreters and the stencil builder.
// `i32`/`f64` are plain numbers to TypeScript; the stencil builder reads the names.

declare const valueBrand: unique symbol;
/** A tagged VM word: 0 is NULL, odd is a small int (value << 1 | 1), even is an object address. */
export type Value = number & { readonly [valueBrand]: true };
/** A byte address in VM memory. */
export type Ptr = number;
export type i32 = number;
export type f64 = number;
/** The address of the first of a run of stack items (an array input like `args[oparg]`). */
export type StackArray = number;
