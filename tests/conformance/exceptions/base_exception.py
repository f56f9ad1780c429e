# exceptions: BaseException subclasses bypass `except Exception`; SystemExit caught
def run(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return 'Exception caught ' + type(e).__name__
    except BaseException as e:
        return 'BaseException caught ' + type(e).__name__
print(run(ValueError()))
print(run(KeyboardInterrupt()))
print(run(SystemExit(2)))
print(run(GeneratorExit()))
try:
    raise SystemExit(7)
except SystemExit as e:
    print('code', e.code, e.args)
try:
    raise SystemExit('message text')
except SystemExit as e:
    print('code', repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print('code', e.code)
print([c.__name__ for c in SystemExit.__mro__])
try:
    pass
except:
    print('never')
else:
    print('else with bare except')
try:
    [].pop()
except:
    print('bare except caught it')
