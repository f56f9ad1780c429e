"""CPython oracle for the tierforge front-end tests (one process per test file).

Reads one JSON request from stdin and writes one JSON answer to stdout:

  {"mode": "ast", "files": [path, ...]}
      -> [{"ok": true, "ast": <normalized Module>} | {"ok": false, "error": ...}, ...]
  {"mode": "ast-src", "sources": [src, ...]}
      -> same, for source strings
  {"mode": "errors", "sources": [src, ...]}
      -> [{"ok": true} | {"ok": false, "error": {...}}, ...] from compile(src, 'x.py', 'exec')
  {"mode": "render", "sources": [src, ...]}
      -> [string | null, ...]: CPython's stderr for compiling each source as prog.py
  {"mode": "format", "errors": [{"cls", "msg", "filename", "line", "col", "endLine", "endCol", "text"}, ...]}
      -> [string, ...]: what CPython's default excepthook prints for each SyntaxError

The normalized AST uses tierforge's field names (camelCase) and constant
encoding, so the TypeScript side can compare with a deep equality.
"""
import ast
import io
import json
import math
import sys
import warnings

RENAME = {
    "decorator_list": "decoratorList",
    "kw_defaults": "kwDefaults",
    "context_expr": "contextExpr",
    "optional_vars": "optionalVars",
    "format_spec": "formatSpec",
}
DROP = {"type_comment", "type_ignores", "is_async"}
SINGLETON_BASES = (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)


def const(v):
    if v is None:
        return {"kind": "None"}
    if v is Ellipsis:
        return {"kind": "Ellipsis"}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": str(v)}
    if isinstance(v, float):
        return {"kind": "float", "value": v if math.isfinite(v) else repr(v)}
    if isinstance(v, complex):
        return {"kind": "complex", "real": v.real, "imag": v.imag if math.isfinite(v.imag) else repr(v.imag)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, bytes):
        return {"kind": "bytes", "value": v.hex()}
    raise TypeError(type(v))


def norm(node):
    if isinstance(node, list):
        return [norm(x) for x in node]
    if isinstance(node, SINGLETON_BASES):
        return type(node).__name__
    if not isinstance(node, ast.AST):
        return node
    out = {"kind": type(node).__name__}
    for field in node._fields:
        if field in DROP or (isinstance(node, ast.Constant) and field == "kind"):
            continue
        value = getattr(node, field, None)
        if isinstance(node, ast.Constant) and field == "value":
            out["value"] = const(value)
        elif isinstance(node, ast.AnnAssign) and field == "simple":
            out["simple"] = bool(value)
        else:
            out[RENAME.get(field, field)] = norm(value)
    if hasattr(node, "lineno") and not isinstance(node, ast.Module):
        out["line"] = node.lineno
        out["col"] = node.col_offset
        out["endLine"] = node.end_lineno
        out["endCol"] = node.end_col_offset
    return out


def error_info(e):
    return {
        "cls": type(e).__name__,
        "msg": e.msg,
        "line": e.lineno,
        "col": e.offset,
        "endLine": e.end_lineno,
        "endCol": e.end_offset,
    }


def parse_one(src):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(src)
            compile(src, "x.py", "exec")
        return {"ok": True, "ast": norm(tree)}
    except (SyntaxError, ValueError) as e:
        return {"ok": False, "error": str(e)}


def compile_one(src):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, "x.py", "exec")
        return {"ok": True}
    except SyntaxError as e:
        return {"ok": False, "error": error_info(e)}
    except ValueError as e:
        return {"ok": False, "error": {"cls": "ValueError", "msg": str(e)}}


def render_one(src):
    """CPython's stderr output for compiling src as a file (None if it compiles)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, "prog.py", "exec")
        return None
    except SyntaxError as e:
        if e.text is None and e.lineno:
            lines = src.splitlines(True)
            if 0 < e.lineno <= len(lines):
                e.text = lines[e.lineno - 1]
        e.__traceback__ = None  # print as an uncaught compile error: no traceback
        buf = io.StringIO()
        old = sys.stderr
        sys.stderr = buf
        try:
            sys.__excepthook__(type(e), e, None)
        finally:
            sys.stderr = old
        return buf.getvalue()


def format_one(err):
    cls = {"SyntaxError": SyntaxError, "IndentationError": IndentationError, "TabError": TabError}[err["cls"]]
    e = cls(err["msg"], (err["filename"], err["line"], err["col"], err["text"], err["endLine"], err["endCol"]))
    buf = io.StringIO()
    old = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(cls, e, None)
    finally:
        sys.stderr = old
    return buf.getvalue()


def main():
    req = json.load(sys.stdin)
    mode = req["mode"]
    if mode == "ast":
        res = []
        for path in req["files"]:
            with open(path, encoding="utf-8") as f:
                res.append(parse_one(f.read()))
    elif mode == "ast-src":
        res = [parse_one(s) for s in req["sources"]]
    elif mode == "errors":
        res = [compile_one(s) for s in req["sources"]]
    elif mode == "render":
        res = [render_one(s) for s in req["sources"]]
    elif mode == "format":
        res = [format_one(e) for e in req["errors"]]
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write(json.dumps(res, separators=(",", ":")))


if __name__ == "__main__":
    main()
