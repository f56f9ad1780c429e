class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


with CM() as cm, CM():
    pass

with CM() as (a):
    pass

with open(__file__) as f:
    lines = f.readlines()
