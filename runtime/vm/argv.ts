// sys.argv as given on the command line (set before the main module runs).
export const argvHolder = { argv: [] as string[] };
