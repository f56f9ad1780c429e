# helper module for globals_dict_edits.py (not a program itself: name starts with _)
MODE = 'a'
VAL = 10
BASE = 7

def mode():
    return MODE

def val():
    return VAL

def length(s):
    return len(s)

def read_base():
    return BASE
