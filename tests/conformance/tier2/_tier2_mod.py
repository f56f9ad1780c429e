# helper module for tier2 programs (not a program itself: name starts with _)
RATE = 3

def rated(x):
    return x * RATE

def set_rate(r):
    global RATE
    RATE = r

def tag():
    return 'mod-v1'

def call_tag():
    return tag()

class Box:
    label = 'box'
    def show(self):
        return self.label

def measure(x):
    return len(x)
