# with: resource-management pattern, re-entrancy and generator-based cleanup
class Pool:
    def __init__(self):
        self.in_use = 0
        self.max_seen = 0
    def __enter__(self):
        self.in_use += 1
        self.max_seen = max(self.max_seen, self.in_use)
        return self
    def __exit__(self, *exc):
        self.in_use -= 1
pool = Pool()
with pool:
    with pool:
        with pool:
            print('depth', pool.in_use)
print('released', pool.in_use, 'max', pool.max_seen)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('  rolled back due to', et.__name__)
        return True
db = {'a': 1}
with Transaction(db) as s:
    s['b'] = 2
print(db)
with Transaction(db) as s:
    s['c'] = 3
    s['a'] = 100
    raise ValueError('abort')
print(db)
