# string.capwords variants and time API shapes
import string, time
print(string.capwords('  hello   WORLD  '), string.capwords('a-b-c', '-'), string.capwords('x,,y', ','), string.capwords(''), repr(string.printable[-6:]))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase, len(string.punctuation), string.hexdigits, string.octdigits)
t = time.time(); ns = time.time_ns(); pc = time.perf_counter_ns(); m = time.monotonic_ns(); cpu = time.process_time()
print(type(t).__name__, type(ns).__name__, abs(ns / 1e9 - t) < 1, type(pc).__name__, type(m).__name__, cpu >= 0, type(time.process_time_ns()).__name__)
for bad in [lambda: time.sleep(-1), lambda: time.sleep('1'), lambda: time.sleep(float('nan')), lambda: time.sleep()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s = time.monotonic(); time.sleep(0.02); print(time.monotonic() - s >= 0.019)
from string import Template
t=Template('$who likes ${what} $$ $1')
try: t.substitute(who='a', what='b')
except ValueError as e: print(e)
print(Template('$who $x').safe_substitute({'who':1}), Template('a\n $').safe_substitute())
try: Template('x $y').substitute()
except KeyError as e: print(repr(e))
try: Template('x\n$ y').substitute()
except ValueError as e: print(e)
print(Template('$a ${b}').get_identifiers(), Template('$a $1').is_valid(), Template.delimiter, Template('$x').template)
class P(Template): delimiter='%'
print(P('%x and $y').substitute(x=1))
print(Template('$x').substitute({'x':1}, x=2), Template('$who is $age').substitute(who='Bo', age=3))
