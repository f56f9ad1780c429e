// Where things are in VM memory: fixed addresses of VM globals and static objects, and field
// offsets of every object kind. Intrinsics and the runtime read these; the stencil builder
// inlines them as constants, so changing a number here means `npm run gen`.

// ---- Fixed addresses ---------------------------------------------------------------------
/** Bump-allocation pointer and limit of the current nursery chunk (read by inline allocation). */
export const HEAP_TOP = 64;
export const HEAP_LIMIT = 68;
/** Non-zero when a safepoint has work to do (GC requested, tier-up, interrupt). */
export const EVAL_BREAKER = 72;

/** Static objects: None, False, True (16 bytes each). */
export const NONE = 256;
export const FALSE = 272;
export const TRUE = 288;
export const NOT_IMPLEMENTED = 304;
export const ELLIPSIS = 320;

/** Built-in type objects live at fixed addresses, TYPE_SLOT bytes apart, in this order. */
export const TYPE_BASE = 1024;
export const TYPE_SLOT = 128;
export const TYPE_TYPE = TYPE_BASE + 0 * TYPE_SLOT;
export const TYPE_OBJECT = TYPE_BASE + 1 * TYPE_SLOT;
export const TYPE_INT = TYPE_BASE + 2 * TYPE_SLOT;
export const TYPE_BOOL = TYPE_BASE + 3 * TYPE_SLOT;
export const TYPE_FLOAT = TYPE_BASE + 4 * TYPE_SLOT;
export const TYPE_STR = TYPE_BASE + 5 * TYPE_SLOT;
export const TYPE_TUPLE = TYPE_BASE + 6 * TYPE_SLOT;
export const TYPE_LIST = TYPE_BASE + 7 * TYPE_SLOT;
export const TYPE_DICT = TYPE_BASE + 8 * TYPE_SLOT;
export const TYPE_NONE = TYPE_BASE + 9 * TYPE_SLOT;
export const TYPE_FUNCTION = TYPE_BASE + 10 * TYPE_SLOT;
export const TYPE_RANGE_ITER = TYPE_BASE + 11 * TYPE_SLOT;
export const TYPE_LIST_ITER = TYPE_BASE + 12 * TYPE_SLOT;
export const TYPE_TUPLE_ITER = TYPE_BASE + 13 * TYPE_SLOT;
export const TYPE_SET = TYPE_BASE + 14 * TYPE_SLOT;
export const TYPE_FROZENSET = TYPE_BASE + 15 * TYPE_SLOT;
export const TYPE_METHOD = TYPE_BASE + 16 * TYPE_SLOT;
export const TYPE_BUILTIN = TYPE_BASE + 17 * TYPE_SLOT;
export const TYPE_GENERATOR = TYPE_BASE + 18 * TYPE_SLOT;
export const TYPE_MODULE = TYPE_BASE + 19 * TYPE_SLOT;
/** Not a Python type: marks raw blocks (e.g. a list's item array) so the heap walk can skip them. */
export const RAW_BLOCK = TYPE_BASE + 63 * TYPE_SLOT;
export const BUILTIN_TYPE_COUNT = 64;
/** First address the heap may use. */
export const HEAP_START = TYPE_BASE + BUILTIN_TYPE_COUNT * TYPE_SLOT;

// ---- Object header (every heap object) ---------------------------------------------------
export const OB_TYPE = 0;
/** GC word: mark bit (bit 0) and the object's size in bytes (bits 3..). */
export const OB_GC = 4;
export const OB_HEADER = 8;

// ---- Per-kind fields ----------------------------------------------------------------------
/** Objects with a JS-side payload (str, big int, dict, type, function, …) keep its handle here. */
export const SIDE_HANDLE = 8;
/** Type objects: the version tag (changes whenever the type or a base changes; never 0). */
export const TYPE_VERSION = 12;

/**
 * Dict objects: the keys version. Two dicts with equal keys versions hold the same keys at the
 * same entry indices (instance dicts share versions per key sequence, like CPython's shared
 * keys; other dicts get a fresh one on every insertion or deletion), so an inline cache checks
 * "this name is at index i" — or "is absent" — with one comparison.
 */
export const DICT_KEYS_VERSION = 16;
export const DICT_SIZE = 24;
/** Keys version of an empty instance dict, and of an instance that has no dict yet. */
export const EMPTY_KEYS_VERSION = 1;

/** Bound methods: the function and self. */
export const METHOD_FUNC = 8;
export const METHOD_SELF = 12;

/** Instances of Python classes: their attribute dict (a dict object), or NULL. */
export const INSTANCE_DICT = 12;
export const INSTANCE_SIZE = 16;

export const FLOAT_VALUE = 8;
export const FLOAT_SIZE = 16;

/** Str: JS-side text (SIDE_HANDLE), cached hash (0 = not computed). */
export const STR_HASH = 12;
export const STR_SIZE = 16;

/** Tuple: length, then items inline. */
export const TUPLE_LEN = 8;
export const TUPLE_ITEMS = 12;

/** List: length, capacity, items (address of a separately allocated item block). */
export const LIST_LEN = 8;
export const LIST_CAP = 12;
export const LIST_ITEMS = 16;

/** Range iterator: next value, stop, step (all untagged i32). */
export const RANGE_ITER_NEXT = 8;
export const RANGE_ITER_STOP = 12;
export const RANGE_ITER_STEP = 16;
export const RANGE_ITER_SIZE = 24;

/** Sequence iterator (list, tuple): the sequence and the next index. */
export const SEQ_ITER_SEQ = 8;
export const SEQ_ITER_INDEX = 12;
export const SEQ_ITER_SIZE = 16;
/** Lists of subclasses of list keep their instance dict here. */
export const INSTANCE_DICT_LIST = 20;
export const LIST_SIZE = 24;

/** Code object: its constants and names as tuples (the rest lives on the JS side). */
export const CODE_CONSTS = 12;
export const CODE_NAMES = 16;
export const CODE_SIZE = 24;

/** Property: getter, setter, deleter, doc. staticmethod/classmethod: the wrapped callable. */
export const PROPERTY_GET = 12;
export const PROPERTY_SET = 16;
export const PROPERTY_DEL = 20;
export const PROPERTY_DOC = 24;
export const PROPERTY_SIZE = 32;
export const WRAPPED_FUNC = 16;
export const WRAPPER_SIZE = 24;

/** Slice: start, stop, step (Values). */
export const SLICE_START = 8;
export const SLICE_STOP = 12;
export const SLICE_STEP = 16;
export const SLICE_SIZE = 24;

/** Cell: its contents (NULL when empty). */
export const CELL_REF = 8;
export const CELL_SIZE = 16;

// ---- Frames (in the frame stack, not the heap) ----------------------------------------------
export const FRAME_PREVIOUS = 0;
export const FRAME_CODE = 4;
export const FRAME_FUNCTION = 8;
export const FRAME_GLOBALS = 12;
export const FRAME_BUILTINS = 16;
/** Saved code-unit index and stack pointer while the frame is not running. */
export const FRAME_IP = 20;
export const FRAME_SP = 24;
/** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME), else NULL. */
export const FRAME_NAMES = 28;
/** Frame flags (FRAME_OWNED_BY_GENERATOR, …). */
export const FRAME_FLAGS = 32;
/** Bytes this frame occupies, header included. */
export const FRAME_BYTES = 36;
export const FRAME_LOCALS = 40;
export const FRAME_OWNED_BY_GENERATOR = 1;
/** Set by YIELD when a generator's frame suspends (as opposed to returning). */
export const FRAME_SUSPENDED = 2;

// ---- Small ints ---------------------------------------------------------------------------
/** Small ints are 31-bit: value << 1 | 1. */
export const SMALL_INT_MIN = -(2 ** 30);
export const SMALL_INT_MAX = 2 ** 30 - 1;
