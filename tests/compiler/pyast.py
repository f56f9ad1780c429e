"""Test oracle bridge: dump CPython's `ast` for Python files as JSON shaped like
runtime/frontend/ast.ts, so compiler tests can run on real programs independently of
tierforge's own parser.  Usage: python3 pyast.py FILE... > out.json  (or --stdin)

Output: {"files": {path: {"ast": Module, "compileError"?: {...}, "symtable"?: tree}
                         | {"error": msg, "line": n}}}
With --stdin, reads {name: source} as JSON instead of file paths.
Ints are {"$int": "digits"}, non-finite floats {"$float": "inf"|"-inf"|"nan"}.
"""
import ast
import json
import math
import sys

RENAME = {
    'lineno': 'line', 'col_offset': 'col', 'end_lineno': 'endLine', 'end_col_offset': 'endCol',
    'decorator_list': 'decoratorList', 'kw_defaults': 'kwDefaults', 'context_expr': 'contextExpr',
    'optional_vars': 'optionalVars', 'format_spec': 'formatSpec',
}
SKIP = {'type_comment', 'type_ignores', 'kind', 'is_async'}
KIND = {'Expr': 'Expr', 'Set': 'Set'}
ENUMS = (ast.operator, ast.boolop, ast.unaryop, ast.cmpop, ast.expr_context)


def const(v):
    if v is None:
        return {'kind': 'None'}
    if v is Ellipsis:
        return {'kind': 'Ellipsis'}
    if isinstance(v, bool):
        return {'kind': 'bool', 'value': v}
    if isinstance(v, int):
        return {'kind': 'int', 'value': {'$int': str(v)}}
    if isinstance(v, float):
        return {'kind': 'float', 'value': num(v)}
    if isinstance(v, complex):
        return {'kind': 'complex', 'real': num(v.real), 'imag': num(v.imag)}
    if isinstance(v, str):
        return {'kind': 'str', 'value': v}
    if isinstance(v, bytes):
        return {'kind': 'bytes', 'value': {'$bytes': list(v)}}
    raise TypeError(type(v))


def num(f):
    if math.isfinite(f):
        if f == 0 and math.copysign(1, f) < 0:
            return {'$float': '-0'}
        return f
    return {'$float': 'nan' if math.isnan(f) else ('inf' if f > 0 else '-inf')}


def conv(node):
    if isinstance(node, list):
        return [conv(x) for x in node]
    if isinstance(node, ENUMS):
        return type(node).__name__
    if not isinstance(node, ast.AST):
        return node
    out = {'kind': KIND.get(type(node).__name__, type(node).__name__)}
    for field in node._fields + node._attributes:
        if field in SKIP:
            continue
        value = getattr(node, field, None)
        if isinstance(node, ast.Constant) and field == 'value':
            out['value'] = const(value)
        elif isinstance(node, ast.AnnAssign) and field == 'simple':
            out['simple'] = bool(value)
        else:
            out[RENAME.get(field, field)] = conv(value)
    return out


def symtable_tree(table):
    import symtable
    return {
        'type': table.get_type(),
        'name': table.get_name(),
        'line': table.get_lineno(),
        'symbols': {sym.get_name(): [sym._Symbol__scope, sym._Symbol__flags & ((1 << 11) - 1)]
                    for sym in table.get_symbols()},
        'children': [symtable_tree(c) for c in table.get_children()],
    }


def analyze(src, path):
    """AST, and the SyntaxError CPython's compiler (symtable + codegen) raises, if any."""
    try:
        tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return {'error': e.msg, 'line': e.lineno}
    out = {'ast': conv(tree)}
    try:
        compile(src, path, 'exec')
    except SyntaxError as e:
        out['compileError'] = {'msg': e.msg, 'line': e.lineno, 'col': e.offset,
                               'endLine': e.end_lineno, 'endCol': e.end_offset}
        return out
    import symtable
    out['symtable'] = symtable_tree(symtable.symtable(src, path, 'exec'))
    return out


def main():
    sys.setrecursionlimit(100000)
    import warnings
    warnings.simplefilter('ignore')
    files = {}
    if sys.argv[1:] == ['--stdin']:
        # JSON {name: source} on stdin.
        for name, src in json.load(sys.stdin).items():
            files[name] = analyze(src, name)
    else:
        for path in sys.argv[1:]:
            with open(path, 'rb') as f:
                files[path] = analyze(f.read(), path)
    json.dump({'files': files}, sys.stdout)


main()
