# helper module for module_globals_external.py (not a program itself: name starts with _)
SCALE = 2

def scaled(x):
    return x * SCALE

def uses_len(s):
    return len(s)

def helper():
    return 'helper-v1'

def calls_helper():
    return helper()

class Thing:
    kind = 'thing'
    def describe(self):
        return self.kind
